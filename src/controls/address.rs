//! The address bar: the state a link asks for, and the state written back as the reader
//! changes it, so every view can be shared and Back and Forward work. The view is the page's
//! folder below the edition's root (`/talks/uk/timeline/`), the rest the query.

use super::dom::{document, window};
use common::hooks::{CARD_ATTR, PAGE_ATTR};
use common::outline;
use model::cards::Card;
use model::url_state::{edition_root, UrlState, View};
use std::cell::{Cell, RefCell};

thread_local! {
    /// The path of the edition's root (`/talks/uk/`), found once at start: the address bar
    /// changes with the view, the edition's root does not.
    static ROOT: RefCell<String> = const { RefCell::new(String::new()) };
    /// The card whose page this is, if it is a card's: its address is its folder and the
    /// little its query can say (`model::cards`).
    static CARD: Cell<Option<Card>> = const { Cell::new(None) };
}

/// The card of the page the browser loaded, as the pre-render marked it.
pub fn card() -> Option<Card> {
    CARD.with(Cell::get)
}

/// The view of the page the browser loaded, as the pre-render marked it.
fn loaded_view() -> View {
    document()
        .document_element()
        .and_then(|root| root.get_attribute(PAGE_ATTR))
        .and_then(|slug| View::from_slug(&slug))
        .unwrap_or_default()
}

/// Finds the edition's root from the loaded page's address and view, or card.
pub fn init() {
    let path = window().location().pathname().unwrap_or_default();
    let card = document()
        .document_element()
        .and_then(|root| root.get_attribute(CARD_ATTR))
        .and_then(|name| Card::named(&name, outline()));
    let root = match card {
        Some(card) => {
            let folder = path.strip_suffix("index.html").unwrap_or(&path);
            folder
                .strip_suffix(card.folder(outline()).as_str())
                .unwrap_or(folder)
        }
        None => edition_root(&path, loaded_view()),
    };
    ROOT.with(|r| *r.borrow_mut() = root.to_owned());
    CARD.with(|c| c.set(card));
}

/// The edition's root folder on the host (`/talks/`, `/talks/uk/`).
pub fn root() -> String {
    ROOT.with(|r| r.borrow().clone())
}

/// The state the address asks for.
pub fn read() -> UrlState {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let search = location.search().unwrap_or_default();
    if let Some(card) = card() {
        return card.state(&search, outline());
    }
    let below = path.strip_prefix(root().as_str()).unwrap_or_default();
    UrlState::parse_address(&format!("{below}{search}"), outline())
}

/// Writes `state` into the address unless it already says so: as a new history entry
/// (`new_entry`, when the view changes, so Back returns to the previous view) or over the
/// current one (other choices, so they do not flood the history). A new entry drops the
/// `#fragment`; a rewritten one keeps it.
pub fn write(state: &UrlState, new_entry: bool) {
    let location = window().location();
    let url = format!("{}{}", root(), address_of(state));
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

/// The address of `state` relative to the edition's root: a card's own, or the view's.
fn address_of(state: &UrlState) -> String {
    match card() {
        Some(card) => card.address(state, outline()),
        None => state.to_address(outline()),
    }
}

/// The full explainer in the state a card shows a piece of (`Card::explainer_state`), or,
/// on a view's page, that page in `state`, outside embed mode: where a card's credit line and
/// an embedded page's link out lead.
pub fn explainer_link(state: &UrlState) -> String {
    match card() {
        Some(card) => {
            let origin = window().location().origin().unwrap_or_default();
            let full = card.explainer_state(state, outline());
            format!("{origin}{}{}", root(), full.to_address(outline()))
        }
        None => page_link(state, false),
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

/// The full address of `card`'s page in `state` (its date, its texts, the theme), as an
/// article embeds it.
pub fn card_link(card: Card, state: &UrlState) -> String {
    let mut state = state.clone();
    state.embed = false;
    let origin = window().location().origin().unwrap_or_default();
    format!("{origin}{}{}", root(), card.address(&state, outline()))
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
