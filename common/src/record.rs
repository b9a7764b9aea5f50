//! The record, checked and converted to Rust at build time (see `build.rs`): its outline
//! (ids, dates and links) for both sides, and with the `texts` feature its words in each
//! language, for the build-time renderer only.

use model::date::Date;
use model::outline::Outline;
use model::steps::steps;
#[cfg(feature = "texts")]
use model::{lang::Lang, types::Record};

mod generated_outline {
    include!(concat!(env!("OUT_DIR"), "/outline.rs"));
}
#[cfg(feature = "texts")]
mod generated_record {
    // The record points at its outline as `OUTLINE`.
    use super::generated_outline::OUTLINE;
    include!(concat!(env!("OUT_DIR"), "/record.rs"));
}
#[cfg(feature = "texts")]
mod generated_record_uk {
    use super::generated_outline::OUTLINE;
    include!(concat!(env!("OUT_DIR"), "/record_uk.rs"));
}

/// The record's ids, dates and links: all that the logic of the controls needs.
pub fn outline() -> &'static Outline {
    &generated_outline::OUTLINE
}

/// The steps of the "as of" control: the event days, computed once.
pub fn event_days() -> &'static [Date] {
    static DAYS: std::sync::OnceLock<Vec<Date>> = std::sync::OnceLock::new();
    DAYS.get_or_init(|| steps(outline()))
}

/// The whole record in `lang`. Behind the `texts` feature, which only the build-time
/// renderer turns on: the browser's script must not carry the record's words.
#[cfg(feature = "texts")]
pub fn record(lang: Lang) -> &'static Record {
    match lang {
        Lang::En => &generated_record::RECORD,
        Lang::Uk => &generated_record_uk::RECORD_UK,
    }
}

#[cfg(all(test, feature = "texts"))]
mod tests {
    use model::lang::Lang;
    use model::url_state::UrlState;

    #[test]
    fn the_outline_is_the_records() {
        for lang in [Lang::En, Lang::Uk] {
            assert_eq!(super::outline().agrees_with(super::record(lang)), Ok(()));
        }
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
