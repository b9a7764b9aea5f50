//! The interface's words in the edition being drawn (build time only). The views are written
//! in English, each interface text wrapped in [`tr`] (or [`trf`] when it has blanks to fill);
//! `uk.json` gives every such English text its Ukrainian version. A text without one stops
//! the Ukrainian pre-render with its English words named, so no English is left behind.
//!
//! The record's own words come translated from `data/uk/` (see `model::record::translation`),
//! and the few words the browser's script writes are in `labels.rs`.

use crate::drawing::lang;
use model::date::{Date, When};
use model::lang::Lang;
use std::collections::HashMap;
use std::sync::OnceLock;

/// English interface text → Ukrainian, from `uk.json`.
pub fn ukrainian() -> &'static HashMap<String, String> {
    static UK: OnceLock<HashMap<String, String>> = OnceLock::new();
    UK.get_or_init(|| {
        serde_json::from_str(include_str!("uk.json")).unwrap_or_else(|e| {
            panic!("render/src/words/uk.json is not a JSON object of texts: {e}")
        })
    })
}

/// `english`, in the language being drawn.
pub fn tr(english: &'static str) -> &'static str {
    match lang() {
        Lang::En => english,
        Lang::Uk => match ukrainian().get(english) {
            Some(text) => {
                used(english);
                text
            }
            None => panic!(
                "render/src/words/uk.json has no Ukrainian for the interface text {english:?}"
            ),
        },
    }
}

/// `english` in the language being drawn, with each `{name}` filled: `trf("Since {date}",
/// &[("date", &day)])`.
pub fn trf(english: &'static str, blanks: &[(&str, &str)]) -> String {
    model::lang::fill(tr(english), blanks)
}

/// "22 January 2026" / "22 січня 2026".
pub fn long_date(day: Date) -> String {
    lang().long_date(day)
}

/// "22 Jan 2026" / "22 січ. 2026".
pub fn short_date(day: Date) -> String {
    lang().short_date(day)
}

/// "14–15 Dec 2025" / "14–15 груд. 2025".
pub fn short_when(when: When) -> String {
    lang().short_when(when)
}

thread_local! {
    /// The English texts looked up so far, so a test can find entries of `uk.json` that no
    /// view uses any more.
    static USED: std::cell::RefCell<std::collections::BTreeSet<&'static str>> =
        const { std::cell::RefCell::new(std::collections::BTreeSet::new()) };
}

fn used(english: &'static str) {
    USED.with(|u| u.borrow_mut().insert(english));
}

/// The English texts the Ukrainian drawing has looked up on this thread.
#[cfg(test)]
pub fn looked_up() -> std::collections::BTreeSet<&'static str> {
    USED.with(|u| u.borrow().clone())
}

/// A count in the language being drawn: `count("{n} event{|s}", 3)` (see `Lang::counted`).
pub fn count(english: &'static str, n: usize) -> String {
    lang().counted(tr(english), n as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The Ukrainian pages, every view's and every card's, with and without the host's
    /// address, and the sharing pictures (drawing records what it looked up).
    fn ukrainian_page() -> String {
        let sites = [None, Some("https://example.org/")];
        let views = model::url_state::View::ALL
            .into_iter()
            .flat_map(|view| sites.map(|site| crate::render(Lang::Uk, view, site)));
        let cards = crate::cards()
            .into_iter()
            .map(|card| crate::render_card(Lang::Uk, card, None));
        let pages: String = views
            .chain(cards)
            .map(|(head, body)| format!("{head}{body}"))
            .chain(pictures())
            .collect();
        // The page for unknown addresses has both languages on purpose: drawn for what it
        // looks up, not scanned for English.
        crate::render_not_found(None);
        pages
            + &crate::render_feed(Lang::Uk, Some("https://example.org/")).1
            + &crate::render_search_index(Lang::Uk).1
    }

    /// Every sharing picture's words in Ukrainian, and its description.
    fn pictures() -> Vec<String> {
        use crate::share_image::{alt, every_picture, svg};
        crate::drawing::in_language(Lang::Uk, || {
            every_picture()
                .iter()
                .map(|picture| svg(Lang::Uk, picture) + &alt(picture))
                .collect()
        })
    }

    #[test]
    fn every_interface_text_is_in_ukrainian_and_none_is_left_over() {
        // Drawing panics on an interface text without its Ukrainian version.
        let page = ukrainian_page();
        // Texts the real record happens not to need: every region status, the state-media
        // list's other wordings (the record has claims on state media alone, but none of
        // these kinds), and "New" (no text yet addresses a point an earlier one left out).
        crate::drawing::in_language(Lang::Uk, || {
            for status in model::land::RegionStatus::ALL {
                tr(status.words());
            }
            for text in [
                "None: every claim shown also has an independent source.",
                "State of play: {text}",
                "Event: {text}",
                "Correction: {text}",
                "New",
                // No peace text is dated after the snapshot yet.
                "Peace text after the snapshot",
            ] {
                tr(text);
            }
        });
        let used = looked_up();
        let unused: Vec<&String> = ukrainian()
            .keys()
            .filter(|k| !used.contains(k.as_str()))
            .collect();
        assert!(
            unused.is_empty(),
            "uk.json has texts no view uses: {unused:?}"
        );
        // No English sentence of the interface is left in the page.
        let left: Vec<&String> = ukrainian()
            .keys()
            .filter(|english| english.trim().contains(' ') && page.contains(english.trim()))
            .collect();
        assert!(
            left.is_empty(),
            "English left in the Ukrainian page: {left:?}"
        );
        assert!(page.contains("Позиції сторін"));
    }

    #[test]
    fn blanks_and_counts_are_filled_in_the_language_drawn() {
        crate::drawing::in_language(Lang::Uk, || {
            assert_eq!(
                trf(
                    "Back to {date}",
                    &[("date", &long_date(Date::new(2026, 1, 22)))]
                ),
                "Повернутися до 22 січня 2026"
            );
            assert_eq!(
                count("{n} event{|s} in the timeline", 2),
                "2 події у хроніці"
            );
            assert_eq!(short_when(When::On(Date::new(2025, 4, 0))), "квіт. 2025");
        });
        crate::drawing::in_language(Lang::En, || {
            assert_eq!(
                count("{n} event{|s} in the timeline", 1),
                "1 event in the timeline"
            );
            assert_eq!(tr("Timeline"), "Timeline");
        });
    }
}
