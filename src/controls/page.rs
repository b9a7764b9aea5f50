//! The reader's state and the one way it changes: [`change`] takes a new state, brings every
//! part of the page in line with it, and keeps the address in step.
//!
//! The state lives in one place for the page's life. Event handlers borrow it through
//! [`with_page`]; work that may set off other handlers at once (moving the focus) is put off
//! with [`later`] until the borrow is over.

use super::{address, as_of, events, masthead, pages, pickers, plans, selection, timeline, tracks};
use common::outline;
use model::filter::{SearchIndex, TimelineFilter};
use model::url_state::UrlState;
use std::cell::RefCell;

pub struct Page {
    pub state: UrlState,
    /// Whether another page frames this one: embed mode then applies whatever the link says.
    pub framed: bool,
    pub timeline: timeline::Lists,
    pub picture: tracks::Picture,
    /// The events' searchable words, read from the page the first time a search needs them.
    words: Option<SearchIndex>,
}

impl Page {
    pub fn new(state: UrlState, framed: bool) -> Page {
        Page {
            state,
            framed,
            timeline: timeline::Lists::new(),
            picture: tracks::Picture::new(),
            words: None,
        }
    }

    /// Whether the page shows itself without its chrome.
    pub fn embedded(&self) -> bool {
        self.framed || self.state.embed
    }

    /// The events' words, as far as `filter` needs them: none unless it searches for some.
    pub fn words_for(&mut self, filter: &TimelineFilter) -> &SearchIndex {
        static NO_WORDS: SearchIndex = SearchIndex::empty();
        if filter.text.trim().is_empty() {
            &NO_WORDS
        } else {
            self.words.get_or_insert_with(timeline::read_words)
        }
    }

    /// Brings the page in line with the state on start-up. The pre-render drew the default
    /// state, so only what the address changes from it needs drawing.
    pub fn draw_start(&mut self) {
        let drawn = UrlState {
            view: self.state.view,
            ..UrlState::default_for(outline())
        };
        self.draw(&drawn, true);
    }

    /// Takes on `next` once its view's page has been swapped in (`pages.rs`): that page is
    /// drawn in its default state, as on start-up, and what the script knew of the page
    /// before is read again.
    pub fn arrive(&mut self, next: UrlState) {
        self.state = next;
        self.timeline = timeline::Lists::new();
        self.picture = tracks::Picture::new();
        self.words = None;
        self.draw_start();
        events::follow_picture_width();
        self.picture.resize(tracks::canvas_width());
    }

    /// Brings the parts of the page that depend on what changed since `before` in line.
    /// `start`: the script has just started, so a link's target is landed on even if `before`
    /// pointed at it too.
    fn draw(&mut self, before: &UrlState, start: bool) {
        let now = self.state.clone();
        if before.as_of != now.as_of {
            as_of::draw(&now);
        }
        if before.parties != now.parties || before.groups != now.groups {
            pickers::draw(&now);
        }
        if before.documents != now.documents {
            plans::draw(&now);
        }
        if before.filter != now.filter || before.event != now.event {
            self.draw_timeline();
        }
        selection::draw(&now);
        masthead::draw(self);
        selection::land(before, &now, start);
    }

    /// "Show more": the next page of events in each part of the timeline.
    pub fn show_more(&mut self) {
        self.timeline.show_more();
        self.draw_timeline();
    }

    fn draw_timeline(&mut self) {
        let state = self.state.clone();
        let matches = {
            let o = outline();
            let matcher = state.filter.matcher(o);
            let words = self.words_for(&state.filter);
            o.event_ids()
                .map(|id| matcher.matches(id, words))
                .collect::<Vec<bool>>()
        };
        self.timeline.draw(&state, &matches);
        self.picture.mark_states(&matches, state.event);
    }
}

/// How a change reaches the address bar.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum History {
    /// A new entry when the view (the page) changes, else the current one rewritten: what a
    /// reader's own choices do.
    Follow,
    /// Leave the address alone: the state came from it (Back, Forward).
    Keep,
}

thread_local! {
    static PAGE: RefCell<Option<Page>> = const { RefCell::new(None) };
    static LATER: RefCell<Vec<Box<dyn FnOnce()>>> = const { RefCell::new(Vec::new()) };
}

pub fn install(page: Page) {
    PAGE.with(|p| *p.borrow_mut() = Some(page));
}

/// Runs `f` on the page, unless the page is already in use (a handler set off by another
/// one's work), then what was put off.
pub fn with_page<R>(f: impl FnOnce(&mut Page) -> R) -> Option<R> {
    let result = PAGE.with(|p| p.try_borrow_mut().ok()?.as_mut().map(f));
    for job in LATER.with(|l| std::mem::take(&mut *l.borrow_mut())) {
        job();
    }
    result
}

/// Puts off `f` until the page is no longer borrowed.
pub fn later(f: impl FnOnce() + 'static) {
    LATER.with(|l| l.borrow_mut().push(Box::new(f)));
}

/// Takes on `next`: redraws what it changes, then writes the address. Another view is
/// another page: it is swapped in first (`pages.rs`).
pub fn change(page: &mut Page, next: UrlState, history: History) {
    if next == page.state {
        return;
    }
    if next.view != page.state.view {
        pages::open(page, next, history);
        return;
    }
    let before = std::mem::replace(&mut page.state, next);
    page.draw(&before, false);
    if history == History::Follow {
        address::write(&page.state, false);
    }
}

/// Changes the state through `edit`, as a reader's own choice.
pub fn edit(page: &mut Page, edit: impl FnOnce(&mut UrlState)) {
    let mut next = page.state.clone();
    edit(&mut next);
    change(page, next, History::Follow);
}
