//! The page as the pre-render draws it at build time: a masthead, the state of play, and
//! five views behind tabs, with every word of the record. Nothing here runs in the browser;
//! the browser's script (`controls/`) works on this markup.

mod as_of;
mod chips;
mod cite;
mod colour;
mod disclosure;
mod issue_groups;
mod land;
mod links;
mod masthead;
mod people;
mod plans;
mod positions;
mod share;
mod sources;
mod tabs;
mod timeline;
mod tracks;

use crate::words::tr;
use leptos::prelude::*;
use model::url_state::View;
use tabs::Panel;

#[component]
pub fn App() -> impl IntoView {
    view! {
        <a class="skip-link" href="#views">{tr("Skip to the positions and timeline")}</a>
        <masthead::Masthead/>
        <main>
            <masthead::StateOfPlay/>
            <div id="views" class="views" tabindex="-1">
                <tabs::ViewTabs/>
                <Panel view=View::Positions><positions::Positions/></Panel>
                <Panel view=View::Plans><plans::Plans/></Panel>
                <Panel view=View::Timeline><timeline::Timeline/></Panel>
                <Panel view=View::People><people::People/></Panel>
                <Panel view=View::Sources><sources::SourcesAndMethod/></Panel>
            </div>
        </main>
        <masthead::Footer/>
    }
}
