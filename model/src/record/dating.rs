//! The rules that keep each stance true on every day it holds. The "as of" control shows a
//! stance from its `from` date until the party's next stance on the issue, so its words may
//! only say what was already true on that date; a later statement is a later step.
//!
//! What can be caught mechanically:
//! - a date written in the words ("19 December 2025", "15 December", "in December") later
//!   than the stance's own date;
//! - the name of a place whose first event in the record comes after the stance's date ("At
//!   Davos" in a stance from December);
//! - sources that all appeared after the next step began, so the words may come from later;
//! - a document the stance rests on that is dated after the stance.
//!
//! What no check can catch: a later fact written without a date or a place ("for 15 years",
//! "the US guarantee text is ready"), a source that is undated and cited by no event, and a
//! stance whose words are simply wrong. Those need a reader with the research beside them.

use super::schema::{Event, Files, Source, Stance};
use super::{stance_label, Problem};
use crate::date::{Date, MONTHS};
use std::collections::HashMap;

/// Place names that stand for a government rather than for where a meeting happened: a
/// stance saying "Kyiv accepted" or "Washington proposed" names no event.
const SEATS_OF_GOVERNMENT: [&str; 6] = [
    "Kyiv",
    "Moscow",
    "Washington",
    "Kremlin",
    "White House",
    "Brussels",
];

/// Every problem of this kind in the stances.
pub fn check(files: &Files) -> Vec<Problem> {
    let places = first_event_at_each_place(&files.events);
    let source_dates = earliest_source_dates(&files.sources, &files.events);
    let mut problems = Vec::new();
    for s in &files.stances {
        let Ok(from) = Date::parse(&s.from) else {
            continue; // the date rule reports it
        };
        let mut report = |message: String| {
            problems.push(Problem {
                file: "stances.json".into(),
                item: stance_label(&s.party, &s.issue, &s.from),
                message,
            })
        };
        let words = format!("{} {}", s.summary, s.details);
        for mention in dates_in(&words, from) {
            if mention.date.first_day() > from.last_day() {
                report(format!(
                    "mentions \"{}\" ({}), after the stance's own date: a later statement is a later step",
                    mention.text,
                    mention.date.iso()
                ));
            }
        }
        for (place, first) in &places {
            if *first > from.last_day() && names(&words, place) {
                report(format!(
                    "mentions {place}, but the record's first event there is on {}, after the stance's own date",
                    first.iso()
                ));
            }
        }
        let document = s
            .document
            .as_ref()
            .and_then(|id| files.documents.iter().find(|d| &d.id == id));
        if let Some(d) = document {
            if let Ok(date) = Date::parse(&d.date) {
                if date.first_day() > from.last_day() {
                    report(format!(
                        "rests on document \"{}\" of {}, after the stance's own date",
                        d.id,
                        date.iso()
                    ));
                }
            }
        }
        if let Some(next) = next_step(s, &files.stances) {
            let dates: Vec<Option<Date>> = s
                .sources
                .iter()
                .map(|id| source_dates.get(id.as_str()).copied())
                .collect();
            let all_later = !dates.is_empty()
                && dates
                    .iter()
                    .all(|d| d.is_some_and(|d| d > next.first_day()));
            if all_later {
                report(format!(
                    "none of its sources is dated on or before {}, when the next step begins: its words may come from later",
                    next.iso()
                ));
            }
        }
    }
    problems
}

/// A date written in a text, as written and as read.
#[derive(Debug, PartialEq)]
struct Mention {
    text: String,
    date: Date,
}

/// The dates written in `text`: a day and a month with or without a year ("19 December
/// 2025", "15 December"), or a month with or without a year ("December 2025", "in
/// December"). A date without a year is the occurrence nearest to `near`. Bare years are
/// not dates here: plans name future years ("a ban from 2027").
fn dates_in(text: &str, near: Date) -> Vec<Mention> {
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let mut found = Vec::new();
    for (i, word) in words.iter().enumerate() {
        let Some(month) = MONTHS.iter().position(|m| m == word) else {
            continue;
        };
        let month = month as u8 + 1;
        let day = i
            .checked_sub(1)
            .map(|j| words[j])
            .filter(|d| (1..=2).contains(&d.len()))
            .and_then(|d| d.parse::<u8>().ok())
            .filter(|d| (1..=31).contains(d));
        let year = words
            .get(i + 1)
            .filter(|y| y.len() == 4)
            .and_then(|y| y.parse::<u16>().ok());
        let first = if day.is_some() { i - 1 } else { i };
        let last = if year.is_some() { i + 1 } else { i };
        let year = year.unwrap_or_else(|| nearest_year(near, month, day.unwrap_or(1)));
        found.push(Mention {
            text: words[first..=last].join(" "),
            date: Date::new(year, month, day.unwrap_or(0)),
        });
    }
    found
}

/// The year in which `day` `month` falls nearest to `near`.
fn nearest_year(near: Date, month: u8, day: u8) -> u16 {
    let distance = |year: u16| {
        (Date::new(year, month, day.max(1)).day_number() - near.first_day().day_number()).abs()
    };
    let year = near.year;
    [year.saturating_sub(1), year, year.saturating_add(1)]
        .into_iter()
        .min_by_key(|y| distance(*y))
        .unwrap_or(year)
}

/// Each place name of the events (their places split at ";" and ","), with the day its first
/// event began. Names of governments and names under four letters are left out.
fn first_event_at_each_place(events: &[Event]) -> Vec<(String, Date)> {
    let mut first: HashMap<String, Date> = HashMap::new();
    for e in events {
        let Ok(start) = Date::parse(&e.date) else {
            continue;
        };
        for name in e.place.split([';', ',']).map(str::trim) {
            if name.chars().count() < 4 || SEATS_OF_GOVERNMENT.contains(&name) {
                continue;
            }
            let day = first.entry(name.to_owned()).or_insert(start.first_day());
            *day = (*day).min(start.first_day());
        }
    }
    let mut places: Vec<(String, Date)> = first.into_iter().collect();
    places.sort();
    places
}

/// Whether `text` names `place` as whole words.
fn names(text: &str, place: &str) -> bool {
    text.match_indices(place).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + place.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The earliest day each source can have appeared: its own date, or else the first day of
/// the earliest event that cites it (a report is no older than what it reports).
fn earliest_source_dates<'f>(sources: &'f [Source], events: &[Event]) -> HashMap<&'f str, Date> {
    let mut dates = HashMap::new();
    for s in sources {
        let own = s
            .date
            .as_deref()
            .and_then(|d| Date::parse(d).ok())
            .map(Date::first_day);
        let reported = events
            .iter()
            .filter(|e| e.sources.contains(&s.id))
            .filter_map(|e| Date::parse(&e.date).ok())
            .map(Date::first_day)
            .min();
        if let Some(date) = own.or(reported) {
            dates.insert(s.id.as_str(), date);
        }
    }
    dates
}

/// The day the party's next stance on the same issue begins, if there is one.
fn next_step(stance: &Stance, all: &[Stance]) -> Option<Date> {
    let from = Date::parse(&stance.from).ok()?;
    all.iter()
        .filter(|s| s.issue == stance.issue && s.party == stance.party)
        .filter_map(|s| Date::parse(&s.from).ok())
        .filter(|d| *d > from)
        .min()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(text: &str, near: Date) -> Vec<(String, String)> {
        dates_in(text, near)
            .into_iter()
            .map(|m| (m.text, m.date.iso()))
            .collect()
    }

    #[test]
    fn reads_days_and_months_with_and_without_years() {
        let near = Date::new(2025, 6, 2);
        assert_eq!(
            dates(
                "Putin reaffirmed these terms on 19 December 2025, and again in March.",
                near
            ),
            [
                ("19 December 2025".into(), "2025-12-19".into()),
                ("March".into(), "2025-03".into())
            ]
        );
        assert_eq!(
            dates("his term ended in May 2024", near),
            [("May 2024".into(), "2024-05".into())]
        );
    }

    #[test]
    fn a_date_without_a_year_is_the_nearest_one() {
        // Written in January 2026, "15 December" is the December just past.
        assert_eq!(
            dates("the statement of 15 December", Date::new(2026, 1, 6)),
            [("15 December".into(), "2025-12-15".into())]
        );
        // Written in November 2025, it is the December to come.
        assert_eq!(
            dates("the statement of 15 December", Date::new(2025, 11, 23)),
            [("15 December".into(), "2025-12-15".into())]
        );
    }

    #[test]
    fn bare_years_and_numbers_are_not_dates() {
        assert!(dates_in("a ban on Russian LNG from 2027", Date::new(2025, 11, 23)).is_empty());
        assert!(dates_in("an army of 800,000 for 15 years", Date::new(2025, 11, 23)).is_empty());
        // A day is one or two digits right before the month.
        assert_eq!(
            dates("item 115 December 2025", Date::new(2025, 11, 23)),
            [("December 2025".into(), "2025-12".into())]
        );
    }

    #[test]
    fn a_month_counts_from_its_first_day_and_punctuation_is_stripped() {
        assert_eq!(
            dates("(talks in December, 2025.)", Date::new(2025, 4, 0)),
            [("December 2025".into(), "2025-12".into())]
        );
        assert_eq!(
            dates("Since 3 April.", Date::new(2025, 4, 0)),
            [("3 April".into(), "2025-04-03".into())]
        );
    }

    #[test]
    fn places_are_matched_as_whole_words() {
        assert!(names("At Davos Witkoff said", "Davos"));
        assert!(!names("Davoser Zeitung", "Davos"));
        assert!(names("talks (Geneva).", "Geneva"));
    }
}
