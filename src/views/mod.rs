//! The page: a masthead, the state of play, and four views behind tabs.

mod common;
mod masthead;
mod people;
mod positions;
mod sources;
mod tabs;
mod timeline;

use crate::state::AppState;
use crate::url_sync;
use leptos::prelude::*;
use model::url_state::View;

#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new(url_sync::read());
    provide_context(state);
    url_sync::sync(state);
    view! {
        <a class="skip-link" href="#views">"Skip to the positions and timeline"</a>
        <masthead::Masthead/>
        <main>
            <masthead::StateOfPlay/>
            <div id="views" class="views" tabindex="-1">
                <tabs::ViewTabs/>
                <tabs::Panel view=View::Positions><positions::Positions/></tabs::Panel>
                <tabs::Panel view=View::Timeline><timeline::Timeline/></tabs::Panel>
                <tabs::Panel view=View::People><people::People/></tabs::Panel>
                <tabs::Panel view=View::Sources><sources::SourcesAndMethod/></tabs::Panel>
            </div>
        </main>
        <masthead::Footer/>
    }
}
