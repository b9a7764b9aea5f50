//! Keeps the address bar and the reader's choices in step, both ways.
//!
//! A change of view is a new history entry, so Back returns to the previous view; filter
//! changes replace the current entry, so typing a search does not flood the history.

use crate::data::outline;
use crate::state::AppState;
use leptos::prelude::*;
use model::url_state::UrlState;

/// The state in the current address, falling back to defaults for anything unusable.
pub fn read() -> UrlState {
    let search = window().location().search().unwrap_or_default();
    UrlState::parse(&search, outline())
}

pub fn sync(state: AppState) {
    Effect::new(move |previous: Option<UrlState>| {
        let current = state.url_state();
        let query = current.to_query(outline());
        let location = window().location();
        if location.search().unwrap_or_default() != query {
            let new_view = previous.as_ref().is_some_and(|p| p.view != current.view);
            write(&current, new_view);
        }
        current
    });
    let _ = window_event_listener(leptos::ev::popstate, move |_| state.apply(read()));
}

/// Puts `state` in the address bar, as a new history entry or in place of the current one.
pub fn write(state: &UrlState, new_entry: bool) {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    // A #fragment points into the old view (a year link, say); it does not carry over.
    let hash = if new_entry {
        String::new()
    } else {
        location.hash().unwrap_or_default()
    };
    let url = format!("{path}{}{hash}", state.to_query(outline()));
    let Ok(history) = window().history() else {
        return;
    };
    let result = if new_entry {
        history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    } else {
        history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    };
    if result.is_err() {
        leptos::logging::warn!("could not update the address to {url}");
    }
}
