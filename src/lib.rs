//! The explainer's app: Leptos views over the record that `build.rs` generates from `data/`.
//! The logic they rely on (dates, filters, URL state) lives in the `model` crate, which is
//! tested natively.
//!
//! The app runs twice. At build time it is rendered natively (`src/bin/prerender.rs`) into
//! the HTML that `dist/index.html` serves, so readers see the content before any
//! WebAssembly arrives and without JavaScript at all; in the browser it then hydrates that
//! markup, taking over the elements already on the page.

mod browser;
mod data;
pub mod downloads;
mod embed;
mod state;
mod theme;
mod url_sync;
mod views;

/// Hydrates the pre-rendered page: attaches the app to the markup already in `<body>`.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    // A panic, such as a failed hydration when something has put other nodes into <body>
    // first, then says what went wrong in the console rather than just "unreachable".
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_body(views::App);
}

/// The page's `<body>` content, as the browser will find it before the app starts: the
/// default view of the record, outside any frame.
#[cfg(not(target_arch = "wasm32"))]
pub fn render_body() -> String {
    use leptos::prelude::*;
    // Selectors and effects hand their update loops to an executor. The page is rendered
    // once and nothing ever changes afterwards, so those loops are dropped unrun.
    let _ = any_spawner::Executor::init_custom_executor(RunNothing);
    Owner::new().with(|| views::App().to_html())
}

#[cfg(not(target_arch = "wasm32"))]
struct RunNothing;

#[cfg(not(target_arch = "wasm32"))]
impl any_spawner::CustomExecutor for RunNothing {
    fn spawn(&self, _: any_spawner::PinnedFuture<()>) {}
    fn spawn_local(&self, _: any_spawner::PinnedLocalFuture<()>) {}
    fn poll_local(&self) {}
}
