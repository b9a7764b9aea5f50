//! Disclosure buttons (the WAI-ARIA disclosure pattern): each shows and hides the block its
//! `aria-controls` names. And folds, the same pattern on a phone only: a fold's button puts
//! away or brings back the blocks it names, marked `FOLDED` (the stylesheet hides them on a
//! phone only).

use super::dom::{by_id, query, set_attr, set_hidden, set_opt_attr, with_attr};
use common::hooks::{DISCLOSURE, FOLDED, FOLD_TOGGLE};
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
    if open {
        unfold_around(button);
    }
}

/// A fold's button was pressed.
pub fn toggle_fold(button: &Element) {
    let open = button.get_attribute("aria-expanded").as_deref() == Some("true");
    set_fold(button, !open);
}

/// Brings back the folded block `el` is in, if any: what the reader is sent to, or what
/// the address sets, must show on a phone too.
pub fn unfold_around(el: &Element) {
    let Some(block) = el.closest(&format!("[{FOLDED}]")).ok().flatten() else {
        return;
    };
    let id = block.id();
    if let Some(button) = query(&format!(".{FOLD_TOGGLE}[aria-controls~=\"{id}\"]")) {
        set_fold(&button, true);
    }
}

fn set_fold(button: &Element, open: bool) {
    set_attr(button, "aria-expanded", if open { "true" } else { "false" });
    let ids = button.get_attribute("aria-controls").unwrap_or_default();
    for block in ids.split_whitespace().filter_map(by_id) {
        set_opt_attr(&block, FOLDED, (!open).then_some(""));
    }
}
