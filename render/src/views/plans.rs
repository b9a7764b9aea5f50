//! "Compare the plans": the peace documents side by side, issue by issue, drawn with the
//! default documents shown (`meta.json`'s `compare`).
//!
//! Every document is in the page: each has a column, hidden unless shown. A later document's
//! cell holds one mark for each earlier document the record can compare it with ("Changed
//! compared with the 28-point plan"), each naming the pair in `data-pair`; the browser's
//! script (`controls/plans.rs`) shows the columns the reader chose and, in each, the mark
//! against its left-hand neighbour, without knowing a word of them.

use super::chips::{Chip, Picker};
use super::cite::{ConfidenceMark, SourceList};
use super::disclosure::Disclosure;
use super::fold::FoldToggle;
use super::issue_groups::{issue_groups, IssueLabel};
use super::links::JumpLink;
use super::share::EmbedCard;
use crate::drawing::lang;
use crate::drawing::record;
use crate::words::{short_when, tr, trf};
use common::hooks::{pair, plans_row_id, view_title_id, Toggle, CHANGE, PLANS_TABLE};
use common::labels::{document_refusal, refusal};
use leptos::prelude::*;
use model::cards::Card;
use model::compare::Change;
use model::moves::Move;
use model::types::{DocumentId, IssueId};
use model::url_state::View;

/// Why a document's chip cannot change the comparison as first drawn, if it cannot: the
/// browser's script says the same once the reader changes it (`controls/plans.rs`).
fn refused_first(document: DocumentId) -> Option<&'static str> {
    let chosen = record().outline.compared_first.len();
    document_refusal(chosen, shown_first(document)).map(|why| refusal(lang(), why))
}

/// Whether the page as first drawn shows this document.
fn shown_first(document: DocumentId) -> bool {
    record().outline.compared_first.contains(&document)
}

#[component]
pub fn Plans() -> impl IntoView {
    view! {
        <h2 class="panel-title" id=view_title_id(View::Plans) tabindex="-1">{tr("Compare the plans")}</h2>
        <p class="panel-intro">
            {tr("What each peace text says on each issue, side by side, oldest first. From the second text on, each cell marks the point as new, changed, dropped or kept, against the text before it.")}
        </p>
        <DocumentPicker/>
        <PlansTable/>
        <super::get_data::GetTheData/>
    }
}

/// What the fold over the texts puts away on a phone: the chips and the texts' headings.
const DOCUMENT_PICKER: &str = "document-picker";
const DOCUMENT_HEADS: &str = "document-heads";
const FOLDED_ON_PHONES: &str = "document-picker document-heads";

/// The chips that choose the texts compared.
#[component]
pub fn DocumentPicker() -> impl IntoView {
    let r = record();
    view! {
        // On a phone the chips and the texts' headings wait under a button, so that the
        // first issue compared is in the first screen.
        <FoldToggle controls=FOLDED_ON_PHONES label=tr("The texts compared")/>
        <div class="pickers needs-app" id=DOCUMENT_PICKER data-folded="">
            <Picker label_id="document-picker-label" label=tr("Texts (two to four)")>
                {r.document_ids().map(|d| view! {
                    <Chip toggle=Toggle::Document(d).attr(r.outline) class="document-chip" pressed=shown_first(d)
                        refused=refused_first(d)>
                        {r.document(d).short}
                    </Chip>
                }).collect_view()}
            </Picker>
            <EmbedCard card=Card::Plans(None)>{tr("Embed this comparison")}</EmbedCard>
        </div>
    }
}

/// The texts side by side: on every issue in its group, or on `issue` alone (a card's).
#[component]
pub fn PlansTable(#[prop(optional_no_strip)] issue: Option<IssueId>) -> impl IntoView {
    let r = record();
    let columns = r.outline.compared_first.len() + 1;
    view! {
        <table class=PLANS_TABLE>
            <caption class="visually-hidden">{tr("What each peace text says, issue by issue")}</caption>
            <thead id=DOCUMENT_HEADS data-folded="">
                <tr>
                    <th scope="col" class="issue-col">{tr("Issue")}</th>
                    {r.document_ids().map(|document| view! { <DocumentHead document/> }).collect_view()}
                </tr>
            </thead>
            {match issue {
                Some(issue) => view! { <tbody><IssueRow issue/></tbody> }.into_any(),
                None => issue_groups(columns, |issue| view! { <IssueRow issue/> }).into_any(),
            }}
        </table>
    }
}

/// A document's column heading: its short name and date, and its card.
#[component]
fn DocumentHead(document: DocumentId) -> impl IntoView {
    let r = record();
    let d = r.document(document);
    view! {
        <th scope="col" class="document-col" data-document=d.id hidden=!shown_first(document)>
            <span class="document-name">{d.short}</span>
            <time class="document-date" datetime=d.when.start().iso()>{short_when(d.when)}</time>
            <Disclosure id=format!("document-{}-card", d.id) label=tr("About this text") context=d.title.to_string()>
                <p class="document-title">{d.title}</p>
                <dl class="document-facts">
                    <dt>{tr("Put forward by")}</dt>
                    <dd>{d.by}</dd>
                    <dt>{tr("Status")}</dt>
                    <dd>{tr(status_words(d.status))}</dd>
                    <dt>{tr("Text known")}</dt>
                    <dd>{tr(if d.known_in_full() { "In full" } else { "Only in part, from reports" })}</dd>
                    <dt>{tr("How it became public")}</dt>
                    <dd>{d.public}</dd>
                    {d.event.map(|e| view! {
                        <dt>{tr("In the timeline")}</dt>
                        <dd>
                            <JumpLink go=Move::Event(e) place=Move::Document(document)>{r.event(e).title}</JumpLink>
                            " (" <time datetime=r.event(e).when.start().iso()>{short_when(r.event(e).when)}</time> ")"
                        </dd>
                    })}
                </dl>
                <p class="sources-title">{tr("Sources")}</p>
                <SourceList sources=d.sources/>
                <p><ConfidenceMark confidence=d.confidence/></p>
            </Disclosure>
        </th>
    }
}

/// What a document's status means for the reader.
fn status_words(status: &str) -> &'static str {
    match status {
        "leaked" => "Leaked: its text came out without being released.",
        "published" => "Published: its text is public.",
        "read out" => "Read out: its points were read out in public; no full text was released.",
        _ => "Reported: known only from reports of what it says.",
    }
}

#[component]
fn IssueRow(issue: IssueId) -> impl IntoView {
    let r = record();
    view! {
        <tr class="plan-row" id=plans_row_id(issue)>
            <th scope="row" class="issue">
                <IssueLabel issue/>
                <EmbedCard card=Card::Plans(Some(issue))>
                    {tr("Embed")}<span class="visually-hidden">": " {r.issue(issue).name}</span>
                </EmbedCard>
            </th>
            {r.document_ids().map(|document| view! { <ProvisionCell document issue/> }).collect_view()}
        </tr>
    }
}

/// What one document says on one issue, with how it stands to each earlier document.
#[component]
fn ProvisionCell(document: DocumentId, issue: IssueId) -> impl IntoView {
    let r = record();
    let d = r.document(document);
    let first = r.outline.compared_first;
    // The left-hand neighbour as first drawn, whose mark shows.
    let neighbour = first
        .iter()
        .position(|x| *x == document)
        .and_then(|k| k.checked_sub(1))
        .map(|k| first[k]);
    let marks: Vec<(DocumentId, Change)> = r
        .document_ids()
        .take_while(|earlier| *earlier != document)
        .filter_map(|earlier| Some((earlier, r.change(earlier, document, issue)?)))
        .collect();
    view! {
        <td class="provision" data-document=d.id data-label=d.short hidden=!shown_first(document)>
            {marks.into_iter().map(|(earlier, change)| {
                let e = r.document(earlier);
                view! {
                    <p class=format!("{CHANGE} change-{}", change_slug(change))
                        data-pair=pair(earlier, document) hidden=neighbour != Some(earlier)>
                        <span class="badge">{tr(change_word(change))}</span>
                        {trf(" compared with the {document}", &[("document", e.short)])}
                    </p>
                }
            }).collect_view()}
            {match r.provision(document, issue) {
                Some(p) => view! {
                    <p class="provision-text">
                        {p.point.map(|n| view! { <span class="provision-point">{trf("Point {n}: ", &[("n", &n.to_string())])}</span> })}
                        {p.text}
                    </p>
                    <SourceList sources=p.sources/>
                }.into_any(),
                None => view! { <p class="not-known">{tr(not_known_words(d.known_in_full()))}</p> }.into_any(),
            }}
        </td>
    }
}

/// What a cell says where the record has nothing from its text on the issue. It never
/// claims the text is silent: only a provision with `omits`, resting on a source, says that.
pub fn not_known_words(known_in_full: bool) -> &'static str {
    if known_in_full {
        "Not covered by our sources"
    } else {
        "Not known: only parts of this text were reported"
    }
}

pub fn change_word(change: Change) -> &'static str {
    match change {
        Change::New => "New",
        Change::Changed => "Changed",
        Change::Dropped => "Dropped",
        Change::Same => "Same",
    }
}

fn change_slug(change: Change) -> &'static str {
    match change {
        Change::New => "new",
        Change::Changed => "changed",
        Change::Dropped => "dropped",
        Change::Same => "same",
    }
}

#[cfg(test)]
mod tests {
    use model::lang::Lang;

    #[test]
    fn a_text_the_record_knows_nothing_of_is_never_said_to_be_silent() {
        let r = crate::drawing::record();
        let (_, page) = crate::render(Lang::En, model::url_state::View::Plans, None);
        // Cells without a provision, by whether their text is known in full.
        let blanks = |full: bool| -> usize {
            r.document_ids()
                .filter(|d| r.document(*d).known_in_full() == full)
                .map(|d| r.issues.len() - r.provisions.iter().filter(|p| p.document == d).count())
                .sum()
        };
        let part = page.matches(super::not_known_words(false)).count();
        let full = page.matches(super::not_known_words(true)).count();
        assert_eq!(part, blanks(false));
        assert_eq!(full, blanks(true));
        // The Geneva revision is known from reports of one point only.
        assert!(part >= 13, "{part}");
        assert!(!page.contains("Not addressed in this text"));
    }
}
