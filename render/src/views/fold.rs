//! A fold's button: on a phone it puts away the blocks it names (marked `FOLDED`), which
//! come before what the reader came for, such as the timeline's filters above its events.
//! On a wider screen and without JavaScript it is not shown, and the blocks always are.
//! The browser's script opens and closes it (`controls/disclosures.rs`).

use common::hooks::FOLD_TOGGLE;
use leptos::prelude::*;

#[component]
pub fn FoldToggle(
    /// The ids of the blocks it folds, separated by spaces; each carries `FOLDED`.
    controls: &'static str,
    /// What the button says.
    label: &'static str,
) -> impl IntoView {
    view! {
        <button type="button" class=format!("{FOLD_TOGGLE} button needs-app") aria-controls=controls aria-expanded="false">
            <span class="disclosure-icon" aria-hidden="true"></span>
            {label}
        </button>
    }
}
