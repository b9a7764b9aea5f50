//! The stances' other versions. The positions page carries each cell's version at the
//! snapshot; every version is in `stance-versions.html` beside it, fetched when the reader
//! comes near the "as of" control (or a link asks for another date) and slotted into the
//! cells in date order. Until it is here the table is `aria-busy`, and a cell whose version
//! for the date is missing shows nothing rather than another day's (`as_of.rs`).

use super::address;
use super::as_of;
use super::dom::{by_id, having, of_class, query, set_attr, within};
use super::page::with_page;
use super::pages::fetch_document;
use common::hooks::{
    ALL_VERSIONS_ATTR, CELL_ATTR, FROM_ATTR, POSITIONS_TABLE, STANCE_VERSIONS_FILE, VERSION,
};
use model::url_state::View;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

#[derive(Clone)]
enum File {
    Not,
    Asked,
    Got(Document),
    /// It could not be fetched: the table shows what the page has.
    Failed,
}

thread_local! {
    static FILE: RefCell<File> = const { RefCell::new(File::Not) };
}

/// The positions table, if this page has it.
pub fn table() -> Option<Element> {
    query(&format!("table.{POSITIONS_TABLE}"))
}

/// Whether the table holds every version it will get, putting them in if they have arrived;
/// fetches them if not asked for yet. False when the page has no table.
pub fn all_here() -> bool {
    let Some(table) = table() else {
        return false;
    };
    if table.has_attribute(ALL_VERSIONS_ATTR) {
        return true;
    }
    match FILE.with(|f| f.borrow().clone()) {
        File::Got(file) => {
            slot_in(&file, &table);
            true
        }
        File::Failed => true,
        File::Asked => false,
        File::Not => {
            fetch();
            false
        }
    }
}

/// Fetches the versions ahead of time, if the page has the table and it lacks them.
pub fn prefetch() {
    // An issue's card carries every version of its cells already.
    let wanted = table().is_some_and(|t| !t.has_attribute(ALL_VERSIONS_ATTR));
    if wanted && matches!(FILE.with(|f| f.borrow().clone()), File::Not) {
        fetch();
    }
}

fn fetch() {
    FILE.with(|f| *f.borrow_mut() = File::Asked);
    let url = format!(
        "{}{STANCE_VERSIONS_FILE}",
        address::page_url(View::Positions)
    );
    fetch_document(&url.clone(), move |file| {
        if file.is_none() {
            web_sys::console::warn_1(&format!("could not fetch {url}").into());
        }
        FILE.with(|f| *f.borrow_mut() = file.map_or(File::Failed, File::Got));
        // The date may already be another: show it now.
        with_page(|page| as_of::draw(&page.state));
        super::ready();
    });
}

/// Puts each cell's versions from `file` into its cell, in date order, keeping the ones
/// already there (the snapshot's, which the reader may have opened).
fn slot_in(file: &Document, table: &Element) {
    let page = super::dom::document();
    for block in within(file, &having(CELL_ATTR)) {
        let Some(cell) = block.get_attribute(CELL_ATTR).and_then(|id| by_id(&id)) else {
            continue;
        };
        let mut last: Option<Element> = None;
        for version in within(&block, &of_class(VERSION)) {
            let from = version.get_attribute(FROM_ATTR).unwrap_or_default();
            let here = within(&cell, &of_class(VERSION))
                .into_iter()
                .find(|v| v.get_attribute(FROM_ATTR).as_deref() == Some(from.as_str()));
            if let Some(here) = here {
                last = Some(here);
                continue;
            }
            let Ok(node) = page.import_node_with_deep(&version, true) else {
                continue;
            };
            let placed = match &last {
                Some(before) => before.after_with_node_1(&node),
                // Before the cell's first version, or at its end if it has none.
                None => match within(&cell, &of_class(VERSION)).first() {
                    Some(first) => first.before_with_node_1(&node),
                    None => cell.append_child(&node).map(|_| ()),
                },
            };
            if placed.is_ok() {
                last = node.dyn_into::<Element>().ok();
            }
        }
    }
    set_attr(table, ALL_VERSIONS_ATTR, "");
}
