//! The land question on maps: one small map of Ukraine's regions per party, shaded by what
//! that party's position on the mapped issue (territory) says about each region, with a
//! table of the same statuses as the text alternative.
//!
//! Like the table's cells, every version is in the page: each map holds one group per
//! stance, marked with the days it holds (`data-from`, `data-until`), which the "as of"
//! control shows and hides (`controls/as_of.rs`). The region outlines are drawn once, as
//! paths in a hidden SVG, and each map reuses them (`<use>`). The maps are decorative
//! (`aria-hidden`): the table below says the same in words, which is the accessible path,
//! and a mouse pointer gets each region's name, status and sources as a tooltip.

use super::as_of::{holds_at_snapshot, version_days};
use super::colour::party_class;
use super::share::EmbedCard;
use crate::drawing::{event_days, outline, record};
use crate::land_map::{statuses_in, Pattern, PATTERNS, PLANT};
use crate::words::{long_date, short_date, tr, trf};
use common::hooks::{cell_id, LAND, READING_DATE};
use leptos::prelude::*;
use model::cards::Card;
use model::date::Date;
use model::land::{status_of, RegionStatus, NOT_ADDRESSED};
use model::steps::{changed_since, previous_step};
use model::types::{IssueId, PartyId, RegionId, Stance};

/// The land question's title, which the section's heading (or a card's) says.
pub const LAND_TITLE: &str = "The land question, region by region";
/// The id of the element that says it (the script names the maps' card with it).
pub use common::hooks::LAND_TITLE_ID;

/// The land maps and their table, when the record has a mapped issue. Under its own
/// heading, unless `untitled`: the maps' card has its title above it.
#[component]
pub fn LandMaps(#[prop(optional)] untitled: bool) -> impl IntoView {
    let r = record();
    let issue = r.map.issue?;
    let statuses = statuses_used(issue);
    Some(view! {
        <section class=LAND aria-labelledby=LAND_TITLE_ID>
            {(!untitled).then(|| view! { <h3 id=LAND_TITLE_ID>{tr(LAND_TITLE)}</h3> })}
            <p class="panel-intro">
                {trf("What each side's position on “{issue}” says about each of Ukraine's regions, as of ", &[("issue", r.issue(issue).name)])}
                <span class=READING_DATE>{long_date(r.meta.as_of)}</span>
                // What a bold outline means is in the legend below.
                "."
                <EmbedCard card=Card::Land>{tr("Embed the maps")}</EmbedCard>
            </p>
            <p class="land-note">
                <strong>{tr("These maps show positions, not the front line.")}</strong>
                {tr(" The research has no dated lines of control, so none is drawn.")}
            </p>
            <Shapes/>
            <ul class="land-legend">
                {statuses.into_iter().map(|s| view! {
                    <li><Swatch class=format!("status-{}", s.slug())/>{tr(s.words())}</li>
                }).collect_view()}
                <li><Swatch class="status-none".to_owned()/>{tr(NOT_ADDRESSED)}</li>
                <li><Swatch class="changed-outline".to_owned()/>{tr("changed at this step")}</li>
                <li><svg class="swatch" viewBox="0 0 20 14" aria-hidden="true"><circle class="plant" cx="10" cy="7" r="5"/></svg>
                    {tr("Zaporizhzhia nuclear plant")}</li>
            </ul>
            <div class="land-maps">
                {r.party_ids().map(|party| view! { <PartyMap issue party/> }).collect_view()}
            </div>
            <p class="credit">
                {tr("Region outlines: ")} <a href="https://mapsvg.com/maps/ukraine" rel="noopener noreferrer" target="_blank">"MapSVG"</a>
                " (" <a href="https://creativecommons.org/licenses/by/4.0/" rel="noopener noreferrer" target="_blank">"CC BY 4.0"</a>
                {tr("), simplified; Crimea and Sevastopol are drawn as part of Ukraine.")}
            </p>
            <LandTable issue/>
        </section>
    })
}

/// The statuses the record gives any region, in the legend's order.
fn statuses_used(issue: IssueId) -> Vec<RegionStatus> {
    statuses_in(record().stances.iter().filter(|st| st.issue == issue))
}

/// A legend's sample of a fill.
#[component]
fn Swatch(class: String) -> impl IntoView {
    view! {
        <svg class="swatch" viewBox="0 0 20 14" aria-hidden="true"><rect class=class x="1" y="1" width="18" height="12"/></svg>
    }
}

/// The region outlines and the fills' patterns, drawn once and reused by every map.
#[component]
fn Shapes() -> impl IntoView {
    let r = record();
    view! {
        <svg class="land-shapes" aria-hidden="true" focusable="false" width="0" height="0">
            <defs>
                {PATTERNS.into_iter().map(|Pattern { name, line, dot: dots }| view! {
                    <pattern id=format!("fill-{name}") class=format!("fill fill-{name}") width="16" height="16" patternUnits="userSpaceOnUse">
                        <rect class="fill-tint" width="16" height="16"/>
                        {(!line.is_empty()).then(|| view! { <path class="fill-line" d=line/> })}
                        {dots.then(|| view! { <circle class="fill-dot" cx="8" cy="8" r="3.5"/> })}
                    </pattern>
                }).collect_view()}
                {r.map.regions.iter().map(|region| view! {
                    <path id=format!("region-{}", region.id) d=region.path/>
                }).collect_view()}
                <g id="land-base">
                    {r.map.regions.iter().map(|region| view! {
                        <use href=format!("#region-{}", region.id) class="region status-none">
                            <title>{format!("{}: {}", region.name, tr(NOT_ADDRESSED))}</title>
                        </use>
                    }).collect_view()}
                </g>
            </defs>
        </svg>
    }
}

/// One party's map: a group of regions per stance, the one holding at the snapshot shown.
#[component]
fn PartyMap(issue: IssueId, party: PartyId) -> impl IntoView {
    let r = record();
    let history: Vec<&Stance> = r.stance_history(issue, party).collect();
    let name = r.party(party).name;
    let cell = cell_id(issue, party);
    let (x, y) = PLANT;
    view! {
        <figure class=format!("land-map {}", party_class(party)) class:changed=changed_at_snapshot(issue, party)
            data-follows=cell>
            <figcaption>{name}</figcaption>
            <svg viewBox=r.map.view_box aria-hidden="true" focusable="false">
                <use href="#land-base"/>
                {history.iter().enumerate().map(|(k, stance)| {
                    let (from, until) = version_days(&history, k);
                    let before: &[(RegionId, RegionStatus)] = if k == 0 { &[] } else { history[k - 1].regions };
                    let changed = model::land::changed(region_ids(), before, stance.regions);
                    let sources: Vec<&str> = stance.sources.iter().map(|s| r.source(*s).publisher).collect();
                    let sources = sources.join(", ");
                    view! {
                        <g class="land-version" data-from=from.iso() data-until=until.map(Date::iso) display=(!holds_at_snapshot(from, until)).then_some("none")>
                            {stance.regions.iter().map(|(region, status)| {
                                let region = r.map.region(*region);
                                view! {
                                    <use href=format!("#region-{}", region.id) class=format!("region status-{}", status.slug())>
                                        <title>{trf("{region}: {status} ({party}, since {date}; sources: {sources})", &[("region", region.name), ("status", tr(status.words())), ("party", name), ("date", &short_date(stance.from)), ("sources", &sources)])}</title>
                                    </use>
                                }
                            }).collect_view()}
                            <g class="land-changed">
                                {changed.into_iter().map(|region| view! {
                                    <use href=format!("#region-{}", r.map.region(region).id) class="changed-outline"/>
                                }).collect_view()}
                            </g>
                        </g>
                    }
                }).collect_view()}
                <circle class="plant" cx=x.to_string() cy=y.to_string() r="9"/>
            </svg>
            <PlantStatus party/>
        </figure>
    }
}

/// What the party's position says becomes of the nuclear plant, every version of it.
#[component]
fn PlantStatus(party: PartyId) -> impl IntoView {
    let r = record();
    let history: Vec<&Stance> = r
        .map
        .plant_issue
        .map(|issue| r.stance_history(issue, party).collect())
        .unwrap_or_default();
    let first = history.first().map(|s| s.from.first_day());
    view! {
        <p class="land-plant">
            <span class="land-plant-label">{tr("Nuclear plant: ")}</span>
            <span class="no-position" data-until=first.map(Date::iso) hidden=first.is_some_and(|f| r.meta.as_of >= f)>
                {tr(NOT_ADDRESSED)}
            </span>
            {history.iter().enumerate().map(|(k, stance)| {
                let (from, until) = version_days(&history, k);
                view! {
                    <span data-from=from.iso() data-until=until.map(Date::iso) hidden=!holds_at_snapshot(from, until)>{stance.summary}</span>
                }
            }).collect_view()}
        </p>
    }
}

/// The text alternative: each region a party's position speaks of, by party, with the same
/// statuses as the maps, every version in the page like the maps'.
#[component]
fn LandTable(issue: IssueId) -> impl IntoView {
    let r = record();
    let named: Vec<RegionId> = region_ids()
        .filter(|region| {
            r.stances
                .iter()
                .any(|s| s.issue == issue && status_of(s.regions, region).is_some())
        })
        .collect();
    view! {
        <table class="land-table">
            <caption>
                {tr("The maps in words: each side's position by region, as of ")}
                <span class=READING_DATE>{long_date(r.meta.as_of)}</span>
            </caption>
            <thead>
                <tr>
                    <th scope="col">{tr("Region")}</th>
                    {r.party_ids().map(|party| view! {
                        <th scope="col" class=party_class(party)>{r.party(party).name}</th>
                    }).collect_view()}
                </tr>
            </thead>
            <tbody>
                {named.into_iter().map(|region| view! {
                    <tr>
                        <th scope="row">{r.map.region(region).name}</th>
                        {r.party_ids().map(|party| view! { <LandCell issue party region/> }).collect_view()}
                    </tr>
                }).collect_view()}
                <tr>
                    <th scope="row">{tr("Every other region")}</th>
                    {r.party_ids().map(|party| view! {
                        <td class=party_class(party) data-label=r.party(party).name>{tr(NOT_ADDRESSED)}</td>
                    }).collect_view()}
                </tr>
            </tbody>
        </table>
    }
}

/// One party's status for one region, every version of it; "changed at this step" shown with
/// the map's marks.
#[component]
fn LandCell(issue: IssueId, party: PartyId, region: RegionId) -> impl IntoView {
    let r = record();
    let history: Vec<&Stance> = r.stance_history(issue, party).collect();
    let first = history.first().map(|s| s.from.first_day());
    view! {
        <td class=party_class(party) class:changed=changed_at_snapshot(issue, party) data-label=r.party(party).name
            data-follows=cell_id(issue, party)>
            {first.map(|f| {
                let later = r.meta.as_of >= f;
                view! { <span data-until=f.iso() hidden=later>{tr(NOT_ADDRESSED)}</span> }
            })}
            {history.iter().enumerate().map(|(k, stance)| {
                let (from, until) = version_days(&history, k);
                let status = status_of(stance.regions, &region);
                // As `land::changed` has it: before the first stance, no region is addressed.
                let before = k.checked_sub(1).and_then(|j| status_of(history[j].regions, &region));
                view! {
                    <span data-from=from.iso() data-until=until.map(Date::iso) hidden=!holds_at_snapshot(from, until)>
                        {tr(status.map_or(NOT_ADDRESSED, RegionStatus::words))}
                        {(before != status).then(|| view! {
                            <span class="land-changed">{tr(" (changed at this step)")}</span>
                        })}
                    </span>
                }
            }).collect_view()}
            {first.is_none().then(|| tr(NOT_ADDRESSED))}
        </td>
    }
}

/// Whether the party's position on the issue changed at the snapshot's step, as the table's
/// cell says.
fn changed_at_snapshot(issue: IssueId, party: PartyId) -> bool {
    let day = record().meta.as_of;
    previous_step(event_days(), day)
        .is_some_and(|before| changed_since(outline(), issue, party, before, day))
}

fn region_ids() -> impl Iterator<Item = RegionId> {
    (0..record().map.regions.len() as u16).map(RegionId)
}
