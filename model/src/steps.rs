//! The steps of the "as of" control over the positions table: the dates of the events, in
//! order, so a reader can walk the talks from one event to the next and see which positions
//! each step changed.

use crate::date::Date;
use crate::outline::Outline;
use crate::types::{EventId, IssueId, PartyId};

/// The distinct days on which events began, oldest first (months count from their first day).
pub fn steps(outline: &Outline) -> Vec<Date> {
    let mut days: Vec<Date> = outline
        .events
        .iter()
        .map(|e| e.when.start().first_day())
        .collect();
    days.dedup();
    days
}

/// The events that began on the step `day` (a month-precision event on its month's first day).
pub fn events_on(outline: &Outline, day: Date) -> impl Iterator<Item = EventId> + '_ {
    outline
        .event_ids()
        .filter(move |e| outline.event(*e).when.start().first_day() == day)
}

/// The index of the last step on or before `day`, or 0 before the first step.
pub fn step_at(steps: &[Date], day: Date) -> usize {
    steps.iter().rposition(|s| *s <= day).unwrap_or(0)
}

/// The step before the one `day` falls on, if any: what "changed since the previous step"
/// compares against.
pub fn previous_step(steps: &[Date], day: Date) -> Option<Date> {
    let i = steps.iter().rposition(|s| *s <= day)?;
    i.checked_sub(1).map(|p| steps[p])
}

/// Whether the stance of `party` on `issue` on `day` differs from the one on `before`.
pub fn changed_since(
    outline: &Outline,
    issue: IssueId,
    party: PartyId,
    before: Date,
    day: Date,
) -> bool {
    let on = |d| outline.stance_on(issue, party, d);
    on(before) != on(day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_record::OUTLINE;

    #[test]
    fn steps_are_the_event_days_in_order() {
        assert_eq!(
            steps(&OUTLINE),
            [
                Date::new(2014, 9, 5),
                Date::new(2026, 1, 20),
                Date::new(2026, 1, 23)
            ]
        );
    }

    #[test]
    fn finding_the_step_for_a_day() {
        let s = steps(&OUTLINE);
        assert_eq!(
            step_at(&s, Date::new(2010, 1, 1)),
            0,
            "before the first step"
        );
        assert_eq!(step_at(&s, Date::new(2026, 1, 20)), 1, "on a step");
        assert_eq!(step_at(&s, Date::new(2026, 1, 22)), 1, "between steps");
        assert_eq!(step_at(&s, Date::new(2030, 1, 1)), 2, "after the last");
        assert_eq!(
            previous_step(&s, Date::new(2026, 1, 22)),
            Some(Date::new(2014, 9, 5))
        );
        assert_eq!(previous_step(&s, Date::new(2014, 9, 5)), None);
        assert_eq!(previous_step(&s, Date::new(2000, 1, 1)), None);
    }

    #[test]
    fn a_change_is_a_different_stance() {
        let (nato, ukraine) = (IssueId(0), PartyId(0));
        assert!(changed_since(
            &OUTLINE,
            nato,
            ukraine,
            Date::new(2025, 12, 13),
            Date::new(2025, 12, 14)
        ));
        assert!(!changed_since(
            &OUTLINE,
            nato,
            ukraine,
            Date::new(2025, 12, 14),
            Date::new(2026, 1, 22)
        ));
        assert!(
            changed_since(
                &OUTLINE,
                nato,
                ukraine,
                Date::new(2020, 1, 1),
                Date::new(2022, 9, 30)
            ),
            "from none to one"
        );
        assert!(
            !changed_since(
                &OUTLINE,
                IssueId(1),
                ukraine,
                Date::new(2020, 1, 1),
                Date::new(2026, 1, 1)
            ),
            "none both times"
        );
    }
}
