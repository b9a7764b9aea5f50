//! The addresses published in other people's articles (`tests/addresses.json`): each lands
//! on its canonical form, which must be an address this build reads and writes back as it
//! is. The browser test (`tests/browser/addresses.test.mjs`) follows each published form to
//! its landing; this checks the landings against the parser, natively.

use crate::drawing::outline;
use model::cards::Card;
use model::url_state::{UrlState, View};
use std::path::Path;

/// The fixture's pairs: (published, lands).
fn published() -> Vec<(String, String)> {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/addresses.json");
    let text = std::fs::read_to_string(&file).unwrap();
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    json["addresses"]
        .as_array()
        .expect("tests/addresses.json has a list of addresses")
        .iter()
        .map(|a| {
            let text = |key: &str| {
                a[key]
                    .as_str()
                    .unwrap_or_else(|| panic!("{a}: no {key}"))
                    .to_owned()
            };
            (text("published"), text("lands"))
        })
        .collect()
}

#[test]
fn every_landing_is_canonical() {
    let pairs = published();
    assert!(
        pairs.len() >= 20,
        "the fixture lists {} addresses",
        pairs.len()
    );
    for (from, lands) in pairs {
        // The edition's folder comes first; the rest is the address within the edition.
        let within = lands.strip_prefix("uk/").unwrap_or(&lands);
        let written = match card_at(within) {
            Some((card, query)) => card.address(&card.state(query, outline()), outline()),
            None => UrlState::parse_address(within, outline()).to_address(outline()),
        };
        assert_eq!(
            written, within,
            "{from:?} lands on {lands:?}, which this build would write differently"
        );
    }
    let cards = published()
        .iter()
        .filter(|(_, lands)| lands.contains("cards/"))
        .count();
    assert!(cards >= 10, "the fixture lists {cards} card addresses");
}

/// The card at an address within an edition (`cards/land/?asof=…`), with its query.
fn card_at(address: &str) -> Option<(Card, &str)> {
    let path = address.split('?').next().unwrap_or(address);
    Some((Card::at(path, outline())?, &address[path.len()..]))
}

#[test]
fn a_published_query_keeps_its_meaning_on_its_page() {
    // What start.js leaves to the app: the query without `view`, on the view's page.
    for (from, lands) in published() {
        let query = from.find('?').map_or("", |i| &from[i..]);
        let kept: Vec<&str> = query
            .trim_start_matches('?')
            .split('&')
            .filter(|pair| !pair.is_empty() && !pair.starts_with("view="))
            .collect();
        let within = lands.strip_prefix("uk/").unwrap_or(&lands);
        if let Some((card, query)) = card_at(within) {
            let o = outline();
            assert_eq!(
                card.state(&kept.join("&"), o),
                card.state(query, o),
                "{from:?}"
            );
            continue;
        }
        let on_page = UrlState::parse_address(within, outline());
        let from_query = UrlState {
            view: on_page.view,
            ..UrlState::parse(&kept.join("&"), outline())
        };
        assert_eq!(from_query, on_page, "{from:?} → {lands:?}");
    }
}

#[test]
fn the_start_script_knows_every_view_and_its_folder() {
    // assets/start.js moves old `?view=` links before the wasm runs, so it keeps its own
    // list of the views; it must be View::ALL's, and each view's folder its slug (the rule
    // it follows: `${asked}/`, the positions at the root).
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("../assets/start.js");
    let script = std::fs::read_to_string(file).unwrap();
    let slugs: Vec<String> = View::ALL
        .iter()
        .map(|v| format!("'{}'", v.slug()))
        .collect();
    let list = format!("const views = [{}];", slugs.join(", "));
    assert!(script.contains(&list), "start.js should say {list}");
    for view in View::ALL {
        let folder = match view {
            View::Positions => String::new(),
            _ => format!("{}/", view.slug()),
        };
        assert_eq!(view.folder(), folder, "{view:?}");
    }
}
