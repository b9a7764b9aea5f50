//! The explainer's data types and the logic over them, free of any browser code so that
//! `cargo test` checks it natively in seconds.
//!
//! - [`types`]: the record (parties, issues, stances, events, people, sources) as static data.
//! - [`outline`]: the record without its words (ids, dates, links): all the browser's script knows.
//! - [`date`]: dates with their precision, and how they read.
//! - [`filter`]: which timeline events the reader's filters let through.
//! - [`steps`]: the steps of the "as of" control, and what each step changed.
//! - [`land`]: what each position says about each region, for the land maps.
//! - [`lang`]: the editions' languages and how each writes dates and numbers.
//! - [`lanes`]: the geometry of the tracks picture (swimlanes over time).
//! - [`url_state`]: the reader's choices as a query string, and back.
//! - [`moves`]: where the page's links take the reader, from any state, and where they land.
//! - [`search`]: the words of a text and of a reader's query, per language, for the search
//!   over the whole record.
//! - [`cards`]: the embed cards (one issue, the maps, a comparison, an event): their
//!   addresses, and what a card's address asks that it cannot show.
//! - [`buttons`]: what the page's buttons and chips ask of the script.
//! - [`embed`]: the iframe height messages and the embed code.
//! - [`export`]: the record as CSV and JSON for "Get the data".
//! - [`record`] (feature `record`, build time only): reads, checks and converts `data/*.json`.

pub mod buttons;
pub mod cards;
pub mod compare;
pub mod date;
pub mod embed;
pub mod export;
pub mod filter;
pub mod land;
pub mod lanes;
pub mod lang;
pub mod moves;
pub mod outline;
pub mod search;
pub mod steps;
pub mod types;
pub mod url_state;

#[cfg(feature = "record")]
pub mod record;

#[cfg(test)]
mod test_record;
