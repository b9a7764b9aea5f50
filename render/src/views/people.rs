//! Who is who, by side; each person with the events they took part in.

use super::cite::SourceList;
use super::colour::party_class;
use crate::drawing::{outline, record};
use crate::words::{count, tr, trf};
use common::hooks::view_title_id;
use leptos::prelude::*;
use model::moves::Move;
use model::types::{PartyId, PersonId};
use model::url_state::View;

#[component]
pub fn People() -> impl IntoView {
    let r = record();
    let sides: Vec<Option<PartyId>> = r.party_ids().map(Some).chain([None]).collect();
    view! {
        <h2 class="panel-title" id=view_title_id(View::People) tabindex="-1">{tr("Who is who")}</h2>
        <p class="panel-intro">{tr("Roles as of January 2026. Choose a person to see the events they took part in.")}</p>
        {sides.into_iter().map(|side| {
            let people: Vec<PersonId> = outline().person_ids().filter(|p| r.person(*p).side == side).collect();
            let (title, class) = match side {
                Some(party) => (r.party(party).side, party_class(party)),
                None => (tr("International"), "party-none".to_owned()),
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
    let r = record();
    let p = r.person(person);
    let events = r.events_with(person).count();
    view! {
        <li class="person">
            <h4 class="person-name">{p.name}</h4>
            <p class="person-role">{p.role}</p>
            <div class="person-sources"><span class="cite-label">{tr("Source: ")}</span><SourceList sources=p.sources/></div>
            {(events > 0).then(|| view! {
                <button type="button" class="person-events button needs-app" data-go=Move::Person(person).attr(outline())
                    data-focus=view_title_id(View::Timeline)>
                    {count("{n} event{|s} in the timeline", events)}
                    <span class="visually-hidden">{trf(" with {name}", &[("name", p.name)])}</span>
                </button>
            })}
        </li>
    }
}
