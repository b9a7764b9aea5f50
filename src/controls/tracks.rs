//! The tracks picture: redrawn for its real width and for the close-up (`picture.rs` draws
//! it, as the pre-render did), with a tip naming the event under the pointer or the focus,
//! the arrow keys moving between marks (one tab stop, roving tabindex), and the chosen
//! mark's event opened in the list.
//!
//! Redrawing replaces the picture's markup, about 100 marks: it happens only when the width
//! or the time span changes; filters and the selection change classes on the marks already
//! there.

use super::dom::{
    all, by_id, closest, document, first, focus, of_class, page_lang, query, set_attr, set_class,
    text_of, with_attr,
};
use super::links;
use super::page::{later, Page};
use super::pickers;
use common::hooks::{
    event_id, mark_id, mark_index, tip_class, Toggle, EVENT_TITLE, EVENT_WHEN, FADED, MARK,
    SELECTED, TIP, TIP_TITLE, TIP_WHEN, TOGGLE_ATTR, TRACKS_CANVAS, TRACKS_SVG,
};
use common::outline;
use common::picture::{px, svg, MarkStates, Names, FIRST_WIDTH};
use model::lanes::{Layout, Zoom};
use model::moves::Move;
use model::types::{EventId, TrackId};
use wasm_bindgen::JsCast;
use web_sys::{Element, EventTarget, HtmlElement};

pub struct Picture {
    zoom: Zoom,
    width: f32,
    layout: Layout,
    /// The mark that holds the tab stop.
    current: usize,
    /// The words the picture shows, read from the page once.
    names: PageNames,
    faded: Vec<bool>,
    selected: Option<EventId>,
}

impl Picture {
    pub fn new() -> Picture {
        let zoom = Zoom::default();
        Picture {
            zoom,
            width: FIRST_WIDTH,
            layout: Layout::new(outline(), zoom, FIRST_WIDTH, page_lang()),
            current: 0,
            names: PageNames::read(),
            faded: vec![false; outline().events.len()],
            selected: None,
        }
    }

    /// Fades the marks of the events the filters hide and marks the selected one.
    pub fn mark_states(&mut self, matches: &[bool], selected: Option<EventId>) {
        self.faded = matches.iter().map(|m| !m).collect();
        self.selected = selected;
        for (i, m) in self.layout.marks.iter().enumerate() {
            if let Some(el) = mark(i) {
                set_class(&el, FADED, self.faded[m.event.index()]);
                set_class(&el, SELECTED, selected == Some(m.event));
            }
        }
    }

    /// Draws the picture again for `width` (a hidden panel measures 0: left as it is).
    pub fn resize(&mut self, width: f32) {
        if 0.0 < width && width != self.width {
            self.width = width;
            self.redraw();
        }
    }

    fn redraw(&mut self) {
        self.layout = Layout::new(outline(), self.zoom, self.width, page_lang());
        self.current = self.current.min(self.layout.marks.len().saturating_sub(1));
        let faded = |e: EventId| self.faded.get(e.index()).copied().unwrap_or(false);
        let states = MarkStates {
            faded: &faded,
            selected: self.selected,
            tab_stop: self.current,
        };
        if let Some(canvas) = canvas() {
            hide_tip();
            // A reader on a mark keeps the focus on the picture when it is drawn again (a
            // phone turned, a panel shown), rather than losing it to the page's start.
            let had_focus = document()
                .active_element()
                .is_some_and(|el| canvas.contains(Some(&el)));
            if let Some(old) = first(&canvas, "svg") {
                old.remove();
            }
            let _ = canvas.insert_adjacent_html(
                "afterbegin",
                &svg(&self.layout, &self.names, &states, page_lang()),
            );
            if had_focus {
                focus_later(self.current);
            }
        }
    }

    /// Moves the tab stop to mark `i`.
    fn hold_tab_stop(&mut self, i: usize) {
        if i == self.current {
            return;
        }
        if let Some(old) = mark(self.current) {
            set_attr(&old, "tabindex", "-1");
        }
        if let Some(new) = mark(i) {
            set_attr(&new, "tabindex", "0");
        }
        self.current = i;
    }
}

/// The time span chips: the whole span or the close-up.
pub fn zoom(page: &mut Page, zoom: Zoom) {
    let picture = &mut page.picture;
    if picture.zoom != zoom {
        picture.zoom = zoom;
        picture.current = 0;
        picture.redraw();
    }
    for z in Zoom::ALL {
        pickers::chip(Toggle::Zoom(z), z == zoom, None);
    }
}

/// Mark `i` was clicked, or Enter or Space pressed on it: its event opens in the list.
pub fn choose(page: &mut Page, i: usize) {
    let Some(event) = page.picture.layout.marks.get(i).map(|m| m.event) else {
        return;
    };
    hide_tip();
    links::go(page, Move::Event(event), None);
}

/// A key pressed on mark `i`; true if it was the picture's.
pub fn key(page: &mut Page, i: usize, key: &str) -> bool {
    if key == "Enter" || key == " " {
        choose(page, i);
        return true;
    }
    let Some(next) = page.picture.layout.neighbour(i, key) else {
        return false;
    };
    page.picture.hold_tab_stop(next);
    focus_later(next);
    true
}

/// Mark `i` took the focus: it holds the tab stop, and its tip shows.
pub fn focused(page: &mut Page, i: usize) {
    page.picture.hold_tab_stop(i);
    show_tip(page, i);
}

/// The tip naming mark `i`'s event, over the picture. Screen readers get the same words from
/// the mark's own label, so it is hidden from them. Its position is set through the style
/// object, which a strict Content-Security-Policy allows, unlike a `style` attribute.
pub fn show_tip(page: &Page, i: usize) {
    let p = &page.picture;
    let (Some(m), Some(place)) = (p.layout.marks.get(i), p.layout.tip(i)) else {
        return;
    };
    let Some(canvas) = canvas() else {
        return;
    };
    hide_tip();
    let doc = super::dom::document();
    let Ok(tip) = doc.create_element("div") else {
        return;
    };
    // Anchored so it never sticks out of the picture (`model::lanes::Layout::tip`).
    tip.set_class_name(&tip_class(&place));
    let _ = tip.set_attribute("aria-hidden", "true");
    for (class, text) in [
        // The date as the timeline writes it, in the page's language.
        (TIP_WHEN, p.names.event_when(m.event).to_owned()),
        (TIP_TITLE, p.names.event_title(m.event).to_owned()),
    ] {
        if let Ok(span) = doc.create_element("span") {
            span.set_class_name(class);
            span.set_text_content(Some(&text));
            let _ = tip.append_child(&span);
        }
    }
    if let Some(style) = tip.dyn_ref::<HtmlElement>().map(HtmlElement::style) {
        let _ = style.set_property("left", &format!("{}px", px(place.x)));
        let _ = style.set_property("top", &format!("{}px", px(place.y)));
    }
    let _ = canvas.append_child(&tip);
}

pub fn hide_tip() {
    for tip in all(&format!(".{TRACKS_CANVAS} .{TIP}")) {
        tip.remove();
    }
}

/// The index of the mark an event happened on, if it happened on one.
pub fn mark_at(target: Option<EventTarget>) -> Option<usize> {
    let mark = closest(target, &format!(".{TRACKS_SVG} .{MARK}"))?;
    mark_index(&mark.id())
}

/// Focuses mark `i` once the page is free: focusing it sets off the focus handler, which needs
/// the page.
fn focus_later(i: usize) {
    later(move || {
        if let Some(el) = mark(i) {
            focus(&el);
        }
    });
}

fn mark(i: usize) -> Option<Element> {
    by_id(&mark_id(i))
}

/// The box the picture is drawn in.
fn canvas() -> Option<Element> {
    query(&of_class(TRACKS_CANVAS))
}

/// The picture's words, as the page shows them: event dates and titles from the timeline's
/// list, track names from the track chips.
struct PageNames {
    whens: Vec<String>,
    titles: Vec<String>,
    tracks: Vec<String>,
}

impl PageNames {
    fn read() -> PageNames {
        let o = outline();
        let from_timeline = |class: &str| -> Vec<String> {
            o.event_ids()
                .map(|e| {
                    by_id(&event_id(e))
                        .and_then(|item| first(&item, &of_class(class)))
                        .map_or_else(String::new, |t| text_of(&t))
                })
                .collect()
        };
        let (whens, titles) = (from_timeline(EVENT_WHEN), from_timeline(EVENT_TITLE));
        let tracks = o
            .track_ids()
            .map(|t| {
                query(&with_attr(TOGGLE_ATTR, &Toggle::Track(t).attr(o)))
                    .map_or_else(String::new, |chip| text_of(&chip))
            })
            .collect();
        PageNames {
            whens,
            titles,
            tracks,
        }
    }
}

impl Names for PageNames {
    fn event_when(&self, event: EventId) -> &str {
        self.whens.get(event.index()).map_or("", String::as_str)
    }
    fn event_title(&self, event: EventId) -> &str {
        self.titles.get(event.index()).map_or("", String::as_str)
    }
    fn track_name(&self, track: TrackId) -> &str {
        self.tracks.get(track.index()).map_or("", String::as_str)
    }
}

/// The width of the picture's box, to draw it for.
pub fn canvas_width() -> f32 {
    canvas().map_or(0.0, |c| c.client_width() as f32)
}
