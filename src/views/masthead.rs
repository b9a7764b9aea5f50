//! The top of the page: title, the "as of" date and the state of play; and the footer. In
//! embed mode the stylesheet hides the chrome (the root's `embedded` class) and shows the
//! link out to the full page instead, whose address the script keeps up to date.

use super::cite::SourceLink;
use super::share::ShareBar;
use crate::data::record;
use leptos::prelude::*;

#[component]
pub fn Masthead() -> impl IntoView {
    let meta = &record().meta;
    view! {
        <header class="masthead">
            <p class="kicker">"Explainer"</p>
            <h1>{meta.title}</h1>
            <p class="as-of">
                "As of " <time datetime=meta.as_of.iso()>{meta.as_of.long()}</time>
            </p>
            <a class="open-full" href="?" target="_blank" rel="noopener">
                "Open the full explainer" <span aria-hidden="true">" ↗"</span>
                <span class="visually-hidden">" (opens in a new tab)"</span>
            </a>
            <p class="standfirst">{meta.standfirst}</p>
            <ShareBar/>
        </header>
    }
}

#[component]
pub fn StateOfPlay() -> impl IntoView {
    let meta = &record().meta;
    view! {
        <section class="state-of-play" aria-labelledby="state-heading">
            <h2 id="state-heading">"The state of play"</h2>
            <ul class="points">
                {meta.state_of_play.iter().map(|point| view! {
                    <li class="point">
                        <h3>{point.heading}</h3>
                        <p>{point.text}</p>
                        <p class="cite">
                            <span class="cite-label">"Sources: "</span>
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
                "The record runs to " {meta.as_of.long()}
                ", with later events shown apart. Every claim links to its sources; "
                "see Sources & method for how they were weighed and what early reporting got wrong."
            </p>
        </footer>
    }
}
