//! The browser app's entry point (Trunk builds it to WebAssembly).
//!
//! In the wasm, `start` is called by the JS glue once the module is instantiated, without
//! Rust's `main` and the set-up of `std`'s runtime around it (a thread handle and its id for
//! the main thread, and their panic messages), which the script does not use: about 900 bytes less (350 gzip).
#![cfg_attr(target_arch = "wasm32", no_main)]

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
fn start() {
    peace_talks_explainer::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This binary is the browser app: build it with `trunk build --release`. `cargo run -p render --bin prerender` renders its HTML.");
}
