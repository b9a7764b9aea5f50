//! What both sides of the explainer use: the build-time renderer (`render/`) that draws the
//! pages, and the browser's script (`src/`) that makes their controls work. The record's
//! outline compiled in (`record.rs`), the names of the hooks the page and its script share
//! (`hooks.rs`), the words the script writes (`labels.rs`) and the geometry of the tracks
//! picture (`picture.rs`). A change here reaches both sides, so the two cannot drift apart.

pub mod hooks;
pub mod labels;
pub mod picture;
mod record;

#[cfg(feature = "texts")]
pub use record::record;
pub use record::{event_days, outline};
