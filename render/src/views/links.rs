//! Links within the page to another state of it (an event, an issue, a cell, a stance).
//!
//! Each link's address is its move applied to the default state: the canonical link that a
//! new tab or a copied link opens, wherever the page is hosted (it is relative to the page
//! being drawn: `../timeline/?event=…`).
//! The move itself is written into `data-go`, and where the reader stands when they click
//! into `data-place`, so the browser's script can apply the move to the reader's own state
//! instead, keeping their choices, and mark the place in the history entry so that Back
//! returns them there (`controls/links.rs`).

use crate::drawing::{card, link_to, outline, search_index};
use leptos::prelude::*;
use model::moves::Move;
use model::url_state::UrlState;

#[component]
pub fn JumpLink(
    go: Move,
    /// Where the reader is when they click: a move from their state to it. None when the
    /// place is simply where they are.
    #[prop(optional)]
    place: Option<Move>,
    #[prop(optional)] class: &'static str,
    /// The id of the element the reader continues from, when not the link's target itself.
    #[prop(optional, into)]
    focus: Option<String>,
    children: Children,
) -> impl IntoView {
    let o = outline();
    let href = link_to(&go.apply(&UrlState::default_for(o), o, search_index()));
    // On a card, a link opens the full explainer in a tab of its own (the card's `<base
    // target>`): the script leaves it to the browser.
    let in_page = card().is_none();
    view! {
        <a class=class href=href data-go=in_page.then(|| go.attr(o))
            data-place=place.filter(|_| in_page).map(|p| p.attr(o))
            data-focus=focus.filter(|_| in_page)>
            {children()}
        </a>
    }
}
