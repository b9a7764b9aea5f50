//! The reader's choices, shared by every view through one small `Copy` context struct.

use leptos::prelude::*;
use model::date::Date;
use model::filter::TimelineFilter;
use model::types::{EventId, GroupId, IssueId, PartyId, PersonId, TrackId};
use model::url_state::{Theme, UrlState, View};

#[derive(Clone, Copy)]
pub struct AppState {
    pub view: RwSignal<View>,
    /// The parties compared in the positions table; never empty.
    pub parties: RwSignal<Vec<PartyId>>,
    /// The issue groups shown in the positions table; never empty.
    pub groups: RwSignal<Vec<GroupId>>,
    pub filter: RwSignal<TimelineFilter>,
    /// The event or issue a link points to.
    pub event: RwSignal<Option<EventId>>,
    pub issue: RwSignal<Option<IssueId>>,
    /// The party whose cell in that issue's row a link points to.
    pub party: RwSignal<Option<PartyId>>,
    /// The date positions are read at; `None` for the record's snapshot date.
    pub as_of: RwSignal<Option<Date>>,
    pub theme: RwSignal<Theme>,
    /// Embed mode asked for by the link (`embed=1`).
    pub embed: RwSignal<bool>,
    /// Whether the page runs inside a frame: embed mode then applies whatever the link says.
    pub framed: RwSignal<bool>,
}

impl AppState {
    /// The state a page starts in, outside any frame until the browser says otherwise.
    pub fn new(initial: UrlState) -> Self {
        AppState {
            view: RwSignal::new(initial.view),
            parties: RwSignal::new(initial.parties),
            groups: RwSignal::new(initial.groups),
            filter: RwSignal::new(initial.filter),
            event: RwSignal::new(initial.event),
            issue: RwSignal::new(initial.issue),
            party: RwSignal::new(initial.party),
            as_of: RwSignal::new(initial.as_of),
            theme: RwSignal::new(initial.theme),
            embed: RwSignal::new(initial.embed),
            framed: RwSignal::new(false),
        }
    }

    /// Everything a link carries, read reactively.
    pub fn url_state(&self) -> UrlState {
        UrlState {
            view: self.view.get(),
            parties: self.parties.get(),
            groups: self.groups.get(),
            filter: self.filter.get(),
            event: self.event.get(),
            issue: self.issue.get(),
            party: self.party.get(),
            as_of: self.as_of.get(),
            theme: self.theme.get(),
            embed: self.embed.get(),
        }
    }

    /// The same, without subscribing: for event handlers.
    pub fn url_state_untracked(&self) -> UrlState {
        untrack(|| self.url_state())
    }

    /// The date the positions table is read at, reactively.
    pub fn reading_date(&self) -> Date {
        crate::data::outline().reading_date(self.as_of.get())
    }

    /// Whether the page shows itself without its chrome.
    pub fn embedded(&self) -> bool {
        self.framed.get() || self.embed.get()
    }

    /// Takes on a state (from a link, Back or Forward), touching only what changed so that
    /// unchanged views do not redraw.
    pub fn apply(&self, state: UrlState) {
        set_if_changed(self.view, state.view);
        set_if_changed(self.parties, state.parties);
        set_if_changed(self.groups, state.groups);
        set_if_changed(self.filter, state.filter);
        set_if_changed(self.event, state.event);
        set_if_changed(self.issue, state.issue);
        set_if_changed(self.party, state.party);
        set_if_changed(self.as_of, state.as_of);
        set_if_changed(self.theme, state.theme);
        set_if_changed(self.embed, state.embed);
    }

    /// Adds or removes a party from the comparison, keeping at least one.
    pub fn toggle_party(&self, party: PartyId) {
        self.parties
            .update(|parties| toggle_keeping_one(parties, party));
    }

    /// Shows or hides a group of issues, keeping at least one.
    pub fn toggle_group(&self, group: GroupId) {
        self.groups
            .update(|groups| toggle_keeping_one(groups, group));
    }

    pub fn toggle_track(&self, track: TrackId) {
        self.filter.update(|f| {
            if let Some(i) = f.tracks.iter().position(|t| *t == track) {
                f.tracks.remove(i);
            } else {
                f.tracks.push(track);
                f.tracks.sort();
            }
        });
    }

    /// Follows an in-page link: the current history entry is first rewritten to `place`
    /// (where the reader is, say the cell they clicked in), so Back returns them there.
    pub fn follow(&self, place: UrlState, target: UrlState) {
        crate::url_sync::write(&place, false);
        self.apply(target);
    }

    /// Opens one event in the timeline, as a link to it would.
    pub fn select_event(&self, event: EventId) {
        let here = self.url_state_untracked();
        self.follow(
            here.clone(),
            here.with_event(event, crate::data::outline(), crate::data::search_index()),
        );
    }

    /// Shows one person's events in the timeline.
    pub fn show_person(&self, person: PersonId) {
        self.apply(self.url_state_untracked().with_person(person));
    }
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}

/// Adds `item` to a sorted list, or removes it unless it is the last one.
fn toggle_keeping_one<T: Ord + Copy>(items: &mut Vec<T>, item: T) {
    if let Some(i) = items.iter().position(|x| *x == item) {
        if items.len() > 1 {
            items.remove(i);
        }
    } else {
        items.push(item);
        items.sort();
    }
}

fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    if signal.with_untracked(|current| *current != value) {
        signal.set(value);
    }
}
