//! Copying text to the clipboard, for Copy link and the Embed dialog.

use js_sys::{Function, Promise, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlDocument, HtmlTextAreaElement};

/// Copies text to the clipboard: the async Clipboard API where the page may use it, else the
/// older select-and-copy on `fallback` (a text field holding the same text). Returns whether
/// the copy was made as far as the page can tell.
pub async fn copy_text(text: &str, fallback: Option<HtmlTextAreaElement>) -> bool {
    if let Some(promise) = clipboard_write(text) {
        if wasm_bindgen_futures::JsFuture::from(promise).await.is_ok() {
            return true;
        }
    }
    let Some(field) = fallback else { return false };
    field.select();
    document()
        .dyn_into::<HtmlDocument>()
        .ok()
        .and_then(|d| d.exec_command("copy").ok())
        .unwrap_or(false)
}

/// `navigator.clipboard.writeText(text)`, looked up at run time: it is missing in older
/// browsers and in insecure contexts.
fn clipboard_write(text: &str) -> Option<Promise> {
    let clipboard = Reflect::get(&window().navigator(), &"clipboard".into())
        .ok()
        .filter(|c| c.is_object())?;
    let write: Function = Reflect::get(&clipboard, &"writeText".into())
        .ok()?
        .dyn_into()
        .ok()?;
    write
        .call1(&clipboard, &JsValue::from_str(text))
        .ok()?
        .dyn_into()
        .ok()
}
