//! The tracks picture: the negotiation tracks as swimlanes across time (SVG), each event a
//! mark on the lanes of its tracks, drawn for the whole span at the first width
//! (`picture.rs`). The browser's script (`controls/tracks.rs`) redraws it for the real width
//! and the close-up, names the event under the pointer or the focus, moves between marks
//! with the arrow keys (one tab stop, roving tabindex) and opens the chosen event below.
//! Every mark is a button named with the event's date, title and track, so the picture is
//! usable, not just decorative; the list below stays the full accessible record.

use super::chips::Chip;
use crate::data::{outline, record};
use crate::picture::{svg, MarkStates, Names, FIRST_WIDTH};
use leptos::prelude::*;
use model::lanes::{Layout, Zoom};
use model::types::{EventId, TrackId};

#[component]
pub fn TracksPicture() -> impl IntoView {
    let r = record();
    let layout = Layout::new(outline(), Zoom::default(), FIRST_WIDTH);
    let states = MarkStates {
        faded: &|_| false,
        selected: None,
        tab_stop: 0,
    };
    view! {
        <figure class="tracks needs-app">
            <figcaption>
                <span class="tracks-title" id="tracks-title">"The tracks at a glance"</span>
                <span class="tracks-help" id="tracks-help">
                    "One row per track of the talks, one mark per event: choose a mark to open the event below. "
                    "With the keyboard, the arrow keys move between marks. Hollow marks come after "
                    {r.meta.as_of.long()} ", the dashed line."
                </span>
            </figcaption>
            <div class="picker zooms" role="group" aria-label="Time span">
                {Zoom::ALL.into_iter().map(|z| view! {
                    <Chip toggle=format!("zoom {}", z.slug()) pressed=z == Zoom::default()>
                        {match z { Zoom::Whole => "", Zoom::Close => "Close-up " }}
                        {z.label(outline())}
                    </Chip>
                }).collect_view()}
            </div>
            <div class="tracks-canvas" inner_html=svg(&layout, &RecordNames, &states)></div>
        </figure>
    }
}

/// The picture's words, from the record.
struct RecordNames;

impl Names for RecordNames {
    fn event_title(&self, event: EventId) -> &str {
        record().event(event).title
    }
    fn track_name(&self, track: TrackId) -> &str {
        record().track(track).name
    }
}
