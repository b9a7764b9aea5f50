//! The tracks picture: redrawn for its real width and for the close-up (`picture.rs` draws
//! it, as the pre-render did), with a tip naming the event under the pointer or the focus,
//! the arrow keys moving between marks (one tab stop, roving tabindex), and the chosen
//! mark's event opened in the list.
//!
//! Redrawing replaces the picture's markup, about 100 marks: it happens only when the width
//! or the time span changes; filters and the selection change classes on the marks already
//! there.

use super::dom::{
    all, by_id, document, first, focus, page_lang, query, set_attr, set_class, text_of,
};
use super::links;
use super::page::{later, Page};
use super::pickers;
use crate::data::outline;
use crate::picture::{px, svg, MarkStates, Names, FIRST_WIDTH};
use model::lanes::{Layout, Zoom};
use model::moves::Move;
use model::types::{EventId, TrackId};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

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
                set_class(&el, "faded", self.faded[m.event.index()]);
                set_class(&el, "selected", selected == Some(m.event));
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
        if let Some(canvas) = query(".tracks-canvas") {
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
        pickers::chip(&format!("zoom {}", z.slug()), z == zoom, None);
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
    let Some(m) = p.layout.marks.get(i) else {
        return;
    };
    let Some(canvas) = query(".tracks-canvas") else {
        return;
    };
    hide_tip();
    let (w, h) = (p.layout.width, p.layout.height);
    // Anchored so it never sticks out of the picture: left-aligned near the left edge,
    // right-aligned near the right one, centred between; below marks in the top half.
    let side = if m.x < w / 3.0 {
        "from-left"
    } else if m.x > 2.0 * w / 3.0 {
        "from-right"
    } else {
        "centred"
    };
    let vertical = if m.y < h / 2.0 { "below" } else { "above" };
    let doc = super::dom::document();
    let Ok(tip) = doc.create_element("div") else {
        return;
    };
    tip.set_class_name(&format!("tip {side} {vertical}"));
    let _ = tip.set_attribute("aria-hidden", "true");
    for (class, text) in [
        // The date as the timeline writes it, in the page's language.
        ("tip-when", p.names.event_when(m.event).to_owned()),
        ("tip-title", p.names.event_title(m.event).to_owned()),
    ] {
        if let Ok(span) = doc.create_element("span") {
            span.set_class_name(class);
            span.set_text_content(Some(&text));
            let _ = tip.append_child(&span);
        }
    }
    if let Some(style) = tip.dyn_ref::<HtmlElement>().map(HtmlElement::style) {
        let _ = style.set_property("left", &format!("{}px", px(m.x)));
        let _ = style.set_property("top", &format!("{}px", px(m.y)));
    }
    let _ = canvas.append_child(&tip);
}

pub fn hide_tip() {
    for tip in all(".tracks-canvas .tip") {
        tip.remove();
    }
}

/// The index of the mark an element belongs to (`id="mark-7"`).
pub fn mark_index(el: &Element) -> Option<usize> {
    el.id().strip_prefix("mark-")?.parse().ok()
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
    by_id(&format!("mark-{i}"))
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
                    by_id(&format!("event-{}", o.event(e).id))
                        .and_then(|item| first(&item, class))
                        .map_or_else(String::new, |t| text_of(&t))
                })
                .collect()
        };
        let (whens, titles) = (from_timeline(".event-when"), from_timeline(".event-title"));
        let tracks = o
            .track_ids()
            .map(|t| {
                query(&format!("[data-toggle=\"track {}\"]", o.track(t).id))
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
    query(".tracks-canvas").map_or(0.0, |c| c.client_width() as f32)
}
