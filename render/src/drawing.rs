//! What the renderer is drawing: the edition's language, the view whose page it is, and the
//! card, if the page is a card's. The views ask here for the record in that language and for
//! links relative to that page.

use model::cards::Card;
use model::filter::SearchIndex;
use model::lang::Lang;
use model::types::Record;
use model::url_state::View;

// The views take the outline and the "as of" steps from here too, beside the record.
pub use common::{event_days, outline};

thread_local! {
    /// The language the pre-render is drawing the page in.
    static LANG: std::cell::Cell<Lang> = const { std::cell::Cell::new(Lang::En) };
    /// The view whose page the pre-render is drawing: links are relative to it.
    static PAGE: std::cell::Cell<View> = const { std::cell::Cell::new(View::Positions) };
    /// The card being drawn, if the page is a card's (its view is then the card's).
    static CARD: std::cell::Cell<Option<Card>> = const { std::cell::Cell::new(None) };
}

/// Runs `draw` for the page of `view` in `lang`: the pre-render draws each page this way.
pub fn drawing<T>(lang: Lang, view: View, draw: impl FnOnce() -> T) -> T {
    let before = PAGE.with(|p| p.replace(view));
    let drawn = in_language(lang, draw);
    PAGE.with(|p| p.set(before));
    drawn
}

/// Runs `draw` for the page of `card` in `lang`.
pub fn drawing_card<T>(lang: Lang, card: Card, draw: impl FnOnce() -> T) -> T {
    let before = CARD.with(|c| c.replace(Some(card)));
    let drawn = drawing(lang, card.view(), draw);
    CARD.with(|c| c.set(before));
    drawn
}

/// The view whose page is being drawn (a card's: the view it is a piece of).
pub fn page() -> View {
    PAGE.with(std::cell::Cell::get)
}

/// The card whose page is being drawn, if it is a card's.
pub fn card() -> Option<Card> {
    CARD.with(std::cell::Cell::get)
}

/// A link from the page being drawn to `state` of the explainer: relative, so it works
/// wherever the editions are hosted (`../timeline/?event=…`; from a card, up from its folder).
pub fn link_to(state: &model::url_state::UrlState) -> String {
    match card() {
        Some(card) => format!("{}{}", card.to_root(), state.to_address(outline())),
        None => state.link_from(page(), outline()),
    }
}

/// Runs `draw` with the record and the interface in `lang`: the pre-render draws each
/// edition of the page this way.
pub fn in_language<T>(lang: Lang, draw: impl FnOnce() -> T) -> T {
    let before = LANG.with(|l| l.replace(lang));
    let drawn = draw();
    LANG.with(|l| l.set(before));
    drawn
}

/// The language of the edition being drawn.
pub fn lang() -> Lang {
    LANG.with(std::cell::Cell::get)
}

/// The whole record in the language being drawn.
pub fn record() -> &'static Record {
    common::record(lang())
}

/// The events' searchable words in the language being drawn, folded once per language (the
/// browser's script reads them from the page).
pub fn search_index() -> &'static SearchIndex {
    static EN: std::sync::OnceLock<SearchIndex> = std::sync::OnceLock::new();
    static UK: std::sync::OnceLock<SearchIndex> = std::sync::OnceLock::new();
    let index = match lang() {
        Lang::En => &EN,
        Lang::Uk => &UK,
    };
    index.get_or_init(|| SearchIndex::new(record()))
}
