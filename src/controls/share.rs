//! Copy link and the Embed dialog: the link and the embed code for the reader's current state.

use super::address::page_link;
use super::clipboard::copy_text;
use super::dom::{all, by_id, focus, page_lang, query, set_text};
use super::page::Page;
use crate::hooks::{
    DIALOG_STATUS, EMBED_CODE, EMBED_DIALOG, EMBED_LINK, EMBED_OPEN, MASTHEAD, SHARE_STATUS,
    START_SCRIPT,
};
use crate::labels::{copy_result, frame_title, Copied};
use model::embed::{iframe_code, DEFAULT_FRAME_ID, DEFAULT_HEIGHT};
use wasm_bindgen::JsCast;
use web_sys::{HtmlDialogElement, HtmlTextAreaElement};

/// Fills the dialog's fields for the current state and opens it.
pub fn open(page: &Page) {
    fill(page);
    say("");
    if let Some(dialog) = dialog() {
        let _ = dialog.show_modal();
    }
}

pub fn close() {
    if let Some(dialog) = dialog() {
        dialog.close();
    }
}

/// The dialog closed (its button, or Escape): the focus goes back to the Embed button.
pub fn closed() {
    if let Some(opener) = by_id(EMBED_OPEN) {
        focus(&opener);
    }
}

pub fn copy_link(page: &Page) {
    fill(page);
    copy(page_link(&page.state, false), EMBED_LINK, Copied::Link);
}

pub fn copy_code(page: &Page) {
    fill(page);
    copy(code(page), EMBED_CODE, Copied::Code);
}

/// The iframe and script to paste into an article, for the current state in embed mode.
fn code(page: &Page) -> String {
    let title = query(&format!(".{MASTHEAD} h1"))
        .and_then(|h| h.text_content())
        .unwrap_or_default();
    iframe_code(
        &page_link(&page.state, true),
        &resizer_url(),
        &frame_title(page_lang(), title.trim()),
        DEFAULT_FRAME_ID,
        DEFAULT_HEIGHT,
    )
}

/// Where the embed script lives: beside start.js (and the other assets), wherever the page
/// is hosted; the Ukrainian edition's page is one folder below them.
fn resizer_url() -> String {
    // The script element's `src` property is its full address, resolved when the page
    // loaded: the address bar has moved since if the reader switched views.
    let start = by_id(START_SCRIPT)
        .and_then(|script| js_sys::Reflect::get(&script, &"src".into()).ok())
        .and_then(|src| src.as_string())
        .unwrap_or_else(|| "start.js".into());
    web_sys::Url::new_with_base("embed.js", &start)
        .map(|u| u.href())
        .unwrap_or_else(|_| "embed.js".into())
}

/// Writes the code and the link into the dialog's fields, where the reader can also select
/// them by hand.
fn fill(page: &Page) {
    for (id, text) in [
        (EMBED_CODE, code(page)),
        (EMBED_LINK, page_link(&page.state, false)),
    ] {
        if let Some(field) = field(id) {
            field.set_value(&text);
        }
    }
}

fn copy(text: String, fallback: &'static str, what: Copied) {
    copy_text(&text, field(fallback), move |done| {
        say(copy_result(page_lang(), what, done))
    });
}

/// Says how a copy went, in the share bar and in the dialog.
fn say(text: &str) {
    for status in all(&format!(".{SHARE_STATUS}, .{DIALOG_STATUS}")) {
        set_text(&status, text);
    }
}

fn dialog() -> Option<HtmlDialogElement> {
    by_id(EMBED_DIALOG)?.dyn_into().ok()
}

fn field(id: &str) -> Option<HtmlTextAreaElement> {
    by_id(id)?.dyn_into().ok()
}
