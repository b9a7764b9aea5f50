//! Comparing the peace documents point by point: what a later text did with an issue that
//! an earlier one addressed, shown in words between neighbouring columns (the words
//! themselves are the interface's, in `src/labels.rs`).
//!
//! The words claim only what the record says. A later text that simply says nothing known
//! on an issue has no change word ("not addressed in this text" is shown instead): only a
//! provision that says the text leaves the point out (`omits`) makes it "dropped", and only
//! a provision naming the other document in `same_as` makes it "the same".

/// What one document says on one issue, as far as comparing goes. `D` identifies documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Says<'a, D> {
    /// The record has nothing from this document on the issue.
    Nothing,
    /// The document leaves out what earlier texts had.
    Omits,
    /// The document addresses the issue; `same_as` names documents that say the same.
    Text { same_as: &'a [D] },
}

/// How a later text stands to an earlier one on an issue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// The later text addresses what the earlier one did not.
    New,
    /// Both address it, differently.
    Changed,
    /// The later text leaves out what the earlier one had.
    Dropped,
    /// Both say the same.
    Same,
}

/// The change from document `a`, which says `earlier`, to document `b`, which says `later`;
/// `None` where the record cannot say.
pub fn change<D: PartialEq>(a: &D, earlier: Says<D>, b: &D, later: Says<D>) -> Option<Change> {
    match (earlier, later) {
        (_, Says::Nothing) => None,
        (Says::Nothing | Says::Omits, Says::Text { .. }) => Some(Change::New),
        (Says::Nothing, Says::Omits) => None,
        (Says::Omits, Says::Omits) => Some(Change::Same),
        (Says::Text { .. }, Says::Omits) => Some(Change::Dropped),
        (Says::Text { same_as: from_a }, Says::Text { same_as: from_b }) => {
            if from_a.contains(b) || from_b.contains(a) {
                Some(Change::Same)
            } else {
                Some(Change::Changed)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NONE: &[&str] = &[];

    fn text(same_as: &'static [&'static str]) -> Says<'static, &'static str> {
        Says::Text { same_as }
    }

    #[test]
    fn the_amnesty_of_the_28_points_is_dropped_by_the_20() {
        // 28pt has the amnesty; 20pt's provision says the text has none.
        assert_eq!(
            change(&"28pt", text(NONE), &"20pt", Says::Omits),
            Some(Change::Dropped)
        );
    }

    #[test]
    fn texts_are_changed_unless_one_names_the_other_as_the_same() {
        assert_eq!(
            change(&"28pt", text(NONE), &"20pt", text(NONE)),
            Some(Change::Changed)
        );
        // The 800,000 army: the 20 points name the E3 text as saying the same, and the
        // relation holds whichever of the two is named on which side.
        assert_eq!(
            change(&"e3", text(NONE), &"20pt", text(&["e3"])),
            Some(Change::Same)
        );
        assert_eq!(
            change(&"20pt", text(&["e3"]), &"e3", text(NONE)),
            Some(Change::Same)
        );
    }

    #[test]
    fn a_text_where_the_earlier_had_none_is_new() {
        assert_eq!(
            change(&"e3", Says::Nothing, &"20pt", text(NONE)),
            Some(Change::New)
        );
        assert_eq!(
            change(&"19pt", Says::Omits, &"20pt", text(NONE)),
            Some(Change::New)
        );
    }

    #[test]
    fn silence_is_not_a_change() {
        // Nothing known of the later text: no word, the cell says "not addressed".
        assert_eq!(change(&"28pt", text(NONE), &"paris", Says::Nothing), None);
        assert_eq!(change(&"e3", Says::Nothing, &"paris", Says::Nothing), None);
        // Leaving out what nobody had is no change either.
        assert_eq!(change(&"e3", Says::Nothing, &"20pt", Says::Omits), None);
        assert_eq!(
            change(&"19pt", Says::Omits, &"20pt", Says::Omits),
            Some(Change::Same)
        );
    }
}
