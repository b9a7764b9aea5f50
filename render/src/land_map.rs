//! What the land maps draw, shared by the page's maps (`views/land.rs`) and the sharing
//! pictures (`share_image/`): each status's fill, where the nuclear plant lies, and which
//! statuses a set of positions gives.

use crate::drawing::record;
use model::land::RegionStatus;
use model::types::{IssueId, PartyId, RegionId, Stance};

/// Where the Zaporizhzhia nuclear plant (at Enerhodar, 47.5° N 34.66° E) lies in the map's
/// view box, placed within the region's outline from its extent.
pub const PLANT: (u32, u32) = (692, 428);

/// A status's fill pattern: a tint and lines in a direction of its own (`line`, a path in a
/// 16-unit tile), or a dot, so the fills differ in greyscale and print, not only in colour.
pub struct Pattern {
    /// The status's slug: the pattern is `fill-{name}`.
    pub name: &'static str,
    pub line: &'static str,
    pub dot: bool,
}

/// The patterned statuses' fills; the others are plain colours (`style/main.css`, `.status-*`).
pub const PATTERNS: [Pattern; 5] = [
    Pattern {
        name: "recognised-in-fact",
        line: "M-4 4L4-4M0 16L16 0M12 20L20 12",
        dot: false,
    },
    Pattern {
        name: "ukraine-withdraws",
        line: "M8 0V16",
        dot: false,
    },
    Pattern {
        name: "frozen",
        line: "M0 8H16",
        dot: false,
    },
    Pattern {
        name: "zone",
        line: "",
        dot: true,
    },
    Pattern {
        name: "russia-withdraws",
        line: "M-4 12L4 20M0 0L16 16M12-4L20 4",
        dot: false,
    },
];

/// The statuses the given stances give any region, in the legend's order.
pub fn statuses_in<'a>(stances: impl Iterator<Item = &'a Stance>) -> Vec<RegionStatus> {
    let given: Vec<RegionStatus> = stances
        .flat_map(|s| s.regions.iter().map(|(_, status)| *status))
        .collect();
    RegionStatus::ALL
        .into_iter()
        .filter(|s| given.contains(s))
        .collect()
}

/// What the party's position on the mapped issue says of each region at the snapshot: the map
/// the page first shows. Empty before its first stance (every region "not addressed").
pub fn regions_at_snapshot(issue: IssueId, party: PartyId) -> &'static [(RegionId, RegionStatus)] {
    let r = record();
    r.stance_on(issue, party, r.meta.as_of)
        .map_or(&[], |stance| stance.regions)
}
