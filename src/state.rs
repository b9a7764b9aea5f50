//! The reader's choices, shared by every view through one small `Copy` context struct.

use leptos::prelude::*;
use model::filter::TimelineFilter;
use model::types::{GroupId, PartyId, PersonId, TrackId};
use model::url_state::{UrlState, View};

#[derive(Clone, Copy)]
pub struct AppState {
    pub view: RwSignal<View>,
    /// The parties compared in the positions table; never empty.
    pub parties: RwSignal<Vec<PartyId>>,
    /// The issue groups shown in the positions table; never empty.
    pub groups: RwSignal<Vec<GroupId>>,
    pub filter: RwSignal<TimelineFilter>,
}

impl AppState {
    pub fn new(initial: UrlState) -> Self {
        AppState {
            view: RwSignal::new(initial.view),
            parties: RwSignal::new(initial.parties),
            groups: RwSignal::new(initial.groups),
            filter: RwSignal::new(initial.filter),
        }
    }

    /// Everything a link carries, read reactively.
    pub fn url_state(&self) -> UrlState {
        UrlState {
            view: self.view.get(),
            parties: self.parties.get(),
            groups: self.groups.get(),
            filter: self.filter.get(),
        }
    }

    /// Takes on a state read from a URL (on back and forward).
    pub fn apply(&self, state: UrlState) {
        self.view.set(state.view);
        self.parties.set(state.parties);
        self.groups.set(state.groups);
        self.filter.set(state.filter);
    }

    /// Adds or removes a party from the comparison, keeping at least one.
    pub fn toggle_party(&self, party: PartyId) {
        self.parties.update(|parties| toggle_keeping_one(parties, party));
    }

    /// Shows or hides a group of issues, keeping at least one.
    pub fn toggle_group(&self, group: GroupId) {
        self.groups.update(|groups| toggle_keeping_one(groups, group));
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

    /// Shows one person's events in the timeline.
    pub fn show_person(&self, person: PersonId) {
        self.filter.set(TimelineFilter { person: Some(person), ..TimelineFilter::default() });
        self.view.set(View::Timeline);
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
