//! Copy link and the Embed dialog, drawn empty: the browser's script (`controls/share.rs`)
//! writes the link and the embed code for the reader's current state when asked.

use crate::hooks::{
    Action, DIALOG_STATUS, EMBED_CODE, EMBED_DIALOG, EMBED_LINK, EMBED_OPEN, SHARE_STATUS,
};
use crate::words::tr;
use leptos::prelude::*;

#[component]
pub fn ShareBar() -> impl IntoView {
    view! {
        <div class="share needs-app">
            <button type="button" class="share-button button" data-action=Action::CopyLink.attr()>{tr("Copy link")}</button>
            <button type="button" class="share-button button" id=EMBED_OPEN data-action=Action::OpenEmbed.attr()>{tr("Embed")}</button>
            <span class=SHARE_STATUS role="status"></span>
        </div>
        <dialog class="embed-dialog" id=EMBED_DIALOG aria-labelledby="embed-title">
            <h2 id="embed-title">{tr("Embed this explainer")}</h2>
            <p>
                {tr("Paste the code into your article. It shows the current view with your choices, without the page's header, and the script beside it keeps the frame as tall as its content.")}
            </p>
            <label for=EMBED_CODE>{tr("Embed code")}</label>
            <textarea class="input" id=EMBED_CODE readonly rows="6"></textarea>
            <button type="button" class="button" data-action=Action::CopyCode.attr()>{tr("Copy code")}</button>
            <label for=EMBED_LINK>{tr("Link to this view")}</label>
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
