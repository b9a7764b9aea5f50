//! Calendar dates as the record states them: a day, a month, or a span of days.
//!
//! The record never needs times or time zones (events are dated in local time where they
//! happened), so a date is three small numbers. `day == 0` means "some day in this month".

use core::fmt;

/// The months' English names, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A calendar date. With `day == 0` it stands for the whole month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// Why a text is not a date. Its message is written only where it is shown (the build's data
/// check): the browser's script, which drops it, then carries no `format!` for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError<'a> {
    /// Not `YYYY-MM-DD` or `YYYY-MM`.
    Form(&'a str),
    /// A month that is not 1 to 12.
    Month(&'a str, u16),
    /// A day that the month does not have.
    Day(&'a str, u16),
}

impl fmt::Display for DateError<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Form(text) => {
                write!(
                    f,
                    "\"{text}\" is not a date (expected YYYY-MM-DD or YYYY-MM)"
                )
            }
            DateError::Month(text, month) => write!(f, "\"{text}\" has no month {month}"),
            DateError::Day(text, day) => write!(f, "\"{text}\" has no day {day}"),
        }
    }
}

/// When something happened or held from, with the precision the sources give.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum When {
    /// One date (a day, or a month when `day == 0`).
    On(Date),
    /// From the first date to the second, both included, the second later than the first.
    Span(Date, Date),
}

impl Date {
    pub const fn new(year: u16, month: u8, day: u8) -> Self {
        Date { year, month, day }
    }

    pub fn is_month(self) -> bool {
        self.day == 0
    }

    /// Parses `YYYY-MM-DD` or `YYYY-MM` (month precision), checking that the day exists.
    pub fn parse(text: &str) -> Result<Date, DateError<'_>> {
        let bad = DateError::Form(text);
        let parts: Vec<&str> = text.split('-').collect();
        let number = |s: &str, len: usize| -> Option<u16> {
            (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        let (year, month, day) = match parts.as_slice() {
            [y, m] => (number(y, 4), number(m, 2), Some(0)),
            [y, m, d] => (number(y, 4), number(m, 2), number(d, 2)),
            _ => return Err(bad),
        };
        let (Some(year), Some(month), Some(day)) = (year, month, day) else {
            return Err(bad);
        };
        if !(1..=12).contains(&month) {
            return Err(DateError::Month(text, month));
        }
        let date = Date::new(year, month as u8, day as u8);
        if parts.len() == 3 && (day == 0 || day as u8 > days_in_month(year, month as u8)) {
            return Err(DateError::Day(text, day));
        }
        Ok(date)
    }

    /// The ISO form for `<time datetime>`: `2026-01-22`, or `2026-01` for a month.
    pub fn iso(self) -> String {
        if self.is_month() {
            format!("{:04}-{:02}", self.year, self.month)
        } else {
            format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
        }
    }

    /// Days since 1 January 1970 (a month counts from its first day), for measuring time
    /// spans. Howard Hinnant's `days_from_civil`.
    pub fn day_number(self) -> i32 {
        let d = self.first_day();
        let (m, day) = (i32::from(d.month), i32::from(d.day));
        let y = i32::from(d.year) - i32::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + day - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day `n` days after 1 January 1970: the inverse of [`Date::day_number`]
    /// (Howard Hinnant's `civil_from_days`).
    pub fn from_day_number(n: i32) -> Date {
        let z = n + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i32::from(month <= 2);
        Date::new(year as u16, month as u8, day as u8)
    }

    /// The first day this date covers: itself, or the month's first day.
    pub fn first_day(self) -> Date {
        if self.is_month() {
            Date::new(self.year, self.month, 1)
        } else {
            self
        }
    }

    /// The last day this date covers: itself, or the month's last day.
    pub fn last_day(self) -> Date {
        if self.is_month() {
            Date::new(self.year, self.month, days_in_month(self.year, self.month))
        } else {
            self
        }
    }

    /// "22 January 2026" (or "January 2026"): for the headline as-of date.
    pub fn long(self) -> String {
        let month = self.full_month_name();
        if self.is_month() {
            format!("{month} {}", self.year)
        } else {
            format!("{} {month} {}", self.day, self.year)
        }
    }

    fn full_month_name(self) -> &'static str {
        MONTHS[(self.month.clamp(1, 12) - 1) as usize]
    }

    /// "Jan", "Sep": dates in lists read shorter.
    pub fn month_name(self) -> &'static str {
        // `get`, not `[..3]`: slicing a `str` can panic, and its panic message alone (with
        // `char`'s `Debug` and Unicode tables) costs the wasm about 4 KB of gzip.
        let month = self.full_month_name();
        month.get(..3).unwrap_or(month)
    }
}

/// Reads as "22 Jan 2026", or "Jan 2026" for a month.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_month() {
            write!(f, "{} {}", self.month_name(), self.year)
        } else {
            write!(f, "{} {} {}", self.day, self.month_name(), self.year)
        }
    }
}

impl When {
    pub fn start(self) -> Date {
        match self {
            When::On(d) | When::Span(d, _) => d,
        }
    }

    /// The last day covered, used to tell whether something lies after a given date.
    pub fn end(self) -> Date {
        match self {
            When::On(d) | When::Span(_, d) => d.last_day(),
        }
    }

    /// True when this began after `day` (a month begins on its first day).
    pub fn starts_after(self, day: Date) -> bool {
        let start = self.start();
        let first = if start.is_month() {
            Date::new(start.year, start.month, 1)
        } else {
            start
        };
        first > day.last_day()
    }
}

/// Reads as "14–15 Dec 2025", "30 Dec 2025 – 2 Jan 2026" or "Oct 2025", sharing what both ends share.
impl fmt::Display for When {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            When::On(d) => write!(f, "{d}"),
            When::Span(a, b) if !a.is_month() && !b.is_month() && a.year == b.year => {
                if a.month == b.month {
                    write!(f, "{}–{}", a.day, b)
                } else {
                    write!(f, "{} {} – {}", a.day, a.month_name(), b)
                }
            }
            When::Span(a, b) => write!(f, "{a} – {b}"),
        }
    }
}

pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_days_and_months() {
        assert_eq!(Date::parse("2026-01-22"), Ok(Date::new(2026, 1, 22)));
        assert_eq!(Date::parse("2025-10"), Ok(Date::new(2025, 10, 0)));
        assert_eq!(Date::parse("2024-02-29"), Ok(Date::new(2024, 2, 29)));
    }

    #[test]
    fn rejects_impossible_or_malformed_dates() {
        for bad in [
            "2025-02-29",
            "2026-13-01",
            "2026-00",
            "2026-1-5",
            "26-01-05",
            "2026-01-32",
            "2026-01-00",
            "",
            "2026",
            "2026-01-05-01",
            "2026-0a-05",
            "２０２６-01-05",
        ] {
            assert!(Date::parse(bad).is_err(), "{bad} should be rejected");
        }
        assert_eq!(
            Date::parse("2025-02-29").unwrap_err().to_string(),
            "\"2025-02-29\" has no day 29"
        );
        assert_eq!(
            Date::parse("2025-13").unwrap_err().to_string(),
            "\"2025-13\" has no month 13"
        );
        assert_eq!(
            Date::parse("2 June 2025").unwrap_err().to_string(),
            "\"2 June 2025\" is not a date (expected YYYY-MM-DD or YYYY-MM)"
        );
    }

    #[test]
    fn reads_naturally() {
        assert_eq!(Date::new(2026, 1, 22).to_string(), "22 Jan 2026");
        assert_eq!(Date::new(2025, 10, 0).to_string(), "Oct 2025");
        let d = |s| Date::parse(s).unwrap();
        assert_eq!(
            When::Span(d("2025-12-14"), d("2025-12-15")).to_string(),
            "14–15 Dec 2025"
        );
        assert_eq!(
            When::Span(d("2026-02-27"), d("2026-03-05")).to_string(),
            "27 Feb – 5 Mar 2026"
        );
        assert_eq!(
            When::Span(d("2025-12-30"), d("2026-01-02")).to_string(),
            "30 Dec 2025 – 2 Jan 2026"
        );
        assert_eq!(
            When::Span(d("2025-10"), d("2025-12")).to_string(),
            "Oct 2025 – Dec 2025"
        );
    }

    #[test]
    fn long_form_for_headlines() {
        assert_eq!(Date::new(2026, 1, 22).long(), "22 January 2026");
        assert_eq!(Date::new(2025, 9, 0).long(), "September 2025");
        assert_eq!(Date::new(2025, 9, 3).to_string(), "3 Sep 2025");
    }

    #[test]
    fn iso_forms_fit_time_elements() {
        assert_eq!(Date::new(2026, 1, 2).iso(), "2026-01-02");
        assert_eq!(Date::new(2025, 3, 0).iso(), "2025-03");
    }

    #[test]
    fn after_a_day_means_starting_later() {
        let snapshot = Date::new(2026, 1, 22);
        let d = |s| Date::parse(s).unwrap();
        assert!(!When::On(d("2026-01-22")).starts_after(snapshot));
        assert!(When::On(d("2026-01-23")).starts_after(snapshot));
        // The Kremlin meeting of 22 Jan ran into the 23rd: it began on the snapshot day.
        assert!(!When::Span(d("2026-01-22"), d("2026-01-23")).starts_after(snapshot));
        // A month that contains the snapshot day has not started after it.
        assert!(!When::On(d("2026-01")).starts_after(snapshot));
        assert!(When::On(d("2026-02")).starts_after(snapshot));
        assert!(!When::On(d("2025-12")).starts_after(snapshot));
    }

    #[test]
    fn day_numbers_count_days() {
        assert_eq!(Date::new(1970, 1, 1).day_number(), 0);
        assert_eq!(
            Date::new(2000, 3, 1).day_number() - Date::new(2000, 2, 28).day_number(),
            2,
            "leap year"
        );
        assert_eq!(
            Date::new(2026, 1, 1).day_number() - Date::new(2025, 1, 1).day_number(),
            365
        );
        assert_eq!(
            Date::new(2025, 11, 0).day_number(),
            Date::new(2025, 11, 1).day_number()
        );
        assert_eq!(Date::new(2026, 1, 22).day_number(), 20_475);
        for n in [0, 59, 60, 11_016, 20_475, 20_513] {
            assert_eq!(Date::from_day_number(n).day_number(), n);
        }
        assert_eq!(Date::from_day_number(11_016), Date::new(2000, 2, 29));
    }

    #[test]
    fn month_lengths() {
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(1900, 2), 28);
        assert_eq!(days_in_month(2000, 2), 29);
        assert_eq!(days_in_month(2025, 4), 30);
        assert_eq!(
            When::On(Date::new(2025, 2, 0)).end(),
            Date::new(2025, 2, 28)
        );
    }
}
