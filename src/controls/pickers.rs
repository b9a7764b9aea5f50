//! The chips: which parties and groups of issues the table shows (at least one of each stays
//! chosen), the timeline's tracks, and the picture's time span. Each chip says what it
//! toggles in `data-toggle`: `party ukraine`, `group security`, `track trilateral`,
//! `zoom close`, `document 28pt` (the plans compared, `plans.rs`).

use super::dom::{all, page_lang, set_attr, set_hidden, set_opt_attr};
use super::page::{edit, Page};
use super::{plans, tracks};
use crate::data::outline;
use crate::labels::{refusal, Refusal};
use model::filter::TimelineFilter;
use model::lanes::Zoom;
use model::url_state::{add_sorted, UrlState};

/// The party and group chips, and the columns and groups of rows they choose.
pub fn draw(state: &UrlState) {
    let o = outline();
    let parties = o
        .party_ids()
        .map(|p| (o.party(p).id, state.parties.contains(&p)));
    // A party's column, and its land map and column of the maps' table.
    keep_one_set("party", parties, |id| {
        format!("table.positions .party-{id}, .land .party-{id}")
    });
    let groups = o
        .group_ids()
        .map(|g| (o.group(g).id, state.groups.contains(&g)));
    keep_one_set("group", groups, |id| {
        format!("table.positions tbody[data-group=\"{id}\"]")
    });
    span_groups("table.positions", state.parties.len() + 1);
}

/// Makes the group headings of a table whose rows are the issues (`views/issue_groups.rs`)
/// span its `columns` shown.
pub fn span_groups(table: &str, columns: usize) {
    let columns = columns.to_string();
    for th in all(&format!("{table} .group-row th")) {
        set_attr(&th, "colspan", &columns);
    }
}

/// One set of chips of which at least one stays chosen (`kind` is `party` or `group`), each
/// `(id, chosen)`, and the parts of the table each one shows (`shows(id)`, a selector).
fn keep_one_set<'a>(
    kind: &str,
    chips: impl Iterator<Item = (&'a str, bool)>,
    shows: impl Fn(&str) -> String,
) {
    let chips: Vec<(&str, bool)> = chips.collect();
    let only_one = chips.iter().filter(|(_, on)| *on).count() == 1;
    for (id, on) in chips {
        chip(&format!("{kind} {id}"), on, Some(on && only_one));
        for el in all(&shows(id)) {
            set_hidden(&el, !on);
        }
    }
}

/// The track chips.
pub fn draw_tracks(filter: &TimelineFilter) {
    let o = outline();
    for track in o.track_ids() {
        let on = filter.tracks.contains(&track);
        chip(&format!("track {}", o.track(track).id), on, None);
    }
}

/// Sets a chip's pressed state. In a set that keeps one chosen (`keep_one` says whether
/// this is the only one), the last one pressed says so (`aria-disabled`) instead of silently
/// doing nothing.
pub fn chip(toggle: &str, on: bool, keep_one: Option<bool>) {
    for el in all(&format!("[data-toggle=\"{toggle}\"]")) {
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
pub fn toggle(page: &mut Page, what: &str) {
    let o = outline();
    let Some((kind, id)) = what.split_once(' ') else {
        return;
    };
    match kind {
        "party" => {
            if let Some(party) = o.find_party(id) {
                edit(page, |s| toggle_keeping_one(&mut s.parties, party));
            }
        }
        "group" => {
            if let Some(group) = o.find_group(id) {
                edit(page, |s| toggle_keeping_one(&mut s.groups, group));
            }
        }
        "track" => {
            if let Some(track) = o.find_track(id) {
                edit(page, |s| {
                    let tracks = &mut s.filter.tracks;
                    match tracks.iter().position(|t| *t == track) {
                        Some(i) => {
                            tracks.remove(i);
                        }
                        None => add_sorted(tracks, track),
                    }
                });
            }
        }
        "document" => {
            if let Some(document) = o.find_document(id) {
                plans::toggle(page, document);
            }
        }
        "zoom" => {
            if let Some(zoom) = Zoom::from_slug(id) {
                tracks::zoom(page, zoom);
            }
        }
        _ => {}
    }
}

/// Adds `item` to a sorted list, or removes it unless it is the last one.
fn toggle_keeping_one<T: Ord + Copy>(items: &mut Vec<T>, item: T) {
    if let Some(i) = items.iter().position(|x| *x == item) {
        if items.len() > 1 {
            items.remove(i);
        }
    } else {
        add_sorted(items, item);
    }
}
