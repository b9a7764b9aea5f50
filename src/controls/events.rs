//! The page's event listeners: one per kind of event, on the document, each finding the
//! control the event happened on (event delegation). A few dozen controls and hundreds of
//! links thus cost a handful of listeners, set up at once, with nothing to hydrate.

use super::dom::{
    by_id, closest, document, having, listen, listen_capturing, of_class, on_resize, query, window,
};
use super::page::{change, edit, with_page, History, Page};
use super::{
    address, as_of, disclosures, links, pages, pickers, share, timeline, tracks, versions,
};
use common::hooks::{
    Action, Toggle, ACTION_ATTR, AS_OF_CONTROL, AS_OF_JUMP, AS_OF_RANGE, DISCLOSURE, EMBED_DIALOG,
    EVENT_SEARCH, FOLD_TOGGLE, GO_ATTR, PERSON_FILTER, TOGGLE_ATTR, TRACKS_CANVAS, VIEW_ATTR,
    VIEW_LINK,
};
use common::outline;
use model::moves::Move;
use model::url_state::View;
use wasm_bindgen::JsCast;
use web_sys::Element;
use web_sys::{Event, HtmlInputElement, HtmlSelectElement, KeyboardEvent, MouseEvent};

pub fn listen_all() {
    let doc: web_sys::EventTarget = document().into();
    // The browser hands each listener the kind of event it listens to: a `click` is a
    // `MouseEvent`, a `keydown` a `KeyboardEvent`.
    listen(&doc, "click", |ev| on_click(ev.unchecked_into()));
    listen(&doc, "input", |ev: Event| on_value(ev, "input"));
    listen(&doc, "change", |ev: Event| on_value(ev, "change"));
    listen(&doc, "keydown", |ev| on_key(ev.unchecked_into()));
    listen(&doc, "focusin", |ev: Event| {
        with_page(|page| prefetch_for(page, ev.target()));
        if let Some(i) = tracks::mark_at(ev.target()) {
            with_page(|page| tracks::focused(page, i));
        }
    });
    listen(&doc, "focusout", |ev: Event| {
        if tracks::mark_at(ev.target()).is_some() {
            tracks::hide_tip();
        }
    });
    listen(&doc, "mouseover", |ev: Event| {
        with_page(|page| prefetch_for(page, ev.target()));
        if let Some(i) = tracks::mark_at(ev.target()) {
            with_page(|page| tracks::show_tip(page, i));
        }
    });
    listen(&doc, "mouseout", |ev: Event| {
        let ev: MouseEvent = ev.unchecked_into();
        let from = tracks::mark_at(ev.target());
        let to = tracks::mark_at(ev.related_target());
        if from.is_some() && from != to {
            tracks::hide_tip();
        }
    });
    // The `close` event does not bubble: it is heard on the dialog itself.
    if let Some(dialog) = by_id(EMBED_DIALOG) {
        listen(&dialog.into(), "close", |_: Event| share::closed());
    }
    // A card in the dialog's preview says how tall it is, and is asked again once it has
    // loaded, in case it spoke before the preview listened.
    listen(&window().into(), "message", |ev| {
        share::preview_message(ev.unchecked_into())
    });
    listen_capturing(&doc, "load", |ev: Event| share::preview_loaded(ev.target()));
    // Back and Forward: the address says the state; nothing is written back.
    listen(&window().into(), "popstate", |_: Event| {
        with_page(|page| change(page, address::read(), History::Keep));
    });
    follow_picture_width();
}

fn on_click(ev: MouseEvent) {
    let target = ev.target();
    with_page(|page| {
        if let Some(el) = closest(target.clone(), &having(GO_ATTR)) {
            if links::clicked(page, &el, &ev) {
                ev.prevent_default();
            }
        } else if let Some(el) = closest(target.clone(), &having(TOGGLE_ATTR)) {
            let toggle = el.get_attribute(TOGGLE_ATTR);
            if let Some(toggle) = toggle.and_then(|t| Toggle::parse(&t, outline())) {
                pickers::toggle(page, toggle);
            }
        } else if let Some(el) = closest(target.clone(), &having(ACTION_ATTR)) {
            if let Some(action) = el
                .get_attribute(ACTION_ATTR)
                .and_then(|a| Action::parse(&a))
            {
                act(page, action, &el);
            }
        } else if let Some(el) = closest(target.clone(), &of_class(DISCLOSURE)) {
            disclosures::toggle(&el);
        } else if let Some(el) = closest(target.clone(), &of_class(FOLD_TOGGLE)) {
            disclosures::toggle_fold(&el);
        } else if let Some(view) =
            closest(target.clone(), &of_class(VIEW_LINK)).and_then(|el| view_of_link(&el))
        {
            if links::plain_click(&ev) {
                ev.prevent_default();
                edit(page, |s| s.view = view);
            }
        } else if let Some(i) = tracks::mark_at(target) {
            tracks::choose(page, i);
        }
    });
}

/// A button with an action was pressed.
fn act(page: &mut Page, action: Action, button: &Element) {
    match action {
        Action::AsOfPrevious => as_of::step(page, -1),
        Action::AsOfNext => as_of::step(page, 1),
        Action::AsOfBack => as_of::back(page),
        Action::ClearFilters => timeline::clear(page),
        Action::More => page.show_more(),
        Action::CopyLink => share::copy_link(page),
        Action::OpenEmbed => share::open(page, button),
        Action::EmbedCard => share::open_card(page, button),
        Action::CopyCode => share::copy_code(page),
        Action::CloseEmbed => share::close(),
    }
}

/// A field's value changed: `input` as the reader types or drags, `change` when they commit.
fn on_value(ev: Event, kind: &str) {
    let Some(el) = closest(ev.target(), "input, select") else {
        return;
    };
    let value = if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
        input.value()
    } else if let Some(select) = el.dyn_ref::<HtmlSelectElement>() {
        select.value()
    } else {
        return;
    };
    with_page(|page| match (el.id().as_str(), kind) {
        (EVENT_SEARCH, "input") => timeline::search(page, &value),
        (PERSON_FILTER, "change") => timeline::choose_person(page, &value),
        (AS_OF_RANGE, "input") => as_of::slide(page, &value),
        (AS_OF_JUMP, "change") => as_of::jump(page, &value),
        _ => {}
    });
}

fn on_key(ev: KeyboardEvent) {
    let target = ev.target();
    let key = ev.key();
    let taken =
        with_page(|page| tracks::mark_at(target).is_some_and(|i| tracks::key(page, i, &key)));
    if taken == Some(true) {
        ev.prevent_default();
    }
}

/// The view a switcher link leads to.
fn view_of_link(el: &Element) -> Option<View> {
    View::from_slug(&el.get_attribute(VIEW_ATTR)?)
}

/// The reader points at or focuses a link to another view: its page is fetched, so that the
/// switch is instant. Near the "as of" control, the stances' other versions are.
fn prefetch_for(page: &Page, target: Option<web_sys::EventTarget>) {
    if closest(target.clone(), &of_class(AS_OF_CONTROL)).is_some() {
        versions::prefetch();
        return;
    }
    let Some(link) = closest(target, &format!(".{VIEW_LINK}, [{GO_ATTR}]")) else {
        return;
    };
    let view = view_of_link(&link).or_else(|| {
        let o = outline();
        let go = Move::parse(&link.get_attribute(GO_ATTR)?, o)?;
        Some(
            go.apply(&page.state, o, &model::filter::SearchIndex::empty())
                .view,
        )
    });
    if let Some(view) = view {
        pages::prefetch(page, view);
    }
}

/// Redraws the tracks picture when its box changes width: the window, the frame or the
/// layout around it.
pub fn follow_picture_width() {
    if let Some(canvas) = query(&of_class(TRACKS_CANVAS)) {
        on_resize(&canvas, || {
            with_page(|page| page.picture.resize(tracks::canvas_width()));
        });
    }
}
