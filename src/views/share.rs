//! Sharing: "Copy link" and the "Embed" dialog, which builds the iframe code for what the
//! reader sees now (the WAI-ARIA dialog pattern: a native modal `<dialog>`, Escape closes,
//! focus returns to the button that opened it).

use crate::browser::copy_text;
use crate::data::{outline, record};
use crate::state::{use_state, AppState};
use leptos::html;
use leptos::prelude::*;
use leptos::task::spawn_local;
use model::embed::{iframe_code, DEFAULT_FRAME_ID, DEFAULT_HEIGHT};

/// The address of what the reader sees, absolute, with or without embed mode.
pub fn page_link(state: AppState, embed: bool) -> String {
    let mut url_state = state.url_state();
    url_state.embed = embed;
    let location = window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    format!("{origin}{path}{}", url_state.to_query(outline()))
}

/// The parent-side resizer shipped beside the page (`dist/embed.js`).
fn resizer_url() -> String {
    let here = window().location().href().unwrap_or_default();
    web_sys::Url::new_with_base("embed.js", &here)
        .map(|u| u.href())
        .unwrap_or_else(|_| "embed.js".into())
}

#[component]
pub fn ShareBar() -> impl IntoView {
    let state = use_state();
    let dialog = NodeRef::<html::Dialog>::new();
    let opener = NodeRef::<html::Button>::new();
    let code_field = NodeRef::<html::Textarea>::new();
    let link_field = NodeRef::<html::Textarea>::new();
    let status = RwSignal::new(String::new());

    let link = move || page_link(state, false);
    let code = move || {
        let title = format!("{}: an interactive explainer", record().meta.title);
        iframe_code(
            &page_link(state, true),
            &resizer_url(),
            &title,
            DEFAULT_FRAME_ID,
            DEFAULT_HEIGHT,
        )
    };
    let copy = move |text: String, field: NodeRef<html::Textarea>, what: &'static str| {
        spawn_local(async move {
            let done = copy_text(&text, field.get_untracked()).await;
            status.set(if done {
                format!("{what} copied.")
            } else {
                format!("Select the {what} and copy it.")
            });
        });
    };
    let open = move |_| {
        status.set(String::new());
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    };
    let close = move |_| {
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    view! {
        <div class="share">
            <button type="button" class="share-button" on:click=move |_| copy(link(), link_field, "Link")>"Copy link"</button>
            <button type="button" class="share-button" node_ref=opener on:click=open>"Embed"</button>
            <span class="share-status" role="status">{move || status.get()}</span>
        </div>
        <dialog class="embed-dialog" node_ref=dialog aria-labelledby="embed-title"
            on:close=move |_| { if let Some(b) = opener.get() { let _ = b.focus(); } }>
            <h2 id="embed-title">"Embed this explainer"</h2>
            <p>
                "Paste the code into your article. It shows the current view with your choices, without the page's "
                "header, and the script beside it keeps the frame as tall as its content."
            </p>
            <label for="embed-code">"Embed code"</label>
            <textarea id="embed-code" readonly rows="6" node_ref=code_field prop:value=code></textarea>
            <button type="button" on:click=move |_| copy(code(), code_field, "Embed code")>"Copy code"</button>
            <label for="embed-link">"Link to this view"</label>
            <textarea id="embed-link" readonly rows="2" node_ref=link_field prop:value=link></textarea>
            <button type="button" on:click=move |_| copy(link(), link_field, "Link")>"Copy link"</button>
            <p class="note">
                "The frame also reports its height in the Pym.js, Datawrapper and AMP formats, so pages that already use "
                "those need no script. Sites with a strict Content-Security-Policy can host embed.js themselves."
            </p>
            <p class="dialog-status" role="status">{move || status.get()}</p>
            <button type="button" class="dialog-close" on:click=close>"Close"</button>
        </dialog>
    }
}
