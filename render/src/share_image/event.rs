//! One event's card picture: its date and title.

use super::canvas::{track_colour, Anchor, Svg, Type, INNER, MARGIN, W};
use crate::drawing::record;
use crate::words::{long_date, short_when, tr};
use model::date::When;
use model::types::EventId;
use std::fmt::Write;

/// One event: its tracks, its date and its title in large type, and where it took place.
pub(super) fn event_card(s: &mut Svg, event: EventId) {
    let r = record();
    let e = r.event(event);
    let c = s.colours;
    let (text, muted, after) = (c.text, c.muted, c.after);
    // Its tracks, each with its colour.
    let (mut x, y) = (MARGIN, 84.0);
    let track_t = Type::new(22.0, true, muted);
    for track in e.tracks {
        let name = r.track(*track).name;
        let wide = 24.0 + track_t.width(name) + 28.0;
        if x + wide > W - MARGIN {
            break;
        }
        let _ = write!(
            s.out,
            r#"<circle cx="{}" cy="{}" r="8" fill="{}"/>"#,
            x + 8.0,
            y - 8.0,
            track_colour(*track)
        );
        s.text(x + 24.0, y, track_t, Anchor::Start, name);
        x += wide;
    }
    let mut y = 160.0;
    s.text(
        MARGIN,
        y,
        Type::new(36.0, true, c.accent),
        Anchor::Start,
        &long_when(e.when),
    );
    let last = match e.when {
        When::On(d) | When::Span(_, d) => d,
    };
    if last.first_day() > r.meta.as_of {
        let note = Type::new(22.0, true, after);
        s.text(
            W - MARGIN,
            y,
            note,
            Anchor::End,
            &format!("{}{}", tr("After "), long_date(r.meta.as_of)),
        );
    }
    y += 70.0;
    y = s.para(MARGIN, y, INNER, 4, Type::new(52.0, true, text), e.title);
    if !e.place.is_empty() {
        s.para(
            MARGIN,
            y + 6.0,
            INNER,
            1,
            Type::new(26.0, false, muted),
            e.place,
        );
    }
}

/// An event's date in full: "22 January 2026"; a span as the timeline writes it.
pub(super) fn long_when(when: When) -> String {
    match when {
        When::On(d) => long_date(d),
        span => short_when(span),
    }
}
