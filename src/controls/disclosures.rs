//! Disclosure buttons (the WAI-ARIA disclosure pattern): each shows and hides the block its
//! `aria-controls` names.

use super::dom::{by_id, query, set_attr, set_hidden, with_attr};
use common::hooks::DISCLOSURE;
use web_sys::Element;

/// A disclosure button was pressed.
pub fn toggle(button: &Element) {
    let open = button.get_attribute("aria-expanded").as_deref() == Some("true");
    set(button, !open);
}

/// Opens the block `id`, if its button is in the page.
pub fn open(id: &str) {
    if let Some(button) = query(&format!(".{DISCLOSURE}{}", with_attr("aria-controls", id))) {
        set(&button, true);
    }
}

fn set(button: &Element, open: bool) {
    set_attr(button, "aria-expanded", if open { "true" } else { "false" });
    if let Some(body) = button
        .get_attribute("aria-controls")
        .and_then(|id| by_id(&id))
    {
        set_hidden(&body, !open);
    }
}
