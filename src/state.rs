//! The reader's choices, shared by every view through one small `Copy` context struct.

use leptos::prelude::*;
use model::filter::TimelineFilter;
use model::types::{PartyId, PersonId, TrackId};
use model::url_state::{UrlState, View};

#[derive(Clone, Copy)]
pub struct AppState {
    pub view: RwSignal<View>,
    /// The parties compared in the positions table; never empty.
    pub parties: RwSignal<Vec<PartyId>>,
    pub filter: RwSignal<TimelineFilter>,
}

impl AppState {
    pub fn new(initial: UrlState) -> Self {
        AppState {
            view: RwSignal::new(initial.view),
            parties: RwSignal::new(initial.parties),
            filter: RwSignal::new(initial.filter),
        }
    }

    /// Everything a link carries, read reactively.
    pub fn url_state(&self) -> UrlState {
        UrlState { view: self.view.get(), parties: self.parties.get(), filter: self.filter.get() }
    }

    /// Takes on a state read from a URL (on back and forward).
    pub fn apply(&self, state: UrlState) {
        self.view.set(state.view);
        self.parties.set(state.parties);
        self.filter.set(state.filter);
    }

    /// Adds or removes a party from the comparison, keeping at least one.
    pub fn toggle_party(&self, party: PartyId) {
        self.parties.update(|parties| {
            if let Some(i) = parties.iter().position(|p| *p == party) {
                if parties.len() > 1 {
                    parties.remove(i);
                }
            } else {
                parties.push(party);
                parties.sort();
            }
        });
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
