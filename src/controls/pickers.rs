//! The chips: which parties and groups of issues the table shows (at least one of each stays
//! chosen), the timeline's tracks, and the picture's time span. Each chip says what it
//! toggles in `data-toggle` (a `Toggle`: `party ukraine`, `group security`,
//! `track trilateral`, `zoom close`, `document 28pt`, the plans compared, `plans.rs`).

use super::dom::{all, page_lang, set_attr, set_hidden, set_opt_attr, with_attr};
use super::page::{edit, Page};
use super::{plans, tracks};
use common::hooks::{
    party_class, Toggle, GROUP_ATTR, GROUP_ROW, LAND, POSITIONS_TABLE, TOGGLE_ATTR,
};
use common::labels::{refusal, Refusal};
use common::outline;
use model::filter::TimelineFilter;
use model::url_state::UrlState;

/// The party and group chips, and the columns and groups of rows they choose.
pub fn draw(state: &UrlState) {
    let o = outline();
    keep_one_set(o.party_ids().map(|p| {
        // A party's column, and its land map and column of the maps' table.
        let party = party_class(p);
        let shows = format!("table.{POSITIONS_TABLE} .{party}, .{LAND} .{party}");
        (Toggle::Party(p), shows, state.parties.contains(&p))
    }));
    keep_one_set(o.group_ids().map(|g| {
        let group = with_attr(GROUP_ATTR, o.group(g).id);
        let shows = format!("table.{POSITIONS_TABLE} tbody{group}");
        (Toggle::Group(g), shows, state.groups.contains(&g))
    }));
    span_groups(POSITIONS_TABLE, state.parties.len() + 1);
}

/// Makes the group headings of a table whose rows are the issues (`views/issue_groups.rs`;
/// `table` is its class) span its `columns` shown.
pub fn span_groups(table: &str, columns: usize) {
    let columns = columns.to_string();
    for th in all(&format!("table.{table} .{GROUP_ROW} th")) {
        set_attr(&th, "colspan", &columns);
    }
}

/// One set of chips of which at least one stays chosen: each chip, the parts of the page it
/// shows (a selector), and whether it is chosen.
fn keep_one_set(chips: impl Iterator<Item = (Toggle, String, bool)>) {
    let chips: Vec<(Toggle, String, bool)> = chips.collect();
    let only_one = chips.iter().filter(|(_, _, on)| *on).count() == 1;
    for (toggle, shows, on) in chips {
        chip(toggle, on, Some(on && only_one));
        for el in all(&shows) {
            set_hidden(&el, !on);
        }
    }
}

/// The track chips.
pub fn draw_tracks(filter: &TimelineFilter) {
    for track in outline().track_ids() {
        chip(Toggle::Track(track), filter.tracks.contains(&track), None);
    }
}

/// The chips of `toggle` in the page.
pub fn chips(toggle: Toggle) -> Vec<web_sys::Element> {
    all(&with_attr(TOGGLE_ATTR, &toggle.attr(outline())))
}

/// Sets a chip's pressed state. In a set that keeps one chosen (`keep_one` says whether
/// this is the only one), the last one pressed says so (`aria-disabled`) instead of silently
/// doing nothing.
pub fn chip(toggle: Toggle, on: bool, keep_one: Option<bool>) {
    for el in chips(toggle) {
        set_attr(&el, "aria-pressed", if on { "true" } else { "false" });
        if let Some(only) = keep_one {
            set_opt_attr(&el, "aria-disabled", only.then_some("true"));
            set_opt_attr(
                &el,
                "title",
                only.then(|| refusal(page_lang(), Refusal::KeepOne)),
            );
        }
    }
}

/// A chip was pressed.
pub fn toggle(page: &mut Page, toggle: Toggle) {
    match toggle {
        Toggle::Party(party) => edit(page, |s| s.toggle_party(party)),
        Toggle::Group(group) => edit(page, |s| s.toggle_group(group)),
        Toggle::Track(track) => edit(page, |s| s.filter.toggle_track(track)),
        Toggle::Document(document) => plans::toggle(page, document),
        Toggle::Zoom(zoom) => tracks::zoom(page, zoom),
    }
}
