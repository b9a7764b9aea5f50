//! The tracks picture: the negotiation tracks as swimlanes across time (SVG), each event a
//! mark on the lanes of its tracks, drawn for the whole span at the first width
//! (`picture.rs`). The browser's script (`controls/tracks.rs`) redraws it for the real width
//! and the close-up, names the event under the pointer or the focus, moves between marks
//! with the arrow keys (one tab stop, roving tabindex) and opens the chosen event below.
//! Every mark is a button named with the event's date, title and track, so the picture is
//! usable, not just decorative; the list below stays the full accessible record.

use super::chips::Chip;
use crate::drawing::lang;
use crate::drawing::{outline, record};
use crate::words::{long_date, short_when, tr, trf};
use common::hooks::{Toggle, TRACKS_CANVAS, TRACKS_HELP, TRACKS_TITLE};
use common::picture::{svg, MarkStates, Names, FIRST_WIDTH};
use leptos::prelude::*;
use model::lanes::{Layout, Zoom};
use model::types::{EventId, TrackId};

#[component]
pub fn TracksPicture() -> impl IntoView {
    let r = record();
    let layout = Layout::new(outline(), Zoom::default(), FIRST_WIDTH, lang());
    let states = MarkStates {
        faded: &|_| false,
        selected: None,
        tab_stop: 0,
    };
    view! {
        <figure class="tracks needs-app">
            <figcaption>
                <span class="tracks-title" id=TRACKS_TITLE>{tr("The tracks at a glance")}</span>
                <span class="tracks-help" id=TRACKS_HELP>
                    {trf("One row per track of the talks, one mark per event: choose a mark to open the event below. With the keyboard, the arrow keys move between marks. Hollow marks come after {date}, the dashed line.", &[("date", &long_date(r.meta.as_of))])}
                </span>
            </figcaption>
            <div class="picker zooms" role="group" aria-label=tr("Time span")>
                {Zoom::ALL.into_iter().map(|z| view! {
                    <Chip toggle=Toggle::Zoom(z).attr(outline()) pressed=z == Zoom::default()>
                        {match z { Zoom::Whole => "", Zoom::Close => tr("Close-up ") }}
                        {z.label(outline())}
                    </Chip>
                }).collect_view()}
            </div>
            <div class=TRACKS_CANVAS inner_html=svg(&layout, &RecordNames::new(), &states, lang())></div>
        </figure>
    }
}

/// The picture's words from the record, the dates as the timeline writes them: for the
/// timeline's picture and the sharing picture drawn from it (`share_image/`).
pub struct RecordNames(Vec<String>);

impl RecordNames {
    pub fn new() -> RecordNames {
        RecordNames(record().events.iter().map(|e| short_when(e.when)).collect())
    }
}

impl Names for RecordNames {
    fn event_when(&self, event: EventId) -> &str {
        &self.0[event.index()]
    }
    fn event_title(&self, event: EventId) -> &str {
        record().event(event).title
    }
    fn track_name(&self, track: TrackId) -> &str {
        record().track(track).name
    }
}
