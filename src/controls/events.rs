//! The page's event listeners: one per kind of event, on the document, each finding the
//! control the event happened on (event delegation). A few dozen controls and hundreds of
//! links thus cost a handful of listeners, set up at once, with nothing to hydrate.

use super::dom::{by_id, closest, document, listen, on_resize, query, window};
use super::page::{change, edit, with_page, History, Page};
use super::{
    address, as_of, disclosures, links, pages, pickers, share, timeline, tracks, versions,
};
use crate::data::outline;
use crate::hooks::{VIEW_ATTR, VIEW_LINK};
use model::moves::Move;
use model::url_state::View;
use wasm_bindgen::JsCast;
use web_sys::Element;
use web_sys::{Event, FocusEvent, HtmlInputElement, HtmlSelectElement, KeyboardEvent, MouseEvent};

pub fn listen_all() {
    let doc: web_sys::EventTarget = document().into();
    listen(&doc, "click", on_click);
    listen(&doc, "input", |ev: Event| on_value(ev, "input"));
    listen(&doc, "change", |ev: Event| on_value(ev, "change"));
    listen(&doc, "keydown", on_key);
    listen(&doc, "focusin", |ev: FocusEvent| {
        with_page(|page| prefetch_for(page, ev.target()));
        if let Some(i) =
            closest(ev.target(), ".tracks-svg .mark").and_then(|m| tracks::mark_index(&m))
        {
            with_page(|page| tracks::focused(page, i));
        }
    });
    listen(&doc, "focusout", |ev: FocusEvent| {
        if closest(ev.target(), ".tracks-svg .mark").is_some() {
            tracks::hide_tip();
        }
    });
    listen(&doc, "mouseover", |ev: MouseEvent| {
        with_page(|page| prefetch_for(page, ev.target()));
        if let Some(i) =
            closest(ev.target(), ".tracks-svg .mark").and_then(|m| tracks::mark_index(&m))
        {
            with_page(|page| tracks::show_tip(page, i));
        }
    });
    listen(&doc, "mouseout", |ev: MouseEvent| {
        let from = closest(ev.target(), ".tracks-svg .mark");
        let to = closest(ev.related_target(), ".tracks-svg .mark");
        if from.is_some() && from != to {
            tracks::hide_tip();
        }
    });
    // The `close` event does not bubble: it is heard on the dialog itself.
    if let Some(dialog) = by_id("embed-dialog") {
        listen(&dialog.into(), "close", |_: Event| share::closed());
    }
    // Back and Forward: the address says the state; nothing is written back.
    listen(&window().into(), "popstate", |_: Event| {
        with_page(|page| change(page, address::read(), History::Keep));
    });
    follow_picture_width();
}

fn on_click(ev: MouseEvent) {
    let target = ev.target();
    with_page(|page| {
        if let Some(el) = closest(target.clone(), "[data-go]") {
            if links::clicked(page, &el, &ev) {
                ev.prevent_default();
            }
        } else if let Some(el) = closest(target.clone(), "[data-toggle]") {
            pickers::toggle(page, &el.get_attribute("data-toggle").unwrap_or_default());
        } else if let Some(el) = closest(target.clone(), "[data-action]") {
            match el
                .get_attribute("data-action")
                .as_deref()
                .unwrap_or_default()
            {
                "as-of-previous" => as_of::step(page, -1),
                "as-of-next" => as_of::step(page, 1),
                "as-of-back" => as_of::back(page),
                "clear-filters" => timeline::clear(page),
                "more" => page.show_more(),
                "copy-link" => share::copy_link(page),
                "open-embed" => share::open(page),
                "copy-code" => share::copy_code(page),
                "close-embed" => share::close(),
                _ => {}
            }
        } else if let Some(el) = closest(target.clone(), ".disclosure") {
            disclosures::toggle(&el);
        } else if let Some(view) =
            closest(target.clone(), &format!(".{VIEW_LINK}")).and_then(|el| view_of_link(&el))
        {
            if links::plain_click(&ev) {
                ev.prevent_default();
                edit(page, |s| s.view = view);
            }
        } else if let Some(i) =
            closest(target, ".tracks-svg .mark").and_then(|m| tracks::mark_index(&m))
        {
            tracks::choose(page, i);
        }
    });
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
        ("event-search", "input") => timeline::search(page, &value),
        ("person-filter", "change") => timeline::choose_person(page, &value),
        ("as-of-range", "input") => as_of::slide(page, &value),
        ("as-of-jump", "change") => as_of::jump(page, &value),
        _ => {}
    });
}

fn on_key(ev: KeyboardEvent) {
    let target = ev.target();
    let key = ev.key();
    let taken = with_page(|page| {
        if let Some(i) = closest(target, ".tracks-svg .mark").and_then(|m| tracks::mark_index(&m)) {
            tracks::key(page, i, &key)
        } else {
            false
        }
    });
    if taken == Some(true) {
        ev.prevent_default();
    }
}

/// The view a switcher link leads to.
fn view_of_link(el: &Element) -> Option<View> {
    let slug = el.get_attribute(VIEW_ATTR)?;
    View::ALL.into_iter().find(|v| v.slug() == slug)
}

/// The reader points at or focuses a link to another view: its page is fetched, so that the
/// switch is instant. Near the "as of" control, the stances' other versions are.
fn prefetch_for(page: &Page, target: Option<web_sys::EventTarget>) {
    if closest(target.clone(), ".as-of-control").is_some() {
        versions::prefetch();
        return;
    }
    let Some(link) = closest(target, &format!(".{VIEW_LINK}, [data-go]")) else {
        return;
    };
    let view = view_of_link(&link).or_else(|| {
        let o = outline();
        let go = Move::parse(&link.get_attribute("data-go")?, o)?;
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
    if let Some(canvas) = query(".tracks-canvas") {
        on_resize(&canvas, || {
            with_page(|page| page.picture.resize(tracks::canvas_width()));
        });
    }
}
