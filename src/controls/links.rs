//! Links within the page: `data-go` says where a link leads (`event davos`, `stance nato
//! ukraine 2025-12-14`, …; see `model::moves`), `data-place` where the reader is when they
//! click it. A plain click applies the move to the reader's own state, keeping their choices,
//! after marking the place in the current history entry so that Back returns them to it.
//! With a modifier key, the browser opens the link's own address instead. `data-focus` names
//! where the reader continues, when that is not the link's target itself.

use super::address;
use super::dom::{by_id, focus, next_frame};
use super::page::{change, later, History, Page};
use common::hooks::{FOCUS_ATTR, GO_ATTR, PLACE_ATTR};
use common::outline;
use model::moves::Move;
use web_sys::{Element, MouseEvent};

/// A click on an element with `data-go`; true if the page took it.
pub fn clicked(page: &mut Page, el: &Element, ev: &MouseEvent) -> bool {
    let o = outline();
    let Some(go) = el.get_attribute(GO_ATTR).and_then(|a| Move::parse(&a, o)) else {
        return false;
    };
    let is_link = el.tag_name().eq_ignore_ascii_case("a");
    if is_link && !plain_click(ev) {
        return false;
    }
    let place = el
        .get_attribute(PLACE_ATTR)
        .and_then(|a| Move::parse(&a, o));
    self::go(page, go, place);
    // Where the reader continues, when it is not the link's target itself (from a
    // person's card to the timeline of their events).
    if let Some(id) = el.get_attribute(FOCUS_ATTR) {
        later(move || {
            next_frame(move || {
                if let Some(target) = by_id(&id) {
                    focus(&target);
                }
            })
        });
    }
    true
}

/// Follows a move from where the reader is, after marking `place` (if any) in the current
/// history entry.
pub fn go(page: &mut Page, go: Move, place: Option<Move>) {
    let o = outline();
    let mut here = page.state.clone();
    if let Some(place) = place {
        here = place.apply(&here, o, page.words_for(&here.filter));
        address::write(&here, false);
    }
    let there = go.apply(&here, o, page.words_for(&here.filter));
    change(page, there, History::Follow);
}

/// A click without modifier keys: the page handles it; with them, the browser opens the link.
pub fn plain_click(ev: &MouseEvent) -> bool {
    ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key())
}
