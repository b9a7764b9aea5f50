//! The comparison table: issues as rows (grouped), parties as columns. On narrow screens the
//! stylesheet turns each row into a card.

use super::as_of::AsOfControl;
use super::common::{here, party_class, to, ConfidenceMark, Disclosure, JumpLink, SourceList};
use super::tabs::land_on_selection;
use crate::data::{event_days, outline, record, search_index};
use crate::state::use_state;
use leptos::prelude::*;
use model::date::Date;
use model::steps::{changed_since, previous_step};
use model::types::{EventId, IssueId, PartyId};
use model::url_state::View;

#[component]
pub fn Positions() -> impl IntoView {
    let state = use_state();
    let r = record();
    let columns = move || state.parties.get().len() + 1;
    let date = move || state.reading_date().long();
    // A link lands on its cell when it names a party whose column is shown, else on the row.
    land_on_selection(move || {
        let issue = (state.view.get() == View::Positions)
            .then(|| state.issue.get())
            .flatten()?;
        Some(match state.party.get() {
            Some(party) if state.parties.with(|ps| ps.contains(&party)) => cell_id(issue, party),
            _ => format!("issue-{}", r.issues[issue.index()].id),
        })
    });
    view! {
        <h2 class="panel-title" id="positions-title" tabindex="-1">"Where each side stands"</h2>
        <p class="panel-intro">
            "Each cell gives a party's position on one issue as of " {date}
            ". Open a cell for the details, how the position moved, and its sources."
        </p>
        <AsOfControl/>
        <div class="pickers">
            <PartyPicker/>
            <GroupPicker/>
        </div>
        <table class="positions">
            <caption class="visually-hidden">
                "Negotiating positions by issue, as of " {date}
            </caption>
            <thead>
                <tr>
                    <th scope="col" class="issue-col">"Issue"</th>
                    <For each=move || state.parties.get() key=|p| *p let:party>
                        <th scope="col" class=format!("party-col {}", party_class(party))>
                            <span class="party-name">{r.party(party).name}</span>
                        </th>
                    </For>
                </tr>
            </thead>
            {r.group_ids().map(|g| (g, r.group(g))).map(|(g, group)| view! {
                <tbody hidden=move || state.groups.with(|gs| !gs.contains(&g))>
                    <tr class="group-row">
                        <th scope="rowgroup" colspan=columns>{group.name}</th>
                    </tr>
                    {r.issues_in(g).map(|(issue, _)| view! { <IssueRow issue/> }).collect_view()}
                </tbody>
            }).collect_view()}
        </table>
    }
}

/// Toggle buttons choosing which parties' columns to show; at least one stays on.
#[component]
fn PartyPicker() -> impl IntoView {
    let state = use_state();
    let r = record();
    view! {
        <div class="picker" role="group" aria-labelledby="party-picker-label">
            <span id="party-picker-label" class="picker-label">"Compare"</span>
            {r.party_ids().map(|party| view! {
                <KeepOneChip chosen=state.parties item=party class=party_class(party)
                    label=r.party(party).name on_toggle=move || state.toggle_party(party)/>
            }).collect_view()}
        </div>
    }
}

/// Toggle buttons choosing which groups of issues the table shows; at least one stays on.
#[component]
fn GroupPicker() -> impl IntoView {
    let state = use_state();
    let r = record();
    view! {
        <div class="picker" role="group" aria-labelledby="group-picker-label">
            <span id="group-picker-label" class="picker-label">"Issues"</span>
            {r.group_ids().map(|group| view! {
                <KeepOneChip chosen=state.groups item=group class="group-chip".to_owned()
                    label=r.group(group).name on_toggle=move || state.toggle_group(group)/>
            }).collect_view()}
        </div>
    }
}

/// A toggle button in a set where at least one must stay pressed: the last one pressed says
/// so (`aria-disabled`) instead of silently doing nothing.
#[component]
fn KeepOneChip<T: PartialEq + Copy + Send + Sync + 'static>(
    chosen: RwSignal<Vec<T>>,
    item: T,
    class: String,
    label: &'static str,
    on_toggle: impl Fn() + 'static,
) -> impl IntoView {
    let on = move || chosen.with(|xs| xs.contains(&item));
    let only = move || chosen.with(|xs| xs.len() == 1 && xs.contains(&item));
    view! {
        <button type="button" class=format!("chip {class}")
            aria-pressed=move || on().to_string()
            aria-disabled=move || only().then_some("true")
            title=move || only().then_some("At least one stays chosen")
            on:click=move |_| on_toggle()>
            <span class="chip-swatch" aria-hidden="true"></span>
            {label}
        </button>
    }
}

#[component]
fn IssueRow(issue: IssueId) -> impl IntoView {
    let state = use_state();
    let i = &record().issues[issue.index()];
    let selected = move || state.issue.get() == Some(issue);
    view! {
        <tr class="issue-row" class:selected=selected id=format!("issue-{}", i.id)
            tabindex=move || selected().then_some("-1")>
            <th scope="row" class="issue">
                <span class="issue-name">{i.name}</span>
                <span class="issue-question">{i.question}</span>
                <JumpLink class="permalink" place=here() target=to(move |s| s.with_issue(issue))>
                    "Link to this issue"<span class="visually-hidden">": " {i.name}</span>
                </JumpLink>
            </th>
            <For each=move || state.parties.get() key=|p| *p let:party>
                // Redrawn when the reading date changes.
                {move || view! { <StanceCell issue party day=state.reading_date()/> }}
            </For>
        </tr>
    }
}

/// The id of one party's cell on one issue, where links to a stance land.
fn cell_id(issue: IssueId, party: PartyId) -> String {
    let r = record();
    format!("cell-{}-{}", r.issues[issue.index()].id, r.party(party).id)
}

/// One party's position on one issue as of `day`, with its history on demand.
#[component]
fn StanceCell(issue: IssueId, party: PartyId, day: Date) -> impl IntoView {
    let state = use_state();
    let r = record();
    let (i, p) = (&r.issues[issue.index()], r.party(party));
    let class = format!("stance {}", party_class(party));
    let id = cell_id(issue, party);
    let selected = move || state.issue.get() == Some(issue) && state.party.get() == Some(party);
    let tabindex = move || selected().then_some("-1");
    let Some(stance) = r.stance_on(issue, party, day) else {
        // Either the research found no position at all, or the record's first one came later.
        let first = r.stance_history(issue, party).next().map(|s| s.from);
        return view! {
            <td class=class data-party=p.name id=id class:selected=selected tabindex=tabindex>
                <p class="stance-summary no-position">
                    {match first {
                        None => "No public position found".to_owned(),
                        Some(from) => format!("No position recorded before {from}"),
                    }}
                </p>
            </td>
        }
        .into_any();
    };
    let earlier: Vec<_> = r
        .stance_history(issue, party)
        .filter(|s| s.from < stance.from)
        .collect();
    let body_id = format!("stance-{}-{}", i.id, p.id);
    // Marked in words, not colour alone, when this step of the "as of" control changed it.
    let changed = previous_step(event_days(), day)
        .is_some_and(|before| changed_since(outline(), issue, party, before, day));
    view! {
        <td class=class class:changed=changed class:selected=selected data-party=p.name id=id
            tabindex=tabindex>
            {changed.then(|| view! { <p class="changed-mark">"Changed at this step"</p> })}
            <p class="stance-summary">{stance.summary}</p>
            <p class="stance-since">
                "Since " <time datetime=stance.from.iso()>{stance.from.to_string()}</time>
                {(!earlier.is_empty()).then(|| view! { <span class="moved">" · moved"</span> })}
            </p>
            <Disclosure id=body_id label="Details" context=format!("{} on {}", p.name, i.name)>
                <p class="stance-details">{stance.details}</p>
                {stance.event.map(|e| view! {
                    <p class="stance-event">"Set out at: " <EventLink event=e issue party dated=true/></p>
                })}
                {(!earlier.is_empty()).then(|| view! {
                    <p class="moves-title">"How it moved"</p>
                    <ol class="moves">
                        {earlier.iter().map(|s| view! {
                            <li>
                                <time datetime=s.from.iso()>{s.from.to_string()}</time>
                                ": " {s.summary}
                                {s.event.map(|e| view! { " · " <EventLink event=e issue party/> })}
                                <SourceList sources=s.sources/>
                            </li>
                        }).collect_view()}
                        <li class="move-now">
                            <time datetime=stance.from.iso()>{stance.from.to_string()}</time>
                            ": " {stance.summary} " (current)"
                        </li>
                    </ol>
                })}
                <p class="sources-title">"Sources"</p>
                <SourceList sources=stance.sources/>
                <p><ConfidenceMark confidence=stance.confidence/></p>
            </Disclosure>
        </td>
    }
    .into_any()
}

/// A link from a stance to the event that brought it, optionally with the event's date. Back
/// returns to the stance's cell.
#[component]
fn EventLink(
    event: EventId,
    issue: IssueId,
    party: PartyId,
    #[prop(optional)] dated: bool,
) -> impl IntoView {
    let r = record();
    let e = r.event(event);
    view! {
        <JumpLink class="event-link" place=to(move |s| s.with_cell(issue, party))
            target=to(move |s| s.with_event(event, outline(), search_index()))>
            {e.title}
        </JumpLink>
        {dated.then(|| view! {
            " (" <time datetime=e.when.start().iso()>{e.when.to_string()}</time> ")"
        })}
    }
}
