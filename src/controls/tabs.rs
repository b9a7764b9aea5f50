//! The view switcher (the WAI-ARIA tabs pattern): one tab stop; the arrow keys move between
//! tabs, wrapping, Home and End jump, and the panel follows the focused tab.

use super::dom::{by_id, focus, set_attr, set_hidden};
use super::page::{edit, later, Page};
use model::url_state::{UrlState, View};

pub fn draw(state: &UrlState) {
    for view in View::ALL {
        let selected = state.view == view;
        if let Some(tab) = by_id(&format!("tab-{}", view.slug())) {
            set_attr(
                &tab,
                "aria-selected",
                if selected { "true" } else { "false" },
            );
            set_attr(&tab, "tabindex", if selected { "0" } else { "-1" });
        }
        if let Some(panel) = by_id(&format!("panel-{}", view.slug())) {
            set_hidden(&panel, !selected);
        }
    }
}

/// A tab was clicked: its id is `tab-<view>`.
pub fn choose(page: &mut Page, tab_id: &str) {
    if let Some(view) = View::ALL
        .into_iter()
        .find(|v| tab_id == format!("tab-{}", v.slug()))
    {
        edit(page, |s| s.view = view);
    }
}

/// A key pressed on the tabs; true if it was theirs.
pub fn key(page: &mut Page, key: &str) -> bool {
    let views = View::ALL;
    let current = views
        .iter()
        .position(|v| *v == page.state.view)
        .unwrap_or(0);
    let next = match key {
        "ArrowRight" => (current + 1) % views.len(),
        "ArrowLeft" => (current + views.len() - 1) % views.len(),
        "Home" => 0,
        "End" => views.len() - 1,
        _ => return false,
    };
    let view = views[next];
    edit(page, |s| s.view = view);
    later(move || {
        if let Some(tab) = by_id(&format!("tab-{}", view.slug())) {
            focus(&tab);
        }
    });
    true
}
