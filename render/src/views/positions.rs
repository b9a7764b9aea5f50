//! The comparison table: issues as rows (grouped), parties as columns, read at the snapshot
//! date. On narrow screens the stylesheet turns each row into a card.
//!
//! Each cell holds one block per version of its stance. The page carries the one that holds at
//! the snapshot; every version is in a file of its own beside the page ([`StanceVersions`],
//! `stance-versions.html`), which the browser's script fetches when the reader comes near the
//! "as of" control and slots into the cells (`controls/versions.rs`). A block says from when
//! and until when it holds (`data-from`, `data-until`, ISO days), so the script switches the
//! table to another date without knowing a word of it (`controls/as_of.rs`). Without the
//! script the table shows the snapshot, and each cell's "How it moved" its earlier steps.

use super::as_of::{holds_at_snapshot, version_days, AsOfControl};
use super::chips::{Chip, Picker};
use super::cite::{ConfidenceMark, SourceList};
use super::colour::party_class;
use super::disclosure::Disclosure;
use super::issue_groups::{issue_groups, IssueLabel};
use super::land::LandMaps;
use super::links::JumpLink;
use super::share::EmbedCard;
use crate::drawing::{event_days, outline, record};
use crate::words::{long_date, short_date, short_when, tr, trf};
use common::hooks::view_title_id;
use common::hooks::{
    cell_id, issue_id, Toggle, CHANGED_MARK, POSITIONS_TABLE, READING_DATE, VERSION,
};
use leptos::prelude::*;
use model::cards::Card;
use model::date::Date;
use model::moves::Move;
use model::steps::{changed_since, previous_step};
use model::types::{EventId, IssueId, PartyId, Stance};
use model::url_state::View;

#[component]
pub fn Positions() -> impl IntoView {
    let r = record();
    let date = long_date(r.meta.as_of);
    let columns = r.parties.len() + 1;
    view! {
        <h2 class="panel-title" id=view_title_id(View::Positions) tabindex="-1">{tr("Where each side stands")}</h2>
        <p class="panel-intro">
            {tr("Each cell gives a party's position on one issue as of ")} <span class=READING_DATE>{date.clone()}</span>
            {tr(". Open a cell for the details, how the position moved, and its sources.")}
        </p>
        <AsOfControl/>
        <div class="pickers needs-app">
            <Picker label_id="party-picker-label" label=tr("Compare")>
                {r.party_ids().map(|party| view! {
                    <Chip toggle=Toggle::Party(party).attr(outline()) class=party_class(party) pressed=true>
                        {r.party(party).name}
                    </Chip>
                }).collect_view()}
            </Picker>
            <Picker label_id="group-picker-label" label=tr("Issues")>
                {r.group_ids().map(|group| view! {
                    <Chip toggle=Toggle::Group(group).attr(outline()) class="group-chip" pressed=true>
                        {r.group(group).name}
                    </Chip>
                }).collect_view()}
            </Picker>
        </div>
        <table class=POSITIONS_TABLE>
            <caption class="visually-hidden">
                {tr("Negotiating positions by issue, as of ")} <span class=READING_DATE>{date}</span>
            </caption>
            <PartiesHead/>
            {issue_groups(columns, |issue| view! { <IssueRow issue/> })}
        </table>
        <super::get_data::GetTheData/>
        <LandMaps/>
    }
}

/// The table's heading row: the issue column (unless `one_issue`, on an issue's card, whose
/// caption and title name it), then a column per party.
#[component]
pub fn PartiesHead(#[prop(optional)] one_issue: bool) -> impl IntoView {
    let r = record();
    view! {
        <thead>
            <tr>
                {(!one_issue).then(|| view! { <th scope="col" class="issue-col">{tr("Issue")}</th> })}
                {r.party_ids().map(|party| view! {
                    <th scope="col" class=format!("party-col {}", party_class(party))>
                        <span class="party-name">{r.party(party).name}</span>
                    </th>
                }).collect_view()}
            </tr>
        </thead>
    }
}

/// One issue's row. On the page it starts with the issue's name, question and a link to
/// itself, and carries the versions of the snapshot; on an issue's card (`every`), whose
/// title and caption name the issue, it is the cells alone with every version, so the card
/// needs no other file.
#[component]
pub fn IssueRow(issue: IssueId, #[prop(optional)] every: bool) -> impl IntoView {
    let r = record();
    let i = r.issue(issue);
    view! {
        <tr class="issue-row" id=issue_id(issue)>
            {(!every).then(|| view! {
                <th scope="row" class="issue">
                    <IssueLabel issue/>
                    <JumpLink class="permalink needs-app" go=Move::Issue(issue)>
                        {tr("Link to this issue")}<span class="visually-hidden">": " {i.name}</span>
                    </JumpLink>
                    <EmbedCard card=Card::Issue(issue)>
                        {tr("Embed this issue")}<span class="visually-hidden">": " {i.name}</span>
                    </EmbedCard>
                </th>
            })}
            {r.party_ids().map(|party| view! { <StanceCell issue party every/> }).collect_view()}
        </tr>
    }
}

/// One party's positions on one issue: the version of the snapshot, or `every` version,
/// the one of the snapshot shown.
#[component]
fn StanceCell(issue: IssueId, party: PartyId, every: bool) -> impl IntoView {
    let r = record();
    let day = r.meta.as_of;
    let p = r.party(party);
    let history: Vec<&Stance> = r.stance_history(issue, party).collect();
    // Marked in words, not colour alone, when the step of the "as of" control changed it.
    let changed = previous_step(event_days(), day)
        .is_some_and(|before| changed_since(outline(), issue, party, before, day));
    let body = match history.first() {
        None => {
            view! { <p class="stance-summary no-position">{tr("No public position found")}</p> }
                .into_any()
        }
        Some(first) => view! {
            <p class="stance-summary no-position" data-until=first.from.first_day().iso()
                hidden=first.from.first_day() <= day>
                {trf("No position recorded before {date}", &[("date", &short_date(first.from))])}
            </p>
            {(0..history.len())
                .filter(|k| {
                    let (from, until) = version_days(&history, *k);
                    every || holds_at_snapshot(from, until)
                })
                .map(|k| view! { <Version history=history.clone() k/> })
                .collect_view()}
        }
        .into_any(),
    };
    view! {
        <td class=format!("stance {}", party_class(party)) class:changed=changed data-label=p.name
            id=cell_id(issue, party)>
            <p class=CHANGED_MARK hidden=!changed>{tr("Changed at this step")}</p>
            {body}
        </td>
    }
}

/// Every version of every cell, each cell's in a block named after it (`data-cell`): the
/// body of `stance-versions.html`, which the script slots into the table's cells.
#[component]
pub fn StanceVersions() -> impl IntoView {
    let r = record();
    r.outline
        .issue_ids()
        .flat_map(|issue| r.party_ids().map(move |party| (issue, party)))
        .map(|(issue, party)| {
            let history: Vec<&Stance> = r.stance_history(issue, party).collect();
            view! {
                <div data-cell=cell_id(issue, party)>
                    {(0..history.len()).map(|k| view! { <Version history=history.clone() k/> }).collect_view()}
                </div>
            }
        })
        .collect_view()
}

/// The `k`th stance of a cell's history, with the steps before it under "How it moved";
/// shown from its own day until the next stance's.
#[component]
fn Version(history: Vec<&'static Stance>, k: usize) -> impl IntoView {
    let r = record();
    let stance = history[k];
    let (issue, party) = (stance.issue, stance.party);
    let (from, until) = version_days(&history, k);
    let holds = holds_at_snapshot(from, until);
    let earlier: Vec<&'static Stance> = history[..k].to_vec();
    let (i, p) = (r.issue(issue), r.party(party));
    view! {
        <div class=VERSION data-from=from.iso() data-until=until.map(Date::iso) hidden=!holds>
            <p class="stance-summary">{stance.summary}</p>
            <p class="stance-since">
                {tr("Since ")} <time datetime=stance.from.iso()>{short_date(stance.from)}</time>
                {(k > 0).then(|| view! { <span class="moved">{tr(" · moved")}</span> })}
            </p>
            <Disclosure id=format!("stance-{}-{}-{k}", i.id, p.id) label=tr("Details") context=trf("{party} on {issue}", &[("party", p.name), ("issue", i.name)])>
                <p class="stance-details">{stance.details}</p>
                {stance.document.map(|d| view! {
                    <p class="stance-document">
                        {trf("From the {document}. ", &[("document", r.document(d).short)])}
                        <JumpLink go=Move::Provision(d, issue) place=Move::Cell(issue, party)>
                            {tr("Compare the texts")}<span class="visually-hidden">{trf(" on {issue}", &[("issue", i.name)])}</span>
                        </JumpLink>
                    </p>
                })}
                {stance.event.map(|e| view! {
                    <p class="stance-event">{tr("Set out at: ")} <EventLink event=e issue party dated=true/></p>
                })}
                {(!earlier.is_empty()).then(|| view! {
                    <p class="moves-title">{tr("How it moved")}</p>
                    <ol class="moves">
                        {earlier.iter().map(|s| view! {
                            <li>
                                <time datetime=s.from.iso()>{short_date(s.from)}</time>
                                ": " {s.summary}
                                {s.event.map(|e| view! { " · " <EventLink event=e issue party/> })}
                                <SourceList sources=s.sources/>
                            </li>
                        }).collect_view()}
                        <li class="move-now">
                            <time datetime=stance.from.iso()>{short_date(stance.from)}</time>
                            ": " {stance.summary} {tr(" (current)")}
                        </li>
                    </ol>
                })}
                <p class="sources-title">{tr("Sources")}</p>
                <SourceList sources=stance.sources/>
                <p><ConfidenceMark confidence=stance.confidence/></p>
            </Disclosure>
        </div>
    }
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
    let e = record().event(event);
    view! {
        <JumpLink class="event-link" go=Move::Event(event) place=Move::Cell(issue, party)>
            {e.title}
        </JumpLink>
        {dated.then(|| view! {
            " (" <time datetime=e.when.start().iso()>{short_when(e.when)}</time> ")"
        })}
    }
}

#[cfg(test)]
mod tests {
    use crate::drawing::record;
    use model::date::Date;
    use model::lang::Lang;

    /// The versions drawn for one cell: (from, until, summary) as the markup has them, which
    /// is all the browser's script reads to show a date. In the page, the cell is
    /// `id="{cell}"`, up to its `</td>`; in the file of every version, `data-cell="{cell}"`,
    /// up to the next cell's block.
    fn versions(page: &str, cell: &str) -> Vec<(Date, Option<Date>, String)> {
        let (start, end) = match page.find(&format!("id=\"{cell}\"")) {
            Some(start) => (start, "</td>"),
            None => (
                page.find(&format!("data-cell=\"{cell}\""))
                    .unwrap_or_else(|| panic!("no {cell}")),
                "data-cell=",
            ),
        };
        let rest = &page[start + 1..];
        let html = &page[start..start + 1 + rest.find(end).unwrap_or(rest.len())];
        let attr = |tag: &str, name: &str| -> Option<Date> {
            let at = tag.find(&format!("{name}=\""))? + name.len() + 2;
            Some(Date::parse(&tag[at..at + tag[at..].find('"')?]).unwrap())
        };
        html.split("<div ")
            .skip(1)
            .filter(|part| part.starts_with("data-from="))
            .map(|part| {
                let tag = &part[..part.find('>').unwrap()];
                let text = part.split("<p class=\"stance-summary\">").nth(1).unwrap();
                // Leptos's hydration markers go before the page ships (bin/prerender.rs).
                let summary = text[..text.find("</p>").unwrap()]
                    .replace("<!>", "")
                    .replace("&quot;", "\"")
                    .replace("&#x27;", "'")
                    .replace("&#39;", "'")
                    .replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&amp;", "&");
                (
                    attr(tag, "data-from").unwrap(),
                    attr(tag, "data-until"),
                    summary,
                )
            })
            .collect()
    }

    #[test]
    fn every_step_of_every_stance_holds_from_its_own_day_and_the_one_before_the_day_before() {
        // What the browser shows on a day is the version whose days hold it; checked here on
        // the pre-rendered markup for every day a stance begins and the day before (the
        // browser tests keep a few dates, to check the script's part).
        let r = record();
        let (_, page) = crate::render(Lang::En, model::url_state::View::Positions, None);
        let every = crate::render_stance_versions(Lang::En);
        let mut days: Vec<Date> = r
            .stances
            .iter()
            .flat_map(|s| {
                let from = s.from.first_day();
                [Date::from_day_number(from.day_number() - 1), from]
            })
            .collect();
        days.sort();
        days.dedup();
        let mut checked = 0;
        for issue in r.outline.issue_ids() {
            for party in r.party_ids() {
                let cell = format!("cell-{}-{}", r.issue(issue).id, r.party(party).id);
                let drawn = versions(&every, &cell);
                // The page carries the version of the snapshot, as the file has it.
                let snapshot = r.meta.as_of;
                let held = |(from, until, _): &&(Date, Option<Date>, String)| {
                    *from <= snapshot && until.is_none_or(|u| snapshot < u)
                };
                let in_file: Vec<_> = drawn.iter().filter(held).cloned().collect();
                assert_eq!(versions(&page, &cell), in_file, "{cell} in the page");
                for &day in &days {
                    let shown: Vec<&String> = drawn
                        .iter()
                        .filter(|(from, until, _)| *from <= day && until.is_none_or(|u| day < u))
                        .map(|(_, _, summary)| summary)
                        .collect();
                    let holds = r.stance_on(issue, party, day).map(|s| s.summary);
                    assert_eq!(shown.len(), usize::from(holds.is_some()), "{cell} on {day}");
                    assert_eq!(shown.first().map(|s| s.as_str()), holds, "{cell} on {day}");
                    checked += 1;
                }
            }
        }
        assert!(checked > 1000, "{checked}");
    }
}
