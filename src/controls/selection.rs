//! What a link points at: the row or the party's cell in the table, the row
//! in the plans compared, or the event in the timeline (`controls/timeline.rs` marks that
//! one). The target is marked and made focusable while selected, and a link lands on it:
//! scrolled into view and focused, so keyboard and screen-reader users continue from there.
//! Which targets a state has is `model::moves`' to say (`UrlState::landing`).

use super::dom::{all, by_id, focus, next_frame, set_class, set_opt_attr};
use super::page::later;
use common::hooks::{target_id, PLANS_TABLE, POSITIONS_TABLE, SELECTED};
use model::url_state::UrlState;

/// Marks the selected row or cell of the tables.
pub fn draw(state: &UrlState) {
    let selected: Vec<String> = state
        .selected_in_tables()
        .into_iter()
        .map(target_id)
        .collect();
    let marked = format!(".{POSITIONS_TABLE} .{SELECTED}, .{PLANS_TABLE} .{SELECTED}");
    for el in all(&marked) {
        if !selected.contains(&el.id()) {
            set_class(&el, SELECTED, false);
            set_opt_attr(&el, "tabindex", None);
        }
    }
    for el in selected.iter().filter_map(|id| by_id(id)) {
        set_class(&el, SELECTED, true);
        set_opt_attr(&el, "tabindex", Some("-1"));
    }
}

/// The id of the element a link in this state lands on, if any.
pub fn landing(state: &UrlState) -> Option<String> {
    state.landing().map(target_id)
}

/// Lands on the target when it changed (or, on start-up, when there is one).
pub fn land(before: &UrlState, now: &UrlState, start: bool) {
    let target = landing(now);
    if target.is_none() || (!start && landing(before) == target) {
        return;
    }
    later(move || {
        // After this change is drawn, so the target exists and its panel shows.
        next_frame(move || {
            if let Some(el) = target.and_then(|id| by_id(&id)) {
                el.scroll_into_view();
                focus(&el);
            }
        })
    });
}
