//! The record, checked and converted to Rust at build time (see `build.rs`).

use model::date::Date;
use model::filter::SearchIndex;
use model::outline::Outline;
use model::steps::steps;
use model::types::Record;

mod generated_outline {
    include!(concat!(env!("OUT_DIR"), "/outline.rs"));
}
mod generated_record {
    // The record points at its outline as `OUTLINE`.
    use super::generated_outline::OUTLINE;
    include!(concat!(env!("OUT_DIR"), "/record.rs"));
}

/// The whole record: static data, so it costs nothing to reach from anywhere.
pub fn record() -> &'static Record {
    &generated_record::RECORD
}

/// The record's ids, dates and links: all that the logic of the controls needs.
pub fn outline() -> &'static Outline {
    &generated_outline::OUTLINE
}

/// The events' searchable words, folded once for the page's life (the record is static).
pub fn search_index() -> &'static SearchIndex {
    static INDEX: std::sync::OnceLock<SearchIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| SearchIndex::new(record()))
}

/// The steps of the "as of" control: the event days, computed once.
pub fn event_days() -> &'static [Date] {
    static DAYS: std::sync::OnceLock<Vec<Date>> = std::sync::OnceLock::new();
    DAYS.get_or_init(|| steps(outline()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_outline_is_the_records() {
        assert_eq!(super::outline().agrees_with(super::record()), Ok(()));
    }
}
