//! The geometry of the tracks picture: one horizontal lane per negotiation track, time running
//! left to right, each event a mark on the lanes of its tracks. Everything here is plain
//! arithmetic on the record's outline, so it is tested natively; the view only draws what it returns.

use crate::date::Date;
use crate::lang::Lang;
use crate::outline::Outline;
use crate::types::{EventId, TrackId};

/// How much of the talks the picture spans. It opens on the close-up, where the story is
/// (64 of the 79 events fall in 2025–2026); the long view is one choice away.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Zoom {
    /// From the first event (2014) to the last.
    Whole,
    /// From January 2025, where nearly everything happens.
    #[default]
    Close,
}

impl Zoom {
    pub const ALL: [Zoom; 2] = [Zoom::Whole, Zoom::Close];
    const CLOSE_FROM: u16 = 2025;

    /// Its name in the page's markup (`data-toggle="zoom close"`).
    pub fn slug(self) -> &'static str {
        match self {
            Zoom::Whole => "whole",
            Zoom::Close => "close",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Zoom> {
        Zoom::ALL.into_iter().find(|z| z.slug() == slug)
    }

    /// The first day shown and the day after the last.
    pub fn range(self, outline: &Outline) -> (Date, Date) {
        let first_year = outline.events.first().map_or(2014, |e| e.when.start().year);
        let last = outline
            .events
            .iter()
            .map(|e| e.when.end())
            .max()
            .unwrap_or(outline.as_of);
        // The month after the last event, so its mark is not on the edge.
        let end = if last.month == 12 {
            Date::new(last.year + 1, 1, 1)
        } else {
            Date::new(last.year, last.month + 1, 1)
        };
        let start_year = match self {
            Zoom::Whole => first_year,
            Zoom::Close => Self::CLOSE_FROM.max(first_year),
        };
        (Date::new(start_year, 1, 1), end)
    }

    /// "2014–2026".
    pub fn label(self, outline: &Outline) -> String {
        let (start, end) = self.range(outline);
        let last_year = if end.month == 1 && end.day == 1 {
            end.year - 1
        } else {
            end.year
        };
        format!("{}–{}", start.year, last_year)
    }
}

/// A lane: one track, with its label.
#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    pub track: TrackId,
    /// The lane's middle line, where its marks sit.
    pub y: f32,
    /// Where the label's baseline starts.
    pub label_x: f32,
    pub label_y: f32,
}

/// One event on one of its lanes.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub event: EventId,
    pub track: TrackId,
    /// The lane's index in `Layout::lanes`.
    pub lane: usize,
    /// Where it starts, and where it ends for an event lasting several days (else `x`).
    pub x: f32,
    pub x_end: f32,
    pub y: f32,
    /// After the record's snapshot date: drawn hollow.
    pub after_snapshot: bool,
}

/// A point on the time axis, with its label unless there was no room for it.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub x: f32,
    pub label: Option<String>,
    /// Where the label starts, or ends when `label_before` (near the right edge the label
    /// goes left of its line).
    pub label_x: f32,
    pub label_before: bool,
}

/// A rough width of an axis label at 11 px, enough to keep labels apart.
fn label_width(label: &str) -> f32 {
    label.chars().count() as f32 * 7.0
}

/// Everything the picture draws, in pixels for a given width.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub width: f32,
    pub height: f32,
    /// Where the time axis begins and ends.
    pub plot_left: f32,
    pub plot_right: f32,
    /// The y of the axis line at the top, under the tick labels.
    pub axis_y: f32,
    pub lanes: Vec<Lane>,
    /// Sorted by lane, then by time.
    pub marks: Vec<Mark>,
    pub ticks: Vec<Tick>,
    /// The snapshot date's line.
    pub snapshot_x: f32,
}

/// Where the tip naming a mark's event goes: at the mark, anchored so that it never sticks
/// out of the picture.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tip {
    /// The mark's centre, which the tip points at.
    pub x: f32,
    pub y: f32,
    pub anchor: Anchor,
    /// Below the mark (in the picture's top half), else above it.
    pub below: bool,
}

/// How a tip lines up with its mark across the picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// Near the left edge: the tip starts at the mark and runs right.
    FromLeft,
    /// In the middle third: the tip is centred on the mark.
    Centred,
    /// Near the right edge: the tip ends at the mark.
    FromRight,
}

impl Anchor {
    pub const ALL: [Anchor; 3] = [Anchor::FromLeft, Anchor::Centred, Anchor::FromRight];
}

/// Below this width lane labels sit above their lanes instead of in a column on the left.
const LABEL_COLUMN_FROM: f32 = 560.0;
const LABEL_COLUMN: f32 = 170.0;
const AXIS_HEIGHT: f32 = 22.0;
/// Room at the sides for the marks' touch targets (11 px around their centres).
const MARGIN: f32 = 12.0;

impl Layout {
    pub fn new(outline: &Outline, zoom: Zoom, width: f32, lang: Lang) -> Layout {
        let width = width.max(200.0);
        let side_labels = LABEL_COLUMN_FROM <= width;
        let lane_height = if side_labels { 26.0 } else { 36.0 };
        let plot_left = if side_labels { LABEL_COLUMN } else { MARGIN };
        let plot_right = width - MARGIN;
        let (start, end) = zoom.range(outline);
        let (from, to) = (start.day_number(), end.day_number());
        let x_of = |d: Date| {
            let t = (d.day_number() - from) as f32 / (to - from) as f32;
            plot_left + t.clamp(0.0, 1.0) * (plot_right - plot_left)
        };
        let in_range = |when: crate::date::When| start <= when.end() && when.start() < end;

        // Lanes in the record's track order, only those with an event in range.
        let mut lanes = Vec::new();
        for track in outline.track_ids() {
            let used = outline
                .events
                .iter()
                .any(|e| in_range(e.when) && e.tracks.contains(&track));
            if !used {
                continue;
            }
            let top = AXIS_HEIGHT + lanes.len() as f32 * lane_height;
            let (y, label_x, label_y) = if side_labels {
                (top + lane_height / 2.0, 0.0, top + lane_height / 2.0 + 4.0)
            } else {
                (top + 25.0, MARGIN, top + 13.0)
            };
            lanes.push(Lane {
                track,
                y,
                label_x,
                label_y,
            });
        }

        let mut marks = Vec::new();
        for (lane_index, lane) in lanes.iter().enumerate() {
            for (i, e) in outline.events.iter().enumerate() {
                if !in_range(e.when) || !e.tracks.contains(&lane.track) {
                    continue;
                }
                marks.push(Mark {
                    event: EventId(i as u16),
                    track: lane.track,
                    lane: lane_index,
                    x: x_of(e.when.start().first_day()),
                    x_end: x_of(e.when.end()),
                    y: lane.y,
                    after_snapshot: outline.is_after_snapshot(EventId(i as u16)),
                });
            }
            // The record's events are in date order, so each lane's marks are in order of x,
            // which the arrow keys rely on (tested).
        }

        Layout {
            width,
            height: AXIS_HEIGHT + lanes.len() as f32 * lane_height + MARGIN,
            plot_left,
            plot_right,
            axis_y: AXIS_HEIGHT - 4.0,
            ticks: place_labels(
                ticks(zoom, start, end, plot_right - plot_left, lang)
                    .into_iter()
                    .map(|(d, label)| (x_of(d), label)),
                width,
            ),
            snapshot_x: x_of(outline.as_of),
            lanes,
            marks,
        }
    }

    /// Where the tip of mark `i` goes; `None` if there is no such mark.
    pub fn tip(&self, i: usize) -> Option<Tip> {
        let m = self.marks.get(i)?;
        let anchor = if m.x < self.width / 3.0 {
            Anchor::FromLeft
        } else if m.x > 2.0 * self.width / 3.0 {
            Anchor::FromRight
        } else {
            Anchor::Centred
        };
        Some(Tip {
            x: m.x,
            y: m.y,
            anchor,
            below: m.y < self.height / 2.0,
        })
    }

    /// The mark the arrow keys move to from mark `from`: Left and Right along its lane,
    /// Up and Down to the nearest mark in time on the lane above or below, Home and End to
    /// the lane's ends. `None` when there is nowhere to go.
    pub fn neighbour(&self, from: usize, key: &str) -> Option<usize> {
        let here = self.marks.get(from)?;
        let on_lane = |lane: usize| {
            self.marks
                .iter()
                .enumerate()
                .filter(move |(_, m)| m.lane == lane)
                .map(|(i, _)| i)
        };
        let nearest_on = |lane: usize| {
            on_lane(lane).min_by(|a, b| {
                let da = (self.marks[*a].x - here.x).abs();
                let db = (self.marks[*b].x - here.x).abs();
                da.total_cmp(&db)
            })
        };
        match key {
            "ArrowRight" => on_lane(here.lane).find(|i| from < *i),
            "ArrowLeft" => on_lane(here.lane).rfind(|i| *i < from),
            "Home" => on_lane(here.lane).next().filter(|i| *i != from),
            "End" => on_lane(here.lane).next_back().filter(|i| *i != from),
            "ArrowDown" => (here.lane + 1..self.lanes.len()).find_map(nearest_on),
            "ArrowUp" => (0..here.lane).rev().find_map(nearest_on),
            _ => None,
        }
    }
}

/// Puts each label right of its tick, or left of it near the right edge, and drops a label
/// that would run into the next one (the later one wins: the current year matters most).
fn place_labels(ticks: impl Iterator<Item = (f32, String)>, width: f32) -> Vec<Tick> {
    const GAP: f32 = 3.0;
    let mut placed: Vec<Tick> = Vec::new();
    for (x, label) in ticks {
        let w = label_width(&label);
        let label_before = width < x + GAP + w;
        let (left, label_x) = if label_before {
            (x - GAP - w, x - GAP)
        } else {
            (x + GAP, x + GAP)
        };
        if let Some(previous) = placed.iter_mut().rev().find(|t| t.label.is_some()) {
            let right = previous.label_x
                + if previous.label_before {
                    0.0
                } else {
                    label_width(previous.label.as_deref().unwrap_or(""))
                };
            if left < right + GAP {
                previous.label = None;
            }
        }
        placed.push(Tick {
            x,
            label: Some(label),
            label_x,
            label_before,
        });
    }
    placed
}

/// The labelled dates on the axis: years for the whole span (every other year when narrow),
/// quarters for the close-up, with the year on each January.
fn ticks(zoom: Zoom, start: Date, end: Date, plot_width: f32, lang: Lang) -> Vec<(Date, String)> {
    let mut ticks = Vec::new();
    match zoom {
        Zoom::Whole => {
            let years = (end.year - start.year).max(1) as f32;
            let every = if plot_width / years < 40.0 { 2 } else { 1 };
            for year in (start.year..=end.year).step_by(every) {
                let d = Date::new(year, 1, 1);
                if d < end {
                    ticks.push((d, year.to_string()));
                }
            }
        }
        Zoom::Close => {
            let mut d = start;
            while d < end {
                let label = if d.month == 1 {
                    d.year.to_string()
                } else {
                    lang.short_month(d).to_owned()
                };
                ticks.push((d, label));
                d = if d.month >= 10 {
                    Date::new(d.year + 1, 1, 1)
                } else {
                    Date::new(d.year, d.month + 3, 1)
                };
            }
        }
    }
    ticks
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_record::OUTLINE;

    #[test]
    fn zooms_span_from_their_first_year_to_the_month_after_the_last_event() {
        // The test record runs from Sep 2014 to 24 Jan 2026.
        assert_eq!(
            Zoom::Whole.range(&OUTLINE),
            (Date::new(2014, 1, 1), Date::new(2026, 2, 1))
        );
        assert_eq!(Zoom::Close.range(&OUTLINE).0, Date::new(2025, 1, 1));
        assert_eq!(Zoom::Whole.label(&OUTLINE), "2014–2026");
        assert_eq!(Zoom::Close.label(&OUTLINE), "2025–2026");
    }

    #[test]
    fn marks_sit_on_their_lanes_in_time_order() {
        let layout = Layout::new(&OUTLINE, Zoom::Whole, 800.0, Lang::En);
        // Three tracks, each with an event.
        assert_eq!(layout.lanes.len(), 3);
        // abu-dhabi is on two tracks, so it has two marks.
        assert_eq!(layout.marks.len(), 4);
        for m in &layout.marks {
            assert_eq!(m.y, layout.lanes[m.lane].y);
            assert!(layout.plot_left <= m.x && m.x <= m.x_end && m.x_end <= layout.plot_right);
            assert!(OUTLINE.event(m.event).tracks.contains(&m.track));
        }
        let lane0: Vec<_> = layout.marks.iter().filter(|m| m.lane == 0).collect();
        assert!(lane0.windows(2).all(|w| w[0].x <= w[1].x));
        let minsk = layout
            .marks
            .iter()
            .find(|m| OUTLINE.event(m.event).id == "minsk")
            .unwrap();
        let davos = layout
            .marks
            .iter()
            .find(|m| OUTLINE.event(m.event).id == "davos")
            .unwrap();
        assert!(minsk.x < davos.x, "2014 is left of 2026");
        assert!(davos.x < layout.snapshot_x && layout.snapshot_x < layout.plot_right);
        let after: Vec<_> = layout
            .marks
            .iter()
            .filter(|m| m.after_snapshot)
            .map(|m| OUTLINE.event(m.event).id)
            .collect();
        assert_eq!(after, ["abu-dhabi", "abu-dhabi"]);
    }

    #[test]
    fn the_close_up_leaves_out_earlier_events_and_empty_lanes() {
        let layout = Layout::new(&OUTLINE, Zoom::Close, 800.0, Lang::En);
        assert!(layout
            .marks
            .iter()
            .all(|m| OUTLINE.event(m.event).id != "minsk"));
        assert_eq!(layout.lanes.len(), 2, "the Minsk-only lane is dropped");
        let whole = Layout::new(&OUTLINE, Zoom::Whole, 800.0, Lang::En);
        let spread = |l: &Layout, id: &str| {
            let xs: Vec<f32> = l
                .marks
                .iter()
                .filter(|m| OUTLINE.event(m.event).id == id)
                .map(|m| m.x)
                .collect();
            xs[0]
        };
        assert!(
            spread(&whole, "abu-dhabi") - spread(&whole, "davos")
                < spread(&layout, "abu-dhabi") - spread(&layout, "davos"),
            "the close-up spreads January 2026 wider"
        );
    }

    #[test]
    fn fits_any_width_with_labels_placed_for_it() {
        for width in [100.0, 320.0, 375.0, 559.0, 560.0, 1280.0] {
            let layout = Layout::new(&OUTLINE, Zoom::Whole, width, Lang::En);
            assert!(layout.width >= width.min(200.0));
            assert!(layout.plot_right <= layout.width);
            assert!(layout.marks.iter().all(|m| m.x_end <= layout.width));
            assert!(layout.ticks.iter().all(|t| t.x <= layout.width));
        }
        let narrow = Layout::new(&OUTLINE, Zoom::Whole, 320.0, Lang::En);
        assert!(
            narrow.lanes[0].label_y < narrow.lanes[0].y,
            "labels above lanes"
        );
        let wide = Layout::new(&OUTLINE, Zoom::Whole, 1280.0, Lang::En);
        assert!(
            wide.lanes[0].label_x < wide.plot_left,
            "labels in a left column"
        );
    }

    #[test]
    fn ticks_fit_the_width() {
        let ticks = |zoom, width| -> Vec<String> {
            Layout::new(&OUTLINE, zoom, width, Lang::En)
                .ticks
                .into_iter()
                .filter_map(|t| t.label)
                .collect()
        };
        assert_eq!(
            ticks(Zoom::Whole, 320.0),
            ["2014", "2016", "2018", "2020", "2022", "2026"],
            "2026 sits left of its line at the edge, so 2024 gives way"
        );
        assert_eq!(ticks(Zoom::Whole, 1280.0).len(), 13);
        assert_eq!(
            ticks(Zoom::Close, 320.0),
            ["2025", "Apr", "Jul", "Oct", "2026"]
        );
        let uk: Vec<String> = Layout::new(&OUTLINE, Zoom::Close, 320.0, Lang::Uk)
            .ticks
            .into_iter()
            .filter_map(|t| t.label)
            .collect();
        assert_eq!(uk, ["2025", "квіт.", "лип.", "жовт.", "2026"]);
    }

    #[test]
    fn arrow_keys_walk_lanes_and_cross_between_them() {
        let layout = Layout::new(&OUTLINE, Zoom::Whole, 800.0, Lang::En);
        let find = |id: &str, lane: usize| {
            layout
                .marks
                .iter()
                .position(|m| OUTLINE.event(m.event).id == id && m.lane == lane)
                .unwrap()
        };
        // Lanes: 0 us-russia (davos, abu-dhabi), 1 trilateral (abu-dhabi), 2 multilateral (minsk).
        let davos = find("davos", 0);
        let abu0 = find("abu-dhabi", 0);
        assert_eq!(layout.neighbour(davos, "ArrowRight"), Some(abu0));
        assert_eq!(layout.neighbour(abu0, "ArrowLeft"), Some(davos));
        assert_eq!(
            layout.neighbour(abu0, "ArrowRight"),
            None,
            "end of the lane"
        );
        assert_eq!(layout.neighbour(davos, "End"), Some(abu0));
        assert_eq!(layout.neighbour(abu0, "Home"), Some(davos));
        assert_eq!(layout.neighbour(davos, "ArrowUp"), None, "top lane");
        assert_eq!(
            layout.neighbour(davos, "ArrowDown"),
            Some(find("abu-dhabi", 1)),
            "nearest in time below"
        );
        assert_eq!(
            layout.neighbour(find("abu-dhabi", 1), "ArrowDown"),
            Some(find("minsk", 2))
        );
        assert_eq!(layout.neighbour(davos, "Enter"), None);
        assert_eq!(layout.neighbour(99, "ArrowLeft"), None);
    }

    #[test]
    fn a_tip_stays_inside_the_picture() {
        let layout = Layout::new(&OUTLINE, Zoom::Whole, 900.0, Lang::En);
        // Lanes: 0 us-russia (davos, abu-dhabi), 1 trilateral (abu-dhabi), 2 multilateral
        // (minsk), in the left-hand third; the 2026 events at the right edge.
        let tip = |id: &str, lane: usize| {
            let i = layout
                .marks
                .iter()
                .position(|m| OUTLINE.event(m.event).id == id && m.lane == lane)
                .unwrap();
            layout.tip(i).unwrap()
        };
        let minsk = tip("minsk", 2);
        assert_eq!((minsk.anchor, minsk.below), (Anchor::FromLeft, false));
        let davos = tip("davos", 0);
        assert_eq!((davos.anchor, davos.below), (Anchor::FromRight, true));
        let m = &layout.marks[0];
        assert_eq!((davos.x, davos.y), (m.x, m.y), "it points at its mark");
        assert_eq!(layout.tip(layout.marks.len()), None);
    }

    #[test]
    fn a_tip_in_the_middle_third_is_centred() {
        let mut layout = Layout::new(&OUTLINE, Zoom::Whole, 900.0, Lang::En);
        let width = layout.width;
        let at = |layout: &mut Layout, x: f32| {
            layout.marks[0].x = x;
            layout.tip(0).unwrap().anchor
        };
        assert_eq!(at(&mut layout, width / 3.0 - 1.0), Anchor::FromLeft);
        assert_eq!(at(&mut layout, width / 3.0), Anchor::Centred);
        assert_eq!(at(&mut layout, width / 2.0), Anchor::Centred);
        assert_eq!(at(&mut layout, 2.0 * width / 3.0), Anchor::Centred);
        assert_eq!(at(&mut layout, 2.0 * width / 3.0 + 1.0), Anchor::FromRight);
    }
}
