//! Who is who, by side, with the role each held in January 2026. Choosing a person shows
//! their events in the timeline.

use super::common::{party_class, SourceList};
use super::tabs::focus_by_id;
use crate::data::record;
use crate::state::use_state;
use leptos::prelude::*;
use model::types::{PartyId, PersonId};

#[component]
pub fn People() -> impl IntoView {
    let r = record();
    // Each party's side in table order, then everyone without one.
    let sides: Vec<Option<PartyId>> = r.party_ids().map(Some).chain([None]).collect();
    view! {
        <h2 class="panel-title" id="people-title" tabindex="-1">"Who is who"</h2>
        <p class="panel-intro">"Roles as of January 2026. Choose a person to see the events they took part in."</p>
        {sides.into_iter().map(|side| {
            let people: Vec<PersonId> = (0..r.people.len() as u16).map(PersonId).filter(|p| r.person(*p).side == side).collect();
            let (title, class) = match side {
                Some(party) => (r.party(party).side, party_class(party)),
                None => ("International", "party-none".to_owned()),
            };
            (!people.is_empty()).then(|| view! {
                <section class=format!("side {class}") aria-label=title>
                    <h3 class="side-title">{title}</h3>
                    <ul class="people">
                        {people.into_iter().map(|p| view! { <PersonCard person=p/> }).collect_view()}
                    </ul>
                </section>
            })
        }).collect_view()}
    }
}

#[component]
fn PersonCard(person: PersonId) -> impl IntoView {
    let state = use_state();
    let r = record();
    let p = r.person(person);
    let events = r.events_with(person).count();
    view! {
        <li class="person">
            <h4 class="person-name">{p.name}</h4>
            <p class="person-role">{p.role}</p>
            <div class="person-sources"><span class="cite-label">"Source: "</span><SourceList sources=p.sources/></div>
            {(events > 0).then(|| view! {
                <button type="button" class="person-events" on:click=move |_| {
                    state.show_person(person);
                    // The button is now in a hidden panel: take focus to where the reader went.
                    request_animation_frame(|| focus_by_id("timeline-title"));
                }>
                    {format!("{events} event{} in the timeline", if events == 1 { "" } else { "s" })}
                    <span class="visually-hidden">{format!(" with {}", p.name)}</span>
                </button>
            })}
        </li>
    }
}
