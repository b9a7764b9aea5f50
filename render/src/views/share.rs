//! Copy link and the Embed dialog, drawn empty: the browser's script (`controls/share.rs`)
//! writes the link and the embed code for the reader's current state when asked. The dialog
//! embeds the whole view (the share bar's Embed button) or one card ([`EmbedCard`] buttons
//! beside an issue, the maps, the plans and each event): its words for both are drawn here,
//! and the script shows the ones that apply.

use crate::drawing::outline;
use crate::words::tr;
use common::hooks::{
    Action, DIALOG_STATUS, EMBED_CODE, EMBED_DIALOG, EMBED_LINK, EMBED_OPEN, EMBED_PREVIEW,
    FOR_CARD, FOR_VIEW, SHARE_STATUS,
};
use leptos::prelude::*;
use model::cards::Card;

/// A button that opens the Embed dialog on `card`: quiet, like a permalink, and only with
/// the script. None on a card's own page, which has no dialog.
#[component]
pub fn EmbedCard(card: Card, children: Children) -> impl IntoView {
    crate::drawing::card().is_none().then(|| {
        view! {
            <button type="button" class="embed-card needs-app" data-action=Action::EmbedCard.attr()
                data-card=card.name(outline())>
                {children()}
            </button>
        }
    })
}

#[component]
pub fn ShareBar() -> impl IntoView {
    view! {
        <div class="share needs-app">
            <button type="button" class="share-button button" data-action=Action::CopyLink.attr()>{tr("Copy link")}</button>
            // Shown by assets/start.js where the device has its own sharing (the Web Share API).
            <button type="button" class="share-button button" data-share="" hidden>{tr("Share")}</button>
            <button type="button" class="share-button button" id=EMBED_OPEN data-action=Action::OpenEmbed.attr()>{tr("Embed")}</button>
            <span class=SHARE_STATUS role="status"></span>
        </div>
        <dialog class="embed-dialog" id=EMBED_DIALOG aria-labelledby="embed-title">
            // A hidden part of a heading or label is left out of the name it gives.
            <h2 id="embed-title">
                <span class=FOR_VIEW>{tr("Embed this explainer")}</span>
                <span class=FOR_CARD hidden>{tr("Embed this card")}</span>
            </h2>
            <p class=FOR_VIEW>
                {tr("Paste the code into your article. It shows the current view with your choices, without the page's header, and the script beside it keeps the frame as tall as its content.")}
            </p>
            <p class=FOR_CARD hidden>
                {tr("Paste the code into your article. It shows this card as you see it below, at the date or with the texts you chose, and the script beside it keeps the frame as tall as its content.")}
            </p>
            <div class=format!("embed-preview-box {FOR_CARD}") hidden>
                <p class="embed-preview-label" aria-hidden="true">{tr("Preview")}</p>
                <iframe class="embed-preview" id=EMBED_PREVIEW title=tr("Preview of the card")></iframe>
            </div>
            <label for=EMBED_CODE>{tr("Embed code")}</label>
            <textarea class="input" id=EMBED_CODE readonly rows="6"></textarea>
            <button type="button" class="button" data-action=Action::CopyCode.attr()>{tr("Copy code")}</button>
            <label for=EMBED_LINK>
                <span class=FOR_VIEW>{tr("Link to this view")}</span>
                <span class=FOR_CARD hidden>{tr("Link to this card")}</span>
            </label>
            <textarea class="input" id=EMBED_LINK readonly rows="2"></textarea>
            <button type="button" class="button" data-action=Action::CopyLink.attr()>{tr("Copy link")}</button>
            <p class="note">
                {tr("The frame also reports its height in the Pym.js, Datawrapper and AMP formats, so pages that already use those need no script. Sites with a strict Content-Security-Policy can host embed.js themselves.")}
            </p>
            <p class=DIALOG_STATUS role="status"></p>
            <button type="button" class="dialog-close button" data-action=Action::CloseEmbed.attr()>{tr("Close")}</button>
        </dialog>
    }
}
