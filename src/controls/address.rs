//! The address bar: the state a link asks for, and the state written back as the reader
//! changes it, so every view can be shared and Back and Forward work. The view is the page's
//! folder below the edition's root (`/talks/uk/timeline/`), the rest the query.

use super::dom::{document, window};
use crate::data::outline;
use crate::hooks::PAGE_ATTR;
use model::url_state::{edition_root, UrlState, View};
use std::cell::RefCell;

thread_local! {
    /// The path of the edition's root (`/talks/uk/`), found once at start: the address bar
    /// changes with the view, the edition's root does not.
    static ROOT: RefCell<String> = const { RefCell::new(String::new()) };
}

/// The view of the page the browser loaded, as the pre-render marked it.
fn loaded_view() -> View {
    document()
        .document_element()
        .and_then(|root| root.get_attribute(PAGE_ATTR))
        .and_then(|slug| View::from_slug(&slug))
        .unwrap_or_default()
}

/// Finds the edition's root from the loaded page's address and view.
pub fn init() {
    let path = window().location().pathname().unwrap_or_default();
    let root = edition_root(&path, loaded_view()).to_owned();
    ROOT.with(|r| *r.borrow_mut() = root);
}

fn root() -> String {
    ROOT.with(|r| r.borrow().clone())
}

/// The state the address asks for.
pub fn read() -> UrlState {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let search = location.search().unwrap_or_default();
    let below = path.strip_prefix(root().as_str()).unwrap_or_default();
    UrlState::parse_address(&format!("{below}{search}"), outline())
}

/// Writes `state` into the address unless it already says so: as a new history entry
/// (`new_entry`, when the view changes, so Back returns to the previous view) or over the
/// current one (other choices, so they do not flood the history). A new entry drops the
/// `#fragment`; a rewritten one keeps it.
pub fn write(state: &UrlState, new_entry: bool) {
    let location = window().location();
    let url = format!("{}{}", root(), state.to_address(outline()));
    let now = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if now == url {
        return;
    }
    let hash = if new_entry {
        String::new()
    } else {
        location.hash().unwrap_or_default()
    };
    let url = format!("{url}{hash}");
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
    let origin = window().location().origin().unwrap_or_default();
    format!("{origin}{}{}", root(), state.to_address(outline()))
}

/// The address of the page of `view`, as the pre-render drew it.
pub fn page_url(view: View) -> String {
    format!("{}{}", root(), view.folder())
}

/// An address relative to the edition's root (`../` for the other edition's), made absolute.
pub fn from_root(relative: &str) -> String {
    let origin = window().location().origin().unwrap_or_default();
    web_sys::Url::new_with_base(relative, &format!("{origin}{}", root()))
        .map(|u| u.pathname())
        .unwrap_or_default()
}
