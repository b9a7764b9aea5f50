//! Citations: the sources behind a claim, and the marks that qualify them.

use crate::drawing::record;
use crate::words::{short_date, tr, trf};
use leptos::prelude::*;
use model::types::{Confidence, SourceId};

/// The sources behind a claim, each a link, with Russian state media marked in words.
#[component]
pub fn SourceList(sources: &'static [SourceId]) -> impl IntoView {
    view! {
        <ul class="sources">
            {sources.iter().map(|id| view! { <li><SourceLink source=*id/></li> }).collect_view()}
        </ul>
    }
}

#[component]
pub fn SourceLink(source: SourceId) -> impl IntoView {
    let s = record().source(source);
    view! {
        <a href=s.url target="_blank" rel="noopener noreferrer">{s.publisher}</a>
        {s.via.map(|via| trf(" (via {publisher})", &[("publisher", via)]))}
        {s.date.map(|d| view! { ", " <time datetime=d.iso()>{short_date(d)}</time> })}
        {s.state_media.then(|| view! { " " <StateMediaMark/> })}
    }
}

#[component]
pub fn StateMediaMark() -> impl IntoView {
    view! { <span class="badge state-media">{tr("Russian state media")}</span> }
}

/// The confidence mark, in words as well as a letter.
#[component]
pub fn ConfidenceMark(confidence: Confidence) -> impl IntoView {
    view! {
        <span class=format!("badge confidence confidence-{}", confidence.letter().to_lowercase())
            title=tr(confidence.meaning())>
            {tr(confidence.label())}
        </span>
    }
}
