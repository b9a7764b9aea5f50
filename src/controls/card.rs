//! What only a card's page has (`model::cards`): the notices of what its address asks that
//! it cannot show. Its credit line's link is kept on its state with the other links out to
//! the explainer (`masthead.rs`).

use super::address;
use super::dom::{all, set_hidden, window};
use common::hooks::PROBLEM_ATTR;
use common::outline;

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
