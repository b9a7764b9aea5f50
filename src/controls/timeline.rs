//! The timeline's filters and lists: every event is already in the page; the filters (tracks,
//! person, words) hide the ones they reject. Search reads the events' words from the page the
//! first time it is used.

use super::dom::{
    all, by_id, first, of_class, page_lang, query, set_class, set_hidden, set_opt_attr, set_text,
    text_of, with_attr, within,
};
use super::page::{edit, Page};
use super::pickers;
use common::hooks::{
    event_id, event_sources_id, view_id, Action, ACTION_ATTR, EMPTY, ERA, EVENT_PEOPLE,
    EVENT_PLACE, EVENT_SEARCH, EVENT_SUMMARY, EVENT_TITLE, EVENT_TRACKS, MORE, PERSON_FILTER,
    RESULT_COUNT, SELECTED,
};
use common::labels::{result_count, show_more};
use common::outline;
use model::filter::{shown_in_part, SearchIndex, TimelineFilter, PAGE};
use model::types::EventId;
use model::url_state::{UrlState, View, MAX_SEARCH_LEN};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, HtmlSelectElement};

/// The two parts of the timeline (up to the snapshot, after it), and how many matching
/// events each lists before its "Show more" button.
pub struct Lists {
    parts: [Vec<EventId>; 2],
    limit: usize,
}

impl Lists {
    pub fn new() -> Lists {
        let o = outline();
        let part = |after: bool| -> Vec<EventId> {
            o.event_ids()
                .filter(|id| o.is_after_snapshot(*id) == after)
                .collect()
        };
        Lists {
            parts: [part(false), part(true)],
            limit: PAGE,
        }
    }

    /// Shows the events that `matches` (by event index) lets through, and the controls
    /// that say what the filters are.
    pub fn draw(&self, state: &UrlState, matches: &[bool]) {
        draw_filters(&state.filter);
        let timeline = view_id(View::Timeline);
        let eras = all(&format!("#{timeline} .{ERA}"));
        for (part, era) in self.parts.iter().zip(&eras) {
            let (shown, more) = shown_in_part(part, matches, self.limit, state.event);
            for (id, show) in part.iter().zip(&shown) {
                if let Some(item) = item(*id) {
                    set_hidden(&item, !show);
                    let selected = state.event == Some(*id);
                    set_class(&item, SELECTED, selected);
                    set_opt_attr(&item, "tabindex", selected.then_some("-1"));
                }
            }
            if let Some(empty) = first(era, &of_class(EMPTY)) {
                set_hidden(&empty, part.iter().any(|id| matches[id.index()]));
            }
            if let Some(button) = first(era, &of_class(MORE)) {
                set_hidden(&button, more == 0);
                set_text(&button, &show_more(page_lang(), more.min(PAGE)));
            }
        }
        let total = outline().events.len();
        let count = matches.iter().filter(|m| **m).count();
        if let Some(status) = query(&format!("#{timeline} .{RESULT_COUNT}")) {
            set_text(&status, &result_count(page_lang(), count, total));
        }
        // A link to an event opens its sources.
        if let Some(event) = state.event {
            super::disclosures::open(&event_sources_id(event));
        }
    }

    pub fn show_more(&mut self) {
        self.limit += PAGE;
    }
}

/// The filter controls, as the state has them.
fn draw_filters(filter: &TimelineFilter) {
    let o = outline();
    if let Some(search) = by_id(EVENT_SEARCH).and_then(|e| e.dyn_into::<HtmlInputElement>().ok()) {
        // Only when it differs, so typing keeps its place in the field.
        if search.value().trim() != filter.text {
            search.set_value(&filter.text);
        }
    }
    if let Some(select) = by_id(PERSON_FILTER).and_then(|e| e.dyn_into::<HtmlSelectElement>().ok())
    {
        let value = filter.person.map_or("", |p| o.person(p).id);
        if select.value() != value {
            select.set_value(value);
        }
    }
    pickers::draw_tracks(filter);
    // Filters set by the address or by a person's button show, on a phone too.
    if !filter.is_empty() {
        if let Some(search) = by_id(EVENT_SEARCH) {
            super::disclosures::unfold_around(&search);
        }
    }
    if let Some(clear) = query(&with_attr(ACTION_ATTR, Action::ClearFilters.attr())) {
        set_hidden(&clear, filter.is_empty());
    }
}

fn item(id: EventId) -> Option<Element> {
    by_id(&event_id(id))
}

/// Every event's searchable words, from the page: its title, summary, place, people and
/// tracks, as the list shows them.
pub fn read_words() -> SearchIndex {
    let o = outline();
    SearchIndex::from_parts(o.event_ids().map(|id| {
        let parts = format!(
            ".{EVENT_TITLE}, .{EVENT_SUMMARY}, .{EVENT_PLACE}, .{EVENT_PEOPLE}, .{EVENT_TRACKS} li"
        );
        item(id).map_or_else(Vec::new, |item| {
            within(&item, &parts).iter().map(text_of).collect()
        })
    }))
}

pub fn search(page: &mut Page, value: &str) {
    let text: String = value.chars().take(MAX_SEARCH_LEN).collect();
    edit(page, |s| s.filter.text = text.trim().to_owned());
}

pub fn choose_person(page: &mut Page, value: &str) {
    let person = outline().find_person(value);
    edit(page, |s| s.filter.person = person);
}

pub fn clear(page: &mut Page) {
    edit(page, |s| s.filter = TimelineFilter::default());
}
