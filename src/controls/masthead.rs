//! What the state changes outside the views: embed mode and the theme (classes on the root
//! element, which the stylesheet reads), and the links out to the full explainer (an embedded
//! page's, a card's credit line).

use super::address::{explainer_link, from_root};
use super::dom::{all, document, of_class, query, set_attr, set_class, set_opt_attr};
use super::page::Page;
use common::hooks::{CARD_CREDIT, EDITION_ATTR, EMBEDDED, LANGUAGE_SWITCH, OPEN_FULL, THEME_ATTR};
use common::outline;

pub fn draw(page: &Page) {
    let Some(root) = document().document_element() else {
        return;
    };
    // Embed mode is "fewer blocks": the same page without the standfirst, the state of play,
    // the share bar and the footer, and with a link out to the full page.
    set_class(&root, EMBEDDED, page.embedded());
    set_opt_attr(&root, THEME_ATTR, page.state.theme.slug());
    // The links out to the full explainer: an embedded page's, and a card's credit line.
    for link in all(&format!(".{OPEN_FULL}, .{CARD_CREDIT}")) {
        set_attr(&link, "href", &explainer_link(&page.state));
    }
    // The other edition, with the reader's view, filters, date and selection.
    if let Some(link) = query(&of_class(LANGUAGE_SWITCH)) {
        let edition = from_root(&link.get_attribute(EDITION_ATTR).unwrap_or_default());
        let mut state = page.state.clone();
        state.embed = false;
        set_attr(
            &link,
            "href",
            &format!("{edition}{}", state.to_address(outline())),
        );
    }
}
