//! "Get the data": the events, the positions and the plans compared as CSV and JSON, written into the build's
//! folder beside `index.html` (by the pre-render), so the page links to plain files that
//! download without any script.

use model::export;
use model::types::Record;

/// One file offered for download.
pub struct Download {
    /// What the link says.
    pub label: &'static str,
    /// Its name in the build's folder, and the link's address relative to the page.
    pub file: &'static str,
    pub write: fn(&Record) -> String,
}

pub const DOWNLOADS: [Download; 6] = [
    Download {
        label: "Events, CSV",
        file: "peace-talks-events.csv",
        write: export::events_csv,
    },
    Download {
        label: "Events, JSON",
        file: "peace-talks-events.json",
        write: export::events_json,
    },
    Download {
        label: "Positions, CSV",
        file: "peace-talks-positions.csv",
        write: export::stances_csv,
    },
    Download {
        label: "Positions, JSON",
        file: "peace-talks-positions.json",
        write: export::stances_json,
    },
    Download {
        label: "Plans compared, CSV",
        file: "peace-talks-plans.csv",
        write: export::provisions_csv,
    },
    Download {
        label: "Plans compared, JSON",
        file: "peace-talks-plans.json",
        write: export::provisions_json,
    },
];

impl Download {
    /// Its media type, for the page's structured data (`structured_data.rs`).
    pub fn media_type(&self) -> &'static str {
        if self.file.ends_with(".csv") {
            "text/csv"
        } else {
            "application/json"
        }
    }
}

/// Writes every download into `dir`.
#[cfg(not(target_arch = "wasm32"))]
pub fn write_all(dir: &std::path::Path) -> Result<(), String> {
    for d in &DOWNLOADS {
        let path = dir.join(d.file);
        std::fs::write(&path, (d.write)(crate::drawing::record()))
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}
