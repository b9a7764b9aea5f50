//! Small browser services the views share: copying text and downloading a file.

use js_sys::{Array, Function, Promise, Reflect};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlDocument, HtmlTextAreaElement, Url};

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

/// Offers `content` to the reader as a file download, built in the page: nothing is fetched.
pub fn download(name: &str, mime: &str, content: &str) {
    let parts = Array::of1(&JsValue::from_str(content));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(link) = document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<HtmlAnchorElement>().ok())
    {
        link.set_href(&url);
        link.set_download(name);
        link.click();
    }
    // Some browsers read the file after click() returns: release it a little later.
    set_timeout(
        move || drop(Url::revoke_object_url(&url)),
        std::time::Duration::from_secs(10),
    );
}
