//! What a link points at: the issue's row or the party's cell in the table, the issue's row
//! in the plans compared, or the event in the timeline (`controls/timeline.rs` marks that
//! one). The target is marked and made focusable while selected, and a link lands on it:
//! scrolled into view and focused, so keyboard and screen-reader users continue from there.

use super::dom::{all, by_id, focus, next_frame, set_class, set_opt_attr};
use super::page::later;
use crate::data::outline;
use model::url_state::{UrlState, View};

/// Marks the selected row or cell of the tables.
pub fn draw(state: &UrlState) {
    let o = outline();
    let mut selected = Vec::new();
    if let Some(issue) = state.issue {
        let id = o.issue(issue).id;
        selected.push(format!("issue-{id}"));
        selected.push(format!("plans-{id}"));
        if let Some(party) = state.party {
            selected.push(format!("cell-{id}-{}", o.party(party).id));
        }
    }
    for el in all(".positions .selected, .plans .selected") {
        if !selected.contains(&el.id()) {
            set_class(&el, "selected", false);
            set_opt_attr(&el, "tabindex", None);
        }
    }
    for el in selected.iter().filter_map(|id| by_id(id)) {
        set_class(&el, "selected", true);
        set_opt_attr(&el, "tabindex", Some("-1"));
    }
}

/// Where a link in this state lands: in the table, the cell when its party's column is
/// shown, else the row; in the timeline, the event.
pub fn landing(state: &UrlState) -> Option<String> {
    let o = outline();
    match state.view {
        View::Positions => {
            let issue = state.issue?;
            Some(match state.party {
                Some(party) if state.parties.contains(&party) => {
                    format!("cell-{}-{}", o.issue(issue).id, o.party(party).id)
                }
                _ => format!("issue-{}", o.issue(issue).id),
            })
        }
        View::Plans => state.issue.map(|i| format!("plans-{}", o.issue(i).id)),
        View::Timeline => state.event.map(|e| format!("event-{}", o.event(e).id)),
        _ => None,
    }
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
