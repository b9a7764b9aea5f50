//! Toggle buttons ("chips"): the party, group, track, document and time-span pickers. Each
//! says what it toggles in `data-toggle` (a `hooks::Toggle`'s `attr()`: `party ukraine`,
//! `group security`, `track trilateral`, `zoom close`), which the browser's script reads
//! (`controls/pickers.rs`).

use leptos::prelude::*;

#[component]
pub fn Chip(
    /// What the chip toggles: a `Toggle`'s `attr()`.
    toggle: String,
    /// Its class: a chip with one shows a swatch (the party's or track's colour); a chip
    /// without one, such as the time span's, is plain.
    #[prop(optional, into)]
    class: String,
    pressed: bool,
    #[prop(optional)] title: Option<&'static str>,
    /// Why the chip cannot be pressed or let go of now, if it cannot (see `labels::refusal`).
    #[prop(default = None)]
    refused: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    view! {
        <button type="button" class=format!("chip {class}") data-toggle=toggle
            aria-pressed=pressed.to_string() title=title.or(refused)
            aria-disabled=refused.map(|_| "true")>
            {(!class.is_empty()).then(|| view! { <span class="chip-swatch" aria-hidden="true"></span> })}
            {children()}
        </button>
    }
}

/// A labelled group of chips.
#[component]
pub fn Picker(
    /// The id of its visible label.
    label_id: &'static str,
    label: &'static str,
    children: Children,
) -> impl IntoView {
    view! {
        <div class="picker" role="group" aria-labelledby=label_id>
            <span id=label_id class="picker-label">{label}</span>
            {children()}
        </div>
    }
}
