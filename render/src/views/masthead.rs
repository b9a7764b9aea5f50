//! The top of the page: title, the "as of" date, and on the front page the standfirst and the
//! state of play; and the footer. In
//! embed mode the stylesheet hides the chrome (the root's `embedded` class) and shows the
//! link out to the full page instead, whose address the script keeps up to date.

use super::cite::SourceLink;
use super::share::ShareBar;
use crate::drawing::record;
use crate::words::{long_date, tr, trf};
use common::hooks::{LANGUAGE_SWITCH, MASTHEAD, OPEN_FULL};
use leptos::prelude::*;
use model::lang::Lang;

#[component]
pub fn Masthead() -> impl IntoView {
    let meta = &record().meta;
    view! {
        <header class=MASTHEAD>
            <p class="kicker">{tr("Explainer")}</p>
            <LanguageSwitch/>
            <h1>{meta.title}</h1>
            <p class="as-of">
                {tr("As of ")} <time datetime=meta.as_of.iso()>{long_date(meta.as_of)}</time>
            </p>
            <a class=OPEN_FULL href="./" target="_blank" rel="noopener">
                {tr("Open the full explainer")} <span aria-hidden="true">" ↗"</span>
                <span class="visually-hidden">{tr(" (opens in a new tab)")}</span>
            </a>
            <ShareBar/>
            <super::search::SearchBox/>
        </header>
    }
}

/// What the explainer is about, in two sentences: on the front page only, with the state of
/// play. Every other page opens on its view under a compact masthead.
#[component]
pub fn Standfirst() -> impl IntoView {
    view! { <p class="standfirst">{record().meta.standfirst}</p> }
}

/// A link to the same page in the other edition, written in that edition's language. The
/// browser's script keeps the reader's state on it (`data-edition` is the other edition's
/// root, relative to this edition's root, the same on every page).
#[component]
fn LanguageSwitch() -> impl IntoView {
    let here = crate::drawing::lang();
    let (lang, name) = match here {
        Lang::En => (Lang::Uk, "Українською"),
        Lang::Uk => (Lang::En, "English"),
    };
    let folder = here.path_to(lang);
    let view = crate::drawing::page();
    let href = format!("{}{folder}{}", view.to_root(), view.folder());
    view! {
        <a class=LANGUAGE_SWITCH href=href data-edition=folder hreflang=lang.code() lang=lang.code()>
            {name}
        </a>
    }
}

#[component]
pub fn StateOfPlay() -> impl IntoView {
    let meta = &record().meta;
    view! {
        <section class="state-of-play" aria-labelledby="state-heading">
            <h2 id="state-heading">{tr("The state of play")}</h2>
            <ul class="points">
                {meta.state_of_play.iter().map(|point| view! {
                    <li class="point">
                        <h3>{point.heading}</h3>
                        <p>{point.text}</p>
                        <p class="cite">
                            <span class="cite-label">{tr("Sources: ")}</span>
                            {point.sources.iter().enumerate().map(|(i, s)| view! {
                                {(i > 0).then_some("; ")}
                                <SourceLink source=*s/>
                            }).collect_view()}
                        </p>
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
pub fn Footer() -> impl IntoView {
    let meta = &record().meta;
    view! {
        <footer class="footer">
            <p>
                {trf(
                    "The record runs to {date}, with later events shown apart. Every claim links to its sources; see Sources & method for how they were weighed and what early reporting got wrong.",
                    &[("date", &long_date(meta.as_of))],
                )}
            </p>
        </footer>
    }
}
