//! The tracks picture's SVG, as text. The pre-render writes it into the page and the
//! browser's script redraws it with the same function when the picture's width or zoom
//! changes, so the two can never draw it differently. The geometry comes from
//! `model::lanes`; the few words it shows (event dates and titles, track names) come from [`Names`],
//! which the pre-render reads from the record and the script from the page.

use crate::hooks::{mark_id, FADED, MARK, SELECTED, TRACKS_HELP, TRACKS_SVG, TRACKS_TITLE};
use crate::outline;
use model::lanes::{Layout, Mark};
use model::lang::Lang;
use model::types::{EventId, TrackId};
use std::fmt::Write;

/// The width the picture is pre-rendered at, before the browser measures the real one; until
/// then the stylesheet shows it at this width, or narrower where there is less room.
pub const FIRST_WIDTH: f32 = 720.0;

/// The words in the picture.
pub trait Names {
    /// The event's date as the timeline writes it ("14–15 Dec 2025").
    fn event_when(&self, event: EventId) -> &str;
    fn event_title(&self, event: EventId) -> &str;
    fn track_name(&self, track: TrackId) -> &str;
}

/// How the marks look besides their place: faded (filtered out), selected, and which one
/// holds the picture's single tab stop.
pub struct MarkStates<'a> {
    pub faded: &'a dyn Fn(EventId) -> bool,
    pub selected: Option<EventId>,
    pub tab_stop: usize,
}

/// The `<svg>` element for `layout`.
pub fn svg(layout: &Layout, names: &dyn Names, states: &MarkStates, lang: Lang) -> String {
    let l = layout;
    let (w, h) = (px(l.width), px(l.height));
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg class="{TRACKS_SVG}" width="{w}" height="{h}" viewBox="0 0 {w} {h}" role="group" aria-labelledby="{TRACKS_TITLE}" aria-describedby="{TRACKS_HELP}"><g class="axis" aria-hidden="true">"#
    );
    for t in &l.ticks {
        let _ = write!(
            out,
            r#"<line class="tick" x1="{x}" x2="{x}" y1="{y1}" y2="{y2}"/>"#,
            x = px(t.x),
            y1 = px(l.axis_y),
            y2 = h - 4
        );
        if let Some(label) = &t.label {
            let _ = write!(
                out,
                r#"<text class="tick-label" x="{}" y="{}" text-anchor="{}">{}</text>"#,
                px(t.label_x),
                px(l.axis_y - 5.0),
                if t.label_before { "end" } else { "start" },
                escape(label)
            );
        }
    }
    let _ = write!(
        out,
        r#"<line class="snapshot-line" x1="{x}" x2="{x}" y1="{y1}" y2="{y2}"/></g><g class="lanes" aria-hidden="true">"#,
        x = px(l.snapshot_x),
        y1 = px(l.axis_y),
        y2 = h - 4
    );
    for lane in &l.lanes {
        let _ = write!(
            out,
            r#"<line class="lane-line {class}" x1="{x1}" x2="{x2}" y1="{y}" y2="{y}"/><text class="lane-label" x="{lx}" y="{ly}">{name}</text>"#,
            class = track_class(lane.track),
            x1 = px(l.plot_left),
            x2 = px(l.plot_right),
            y = px(lane.y),
            lx = px(lane.label_x),
            ly = px(lane.label_y),
            name = escape(names.track_name(lane.track))
        );
    }
    out.push_str(r#"</g><g class="marks">"#);
    for (i, m) in l.marks.iter().enumerate() {
        mark(&mut out, i, m, names, states, lang);
    }
    out.push_str("</g></svg>");
    out
}

/// One event on one lane: a button named with the event's date, title and track.
fn mark(out: &mut String, i: usize, m: &Mark, names: &dyn Names, states: &MarkStates, lang: Lang) {
    let o = outline();
    let mut class = format!("{MARK} {}", track_class(m.track));
    for (on, name) in [
        (m.after_snapshot, "after"),
        ((states.faded)(m.event), FADED),
        (states.selected == Some(m.event), SELECTED),
    ] {
        if on {
            class.push(' ');
            class.push_str(name);
        }
    }
    let label = crate::labels::mark_label(
        lang,
        names.event_when(m.event),
        names.event_title(m.event),
        names.track_name(m.track),
        m.after_snapshot,
    );
    let (x, y) = (px(m.x), px(m.y));
    let _ = write!(
        out,
        r#"<g class="{class}" id="{id}" data-event="{event}" role="button" aria-label="{label}" tabindex="{tab}"><circle class="hit" cx="{x}" cy="{y}" r="11"/>"#,
        id = mark_id(i),
        event = o.event(m.event).id,
        label = escape(&label),
        tab = if states.tab_stop == i { "0" } else { "-1" },
    );
    // A span of days is a bar; a single day, or a span too short to see, a dot.
    if m.x_end - m.x < 6.0 {
        let _ = write!(
            out,
            r#"<circle class="dot" cx="{x}" cy="{y}" r="5.5"/></g>"#
        );
    } else {
        let _ = write!(
            out,
            r#"<rect class="dot" x="{}" y="{}" width="{}" height="11" rx="5.5"/></g>"#,
            px(m.x - 5.5),
            px(m.y - 5.5),
            px(m.x_end - m.x + 11.0)
        );
    }
}

/// The CSS class that carries a track's colour.
pub fn track_class(track: TrackId) -> String {
    format!("track-{}", outline().track(track).id)
}

/// A coordinate in whole pixels: precise enough for the picture, and it keeps the float
/// formatting code out of the wasm.
pub fn px(v: f32) -> i32 {
    v.round() as i32
}

/// Text for an attribute or an element: `&`, `<`, `>` and `"` escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Plain;
    impl Names for Plain {
        fn event_when(&self, _: EventId) -> &str {
            "1 May 2025"
        }
        fn event_title(&self, _: EventId) -> &str {
            "Talks & \"more\" <here>"
        }
        fn track_name(&self, _: TrackId) -> &str {
            "Track"
        }
    }

    #[test]
    fn each_lane_of_the_record_runs_in_time_order() {
        // The arrow keys walk a lane's marks in the order they are listed.
        for zoom in model::lanes::Zoom::ALL {
            let layout = Layout::new(outline(), zoom, 1280.0, Lang::En);
            for lane in 0..layout.lanes.len() {
                let xs: Vec<f32> = layout
                    .marks
                    .iter()
                    .filter(|m| m.lane == lane)
                    .map(|m| m.x)
                    .collect();
                assert!(xs.windows(2).all(|w| w[0] <= w[1]), "{zoom:?}, lane {lane}");
            }
        }
    }

    #[test]
    fn draws_one_button_per_mark_with_escaped_words() {
        let layout = Layout::new(outline(), model::lanes::Zoom::Whole, FIRST_WIDTH, Lang::En);
        let states = MarkStates {
            faded: &|e| e.0 == 0,
            selected: Some(EventId(1)),
            tab_stop: 2,
        };
        let svg = svg(&layout, &Plain, &states, Lang::En);
        assert_eq!(svg.matches(r#"role="button""#).count(), layout.marks.len());
        assert_eq!(svg.matches(r#"tabindex="0""#).count(), 1);
        assert!(svg.contains(r#"id="mark-2""#));
        assert!(svg.contains("Talks &amp; &quot;more&quot; &lt;here&gt;"));
        assert!(!svg.contains("<here>"));
        assert!(svg.contains(" selected\""));
        assert!(svg.contains(" faded"));
    }
}
