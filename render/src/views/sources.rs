//! How the record was built: what the marks mean, which claims rest on Russian state media
//! alone, what this explainer corrected after it was published, what early reporting got
//! wrong, and every source cited.

use super::cite::{ConfidenceMark, SourceLink, SourceList, StateMediaMark};
use crate::downloads::DOWNLOADS;
use crate::drawing::record;
use crate::words::{count, long_date, tr, trf};
use common::hooks::view_title_id;
use leptos::prelude::*;
use model::types::{Confidence, SourceId};
use model::url_state::View;

#[component]
pub fn SourcesAndMethod() -> impl IntoView {
    let r = record();
    let mut sources: Vec<SourceId> = (0..r.sources.len() as u16).map(SourceId).collect();
    sources.sort_by_key(|s| (r.source(*s).publisher.to_lowercase(), r.source(*s).date));
    let state_media_only = r.claims_on_state_media_alone(trf);
    view! {
        <h2 class="panel-title" id=view_title_id(View::Sources) tabindex="-1">{tr("Sources & method")}</h2>
        <p class="panel-intro">
            {tr("Every event, position and person here rests on published reporting, summarised in our own words. Many links are syndicated copies of agency reports; the agency is named where the page says so.")}
        </p>

        <section aria-labelledby="marks-heading">
            <h3 id="marks-heading">{tr("What the marks mean")}</h3>
            <dl class="marks">
                {Confidence::ALL.into_iter().map(|c| view! {
                    <dt><ConfidenceMark confidence=c/></dt>
                    <dd>{tr(c.meaning())}</dd>
                }).collect_view()}
                <dt><StateMediaMark/></dt>
                <dd>{tr("The source is Russian state media (TASS, RIA, Sputnik, RT) or a site that mirrors it. Such sources are used for what the Kremlin says, and flagged wherever they are cited.")}</dd>
            </dl>
        </section>

        <section aria-labelledby="state-media-heading">
            <h3 id="state-media-heading">{tr("Claims resting on Russian state media alone")}</h3>
            {if state_media_only.is_empty() {
                view! { <p>{tr("None: every claim shown also has an independent source.")}</p> }.into_any()
            } else {
                view! { <ul class="plain">{state_media_only.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul> }.into_any()
            }}
        </section>

        <Revisions/>

        <section aria-labelledby="corrections-heading">
            <h3 id="corrections-heading">{tr("Corrections to early reporting")}</h3>
            <p>{tr("The first account of these talks that this explainer started from got these points wrong or out of date.")}</p>
            <ol class="corrections">
                {r.corrections.iter().map(|c| view! {
                    <li class="correction">
                        <p class="claim"><span class="label">{tr("Reported: ")}</span>{c.claim}</p>
                        <p class="fix"><span class="label">{tr("In fact: ")}</span>{c.correction}</p>
                        <SourceList sources=c.sources/>
                    </li>
                }).collect_view()}
            </ol>
        </section>

        <section aria-labelledby="data-heading">
            <h3 id="data-heading">{tr("Get the data")}</h3>
            <p>{tr("The events, the positions and the plans compared, with their sources, written from the same data as this page.")}</p>
            <ul class="downloads">
                {DOWNLOADS.iter().map(|d| view! {
                    <li><a class="download button" href=format!("{}{}", crate::drawing::page().to_root(), d.file) download>{tr(d.label)}</a></li>
                }).collect_view()}
            </ul>
        </section>

        <section aria-labelledby="all-sources-heading">
            <h3 id="all-sources-heading">{count("All {n} sources", r.sources.len())}</h3>
            <ul class="all-sources">
                {sources.into_iter().map(|s| view! { <li><SourceLink source=s/></li> }).collect_view()}
            </ul>
        </section>
    }
}

/// The corrections made to this explainer after it was published, newest first, kept apart
/// from the corrections of early reporting: these are our own. No section while there are none.
#[component]
fn Revisions() -> impl IntoView {
    let mut revisions: Vec<_> = record().revisions.iter().collect();
    revisions.sort_by_key(|x| std::cmp::Reverse(x.when));
    (!revisions.is_empty()).then(|| view! {
        <section aria-labelledby="revisions-heading">
            <h3 id="revisions-heading">{tr("Corrections to this explainer")}</h3>
            <p>{tr("What we changed after publishing, and why. The newest come first.")}</p>
            <ol class="revisions">
                {revisions.into_iter().map(|x| view! {
                    <li class="revision" id=crate::feed::revision_anchor(x.id)>
                        <p class="revision-head">
                            <time datetime=x.when.iso()>{long_date(x.when)}</time>
                            ": " {x.what}
                        </p>
                        <p class="claim"><span class="label">{tr("It said: ")}</span>{x.before}</p>
                        <p class="fix"><span class="label">{tr("It now says: ")}</span>{x.after}</p>
                        <p class="why"><span class="label">{tr("Why: ")}</span>{x.why}</p>
                        <SourceList sources=x.sources/>
                    </li>
                }).collect_view()}
            </ol>
        </section>
    })
}
