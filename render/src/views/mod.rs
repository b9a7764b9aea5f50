//! The pages as the pre-render draws them at build time, one per view: a masthead, the view
//! switcher and the view, with every word of the record it shows; the positions' page (the
//! edition's own) also has the state of play. Nothing here runs in the browser; the
//! browser's script (`controls/`) works on this markup.

mod as_of;
mod cards;
mod chips;
mod cite;
mod cite_this;
mod colour;
mod disclosure;
mod fold;
mod get_data;
mod issue_groups;
mod land;
mod links;
mod masthead;
mod nav;
mod people;
mod plans;
mod positions;
mod search;
mod share;
mod sources;
mod timeline;
mod tracks;

use crate::words::tr;
use common::hooks::{view_id, view_title_id, MAIN};
use leptos::prelude::*;
use model::url_state::View;

pub use cards::{card_heading, CardPage, CardPageProps};
/// The plans' words for a cell without a provision and for a change, which the sharing
/// pictures say too (`share_image/`).
pub use plans::{change_word, not_known_words};
pub use tracks::RecordNames;

/// Every version of every stance, for `stance-versions.html` (see `positions.rs`).
pub fn stance_versions() -> impl IntoView {
    positions::StanceVersions()
}

/// The page of `view`. The script swaps `<main>` for another page's when the reader switches
/// views (`controls/pages.rs`): the masthead and footer are the same on every page.
#[component]
pub fn App(view: View) -> impl IntoView {
    view! {
        <a class="skip-link" href="#views">{tr("Skip to the main content")}</a>
        <masthead::Masthead/>
        <main id=MAIN>
            // The front page's own opening; in <main>, so a switch to another view drops it and
            // the masthead above is compact (the stylesheet tells them apart by it).
            {(view == View::Positions).then(|| view! {
                <masthead::Standfirst/>
                <masthead::StateOfPlay/>
            })}
            <div id="views" class="views" tabindex="-1">
                <nav::ViewNav/>
                <section class="panel" id=view_id(view) aria-labelledby=view_title_id(view)>
                    {match view {
                        View::Positions => positions::Positions().into_any(),
                        View::Plans => plans::Plans().into_any(),
                        View::Timeline => timeline::Timeline().into_any(),
                        View::People => people::People().into_any(),
                        View::Sources => sources::SourcesAndMethod().into_any(),
                    }}
                </section>
            </div>
            // In <main>, which a switch to another view swaps whole: its title is the view's.
            <cite_this::CiteThis/>
        </main>
        <masthead::Footer/>
    }
}
