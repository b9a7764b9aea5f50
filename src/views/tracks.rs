//! The tracks picture: the negotiation tracks as swimlanes across time (SVG), each event a
//! mark on the lanes of its tracks. Two zooms; hovering or focusing a mark names the event,
//! choosing it opens the event in the list below.
//!
//! It works with the keyboard as one tab stop (roving tabindex): the arrow keys move along a
//! lane and between lanes, Home and End go to a lane's ends, Enter or Space chooses. Every
//! mark is a button named with the event's date, title and track, so the picture is usable,
//! not just decorative; the list below stays the full accessible record.

use super::common::track_class;
use crate::data::{outline, record};
use crate::state::use_state;
use leptos::html;
use leptos::prelude::*;
use model::lanes::{Layout, Mark, Zoom};
use model::types::EventId;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The picture over the timeline; marks of events the filters hide (`visible`, by event
/// index) are faded.
#[component]
pub fn TracksPicture(visible: Memo<Vec<bool>>) -> impl IntoView {
    let state = use_state();
    let r = record();
    let zoom = RwSignal::new(Zoom::default());
    let width = RwSignal::new(FIRST_WIDTH);
    let canvas = NodeRef::<html::Div>::new();
    follow_width(canvas, width);
    let layout = Memo::new(move |_| Layout::new(outline(), zoom.get(), width.get()));
    // The mark that holds the tab stop, and the one whose name is shown.
    let current = RwSignal::new(0_usize);
    let tip = RwSignal::new(None::<usize>);
    let last = move || layout.with(|l| l.marks.len().saturating_sub(1));
    // Marks react through selectors and one effect rather than each mark subscribing to the
    // whole state: with 10,000 events (the benchmark) thousands of subscribers made every
    // filter change or key press take seconds. A selector wakes only the marks whose answer
    // changes.
    let chosen = Selector::new(move || state.event.get());
    let tab_stop = Selector::new(move || current.get().min(last()));
    // Fades the marks of events the filters hide, in one pass over the drawn marks.
    Effect::new(move |_| {
        visible.with(|on| {
            layout.with_untracked(|l| {
                for (i, m) in l.marks.iter().enumerate() {
                    if let Some(el) = document().get_element_by_id(&format!("mark-{i}")) {
                        let _ = el
                            .class_list()
                            .toggle_with_force("faded", !on[m.event.index()]);
                    }
                }
            })
        })
    });

    let choose = move |i: usize| {
        if let Some(event) = layout.with_untracked(|l| l.marks.get(i).map(|m| m.event)) {
            tip.set(None);
            state.select_event(event);
        }
    };
    let on_keydown = move |i: usize, ev: leptos::ev::KeyboardEvent| {
        let key = ev.key();
        if key == "Enter" || key == " " {
            ev.prevent_default();
            choose(i);
        } else if let Some(next) = layout.with_untracked(|l| l.neighbour(i, &key)) {
            ev.prevent_default();
            current.set(next);
            focus_mark(next);
        }
    };

    let mark_view = move |i: usize,
                          m: Mark,
                          chosen: Selector<Option<EventId>>,
                          tab_stop: Selector<usize>| {
        let e = r.event(m.event);
        let label = format!(
            "{}: {} ({}){}",
            e.when,
            e.title,
            r.track(m.track).name,
            if m.after_snapshot {
                ", after the snapshot"
            } else {
                ""
            }
        );
        let event = m.event;
        // Drawn faded or not as things stand; the effect above keeps it up to date.
        let faded = !visible.with_untracked(|on| on[event.index()]);
        let selected = move || chosen.selected(&Some(event));
        // A span of days is a bar; a single day, or a span too short to see, a dot.
        let shape = if m.x_end - m.x < 6.0 {
            view! { <circle class="dot" cx=px(m.x) cy=px(m.y) r="5.5"/> }.into_any()
        } else {
            view! {
                <rect class="dot" x=px(m.x - 5.5) y=px(m.y - 5.5) width=px(m.x_end - m.x + 11.0) height="11" rx="5.5"/>
            }
            .into_any()
        };
        view! {
            <g class=format!("mark {}", track_class(m.track)) class:after=m.after_snapshot
                class:faded=faded class:selected=selected
                id=format!("mark-{i}") role="button" aria-label=label
                tabindex=move || if tab_stop.selected(&i) { "0" } else { "-1" }
                on:click=move |_| choose(i)
                on:keydown=move |ev| on_keydown(i, ev)
                on:focus=move |_| { current.set(i); tip.set(Some(i)); }
                on:blur=move |_| tip.set(None)
                on:mouseenter=move |_| tip.set(Some(i))
                on:mouseleave=move |_| tip.set(None)>
                // A larger invisible target, easier to hit with a finger.
                <circle class="hit" cx=px(m.x) cy=px(m.y) r="11"/>
                {shape}
            </g>
        }
    };

    view! {
        <figure class="tracks">
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
                    <button type="button" class="chip"
                        aria-pressed=move || (zoom.get() == z).to_string()
                        on:click=move |_| { zoom.set(z); current.set(0); }>
                        {match z { Zoom::Whole => "", Zoom::Close => "Close-up " }}
                        {z.label(outline())}
                    </button>
                }).collect_view()}
            </div>
            <div class="tracks-canvas" node_ref=canvas>
                {move || layout.with(|l| {
                    let (w, h) = (px(l.width), px(l.height));
                    view! {
                        <svg class="tracks-svg" width=w height=h viewBox=format!("0 0 {w} {h}")
                            role="group" aria-labelledby="tracks-title" aria-describedby="tracks-help">
                            <g class="axis" aria-hidden="true">
                                {l.ticks.iter().map(|t| view! {
                                    <line class="tick" x1=px(t.x) x2=px(t.x) y1=px(l.axis_y) y2=h - 4/>
                                    {t.label.clone().map(|label| view! {
                                        <text class="tick-label" x=px(t.label_x) y=px(l.axis_y - 5.0)
                                            text-anchor=if t.label_before { "end" } else { "start" }>
                                            {label}
                                        </text>
                                    })}
                                }).collect_view()}
                                <line class="snapshot-line" x1=px(l.snapshot_x) x2=px(l.snapshot_x) y1=px(l.axis_y) y2=h - 4/>
                            </g>
                            <g class="lanes" aria-hidden="true">
                                {l.lanes.iter().map(|lane| view! {
                                    <line class=format!("lane-line {}", track_class(lane.track))
                                        x1=px(l.plot_left) x2=px(l.plot_right) y1=px(lane.y) y2=px(lane.y)/>
                                    <text class="lane-label" x=px(lane.label_x) y=px(lane.label_y)>{r.track(lane.track).name}</text>
                                }).collect_view()}
                            </g>
                            <g class="marks">
                                {l.marks.iter().cloned().enumerate()
                                    .map(|(i, m)| mark_view(i, m, chosen.clone(), tab_stop.clone()))
                                    .collect_view()}
                            </g>
                        </svg>
                    }
                })}
                <Tip layout tip/>
            </div>
        </figure>
    }
}

/// The name of the hovered or focused mark, over the picture. Screen readers get the same
/// words from the mark's own label, so this is hidden from them. It exists only while a mark
/// is named: its position is set through the style object, which a strict
/// Content-Security-Policy allows, while a `style` attribute in the pre-rendered HTML would
/// be blocked.
#[component]
fn Tip(layout: Memo<Layout>, tip: RwSignal<Option<usize>>) -> impl IntoView {
    let r = record();
    move || {
        let m = tip
            .get()
            .and_then(|i| layout.with(|l| l.marks.get(i).cloned()))?;
        let (w, h) = layout.with(|l| (l.width, l.height));
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
        let e = r.event(m.event);
        Some(view! {
            <div class=format!("tip {side} {vertical}") aria-hidden="true"
                style:left=format!("{}px", px(m.x)) style:top=format!("{}px", px(m.y))>
                <span class="tip-when">{e.when.to_string()}</span>
                <span class="tip-title">{e.title}</span>
            </div>
        })
    }
}

/// The width the picture is pre-rendered at, and so first hydrated at, before the browser
/// measures the real one; until then the stylesheet shows it at this width, or narrower
/// where there is less room.
const FIRST_WIDTH: f32 = 720.0;

/// A coordinate in whole pixels: precise enough for the picture, and it keeps the float
/// formatting code (about 11 KB) out of the wasm.
fn px(v: f32) -> i32 {
    v.round() as i32
}

fn focus_mark(i: usize) {
    if let Some(element) = document()
        .get_element_by_id(&format!("mark-{i}"))
        .and_then(|e| e.dyn_into::<web_sys::SvgElement>().ok())
    {
        let _ = element.focus();
    }
}

/// Keeps `width` at the element's width, so the picture redraws when the window, the frame
/// or the layout around it changes size. A hidden panel measures 0 and is ignored.
fn follow_width(element: NodeRef<html::Div>, width: RwSignal<f32>) {
    Effect::new(move |_| {
        let Some(el) = element.get() else { return };
        let measure = {
            let el = el.clone();
            move || {
                let w = el.client_width() as f32;
                if 0.0 < w && w != width.get_untracked() {
                    width.set(w);
                }
            }
        };
        measure();
        let callback = Closure::<dyn FnMut()>::new(measure);
        if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
            observer.observe(&el);
        }
        // The picture lives as long as the page; so do its observer and callback.
        callback.forget();
    });
}
