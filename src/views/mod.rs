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

use crate::data::outline;
use crate::state::AppState;
use crate::{embed, theme, url_sync};
use leptos::prelude::*;
use model::url_state::{UrlState, View};

#[component]
pub fn App() -> impl IntoView {
    // Pre-rendering and the browser's first render start from the same state, the default
    // view outside any frame, so that the browser finds exactly the markup it would draw.
    let state = AppState::new(UrlState::default_for(outline()));
    provide_context(state);
    // Effects never run when pre-rendering: this one runs once, in the browser, right after
    // hydration.
    Effect::new(move |_| untrack(|| take_over(state)));
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

/// Takes over the page in the browser: takes on the state the address asks for and the
/// frame the page is in, then keeps the address, the theme, the embed class and the frame's
/// height in step with the reader's choices.
fn take_over(state: AppState) {
    let framed = embed::is_framed();
    state.framed.set(framed);
    state.apply(url_sync::read());
    url_sync::sync(state);
    theme::follow(state);
    if framed {
        embed::report_height();
    }
    let root = document().document_element();
    // Embed mode is "fewer blocks": the same page without the standfirst, the state of play,
    // the share bar and the footer, and with a link out to the full page. The class is on
    // the root, where `start.js` put it before the app ran.
    Effect::new({
        let root = root.clone();
        move |_| {
            if let Some(root) = &root {
                let _ = root
                    .class_list()
                    .toggle_with_force("embedded", state.embedded());
            }
        }
    });
    // Once the changes above are drawn, the app's own markup shows the view: the preview
    // `start.js` gave before the app ran (see style/main.css) can go.
    request_animation_frame(move || {
        if let Some(root) = root {
            let _ = root.remove_attribute("data-view");
            let _ = root.set_attribute("data-app", "ready");
        }
    });
}
