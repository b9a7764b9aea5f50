//! The land question on a map: what a party's position on the mapped issue (territory) says
//! about each of Ukraine's regions. Each stance on that issue lists the regions it speaks
//! about with a status; a region it does not list is "not addressed". The statuses are the
//! record's, in words, and the maps show positions, never a front line.

/// What a position says about one region.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RegionStatus {
    /// To be recognised as Russian (in law, or without saying).
    Recognised,
    /// Recognised as Russian in fact, not in law.
    RecognisedInFact,
    /// Ukraine to withdraw its forces.
    UkraineWithdraws,
    /// Frozen on the line of contact.
    Frozen,
    /// A demilitarised or free economic zone, still disputed.
    Zone,
    /// Russia to withdraw its forces.
    RussiaWithdraws,
    /// Not recognised as Russian.
    NotRecognised,
}

impl RegionStatus {
    pub const ALL: [RegionStatus; 7] = [
        RegionStatus::Recognised,
        RegionStatus::RecognisedInFact,
        RegionStatus::UkraineWithdraws,
        RegionStatus::Frozen,
        RegionStatus::Zone,
        RegionStatus::RussiaWithdraws,
        RegionStatus::NotRecognised,
    ];

    /// The name in the data files and in class names.
    pub fn slug(self) -> &'static str {
        match self {
            RegionStatus::Recognised => "recognised",
            RegionStatus::RecognisedInFact => "recognised-in-fact",
            RegionStatus::UkraineWithdraws => "ukraine-withdraws",
            RegionStatus::Frozen => "frozen",
            RegionStatus::Zone => "zone",
            RegionStatus::RussiaWithdraws => "russia-withdraws",
            RegionStatus::NotRecognised => "not-recognised",
        }
    }

    /// What it means, as the legend and the labels say it.
    pub fn words(self) -> &'static str {
        match self {
            RegionStatus::Recognised => "to be recognised as Russian",
            RegionStatus::RecognisedInFact => "recognised as Russian in fact, not in law",
            RegionStatus::UkraineWithdraws => "Ukraine to withdraw",
            RegionStatus::Frozen => "frozen on the line of contact",
            RegionStatus::Zone => "demilitarised or free economic zone, disputed",
            RegionStatus::RussiaWithdraws => "Russia to withdraw",
            RegionStatus::NotRecognised => "not recognised as Russian",
        }
    }

    pub fn from_slug(slug: &str) -> Option<RegionStatus> {
        RegionStatus::ALL.into_iter().find(|s| s.slug() == slug)
    }
}

/// What a region is "not addressed" as, where a position does not speak of it.
pub const NOT_ADDRESSED: &str = "not addressed";

/// The status a position gives a region, from its list of `(region, status)`.
pub fn status_of<R: PartialEq>(regions: &[(R, RegionStatus)], region: &R) -> Option<RegionStatus> {
    regions.iter().find(|(r, _)| r == region).map(|(_, s)| *s)
}

/// The regions whose status differs between two positions (one may speak of a region the
/// other leaves unaddressed), in the order of `all`.
pub fn changed<R: PartialEq + Copy>(
    all: impl IntoIterator<Item = R>,
    before: &[(R, RegionStatus)],
    after: &[(R, RegionStatus)],
) -> Vec<R> {
    all.into_iter()
        .filter(|r| status_of(before, r) != status_of(after, r))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use RegionStatus::*;

    #[test]
    fn statuses_read_back_from_their_slugs() {
        for s in RegionStatus::ALL {
            assert_eq!(RegionStatus::from_slug(s.slug()), Some(s));
            assert!(!s.words().is_empty());
        }
        assert_eq!(RegionStatus::from_slug("annexed"), None);
    }

    #[test]
    fn a_region_changes_when_its_status_does_or_it_comes_in_or_out() {
        let before = [
            ("crimea", Recognised),
            ("donetsk", UkraineWithdraws),
            ("sumy", Frozen),
        ];
        let after = [
            ("crimea", Recognised),
            ("donetsk", Zone),
            ("kharkiv", RussiaWithdraws),
        ];
        let all = ["crimea", "donetsk", "kharkiv", "lviv", "sumy"];
        assert_eq!(
            changed(all, &before, &after),
            ["donetsk", "kharkiv", "sumy"]
        );
        assert_eq!(changed(all, &before, &before), Vec::<&str>::new());
        assert_eq!(status_of(&after, &"lviv"), None, "not addressed");
    }
}
