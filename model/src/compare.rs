//! Comparing the peace documents point by point: what a later text did with an issue that
//! an earlier one addressed, shown in words between neighbouring columns (the words
//! themselves are the interface's, in `common/src/labels.rs`).
//!
//! The words claim only what the record says. Where the record has nothing from a text on an
//! issue, nobody here knows what it says, so neither it nor the text beside it gets a change
//! word: only a provision that says the text leaves the point out (`omits`) makes a later
//! text "dropped" it or an earlier one silent on it ("new"), and only a provision naming the
//! other document in `same_as` makes it "the same".

/// What one document says on one issue, as far as comparing goes. `D` identifies documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Says<'a, D> {
    /// The record has nothing from this document on the issue: what it says is not known.
    Nothing,
    /// The research says the document has nothing on the issue.
    Omits,
    /// The document addresses the issue; `same_as` names documents that say the same.
    Text { same_as: &'a [D] },
}

/// How a later text stands to an earlier one on an issue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// The later text addresses what the earlier one, by the research, left out.
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
        // Not knowing what either text says is no ground for a word.
        (_, Says::Nothing) | (Says::Nothing, _) => None,
        (Says::Omits, Says::Text { .. }) => Some(Change::New),
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
    fn a_text_where_the_earlier_left_the_point_out_is_new() {
        assert_eq!(
            change(&"19pt", Says::Omits, &"20pt", text(NONE)),
            Some(Change::New)
        );
    }

    #[test]
    fn an_earlier_text_not_known_on_the_point_gives_no_word() {
        // The record has nothing from the E3 text on the issue: it may say the same, or
        // something else, so "new" would claim what nobody here knows.
        assert_eq!(change(&"e3", Says::Nothing, &"20pt", text(NONE)), None);
        assert_eq!(change(&"e3", Says::Nothing, &"20pt", Says::Omits), None);
    }

    #[test]
    fn not_knowing_is_not_a_change() {
        // Nothing known of the later text: no word, the cell says it is not known.
        assert_eq!(change(&"28pt", text(NONE), &"paris", Says::Nothing), None);
        assert_eq!(change(&"e3", Says::Nothing, &"paris", Says::Nothing), None);
        // Both texts leaving the point out is the same silence.
        assert_eq!(
            change(&"19pt", Says::Omits, &"20pt", Says::Omits),
            Some(Change::Same)
        );
    }
}
