//! The explainer: one page with every word of the record, drawn at build time, and a small
//! script that makes its controls work in the browser.
//!
//! - At build time the Leptos views (`views/`) are rendered natively (`src/bin/prerender.rs`)
//!   into `dist/index.html`: the state of play, the positions table with every version of
//!   every stance, the timeline, the people and the sources. Readers see it all before any
//!   WebAssembly arrives, and without JavaScript at all.
//! - In the browser, the WebAssembly (`controls/`) attaches to that markup: the tabs, the
//!   "as of" control, the pickers, the timeline's filters, the tracks picture, the links
//!   between stances and events, and sharing and embedding. It knows the record only by its
//!   outline (ids, dates and links), so it carries none of the record's words; it reads the
//!   few it needs (event titles for the picture, the timeline's text for search) from the
//!   page.
//!
//! The logic both sides rely on (dates, filters, URL state, link moves, the picture's
//! geometry) lives in the `model` crate, which is tested natively.

mod data;
#[cfg(any(target_arch = "wasm32", test))]
mod heap;
mod labels;
mod picture;

/// A small allocator in place of Rust's default (`heap.rs`): 3 KB less gzip.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static HEAP: heap::Heap<heap::Wasm> = heap::Heap::new(heap::Wasm);

#[cfg(target_arch = "wasm32")]
mod controls;

#[cfg(not(target_arch = "wasm32"))]
mod downloads;
#[cfg(not(target_arch = "wasm32"))]
mod head;
#[cfg(test)]
mod snapshots;
#[cfg(not(target_arch = "wasm32"))]
mod views;
#[cfg(not(target_arch = "wasm32"))]
mod words;

/// Makes the pre-rendered page's controls work.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    // A panic then says what went wrong in the console rather than just "unreachable".
    std::panic::set_hook(Box::new(say_panic));
    controls::start();
}

/// Logs a panic as an error in the console: its message and where in the source, with the
/// stack that the browser shows for an `Error`.
#[cfg(target_arch = "wasm32")]
fn say_panic(info: &std::panic::PanicHookInfo) {
    let mut said = String::from("panicked");
    if let Some(at) = info.location() {
        said += " at ";
        said += at.file();
        said += ":";
        said += &at.line().to_string();
    }
    if let Some(message) = info.payload_as_str() {
        said += ": ";
        said += message;
    }
    web_sys::console::error_1(&js_sys::Error::new(&said).into());
}

/// One edition of the page: its `<head>` tags (`head.rs`) and its `<body>` content, the
/// record drawn in its default state, in `lang`.
#[cfg(not(target_arch = "wasm32"))]
pub fn render(lang: model::lang::Lang) -> (String, String) {
    use leptos::prelude::*;
    data::in_language(lang, || {
        (
            head::head_tags(),
            Owner::new().with(|| views::App().to_html()),
        )
    })
}

/// Writes the data downloads of `lang`'s edition into `dir` (see `downloads.rs`).
#[cfg(not(target_arch = "wasm32"))]
pub fn write_downloads(lang: model::lang::Lang, dir: &std::path::Path) -> Result<(), String> {
    data::in_language(lang, || downloads::write_all(dir))
}
