//! What only a card's page has (`model::cards`): the notices of what its address asks that
//! it cannot show, and its credit line's link to the same state in the full explainer.

use super::address::{self, explainer_link};
use super::dom::{all, of_class, set_attr, set_hidden, window};
use super::page::Page;
use crate::data::outline;
use crate::hooks::{CARD_CREDIT, PROBLEM_ATTR};

/// Shows the notice of each thing the address asks that the card cannot show: the card
/// shows its default for it instead.
pub fn start() {
    let Some(card) = address::card() else {
        return;
    };
    let search = window().location().search().unwrap_or_default();
    for problem in card.problems(&search, outline()) {
        for notice in all(&format!("[{PROBLEM_ATTR}=\"{}\"]", problem.slug())) {
            set_hidden(&notice, false);
        }
    }
}

/// Keeps the credit line's link on the card's state.
pub fn draw(page: &Page) {
    if address::card().is_none() {
        return;
    }
    for link in all(&of_class(CARD_CREDIT)) {
        set_attr(&link, "href", &explainer_link(&page.state));
    }
}
