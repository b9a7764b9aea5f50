//! The browser app's entry point (Trunk builds it to WebAssembly).

fn main() {
    #[cfg(target_arch = "wasm32")]
    peace_talks_explainer::start();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("This binary is the browser app: build it with `trunk build --release`. `cargo run --bin prerender` renders its HTML.");
}
