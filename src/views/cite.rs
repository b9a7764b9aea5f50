//! Citations: the sources behind a claim, and the marks that qualify them.

use crate::data::record;
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
        {s.via.map(|via| format!(" (via {via})"))}
        {s.date.map(|d| view! { ", " <time datetime=d.iso()>{d.to_string()}</time> })}
        {s.state_media.then(|| view! { " " <StateMediaMark/> })}
    }
}

#[component]
pub fn StateMediaMark() -> impl IntoView {
    view! { <span class="badge state-media">"Russian state media"</span> }
}

/// The confidence mark, in words as well as a letter.
#[component]
pub fn ConfidenceMark(confidence: Confidence) -> impl IntoView {
    view! {
        <span class=format!("badge confidence confidence-{}", confidence.letter().to_lowercase())
            title=confidence.meaning()>
            {confidence.label()}
        </span>
    }
}
