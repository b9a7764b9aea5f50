//! The explainer's browser app: a Leptos client-side app over the record that `build.rs`
//! generates from `data/`. The logic it relies on (dates, filters, URL state) lives in the
//! `model` crate, which is tested natively.

mod browser;
mod data;
mod embed;
mod state;
mod theme;
mod url_sync;
mod views;

/// Mounts the app into the page's `<body>`.
pub fn start() {
    leptos::mount::mount_to_body(views::App);
}
