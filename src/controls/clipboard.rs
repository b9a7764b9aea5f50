//! Copying text to the clipboard, for Copy link and the Embed dialog.

use super::dom::{document, window};
use js_sys::{Function, Promise, Reflect};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlDocument, HtmlTextAreaElement};

/// Copies text to the clipboard, then calls `done` with whether the copy was made as far as
/// the page can tell: the async Clipboard API where the page may use it, else the older
/// select-and-copy on `fallback` (a text field holding the same text).
pub fn copy_text(
    text: &str,
    fallback: Option<HtmlTextAreaElement>,
    done: impl FnOnce(bool) + 'static,
) {
    let Some(promise) = clipboard_write(text) else {
        done(select_and_copy(fallback));
        return;
    };
    // One of the two callbacks runs, once; they share `done`.
    let done = Rc::new(RefCell::new(Some(done)));
    let finish = move |copied: bool| {
        if let Some(done) = done.borrow_mut().take() {
            done(copied || select_and_copy(fallback));
        }
    };
    let on_error = finish.clone();
    let ok = Closure::<dyn FnMut(JsValue)>::once(move |_: JsValue| finish(true));
    let failed = Closure::<dyn FnMut(JsValue)>::once(move |_: JsValue| on_error(false));
    let _ = promise.then2(&ok, &failed);
    // Each copy leaves two small callbacks behind: a copy is a rare, deliberate act.
    ok.forget();
    failed.forget();
}

fn select_and_copy(field: Option<HtmlTextAreaElement>) -> bool {
    let Some(field) = field else { return false };
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
