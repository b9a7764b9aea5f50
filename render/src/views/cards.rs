//! The embed cards: one piece of the explainer on a small page of its own
//! (`model::cards::Card`), for an article's iframe: an issue's positions, the land maps, the
//! texts compared, or one event. A card is the view's own markup, so the script and the
//! stylesheet treat it as they treat the view, without the masthead, the view switcher and
//! the footer; it ends with a credit line that links to the same state in the full explainer.
//!
//! A card carries everything it shows: an issue's card every version of its cells, so it
//! needs no other file for another date. Its links open the full explainer in a new tab (the
//! card's `<base target>`, `head.rs`).

use super::as_of::AsOfControl;
use super::land::{LandMaps, LAND_TITLE, LAND_TITLE_ID};
use super::plans::{DocumentPicker, PlansTable};
use super::positions::{IssueRow, PartiesHead};
use super::timeline::EventItem;
use crate::drawing::{link_to, outline, record};
use crate::words::{long_date, tr, trf};
use common::hooks::{
    view_id, CARD_BODY, CARD_CREDIT, CARD_MORE, MAIN, POSITIONS_TABLE, READING_DATE,
};

/// A card's title, as its heading and its page's title say it.
pub fn card_heading(card: Card) -> String {
    let r = record();
    match card {
        Card::Issue(issue) => r.issue(issue).name.to_owned(),
        Card::Land => tr(LAND_TITLE).to_owned(),
        Card::Plans(Some(issue)) => trf(
            "{issue}: the peace texts compared",
            &[("issue", r.issue(issue).name)],
        ),
        Card::Plans(None) => tr("The peace texts compared").to_owned(),
        Card::Event(event) => r.event(event).title.to_owned(),
    }
}
use leptos::prelude::*;
use model::cards::{Card, Problem};
use model::url_state::UrlState;

/// The id of a card's title.
const CARD_TITLE_ID: &str = "card-title";

#[component]
pub fn CardPage(card: Card) -> impl IntoView {
    let r = record();
    view! {
        <main id=MAIN class="card-page">
            <Problems card/>
            // The view's id, as on its page: the script finds the view's parts within it.
            <div class=CARD_BODY id=view_id(card.view())>
            {match card {
                Card::Issue(issue) => view! {
                    <h1 class="card-title" id=CARD_TITLE_ID>{card_heading(card)}</h1>
                    <p class="card-question">{r.issue(issue).question}</p>
                    <AsOfControl fold=true/>
                    <table class=POSITIONS_TABLE data-all-versions="">
                        <caption class="visually-hidden">
                            {trf("Negotiating positions on {issue}, as of ", &[("issue", r.issue(issue).name)])}
                            <span class=READING_DATE>{long_date(r.meta.as_of)}</span>
                        </caption>
                        <PartiesHead one_issue=true/>
                        <tbody><IssueRow issue every=true/></tbody>
                    </table>
                }.into_any(),
                Card::Land => view! {
                    <h1 class="card-title" id=LAND_TITLE_ID>{card_heading(card)}</h1>
                    <AsOfControl fold=true/>
                    <LandMaps untitled=true/>
                }.into_any(),
                Card::Plans(issue) => view! {
                    <h1 class="card-title" id=CARD_TITLE_ID>{card_heading(card)}</h1>
                    <DocumentPicker/>
                    <PlansTable issue/>
                }.into_any(),
                Card::Event(event) => view! {
                    <ol class="events card-event">
                        <EventItem id=event hidden=false card=true/>
                    </ol>
                }.into_any(),
            }}
            <More card/>
            </div>
            <Credit card/>
            <super::cite_this::CiteThis/>
        </main>
    }
}

/// What the card's address may ask that it cannot show, each said in words with a link to
/// the explainer, hidden until the script finds it in the address (`controls/card.rs`).
#[component]
fn Problems(card: Card) -> impl IntoView {
    let home = link_to(&UrlState::default_for(outline()));
    Problem::ALL
        .into_iter()
        .filter(|problem| card.can_have(*problem))
        .map(|problem| {
            let said = match problem {
                Problem::Date => trf(
                    "This card's address asks for a date it cannot read, so it shows the positions as of {date}, the record's last day.",
                    &[("date", &long_date(record().meta.as_of))],
                ),
                Problem::Documents => tr("This card's address names texts it cannot compare (it compares two to four of the explainer's texts), so it shows its usual ones.").to_owned(),
            };
            view! {
                <p class="card-problem" data-problem=problem.slug() role="status" hidden>
                    {said} " " <a href=home.clone()>{tr("Open the explainer")}</a>
                </p>
            }
        })
        .collect_view()
}

/// Where a frame cannot grow to the card's height (WordPress stops at 1000 px), the card is
/// cut to fit, and this link, over its end, leads to the rest in the full explainer; hidden
/// until `assets/start.js` cuts it.
#[component]
fn More(card: Card) -> impl IntoView {
    let o = outline();
    view! {
        <p class=CARD_MORE hidden>
            <a class="button" href=link_to(&card.explainer_state(&card.state("", o), o))>
                {tr("See the rest in the explainer")}
            </a>
        </p>
    }
}

/// "From the Russia–Ukraine peace talks explainer, as of 22 January 2026": a link to the
/// same state in the full explainer, which the script keeps in step with the card's date
/// and texts.
#[component]
fn Credit(card: Card) -> impl IntoView {
    let o = outline();
    let state = card.state("", o);
    let date = long_date(record().meta.as_of);
    // The date follows the card's "as of" control where it has one.
    let dated = matches!(card, Card::Issue(_) | Card::Land);
    view! {
        <p class="card-credit-line">
            {tr("From the ")}
            <a class=CARD_CREDIT href=link_to(&card.explainer_state(&state, o))>
                {tr("Russia–Ukraine peace talks explainer")}
            </a>
            {tr(", as of ")}
            {if dated {
                view! { <span class=READING_DATE>{date}</span> }.into_any()
            } else {
                view! { <span>{date}</span> }.into_any()
            }}
        </p>
    }
}
