//! Switching views without a reload. Each view is a page of its own (`timeline/`, …) that
//! works by itself; with the script, a switch fetches the other page (ahead of time when the
//! reader points at or focuses a link to it), swaps its `<main>` in, and sets the address and
//! title, so the reader's state travels along and the switch is instant. If the page cannot
//! be fetched, the browser simply opens it.

use super::address;
use super::dom::{by_id, document, focus, next_frame, window};
use super::page::{later, with_page, History, Page};
use super::selection;
use common::hooks::{view_title_id, MAIN};
use model::url_state::{UrlState, View};
use std::cell::RefCell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, DomParser, Response, SupportedType};

/// Makes the head's relative links (the icon, the stylesheet, the preloaded glue) absolute.
/// They were written for the page first loaded; a switch moves the address to another
/// folder, and the browser would look for them there (the icon, for one, is fetched again).
pub fn pin_head_links() {
    for link in super::dom::all("head link[href]") {
        // The `href` property is the address resolved against the page first loaded.
        if let Some(full) = js_sys::Reflect::get(&link, &"href".into())
            .ok()
            .and_then(|h| h.as_string())
        {
            super::dom::set_attr(&link, "href", &full);
        }
    }
}

/// What is known of a view's page.
#[derive(Clone)]
enum Fetched {
    Not,
    Asked,
    Got(Document),
}

thread_local! {
    /// What is known of each view's page, by `View::ALL`'s order. A fixed array made at
    /// compile time (`const`), which costs the wasm less than a `Vec` made on first use.
    static PAGES: RefCell<[Fetched; View::ALL.len()]> =
        const { RefCell::new([const { Fetched::Not }; View::ALL.len()]) };
    /// The switch waiting for its page to arrive, if any.
    static WAITING: RefCell<Option<(UrlState, History)>> = const { RefCell::new(None) };
}

fn slot(view: View) -> usize {
    View::ALL.iter().position(|v| *v == view).unwrap_or(0)
}

fn fetched(view: View) -> Fetched {
    PAGES.with(|p| p.borrow()[slot(view)].clone())
}

fn set(view: View, state: Fetched) {
    PAGES.with(|p| p.borrow_mut()[slot(view)] = state);
}

/// Fetches the page of `view`, unless it is this page, already here or on its way.
pub fn prefetch(page: &Page, view: View) {
    if view != page.state.view && matches!(fetched(view), Fetched::Not) {
        fetch(view);
    }
}

/// Shows `next`, whose view has a page other than the one shown: at once if that page is
/// here, else once it arrives.
pub fn open(page: &mut Page, next: UrlState, history: History) {
    match fetched(next.view) {
        Fetched::Got(other) => swap(page, &other, next, history),
        state => {
            let view = next.view;
            WAITING.with(|w| *w.borrow_mut() = Some((next, history)));
            if matches!(state, Fetched::Not) {
                fetch(view);
            }
        }
    }
}

fn fetch(view: View) {
    set(view, Fetched::Asked);
    fetch_document(&address::page_url(view), move |doc| {
        arrived(
            view,
            doc.filter(|doc| doc.get_element_by_id(MAIN).is_some()),
        )
    });
}

/// What a fetch hands its result to. Boxed, so that the fetching code below is in the wasm
/// once rather than once per caller.
type Then<T> = Box<dyn FnOnce(Option<T>)>;

/// Fetches the HTML document at `url` and hands it to `done` parsed, or `None` if it could not
/// be fetched.
pub fn fetch_document(url: &str, done: impl FnOnce(Option<Document>) + 'static) {
    fetch_boxed(url, Box::new(done));
}

fn fetch_boxed(url: &str, done: Then<Document>) {
    settle(
        window().fetch_with_str(url),
        Box::new(move |response| {
            let text = response
                .and_then(|r| r.dyn_into::<Response>().ok())
                .filter(Response::ok)
                .and_then(|r| r.text().ok());
            let Some(text) = text else {
                return done(None);
            };
            settle(text, Box::new(move |html| done(html.and_then(parse))));
        }),
    );
}

/// The document in the HTML text `html`.
fn parse(html: JsValue) -> Option<Document> {
    DomParser::new()
        .ok()?
        .parse_from_string(&html.as_string()?, SupportedType::TextHtml)
        .ok()
}

/// Calls `then` once `promise` settles: with its value, or `None` if it was rejected.
fn settle(promise: js_sys::Promise, then: Then<JsValue>) {
    // Whichever of the two callbacks runs takes `then`.
    let shared = std::rc::Rc::new(std::cell::Cell::new(Some(then)));
    let other = shared.clone();
    let done = Closure::<dyn FnMut(JsValue)>::new(move |value| {
        if let Some(then) = shared.take() {
            then(Some(value));
        }
    });
    let failed = Closure::<dyn FnMut(JsValue)>::new(move |_| {
        if let Some(then) = other.take() {
            then(None);
        }
    });
    let _ = promise.then2(&done, &failed);
    // A promise settles once: the two small callbacks live on, as the page's listeners do.
    done.forget();
    failed.forget();
}

/// A page came back (`None`: it could not be fetched).
fn arrived(view: View, parsed: Option<Document>) {
    let waiting = WAITING.with(|w| w.borrow_mut().take_if(|(next, _)| next.view == view));
    match parsed {
        Some(doc) => {
            set(view, Fetched::Got(doc.clone()));
            if let Some((next, history)) = waiting {
                with_page(|page| swap(page, &doc, next, history));
            }
        }
        None => {
            // Tried again on the next switch; one the reader asked for opens as a plain page.
            set(view, Fetched::Not);
            if let Some((next, _)) = waiting {
                let _ = window()
                    .location()
                    .assign(&address::page_link(&next, next.embed));
            }
        }
    }
}

/// Puts the `<main>` of `other` (the page of `next.view`) in place of this page's, then
/// draws `next` on it, as on start-up.
fn swap(page: &mut Page, other: &Document, next: UrlState, history: History) {
    let (Some(theirs), Some(ours)) = (other.get_element_by_id(MAIN), by_id(MAIN)) else {
        return;
    };
    let leaving = page.state.view;
    let Ok(copy) = document().import_node_with_deep(&theirs, true) else {
        return;
    };
    // The address first: a new history entry keeps the scroll position of the page left,
    // which Chromium reads from an up-to-date layout. Written after the swap, that read laid
    // out the new page in the middle of the script (9 of a switch's 25 ms).
    if history == History::Follow {
        address::write(&next, true);
    }
    if ours.replace_with_with_node_1(&copy).is_err() {
        return;
    }
    document().set_title(&other.title());
    page.arrive(next);
    // The page left is fetched for Back, unless it is already here.
    prefetch(page, leaving);
    // Where the reader continues: the link's target if it has one, else the view's heading.
    if selection::landing(&page.state).is_none() {
        let title = view_title_id(page.state.view);
        later(move || {
            next_frame(move || {
                if let Some(heading) = by_id(&title) {
                    focus(&heading);
                }
            })
        });
    }
}
