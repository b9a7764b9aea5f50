//! A button that shows and hides the content below it (the WAI-ARIA disclosure pattern),
//! drawn closed; the browser's script opens and closes it (`controls/disclosures.rs`). The
//! content stays in the page while hidden, so it prints, can be found, and shows without
//! JavaScript (see the stylesheet).

use common::hooks::DISCLOSURE;
use leptos::prelude::*;

#[component]
pub fn Disclosure(
    /// The id of the content block, unique in the page.
    id: String,
    /// What the button says.
    label: &'static str,
    /// What the button is about, for screen readers that list buttons out of context.
    context: String,
    children: Children,
) -> impl IntoView {
    view! {
        <button type="button" class=format!("{DISCLOSURE} needs-app") aria-controls=id.clone() aria-expanded="false">
            <span class="disclosure-icon" aria-hidden="true"></span>
            {label}
            <span class="visually-hidden">": " {context}</span>
        </button>
        <div id=id class="disclosure-body" hidden>
            {children()}
        </div>
    }
}
