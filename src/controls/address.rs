//! The address bar: the state a link asks for, and the state written back as the reader
//! changes it, so every view can be shared and Back and Forward work.

use super::dom::window;
use crate::data::outline;
use model::url_state::UrlState;

/// The state the address asks for.
pub fn read() -> UrlState {
    let search = window().location().search().unwrap_or_default();
    UrlState::parse(&search, outline())
}

/// Writes `state` into the address unless it already says so: as a new history entry
/// (`new_entry`, when the view changes, so Back returns to the previous view) or over the
/// current one (other choices, so they do not flood the history). A new entry drops the
/// `#fragment`; a rewritten one keeps it.
pub fn write(state: &UrlState, new_entry: bool) {
    let location = window().location();
    let query = state.to_query(outline());
    if location.search().unwrap_or_default() == query {
        return;
    }
    let path = location.pathname().unwrap_or_default();
    let hash = if new_entry {
        String::new()
    } else {
        location.hash().unwrap_or_default()
    };
    let url = format!("{path}{query}{hash}");
    let Ok(history) = window().history() else {
        return;
    };
    let null = wasm_bindgen::JsValue::NULL;
    let result = if new_entry {
        history.push_state_with_url(&null, "", Some(&url))
    } else {
        history.replace_state_with_url(&null, "", Some(&url))
    };
    if result.is_err() {
        web_sys::console::warn_1(&format!("could not update the address to {url}").into());
    }
}

/// The full address of the page in `state`, as a reader would share it, in or out of embed
/// mode.
pub fn page_link(state: &UrlState, embed: bool) -> String {
    let mut state = state.clone();
    state.embed = embed;
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}{}", state.to_query(outline()))
}
