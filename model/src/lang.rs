//! The editions' languages, and how each writes dates, numbers and counts. The English forms
//! are the ones the page has always used
//! (`Date::long`, `Date`'s and `When`'s `Display`); the Ukrainian ones follow Ukrainian
//! newsroom usage: the day with the month in the genitive ("22 січня 2026"), a month alone in
//! the nominative ("січень 2026"), short months with a full stop as ДСТУ 3582:2013 abbreviates them ("22 січ. 2026",
//! "18 берез. 2014"), and
//! thousands grouped with a no-break space ("800 000").

use crate::date::{Date, When};

/// A language the explainer is published in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    En,
    Uk,
}

/// Ukrainian month names: nominative (a month on its own), genitive (after a day), and the
/// short forms used in lists, as ДСТУ 3582:2013 abbreviates them (not «бер.», «вер.», «лист.»:
/// the standard cuts after a consonant cluster, and «лист.» reads as the noun «лист»).
const UK_MONTHS: [(&str, &str, &str); 12] = [
    ("січень", "січня", "січ."),
    ("лютий", "лютого", "лют."),
    ("березень", "березня", "берез."),
    ("квітень", "квітня", "квіт."),
    ("травень", "травня", "трав."),
    ("червень", "червня", "черв."),
    ("липень", "липня", "лип."),
    ("серпень", "серпня", "серп."),
    ("вересень", "вересня", "верес."),
    ("жовтень", "жовтня", "жовт."),
    ("листопад", "листопада", "листоп."),
    ("грудень", "грудня", "груд."),
];

impl Lang {
    /// The value of `<html lang>` and `hreflang`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Uk => "uk",
        }
    }

    /// The edition's folder below the site's root: the English edition is the root itself,
    /// the Ukrainian one `uk/`.
    pub fn folder(self) -> &'static str {
        match self {
            Lang::En => "",
            Lang::Uk => "uk/",
        }
    }

    /// From this edition's root to `other`'s: `uk/` from the English, `../` back.
    pub fn path_to(self, other: Lang) -> &'static str {
        match (self, other) {
            (Lang::En, Lang::Uk) => "uk/",
            (Lang::Uk, Lang::En) => "../",
            _ => "",
        }
    }

    /// "22 January 2026" / "22 січня 2026"; a month alone: "January 2026" / "січень 2026".
    pub fn long_date(self, d: Date) -> String {
        match self {
            Lang::En => d.long(),
            Lang::Uk if d.is_month() => format!("{} {}", uk_month(d).0, d.year),
            Lang::Uk => format!("{} {} {}", d.day, uk_month(d).1, d.year),
        }
    }

    /// "22 Jan 2026" / "22 січ. 2026"; a month alone: "Jan 2026" / "січ. 2026".
    pub fn short_date(self, d: Date) -> String {
        match self {
            Lang::En => d.to_string(),
            Lang::Uk if d.is_month() => format!("{} {}", uk_month(d).2, d.year),
            Lang::Uk => format!("{} {} {}", d.day, uk_month(d).2, d.year),
        }
    }

    /// A date or span, short, sharing what both ends share: "14–15 груд. 2025",
    /// "30 груд. 2025 – 2 січ. 2026", "жовт. 2025" (English: `When`'s `Display`).
    pub fn short_when(self, when: When) -> String {
        match (self, when) {
            (Lang::En, _) => when.to_string(),
            (Lang::Uk, When::On(d)) => self.short_date(d),
            (Lang::Uk, When::Span(a, b)) if !a.is_month() && !b.is_month() && a.year == b.year => {
                if a.month == b.month {
                    format!("{}–{}", a.day, self.short_date(b))
                } else {
                    format!("{} {} – {}", a.day, uk_month(a).2, self.short_date(b))
                }
            }
            (Lang::Uk, When::Span(a, b)) => {
                format!("{} – {}", self.short_date(a), self.short_date(b))
            }
        }
    }

    /// A month's short name on its own, as the timeline's axis labels it: "Apr" / "квіт.".
    pub fn short_month(self, d: Date) -> &'static str {
        match self {
            Lang::En => d.month_name(),
            Lang::Uk => uk_month(d).2,
        }
    }

    /// A whole number with its thousands grouped: "800,000" / "800 000" (no-break space).
    pub fn number(self, n: u64) -> String {
        let separator = match self {
            Lang::En => ",",
            Lang::Uk => "\u{a0}",
        };
        let digits = n.to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 2);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push_str(separator);
            }
            out.push(c);
        }
        out
    }

    /// Which of a count's forms a noun takes after `n`: English has two (one event, 2
    /// events), Ukrainian three (1 подія, 2 події, 5 подій; 11–14 take the third).
    pub fn plural_form(self, n: u64) -> usize {
        match self {
            Lang::En => usize::from(n != 1),
            Lang::Uk => match (n % 10, n % 100) {
                (1, r) if r != 11 => 0,
                (2..=4, r) if !(12..=14).contains(&r) => 1,
                _ => 2,
            },
        }
    }

    /// `text` for a count of `n`: `{n}` becomes the number, and each `{a|b|c}` the form of
    /// [`plural_form`](Lang::plural_form) (the last one given, if there are fewer):
    /// `"{n} {подія|події|подій}"`.
    pub fn counted(self, text: &str, n: u64) -> String {
        let text = text.replace("{n}", &self.number(n));
        let form = self.plural_form(n);
        let mut out = String::with_capacity(text.len());
        let mut rest = text.as_str();
        while let Some(open) = rest.find('{') {
            let Some(close) = rest[open..].find('}').map(|c| open + c) else {
                break;
            };
            out.push_str(&rest[..open]);
            let forms: Vec<&str> = rest[open + 1..close].split('|').collect();
            out.push_str(forms[form.min(forms.len() - 1)]);
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
        out
    }
}

/// `template` with each `{name}` filled from `blanks`: `fill("Since {date}", &[("date",
/// "May 2025")])`.
pub fn fill(template: &str, blanks: &[(&str, &str)]) -> String {
    blanks
        .iter()
        .fold(template.to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}

fn uk_month(d: Date) -> (&'static str, &'static str, &'static str) {
    UK_MONTHS[(d.month.clamp(1, 12) - 1) as usize]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_edition_reaches_the_other_from_its_folder() {
        for (from, to) in [(Lang::En, Lang::Uk), (Lang::Uk, Lang::En)] {
            // From the site's root to `from`'s folder, then on to `to`'s, lands in `to`'s.
            let path = format!("/{}{}", from.folder(), from.path_to(to));
            let resolved = path.replace("uk/../", "");
            assert_eq!(resolved, format!("/{}", to.folder()), "{path}");
        }
        assert_eq!(Lang::Uk.path_to(Lang::Uk), "");
    }

    #[test]
    fn english_is_what_the_page_always_wrote() {
        let d = Date::new(2026, 1, 22);
        assert_eq!(Lang::En.long_date(d), "22 January 2026");
        assert_eq!(Lang::En.short_date(d), "22 Jan 2026");
        assert_eq!(
            Lang::En.short_when(When::Span(Date::new(2025, 12, 14), Date::new(2025, 12, 15))),
            "14–15 Dec 2025"
        );
        assert_eq!(Lang::En.number(800_000), "800,000");
        assert_eq!(Lang::En.code(), "en");
    }

    #[test]
    fn ukrainian_days_take_the_genitive_and_months_alone_the_nominative() {
        assert_eq!(Lang::Uk.long_date(Date::new(2026, 1, 22)), "22 січня 2026");
        assert_eq!(
            Lang::Uk.long_date(Date::new(2025, 11, 19)),
            "19 листопада 2025"
        );
        assert_eq!(Lang::Uk.long_date(Date::new(2025, 4, 0)), "квітень 2025");
        assert_eq!(Lang::Uk.short_date(Date::new(2025, 2, 28)), "28 лют. 2025");
        assert_eq!(Lang::Uk.short_date(Date::new(2025, 10, 0)), "жовт. 2025");
        assert_eq!(Lang::Uk.code(), "uk");
    }

    #[test]
    fn ukrainian_spans_share_what_both_ends_share() {
        let uk = |a, b| Lang::Uk.short_when(When::Span(a, b));
        assert_eq!(
            uk(Date::new(2025, 12, 14), Date::new(2025, 12, 15)),
            "14–15 груд. 2025"
        );
        assert_eq!(
            uk(Date::new(2025, 11, 30), Date::new(2025, 12, 2)),
            "30 листоп. – 2 груд. 2025"
        );
        assert_eq!(
            uk(Date::new(2025, 12, 30), Date::new(2026, 1, 2)),
            "30 груд. 2025 – 2 січ. 2026"
        );
        assert_eq!(
            uk(Date::new(2025, 10, 0), Date::new(2025, 12, 0)),
            "жовт. 2025 – груд. 2025"
        );
        assert_eq!(
            Lang::Uk.short_when(When::On(Date::new(2014, 9, 5))),
            "5 верес. 2014"
        );
    }

    #[test]
    fn ukrainian_short_months_follow_dstu_3582() {
        let short: Vec<&str> = (1..=12)
            .map(|m| Lang::Uk.short_month(Date::new(2025, m, 1)))
            .collect();
        assert_eq!(
            short,
            [
                "січ.",
                "лют.",
                "берез.",
                "квіт.",
                "трав.",
                "черв.",
                "лип.",
                "серп.",
                "верес.",
                "жовт.",
                "листоп.",
                "груд.",
            ]
        );
        assert_eq!(
            Lang::Uk.short_date(Date::new(2014, 3, 18)),
            "18 берез. 2014"
        );
        assert_eq!(Lang::Uk.short_date(Date::new(2025, 11, 0)), "листоп. 2025");
    }

    #[test]
    fn counts_take_the_form_their_number_needs() {
        let uk = |n| Lang::Uk.counted("{n} {подія|події|подій}", n);
        assert_eq!(uk(1), "1 подія");
        assert_eq!(uk(21), "21 подія");
        assert_eq!(uk(3), "3 події");
        assert_eq!(uk(24), "24 події");
        assert_eq!(uk(5), "5 подій");
        assert_eq!(uk(11), "11 подій");
        assert_eq!(uk(12), "12 подій");
        assert_eq!(uk(111), "111 подій");
        assert_eq!(uk(0), "0 подій");
        assert_eq!(uk(1_000), "1\u{a0}000 подій");
        let en = |n| Lang::En.counted("{n} event{|s} in the timeline", n);
        assert_eq!(en(1), "1 event in the timeline");
        assert_eq!(en(2), "2 events in the timeline");
        assert_eq!(en(10_000), "10,000 events in the timeline");
        assert_eq!(Lang::En.counted("no braces {n}", 7), "no braces 7");
    }

    #[test]
    fn ukrainian_numbers_group_thousands_with_a_no_break_space() {
        assert_eq!(Lang::Uk.number(800_000), "800\u{a0}000");
        assert_eq!(
            Lang::Uk.number(1_000_000_000),
            "1\u{a0}000\u{a0}000\u{a0}000"
        );
        assert_eq!(Lang::Uk.number(999), "999");
        assert_eq!(Lang::Uk.number(0), "0");
    }
}
