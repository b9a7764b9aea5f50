//! The dated events, with the events after the snapshot date set apart, under the filters
//! (track, person, words) that the browser's script applies to them (`controls/timeline.rs`).

use super::chips::{Chip, Picker};
use super::cite::{ConfidenceMark, SourceList};
use super::colour::{party_class, track_class};
use super::disclosure::Disclosure;
use super::fold::FoldToggle;
use super::links::JumpLink;
use super::share::EmbedCard;
use super::tracks::TracksPicture;
use crate::drawing::lang;
use crate::drawing::{outline, record};
use crate::words::{long_date, short_when, tr};
use common::hooks::{
    event_id, event_sources_id, view_title_id, Action, Toggle, EMPTY, ERA, EVENT_PEOPLE,
    EVENT_PLACE, EVENT_SEARCH, EVENT_SUMMARY, EVENT_TITLE, EVENT_TRACKS, EVENT_WHEN, MORE,
    PERSON_FILTER, RESULT_COUNT,
};
use common::labels::{result_count, show_more};
use leptos::prelude::*;
use model::cards::Card;
use model::filter::PAGE;
use model::moves::Move;
use model::types::{DocumentId, EventId, PartyId, PersonId, StanceId};
use model::url_state::View;
use model::url_state::MAX_SEARCH_LEN;

/// The blocks folded away on a phone.
const TIMELINE_TRACKS: &str = "timeline-tracks";
const TIMELINE_FILTERS: &str = "timeline-filters";

#[component]
pub fn Timeline() -> impl IntoView {
    let r = record();
    let part = |after: bool| -> Vec<EventId> {
        r.event_ids()
            .filter(|id| outline().is_after_snapshot(*id) == after)
            .collect()
    };
    let total = r.events.len();
    let as_of = r.meta.as_of;
    view! {
        <h2 class="panel-title" id=view_title_id(View::Timeline) tabindex="-1">{tr("How the talks got here")}</h2>
        // On a phone the picture and the filters wait under two buttons, so that the first
        // event is in the first screen.
        <div class="folds">
            <FoldToggle controls=TIMELINE_FILTERS label=tr("Filter events")/>
            <FoldToggle controls=TIMELINE_TRACKS label=tr("Tracks at a glance")/>
        </div>
        <div id=TIMELINE_TRACKS data-folded=""><TracksPicture/></div>
        <TimelineFilters/>
        <YearLinks/>
        <p class=RESULT_COUNT role="status">{result_count(lang(), total, total)}</p>
        <section class=ERA aria-labelledby="era-before">
            <h3 id="era-before" class="era-title">{tr("Up to ")} {long_date(as_of)}</h3>
            <EventList events=part(false)/>
        </section>
        <section class=format!("{ERA} after-snapshot") aria-labelledby="era-after">
            <h3 id="era-after" class="era-title">{tr("After ")} {long_date(as_of)}</h3>
            <p class="era-note">{tr("What happened after the snapshot date. These events are not part of the state of play above.")}</p>
            <EventList events=part(true)/>
        </section>
        <super::get_data::GetTheData/>
    }
}

/// One part of the timeline. A very long record (the benchmark's synthetic events) shows its
/// first `PAGE` events and a "Show more" button.
#[component]
fn EventList(events: Vec<EventId>) -> impl IntoView {
    let more = events.len().saturating_sub(PAGE);
    view! {
        <ol class="events">
            {events.iter().enumerate().map(|(rank, id)| view! { <EventItem id=*id hidden=PAGE <= rank/> }).collect_view()}
        </ol>
        <p class=EMPTY hidden=!events.is_empty()>{tr("No events here match the filters.")}</p>
        <button type="button" class=format!("link-button {MORE} needs-app") data-action=Action::More.attr() hidden=more == 0>
            {show_more(lang(), more.min(PAGE))}
        </button>
    }
}

#[component]
fn TimelineFilters() -> impl IntoView {
    let r = record();
    view! {
        <div class="filters needs-app" id=TIMELINE_FILTERS data-folded="">
            <div class="field">
                <label for=EVENT_SEARCH>{tr("Search events")}</label>
                <input class="input" id=EVENT_SEARCH type="search" maxlength=MAX_SEARCH_LEN autocomplete="off"
                    placeholder=tr("Davos, amnesty, Witkoff…")/>
            </div>
            <div class="field">
                <label for=PERSON_FILTER>{tr("Person")}</label>
                <select class="input" id=PERSON_FILTER>
                    <option value="">{tr("Anyone")}</option>
                    {people_by_name().into_iter().map(|p| {
                        let person = r.person(p);
                        view! { <option value=person.id>{person.name}</option> }
                    }).collect_view()}
                </select>
            </div>
            <Picker label_id="track-picker-label" label=tr("Tracks")>
                {r.track_ids().map(|track| view! {
                    <Chip toggle=Toggle::Track(track).attr(outline()) class=track_class(track)
                        pressed=false title=r.track(track).description>
                        {r.track(track).name}
                    </Chip>
                }).collect_view()}
            </Picker>
            <button type="button" class="clear button needs-app" data-action=Action::ClearFilters.attr() hidden>{tr("Clear filters")}</button>
        </div>
    }
}

/// Links to the first event of each year, for jumping through a long timeline.
#[component]
fn YearLinks() -> impl IntoView {
    let r = record();
    let mut firsts: Vec<(u16, EventId)> = Vec::new();
    for event in r.event_ids() {
        let year = r.event(event).when.start().year;
        if firsts.last().is_none_or(|(y, _)| *y != year) {
            firsts.push((year, event));
        }
    }
    view! {
        <nav class="years" aria-label=tr("Jump to a year")>
            <ul>
                {firsts.into_iter().map(|(year, event)| view! {
                    <li><a href=format!("#{}", event_id(event))>{year}</a></li>
                }).collect_view()}
            </ul>
        </nav>
    }
}

fn people_by_name() -> Vec<PersonId> {
    let r = record();
    let mut people: Vec<PersonId> = outline().person_ids().collect();
    people.sort_by_key(|p| r.person(*p).name);
    people
}

/// One event. On its card (`card`), its sources are listed open and it has no link to
/// itself: the card has no script to open them unless a control needs one.
#[component]
pub fn EventItem(id: EventId, hidden: bool, #[prop(optional)] card: bool) -> impl IntoView {
    let r = record();
    let e = r.event(id);
    let people: Vec<&str> = e.people.iter().map(|p| r.person(*p).name).collect();
    view! {
        // The first track colours the event's dot on the time line.
        <li class=format!("event {}", e.tracks.first().map(|t| track_class(*t)).unwrap_or_default())
            id=event_id(id) hidden=hidden>
            <time class=EVENT_WHEN datetime=e.when.start().iso()>{short_when(e.when)}</time>
            <div class="event-body">
                // On its card, the event is the page's subject.
                {if card {
                    view! { <h1 class=EVENT_TITLE>{e.title}</h1> }.into_any()
                } else {
                    view! { <h4 class=EVENT_TITLE>{e.title}</h4> }.into_any()
                }}
                <ul class=EVENT_TRACKS aria-label=tr("Tracks")>
                    {e.tracks.iter().map(|t| view! {
                        <li class=format!("track {}", track_class(*t))>{r.track(*t).name}</li>
                    }).collect_view()}
                </ul>
                <p class="event-meta">
                    {(!e.place.is_empty()).then(|| view! { <span class=EVENT_PLACE>{e.place}</span> })}
                    {(!e.place.is_empty() && !people.is_empty()).then_some(" · ")}
                    {(!people.is_empty()).then(|| view! { <span class=EVENT_PEOPLE>{people.join(", ")}</span> })}
                </p>
                <p class=EVENT_SUMMARY>{e.summary}</p>
                <PositionsChanged event=id/>
                <TextsProduced event=id/>
                {if card {
                    view! {
                        <div class="event-sources">
                            <p class="sources-title">{tr("Sources")}</p>
                            <SourceList sources=e.sources/>
                            <p><ConfidenceMark confidence=e.confidence/></p>
                        </div>
                    }.into_any()
                } else {
                    view! {
                        <div class="event-actions">
                            <Disclosure id=event_sources_id(id) label=tr("Sources") context=e.title.to_string()>
                                <SourceList sources=e.sources/>
                                <p><ConfidenceMark confidence=e.confidence/></p>
                            </Disclosure>
                            <JumpLink class="permalink needs-app" go=Move::Event(id)>
                                {tr("Link to this event")}<span class="visually-hidden">": " {e.title}</span>
                            </JumpLink>
                            <EmbedCard card=Card::Event(id)>{tr("Embed this event")}</EmbedCard>
                        </div>
                    }.into_any()
                }}
            </div>
        </li>
    }
}

/// The positions an event changed, by party, each a link to its cell in the table as of the
/// event's day. Back returns to the event.
#[component]
fn PositionsChanged(event: EventId) -> impl IntoView {
    let r = record();
    let o = outline();
    let by_party: Vec<(PartyId, Vec<StanceId>)> = r
        .party_ids()
        .map(|p| {
            let stances = o.stances_from(event).filter(|s| o.stance(*s).party == p);
            (p, stances.collect::<Vec<_>>())
        })
        .filter(|(_, stances)| !stances.is_empty())
        .collect();
    (!by_party.is_empty()).then(|| {
        view! {
            <div class="event-changes">
                <p class="event-changes-title">{tr("Positions it changed")}</p>
                <ul>
                    {by_party.into_iter().map(|(party, stances)| {
                        let name = r.party(party).name;
                        view! {
                            <li class=party_class(party)>
                                <span class="event-changes-party">{name} ": "</span>
                                {stances.into_iter().enumerate().map(|(n, stance)| view! {
                                    {(n > 0).then_some(", ")}
                                    <JumpLink go=Move::Stance(stance) place=Move::Event(event)>
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

/// The peace texts an event produced, each a link to the plans compared with it among them.
/// Back returns to the event.
#[component]
fn TextsProduced(event: EventId) -> impl IntoView {
    let r = record();
    let documents: Vec<DocumentId> = r.documents_from(event).collect();
    (!documents.is_empty()).then(|| {
        view! {
            <div class="event-documents">
                <p class="event-changes-title">{tr("Texts it produced")}</p>
                <ul>
                    {documents.into_iter().map(|d| view! {
                        <li>
                            <JumpLink go=Move::Document(d) place=Move::Event(event) focus=view_title_id(View::Plans)>
                                {r.document(d).title}
                            </JumpLink>
                        </li>
                    }).collect_view()}
                </ul>
            </div>
        }
    })
}
