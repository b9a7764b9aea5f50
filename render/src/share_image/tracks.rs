//! The timeline's picture: its tracks picture.

use super::canvas::{heading, track_colour, Svg, FOOTER_TOP, INNER, MARGIN};
use crate::drawing::{lang, outline, record};
use crate::views::RecordNames;
use crate::words::tr;
use common::picture::MarkStates;
use model::lanes::{Layout, Zoom};
use std::fmt::Write;

/// The timeline's tracks picture, drawn by the page's own function (`picture.rs`) for the
/// whole span, scaled to the picture's width.
pub(super) fn tracks(s: &mut Svg) {
    let r = record();
    let top = heading(s, tr("Timeline"), Some(tr("The tracks at a glance")));
    // Laid out a little narrower than the picture and scaled up: its words stay legible.
    let layout = Layout::new(outline(), Zoom::default(), 1000.0, lang());
    let room = FOOTER_TOP - 16.0 - top;
    let scale = (INNER / layout.width).min(room / layout.height);
    let states = MarkStates {
        faded: &|_| false,
        selected: None,
        tab_stop: 0,
    };
    let picture = common::picture::svg(&layout, &RecordNames::new(), &states, lang());
    let c = s.colours;
    let mut style = format!(
        ".tick{{stroke:{rule};stroke-width:1}}.tick-label{{fill:{muted};font-size:11px}}\
         .snapshot-line{{stroke:{after};stroke-width:1.5;stroke-dasharray:4 3}}\
         .lane-line{{stroke-opacity:0.35;stroke-width:1.5}}\
         .lane-label{{fill:{text};font-size:11px;paint-order:stroke;stroke:{bg};stroke-width:4px;stroke-linejoin:round}}\
         .hit{{fill:none}}.dot{{stroke:{bg};stroke-width:1.5}}",
        rule = c.rule,
        muted = c.muted,
        after = c.after,
        text = c.text,
        bg = c.bg,
    );
    for track in r.track_ids() {
        let (id, colour) = (outline().track(track).id, track_colour(track));
        let _ = write!(
            style,
            ".lane-line.track-{id}{{stroke:{colour}}}.track-{id} .dot{{fill:{colour}}}\
             .track-{id}.after .dot{{fill:{bg};stroke:{colour};stroke-width:2}}",
            bg = c.bg
        );
    }
    let _ = write!(
        s.out,
        r#"<style>{style}</style><g transform="translate({MARGIN} {top}) scale({scale})">{picture}</g>"#
    );
}
