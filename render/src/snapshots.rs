//! A digest of each page the build draws (every view's and every card's), held in `tests/snapshots/pages.txt`: the test fails
//! when a page changes, so a refactor can show that it changed no output, and a data edit
//! shows which pages it changes. After an intended change, write the new digests with
//! `UPDATE_SNAPSHOTS=1 cargo test -p render snapshots` and commit them with the change.

use model::lang::Lang;
use model::url_state::View;
use std::path::Path;

/// FNV-1a, 64 bits: enough to tell a changed page, and the same on every machine and Rust
/// version (std's hasher promises neither).
fn digest(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// One line per page: its edition and view (or card), its digest and its length.
fn lines() -> String {
    let line = |name: &str, what: &str, (head, body): (String, String)| {
        let page = format!("{head}{body}");
        format!(
            "{name} {what:9} {:016x} {} bytes\n",
            digest(&page),
            page.len()
        )
    };
    let editions = [(Lang::En, "en"), (Lang::Uk, "uk")];
    let views = editions.into_iter().flat_map(|(lang, name)| {
        View::ALL.map(|view| line(name, view.slug(), crate::render(lang, view, None)))
    });
    let cards = editions.into_iter().flat_map(|(lang, name)| {
        crate::cards().into_iter().map(move |card| {
            let what = format!("card {}", crate::card_name(card));
            line(name, &what, crate::render_card(lang, card, None))
        })
    });
    views.chain(cards).collect()
}

#[test]
fn the_digest_is_fnv_1a() {
    // The published test vectors of FNV-1a 64.
    assert_eq!(digest(""), 0xcbf2_9ce4_8422_2325);
    assert_eq!(digest("a"), 0xaf63_dc4c_8601_ec8c);
}

#[test]
fn every_page_is_as_recorded() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/snapshots/pages.txt");
    let now = lines();
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&file, &now).unwrap();
        return;
    }
    let recorded = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(
        now == recorded,
        "the pages changed:\n{now}was:\n{recorded}If that is intended, run \
         UPDATE_SNAPSHOTS=1 cargo test -p render snapshots and commit tests/snapshots/pages.txt"
    );
}
