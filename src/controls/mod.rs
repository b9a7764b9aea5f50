//! The browser's script: it makes the pre-rendered page's controls work. It knows the record
//! only by its outline (ids, dates, links), and changes the page by showing, hiding and
//! marking what the pre-render drew, never by drawing the record's words itself (except the
//! tracks picture, redrawn for its width from the words it reads in the page).
//!
//! - `page.rs`: the reader's state and the one way it changes; `events.rs`: the listeners.
//! - `pages.rs`: switching to another view's page without a reload; `versions.rs`: the
//!   stances' other versions, fetched when the "as of" control needs them.
//! - one file per part of the page: `as_of` (and the cells it switches), `pickers`,
//!   `plans`, `timeline`, `tracks`, `selection`, `links`, `disclosures`, `share`
//!   (Copy link and the Embed dialog), `masthead`.
//! - `address.rs` (the address bar), `card.rs` (what only a card's page has), `frame.rs`
//!   (whether the page is framed),
//!   `clipboard.rs`, `dom.rs` (small DOM helpers).

mod address;
mod as_of;
mod card;
mod clipboard;
mod disclosures;
mod dom;
mod events;
mod frame;
mod links;
mod masthead;
mod page;
mod pages;
mod pickers;
mod plans;
mod selection;
mod share;
mod timeline;
mod tracks;
mod versions;

use common::hooks::{APP_ATTR, POSITIONS_TABLE};
use dom::{document, next_frame, query};
use page::{with_page, Page};

pub fn start() {
    let framed = frame::is_framed();
    address::init();
    card::start();
    pages::pin_head_links();
    page::install(Page::new(address::read(), framed));
    events::listen_all();
    with_page(|page| {
        page.draw_start();
        // A link's messy address (unknown or repeated parameters) becomes the canonical one.
        address::write(&page.state, false);
        page.picture.resize(tracks::canvas_width());
    });
    // Unless the table waits for the stances' other versions (`versions.rs` says when they
    // are in).
    if query(&format!("table.{POSITIONS_TABLE}[aria-busy]")).is_none() {
        ready();
    }
}

/// Once the changes drawn so far are on screen, the page says it shows what its address asks
/// (`data-app="ready"`, which tests wait for).
pub fn ready() {
    next_frame(|| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute(APP_ATTR, "ready");
        }
    });
}
