//! "Compare the plans": the document chips, the columns they show, and in each shown column
//! after the first, the change marks against its left-hand neighbour. Every column and mark
//! is in the page (`views/plans.rs`); this only shows and hides them by their ids.

use super::dom::{all, page_lang, set_attr, set_hidden, set_opt_attr};
use super::page::{edit, Page};
use super::pickers::{chips, span_groups};
use common::hooks::{pair, Toggle, CHANGE, DOCUMENT_ATTR, PAIR_ATTR, PLANS_TABLE};
use common::labels::{document_refusal, refusal};
use common::outline;
use model::types::DocumentId;
use model::url_state::UrlState;

pub fn draw(state: &UrlState) {
    let o = outline();
    let chosen = &state.documents;
    let ids: Vec<&str> = chosen.iter().map(|d| o.document(*d).id).collect();
    for d in o.document_ids() {
        let on = chosen.contains(&d);
        // A chip that cannot change the comparison says why rather than silently doing nothing.
        let refused = document_refusal(chosen.len(), on);
        for chip in chips(Toggle::Document(d)) {
            set_attr(&chip, "aria-pressed", if on { "true" } else { "false" });
            set_opt_attr(&chip, "aria-disabled", refused.map(|_| "true"));
            set_opt_attr(&chip, "title", refused.map(|why| refusal(page_lang(), why)));
        }
    }
    for el in all(&format!("table.{PLANS_TABLE} [{DOCUMENT_ATTR}]")) {
        let id = el.get_attribute(DOCUMENT_ATTR).unwrap_or_default();
        set_hidden(&el, !ids.contains(&id.as_str()));
    }
    let pairs: Vec<String> = chosen.windows(2).map(|w| pair(w[0], w[1])).collect();
    for mark in all(&format!("table.{PLANS_TABLE} .{CHANGE}")) {
        let pair = mark.get_attribute(PAIR_ATTR).unwrap_or_default();
        set_hidden(&mark, !pairs.contains(&pair));
    }
    span_groups(PLANS_TABLE, chosen.len() + 1);
}

/// A document chip was pressed.
pub fn toggle(page: &mut Page, document: DocumentId) {
    edit(page, |s| {
        s.toggle_document(document);
    });
}
