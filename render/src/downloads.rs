//! "Get the data": the events, the positions and the plans compared as CSV and JSON, written into the build's
//! folder beside `index.html` (by the pre-render), so the page links to plain files that
//! download without any script.

use model::export;
use model::types::Record;

/// What a download holds: the view whose table or list it exports, and beside which it is
/// offered ("Get the data", as Datawrapper puts it under every chart).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Holds {
    Events,
    Positions,
    Plans,
}

/// One file offered for download.
pub struct Download {
    pub holds: Holds,
    /// What the link says.
    pub label: &'static str,
    /// Its name in the build's folder, and the link's address relative to the page.
    pub file: &'static str,
    pub write: fn(&Record) -> String,
}

pub const DOWNLOADS: [Download; 6] = [
    Download {
        holds: Holds::Events,
        label: "Events, CSV",
        file: "peace-talks-events.csv",
        write: export::events_csv,
    },
    Download {
        holds: Holds::Events,
        label: "Events, JSON",
        file: "peace-talks-events.json",
        write: export::events_json,
    },
    Download {
        holds: Holds::Positions,
        label: "Positions, CSV",
        file: "peace-talks-positions.csv",
        write: export::stances_csv,
    },
    Download {
        holds: Holds::Positions,
        label: "Positions, JSON",
        file: "peace-talks-positions.json",
        write: export::stances_json,
    },
    Download {
        holds: Holds::Plans,
        label: "Plans compared, CSV",
        file: "peace-talks-plans.csv",
        write: export::provisions_csv,
    },
    Download {
        holds: Holds::Plans,
        label: "Plans compared, JSON",
        file: "peace-talks-plans.json",
        write: export::provisions_json,
    },
];

/// The downloads of what `view` shows, offered beside it; the sources page offers them all.
pub fn beside(view: model::url_state::View) -> impl Iterator<Item = &'static Download> {
    use model::url_state::View;
    let holds = match view {
        View::Positions => Some(Holds::Positions),
        View::Plans => Some(Holds::Plans),
        View::Timeline => Some(Holds::Events),
        View::People | View::Sources => None,
    };
    DOWNLOADS.iter().filter(move |d| Some(d.holds) == holds)
}

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
