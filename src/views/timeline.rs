//! The dated events, filterable by track, person and text, with the events after the
//! snapshot date set apart.

use super::common::{
    here, party_class, to, track_class, ConfidenceMark, Disclosure, JumpLink, SourceList,
};
use super::tabs::land_on_selection;
use super::tracks::TracksPicture;
use crate::data::{outline, record, search_index};
use crate::state::use_state;
use leptos::prelude::*;
use model::filter::TimelineFilter;
use model::types::{EventId, PartyId, PersonId, StanceId};
use model::url_state::{View, MAX_SEARCH_LEN};

#[component]
pub fn Timeline() -> impl IntoView {
    let state = use_state();
    let r = record();
    // Filtering runs once per filter change and gives each event a yes or no. The lists
    // below keep their items and only hide the ones filtered out, so a filter change toggles
    // attributes instead of tearing down and rebuilding items.
    let visible = Memo::new(move |_| {
        let matcher = state.filter.with(|f| f.matcher(outline()));
        r.event_ids()
            .map(|id| matcher.matches(id, search_index()))
            .collect::<Vec<bool>>()
    });
    let part = |after: bool| -> Vec<EventId> {
        r.event_ids()
            .filter(|id| outline().is_after_snapshot(*id) == after)
            .collect()
    };
    let limit = RwSignal::new(PAGE);
    let total = r.events.len();
    let as_of = r.meta.as_of;
    land_on_selection(move || {
        (state.view.get() == View::Timeline)
            .then(|| state.event.get())
            .flatten()
            .map(|e| format!("event-{}", r.event(e).id))
    });
    view! {
        <h2 class="panel-title" id="timeline-title" tabindex="-1">"How the talks got here"</h2>
        <TracksPicture visible/>
        <TimelineFilters/>
        <YearLinks/>
        <p class="result-count" role="status">
            {move || match visible.with(|on| on.iter().filter(|v| **v).count()) {
                n if n == total => format!("Showing all {total} events"),
                n => format!("{n} of {total} events shown"),
            }}
        </p>
        <section class="era" aria-labelledby="era-before">
            <h3 id="era-before" class="era-title">"Up to " {as_of.long()}</h3>
            <EventList events=part(false) visible limit/>
        </section>
        <section class="era after-snapshot" aria-labelledby="era-after">
            <h3 id="era-after" class="era-title">"After " {as_of.long()}</h3>
            <p class="era-note">"What happened after the snapshot date. These events are not part of the state of play above."</p>
            <EventList events=part(true) visible limit/>
        </section>
    }
}

/// How many matching events each part of the timeline lists before a "Show more" button.
/// The record has far fewer; only a very long one (the benchmark's 10,000 synthetic events)
/// reaches it, and there drawing every item would make the page slow.
const PAGE: usize = 250;

/// One part of the timeline: its first `limit` events, and its first `limit` matching
/// events, with the ones the filters reject hidden, plus the selected event wherever it is,
/// so a link to it always lands. With fewer events than `limit` (the real record) every item
/// stays in the page and filtering only hides and shows.
#[component]
fn EventList(
    events: Vec<EventId>,
    visible: Memo<Vec<bool>>,
    limit: RwSignal<usize>,
) -> impl IntoView {
    let state = use_state();
    let events = StoredValue::new(events);
    let matching = move || {
        visible.with(|on| events.with_value(|ids| ids.iter().filter(|id| on[id.index()]).count()))
    };
    let listed = move || {
        let (limit, selected) = (limit.get(), state.event.get());
        visible.with(|on| {
            events.with_value(|ids| {
                let mut rank = 0;
                ids.iter()
                    .enumerate()
                    .filter(|(i, id)| {
                        let matches = on[id.index()];
                        let keep =
                            *i < limit || (matches && rank < limit) || Some(**id) == selected;
                        rank += usize::from(matches);
                        keep
                    })
                    .map(|(_, id)| *id)
                    .collect::<Vec<_>>()
            })
        })
    };
    let more = move || matching().saturating_sub(limit.get());
    view! {
        <ol class="events">
            <For each=listed key=|id| *id let:id>
                <EventItem id hidden=Signal::derive(move || !visible.with(|on| on[id.index()]))/>
            </For>
        </ol>
        <Show when=move || matching() == 0>
            <p class="empty">"No events here match the filters."</p>
        </Show>
        <Show when=move || 0 < more()>
            <button type="button" class="link-button more" on:click=move |_| limit.update(|l| *l += PAGE)>
                {move || format!("Show {} more events", more().min(PAGE))}
            </button>
        </Show>
    }
}

#[component]
fn TimelineFilters() -> impl IntoView {
    let state = use_state();
    let r = record();
    let set_text = move |ev| {
        let text: String = event_target_value(&ev)
            .chars()
            .take(MAX_SEARCH_LEN)
            .collect();
        state.filter.update(|f| f.text = text);
    };
    let set_person = move |ev| {
        let person = outline().find_person(&event_target_value(&ev));
        state.filter.update(|f| f.person = person);
    };
    view! {
        <div class="filters">
            <div class="field">
                <label for="event-search">"Search events"</label>
                <input id="event-search" type="search" maxlength=MAX_SEARCH_LEN autocomplete="off"
                    placeholder="Davos, amnesty, Witkoff…"
                    prop:value=move || state.filter.with(|f| f.text.clone())
                    on:input=set_text/>
            </div>
            <div class="field">
                <label for="person-filter">"Person"</label>
                <select id="person-filter" on:change=set_person
                    prop:value=move || state.filter.with(|f| f.person.map_or("", |p| r.person(p).id))>
                    <option value="">"Anyone"</option>
                    {people_by_name().into_iter().map(|p| {
                        let person = r.person(p);
                        view! { <option value=person.id>{person.name}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="picker" role="group" aria-labelledby="track-picker-label">
                <span id="track-picker-label" class="picker-label">"Tracks"</span>
                {r.track_ids().map(|track| view! {
                    <button type="button" class=format!("chip {}", track_class(track))
                        title=r.track(track).description
                        aria-pressed=move || state.filter.with(|f| f.tracks.contains(&track)).to_string()
                        on:click=move |_| state.toggle_track(track)>
                        <span class="chip-swatch" aria-hidden="true"></span>
                        {r.track(track).name}
                    </button>
                }).collect_view()}
            </div>
            <Show when=move || !state.filter.with(TimelineFilter::is_empty)>
                <button type="button" class="clear" on:click=move |_| state.filter.set(TimelineFilter::default())>
                    "Clear filters"
                </button>
            </Show>
        </div>
    }
}

/// Links to the first event of each year, for jumping through a long timeline.
#[component]
fn YearLinks() -> impl IntoView {
    let r = record();
    let mut firsts: Vec<(u16, &str)> = Vec::new();
    for e in r.events {
        let year = e.when.start().year;
        if firsts.last().is_none_or(|(y, _)| *y != year) {
            firsts.push((year, e.id));
        }
    }
    view! {
        <nav class="years" aria-label="Jump to a year">
            <ul>
                {firsts.into_iter().map(|(year, id)| view! {
                    <li><a href=format!("#event-{id}")>{year}</a></li>
                }).collect_view()}
            </ul>
        </nav>
    }
}

fn people_by_name() -> Vec<PersonId> {
    let r = record();
    let mut people: Vec<PersonId> = (0..r.people.len() as u16).map(PersonId).collect();
    people.sort_by_key(|p| r.person(*p).name);
    people
}

#[component]
fn EventItem(id: EventId, hidden: Signal<bool>) -> impl IntoView {
    let state = use_state();
    let r = record();
    let e = r.event(id);
    let selected = move || state.event.get() == Some(id);
    let people: Vec<&str> = e.people.iter().map(|p| r.person(*p).name).collect();
    view! {
        // The first track colours the event's dot on the time line.
        <li class=format!("event {}", e.tracks.first().map(|t| track_class(*t)).unwrap_or_default())
            class:selected=selected id=format!("event-{}", e.id) tabindex=move || selected().then_some("-1")
            hidden=hidden>
            <time class="event-when" datetime=e.when.start().iso()>{e.when.to_string()}</time>
            <div class="event-body">
                <h4 class="event-title">{e.title}</h4>
                <ul class="event-tracks" aria-label="Tracks">
                    {e.tracks.iter().map(|t| view! {
                        <li class=format!("track {}", track_class(*t))>{r.track(*t).name}</li>
                    }).collect_view()}
                </ul>
                <p class="event-meta">
                    <span class="event-place">{e.place}</span>
                    {(!people.is_empty()).then(|| view! { " · " <span class="event-people">{people.join(", ")}</span> })}
                </p>
                <p class="event-summary">{e.summary}</p>
                <PositionsChanged event=id/>
                <div class="event-actions">
                    <Disclosure id=format!("event-{}-sources", e.id) label="Sources" context=e.title.to_string()
                        open_when=Signal::derive(selected)>
                        <SourceList sources=e.sources/>
                        <p><ConfidenceMark confidence=e.confidence/></p>
                    </Disclosure>
                    <JumpLink class="permalink" place=here() target=to(move |s| s.with_event(id, outline(), search_index()))>
                        "Link to this event"<span class="visually-hidden">": " {e.title}</span>
                    </JumpLink>
                </div>
            </div>
        </li>
    }
}

/// The positions an event changed, by party, each a link to its cell in the table as of the
/// event's day. Back returns to the event.
#[component]
fn PositionsChanged(event: EventId) -> impl IntoView {
    let r = record();
    let by_party: Vec<(PartyId, Vec<StanceId>)> = r
        .party_ids()
        .map(|p| {
            (
                p,
                outline()
                    .stances_from(event)
                    .filter(|s| outline().stance(*s).party == p)
                    .collect::<Vec<_>>(),
            )
        })
        .filter(|(_, stances)| !stances.is_empty())
        .collect();
    (!by_party.is_empty()).then(|| {
        view! {
            <div class="event-changes">
                <p class="event-changes-title">"Positions it changed"</p>
                <ul>
                    {by_party.into_iter().map(|(party, stances)| {
                        let name = r.party(party).name;
                        view! {
                            <li class=party_class(party)>
                                <span class="event-changes-party">{name} ": "</span>
                                {stances.into_iter().enumerate().map(|(n, stance)| view! {
                                    {(n > 0).then_some(", ")}
                                    <JumpLink place=to(move |s| s.with_event(event, outline(), search_index()))
                                        target=to(move |s| s.with_stance(stance, outline()))>
                                        {r.issue(r.stance(stance).issue).name}
                                        <span class="visually-hidden">" (" {name} ")"</span>
                                    </JumpLink>
                                }).collect_view()}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </div>
        }
    })
}
