//! The record, checked and converted to Rust at build time (see `build.rs`).

use model::types::Record;

include!(concat!(env!("OUT_DIR"), "/record.rs"));

/// The whole record: static data, so it costs nothing to reach from anywhere.
pub fn record() -> &'static Record {
    &RECORD
}
