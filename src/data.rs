//! The record, checked and converted to Rust at build time (see `build.rs`).

#[cfg(not(target_arch = "wasm32"))]
use model::cards::Card;
use model::date::Date;
#[cfg(not(target_arch = "wasm32"))]
use model::lang::Lang;
use model::outline::Outline;
use model::steps::steps;
#[cfg(not(target_arch = "wasm32"))]
use model::url_state::View;
#[cfg(not(target_arch = "wasm32"))]
use model::{filter::SearchIndex, types::Record};

mod generated_outline {
    include!(concat!(env!("OUT_DIR"), "/outline.rs"));
}
#[cfg(not(target_arch = "wasm32"))]
mod generated_record {
    // The record points at its outline as `OUTLINE`.
    use super::generated_outline::OUTLINE;
    include!(concat!(env!("OUT_DIR"), "/record.rs"));
}
#[cfg(not(target_arch = "wasm32"))]
mod generated_record_uk {
    use super::generated_outline::OUTLINE;
    include!(concat!(env!("OUT_DIR"), "/record_uk.rs"));
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    /// The language the pre-render is drawing the page in.
    static LANG: std::cell::Cell<Lang> = const { std::cell::Cell::new(Lang::En) };
    /// The view whose page the pre-render is drawing: links are relative to it.
    static PAGE: std::cell::Cell<View> = const { std::cell::Cell::new(View::Positions) };
    /// The card being drawn, if the page is a card's (its view is then the card's).
    static CARD: std::cell::Cell<Option<Card>> = const { std::cell::Cell::new(None) };
}

/// Runs `draw` for the page of `view` in `lang`: the pre-render draws each page this way.
#[cfg(not(target_arch = "wasm32"))]
pub fn drawing<T>(lang: Lang, view: View, draw: impl FnOnce() -> T) -> T {
    let before = PAGE.with(|p| p.replace(view));
    let drawn = in_language(lang, draw);
    PAGE.with(|p| p.set(before));
    drawn
}

/// Runs `draw` for the page of `card` in `lang`.
#[cfg(not(target_arch = "wasm32"))]
pub fn drawing_card<T>(lang: Lang, card: Card, draw: impl FnOnce() -> T) -> T {
    let before = CARD.with(|c| c.replace(Some(card)));
    let drawn = drawing(lang, card.view(), draw);
    CARD.with(|c| c.set(before));
    drawn
}

/// The view whose page is being drawn (a card's: the view it is a piece of).
#[cfg(not(target_arch = "wasm32"))]
pub fn page() -> View {
    PAGE.with(std::cell::Cell::get)
}

/// The card whose page is being drawn, if it is a card's.
#[cfg(not(target_arch = "wasm32"))]
pub fn card() -> Option<Card> {
    CARD.with(std::cell::Cell::get)
}

/// A link from the page being drawn to `state` of the explainer: relative, so it works
/// wherever the editions are hosted (`../timeline/?event=…`; from a card, up from its folder).
#[cfg(not(target_arch = "wasm32"))]
pub fn link_to(state: &model::url_state::UrlState) -> String {
    match card() {
        Some(card) => format!("{}{}", card.to_root(), state.to_address(outline())),
        None => state.link_from(page(), outline()),
    }
}

/// Runs `draw` with the record and the interface in `lang`: the pre-render draws each
/// edition of the page this way.
#[cfg(not(target_arch = "wasm32"))]
pub fn in_language<T>(lang: Lang, draw: impl FnOnce() -> T) -> T {
    let before = LANG.with(|l| l.replace(lang));
    let drawn = draw();
    LANG.with(|l| l.set(before));
    drawn
}

/// The language of the edition being drawn.
#[cfg(not(target_arch = "wasm32"))]
pub fn lang() -> Lang {
    LANG.with(std::cell::Cell::get)
}

/// The whole record in the language being drawn, for the build-time pre-render only: the
/// browser's script must not carry its words.
#[cfg(not(target_arch = "wasm32"))]
pub fn record() -> &'static Record {
    match lang() {
        Lang::En => &generated_record::RECORD,
        Lang::Uk => &generated_record_uk::RECORD_UK,
    }
}

/// The record's ids, dates and links: all that the logic of the controls needs.
pub fn outline() -> &'static Outline {
    &generated_outline::OUTLINE
}

/// The events' searchable words in the language being drawn, folded once per language (the
/// browser's script reads them from the page).
#[cfg(not(target_arch = "wasm32"))]
pub fn search_index() -> &'static SearchIndex {
    static EN: std::sync::OnceLock<SearchIndex> = std::sync::OnceLock::new();
    static UK: std::sync::OnceLock<SearchIndex> = std::sync::OnceLock::new();
    let index = match lang() {
        Lang::En => &EN,
        Lang::Uk => &UK,
    };
    index.get_or_init(|| SearchIndex::new(record()))
}

/// The steps of the "as of" control: the event days, computed once.
pub fn event_days() -> &'static [Date] {
    static DAYS: std::sync::OnceLock<Vec<Date>> = std::sync::OnceLock::new();
    DAYS.get_or_init(|| steps(outline()))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use model::url_state::UrlState;

    #[test]
    fn the_outline_is_the_records() {
        assert_eq!(super::outline().agrees_with(super::record()), Ok(()));
    }

    #[test]
    fn the_plans_compare_two_to_four_of_the_real_documents() {
        let o = super::outline();
        let ids = |query: &str| -> Vec<&str> {
            UrlState::parse(query, o)
                .documents
                .iter()
                .map(|d| o.document(*d).id)
                .collect()
        };
        assert_eq!(ids(""), ["28pt", "20pt"]);
        assert_eq!(
            ids("?docs=20pt,e3,ru-memo,28pt"),
            ["ru-memo", "28pt", "e3", "20pt"]
        );
        assert_eq!(
            ids("?docs=ru-memo,28pt,e3,19pt,20pt"),
            ["28pt", "20pt"],
            "five is too many"
        );
    }
}
