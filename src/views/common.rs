//! Small pieces every view uses: source citations, confidence marks, disclosures, colours.

use crate::data::{outline, record};
use crate::state::use_state;
use leptos::prelude::*;
use model::types::{Confidence, PartyId, SourceId, TrackId};
use model::url_state::UrlState;

/// The CSS class that carries a party's colour.
pub fn party_class(party: PartyId) -> String {
    format!("party-{}", record().party(party).id)
}

/// The CSS class that carries a track's colour.
pub fn track_class(track: TrackId) -> String {
    format!("track-{}", record().track(track).id)
}

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
    view! { <span class="mark state-media">"Russian state media"</span> }
}

/// The confidence mark, in words as well as a letter.
#[component]
pub fn ConfidenceMark(confidence: Confidence) -> impl IntoView {
    view! {
        <span class=format!("mark confidence confidence-{}", confidence.letter().to_lowercase())
            title=confidence.meaning()>
            {confidence.label()}
        </span>
    }
}

/// A button that shows and hides the content below it (the WAI-ARIA disclosure pattern).
/// The content stays in the page while hidden, so it prints and can be searched.
#[component]
pub fn Disclosure(
    /// The id of the content block, unique in the page.
    id: String,
    /// What the button says.
    label: &'static str,
    /// What the button is about, for screen readers that list buttons out of context.
    context: String,
    /// Opens it whenever this turns true (a link pointed at what it belongs to).
    #[prop(optional, into)]
    open_when: Option<Signal<bool>>,
    children: Children,
) -> impl IntoView {
    // Closed at first, as pre-rendered; the effect runs in the browser only.
    let open = RwSignal::new(false);
    if let Some(when) = open_when {
        Effect::new(move |_| {
            if when.get() {
                open.set(true);
            }
        });
    }
    view! {
        <button type="button" class="disclosure" aria-controls=id.clone()
            aria-expanded=move || open.get().to_string()
            on:click=move |_| open.update(|o| *o = !*o)>
            <span class="disclosure-icon" aria-hidden="true"></span>
            {label}
            <span class="visually-hidden">": " {context}</span>
        </button>
        <div id=id class="disclosure-body" hidden=move || !open.get()>
            {children()}
        </div>
    }
}

/// A click without modifier keys: the app handles it; with them, the browser opens the link.
pub fn plain_click(ev: &leptos::ev::MouseEvent) -> bool {
    ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key())
}

/// A link within the page to another state of it: `target` of the reader's current state.
/// Its address is the target from the default state, the canonical link that a new tab or a
/// copied link opens; it is worked out once, so filtering or switching views does not redo
/// hundreds of links. A plain click applies the target to the reader's own state instead,
/// keeping their choices, after marking `place` in the current history entry so that Back
/// returns them to where they clicked.
///
/// The moves are boxed rather than generic so that the link's view code exists once in the
/// wasm, not once per kind of link.
#[component]
pub fn JumpLink(
    place: Move,
    target: Move,
    #[prop(optional)] class: &'static str,
    children: Children,
) -> impl IntoView {
    let state = use_state();
    let href = href_for(&target(&UrlState::default_for(outline())));
    let on_click = move |ev: leptos::ev::MouseEvent| {
        if plain_click(&ev) {
            ev.prevent_default();
            let here = place(&state.url_state_untracked());
            let there = target(&here);
            state.follow(here, there);
        }
    };
    view! {
        <a class=class href=href on:click=on_click>
            {children()}
        </a>
    }
}

/// The address of another state of the page, relative to the page (`?view=…`): it works
/// when opened in a new tab or copied, wherever the page is hosted, and it reads nothing
/// from the browser, so the pre-rendered links are the ones the app keeps.
fn href_for(state: &UrlState) -> String {
    match state.to_query(outline()) {
        query if query.is_empty() => "?".to_owned(),
        query => query,
    }
}

/// A move from one state of the page to another, for [`JumpLink`].
pub type Move = std::sync::Arc<dyn Fn(&UrlState) -> UrlState + Send + Sync>;

/// Wraps a move for [`JumpLink`].
pub fn to(f: impl Fn(&UrlState) -> UrlState + Send + Sync + 'static) -> Move {
    std::sync::Arc::new(f)
}

/// The move that stays put: for a link whose place is simply where the reader is.
pub fn here() -> Move {
    to(UrlState::clone)
}
