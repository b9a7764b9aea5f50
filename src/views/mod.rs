//! The page: a masthead, the state of play, and four views behind tabs.

mod as_of;
mod common;
mod masthead;
mod people;
mod positions;
mod share;
mod sources;
mod tabs;
mod timeline;
mod tracks;

use crate::state::AppState;
use crate::{embed, theme, url_sync};
use leptos::prelude::*;
use model::url_state::View;

#[component]
pub fn App() -> impl IntoView {
    let framed = embed::is_framed();
    let state = AppState::new(url_sync::read(), framed);
    provide_context(state);
    url_sync::sync(state);
    theme::follow(state);
    if framed {
        embed::report_height();
    }
    // Embed mode is "fewer blocks": the same page without the standfirst, the state of play,
    // the share bar and the footer, and with a link out to the full page.
    Effect::new(move |_| {
        if let Some(body) = document().body() {
            let _ = body
                .class_list()
                .toggle_with_force("embedded", state.embedded());
        }
    });
    view! {
        <a class="skip-link" href="#views">"Skip to the positions and timeline"</a>
        <masthead::Masthead/>
        <main>
            <Show when=move || !state.embedded()>
                <masthead::StateOfPlay/>
            </Show>
            <div id="views" class="views" tabindex="-1">
                <tabs::ViewTabs/>
                <tabs::Panel view=View::Positions><positions::Positions/></tabs::Panel>
                <tabs::Panel view=View::Timeline><timeline::Timeline/></tabs::Panel>
                <tabs::Panel view=View::People><people::People/></tabs::Panel>
                <tabs::Panel view=View::Sources><sources::SourcesAndMethod/></tabs::Panel>
            </div>
        </main>
        <Show when=move || !state.embedded()>
            <masthead::Footer/>
        </Show>
    }
}
