//! The browser's script: the WebAssembly that makes the pre-rendered pages' controls work.
//! The pages themselves, every word of them, are drawn at build time by the renderer
//! (`render/`); this script attaches to that markup (`controls/`): the "as of" control, the
//! pickers, the timeline's filters, the tracks picture, the links between stances and
//! events, switching views without a reload, sharing and embedding. It knows the record only
//! by its outline (ids, dates and links, from `common`), so it carries none of the record's
//! words; it reads the few it needs from the page.
//!
//! The hooks it looks for, the words it writes and the tracks picture's geometry are shared
//! with the renderer through `common`; its logic (dates, filters, URL state, link moves) is
//! in `model`, tested natively.

#[cfg(any(target_arch = "wasm32", test))]
mod heap;

/// A small allocator in place of Rust's default (`heap.rs`): 3 KB less gzip.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static HEAP: heap::Heap<heap::Wasm> = heap::Heap::new(heap::Wasm);

#[cfg(target_arch = "wasm32")]
mod controls;

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
