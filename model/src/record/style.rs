//! The Ukrainian edition's house style, where a program can check it (`docs/ukrainian-edition.md`,
//! "Glossary"): words the edition does not use, each with the one it writes instead, a number
//! grouped by thousands with a plain space rather than a no-break one («800 000»), and a
//! year in running text without a form of «рік». [`problems`] reads one text and says what is
//! wrong with it; `translation` names the file, item and field of each.
//!
//! The words are data, not code: `data/uk/glossary.json` ([`GLOSSARY`]), which editors keep.
//! Each entry names the English term, what the edition writes, what it does not write, and
//! why; an entry with a `match` is checked here (see [`GlossaryEntry`] for how a match reads),
//! one without is for the editors alone, where no program can tell a wrong use from a right
//! one. The data check holds each entry to its own words: every form it says to avoid must be
//! found by its match, and the form it says to write must not be.
//!
//! What counts as a year: four digits 19xx or 20xx standing alone (not part of a longer
//! number, a word, an id or a date such as `2025-12-23`). Quantities from 1 000 on are
//! written with a no-break space between thousands, so an ungrouped 19xx/20xx is a year. It is
//! followed, after a space, by «рік», «року», «році», «роком», «роки», «років», «рокам»,
//! «роками» or «роках». Exceptions:
//!
//! - a range takes the word once, after its last year: «2014–2022 років», «на 2026–2027
//!   роки» (an en dash or a hyphen, spaced or not);
//! - so does a list of years joined by a comma, «і», «й», «та», «або» or «чи»: «у 2022 і 2025
//!   роках»;
//! - a year inside «ялинки» is part of a quoted title or name (a report called «Україна
//!   2030») and is left as written.

use super::schema::GlossaryEntry;

/// The glossary's file within `data/uk/`: the words the edition does not use, each with the
/// one it writes instead (see [`GlossaryEntry`]).
pub const GLOSSARY: &str = "glossary.json";

/// The forms of «рік» that may follow a year.
const YEAR_WORDS: [&str; 9] = [
    "рік",
    "року",
    "році",
    "роком",
    "роки",
    "років",
    "рокам",
    "роками",
    "роках",
];

/// Words that join a list of years: «у 2022 і 2025 роках».
const YEAR_JOINS: [&str; 6] = ["і", "й", "та", "або", "чи", ","];

/// What is wrong with one Ukrainian text, one message per problem, each saying what to write:
/// a word of the `glossary`, a number grouped with a plain space, a year without «рік».
pub fn problems(text: &str, glossary: &[GlossaryEntry]) -> Vec<String> {
    let mut out = Vec::new();
    let words = words(text);
    for entry in glossary {
        if let Some(run) = find(entry, &words) {
            out.push(format!(
                "has «{}»: write {}",
                run.join(" "),
                quoted(&entry.write)
            ));
        }
    }
    for number in plain_space_numbers(text) {
        out.push(format!(
            "has «{number}» with a plain space between thousands: write a no-break space \
             (U+00A0) there"
        ));
    }
    for year in years_without_rik(text) {
        out.push(format!(
            "has the year {year} without a form of «рік»: write «{year} року» (or «році», \
             «рік», «роки»… as the sentence needs)"
        ));
    }
    out
}

/// The first run of `words` that `entry` flags, if it has a `match`.
pub fn find<'w, 't>(entry: &GlossaryEntry, words: &'w [&'t str]) -> Option<&'w [&'t str]> {
    let n = entry.pattern.len();
    if n == 0 || words.len() < n {
        return None;
    }
    let is = |word: &str, pattern: &str| {
        let word = if entry.exact_case {
            word.to_owned()
        } else {
            word.to_lowercase()
        };
        match pattern.strip_prefix('=') {
            Some(exact) => word == exact,
            None => word.starts_with(pattern),
        }
    };
    let starts_like = |word: &str, starts: &[String]| {
        let word = word.to_lowercase();
        starts.iter().any(|s| word.starts_with(s.as_str()))
    };
    (0..=words.len() - n).find_map(|i| {
        let run = &words[i..i + n];
        let found = run.iter().zip(&entry.pattern).all(|(w, p)| is(w, p));
        let fine = starts_like(run[0], &entry.except)
            || (i > 0 && starts_like(words[i - 1], &entry.except_after))
            || words
                .get(i + n)
                .is_some_and(|w| starts_like(w, &entry.except_before));
        (found && !fine).then_some(run)
    })
}

/// «…» around a plain replacement; one that already quotes or explains itself is left as is.
fn quoted(write: &str) -> String {
    if write.starts_with('«') {
        write.to_owned()
    } else {
        format!("«{write}»")
    }
}

/// The text's words: runs of letters, with the apostrophe inside a word (’ or ').
pub fn words(text: &str) -> Vec<&str> {
    let is_part = |c: char| c.is_alphabetic() || c == '’' || c == '\'' || c == 'ʼ';
    text.split(|c: char| !is_part(c))
        .filter(|w| !w.is_empty())
        .collect()
}

/// The numbers grouped by thousands with a plain space somewhere between the groups («800 000»,
/// «1 200 на 1 200»), in order. A grouped number is one to three digits, then groups of
/// exactly three, each after a space; it starts after no letter, digit, point or comma and its
/// groups end before no letter, digit or hyphen. So a year is never its first part (four
/// digits) nor a group (three), and ranges and lists of years («2014–2022», «у 2022 і
/// 2025») have no space between digits to read as one. Grouped with no-break spaces (or
/// narrow ones), a number is as the house style writes it.
fn plain_space_numbers(text: &str) -> Vec<&str> {
    let digits_at = |at: usize| text[at..].bytes().take_while(u8::is_ascii_digit).count();
    let mut out = Vec::new();
    let mut i = 0;
    while i < text.len() {
        if !text.as_bytes()[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        let lead = digits_at(start);
        let before = text[..start].chars().next_back();
        let mut end = start + lead;
        let mut plain = false;
        if lead <= 3 && !before.is_some_and(|c| c.is_alphanumeric() || ".,".contains(c)) {
            while let Some(space) = text[end..].chars().next().filter(|c| is_space(*c)) {
                let group = end + space.len_utf8();
                let after = text[group + digits_at(group)..].chars().next();
                if digits_at(group) != 3 || after.is_some_and(|c| c.is_alphanumeric() || c == '-') {
                    break;
                }
                plain |= space == ' ';
                end = group + 3;
            }
        }
        if plain {
            out.push(&text[start..end]);
        }
        i = end;
    }
    out
}

/// The years (the last of a range or list) not followed by a form of «рік», in order.
fn years_without_rik(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some((start, end)) = next_year(text, i) {
        // A range or a list of years takes the word once, after its last year.
        let mut last = (start, end);
        while let Some(next) = joined_year(text, last.1) {
            last = next;
        }
        i = last.1;
        if inside_quotes(text, start) || followed_by_rik(&text[last.1..]) {
            continue;
        }
        out.push(&text[last.0..last.1]);
    }
    out
}

/// The next year at or after byte `from`: four digits 19xx/20xx standing alone.
fn next_year(text: &str, from: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        let before = text[..start].chars().next_back();
        if before.is_some_and(|c| c.is_alphanumeric() || "-–./:".contains(c)) {
            continue;
        }
        if let Some(end) = year_at(text, start) {
            return Some((start, end));
        }
    }
    None
}

/// The end of a year 19xx/20xx starting at byte `start`, if one does, not followed by more
/// digits, a letter, a hyphen or a slash (`2025-12-23`).
fn year_at(text: &str, start: usize) -> Option<usize> {
    let digits = text[start..].bytes().take_while(u8::is_ascii_digit).count();
    let run = &text[start..start + digits];
    let after = text[start + digits..].chars().next();
    let ends_well = !after.is_some_and(|c| c.is_alphanumeric() || "-/".contains(c));
    (digits == 4 && (run.starts_with("19") || run.starts_with("20")) && ends_well)
        .then_some(start + digits)
}

/// A year that continues a range or list ending at byte `end`: «–2022», «і 2025», «, 2025».
fn joined_year(text: &str, end: usize) -> Option<(usize, usize)> {
    let rest = &text[end..];
    let trimmed = rest.trim_start_matches(is_space);
    let after_join = if let Some(r) = trimmed.strip_prefix('–').or(trimmed.strip_prefix('-')) {
        r
    } else {
        let join = YEAR_JOINS.iter().find(|j| {
            trimmed.starts_with(**j) && (**j == "," || trimmed[j.len()..].starts_with(is_space))
        })?;
        &trimmed[join.len()..]
    };
    let start = text.len() - after_join.trim_start_matches(is_space).len();
    year_at(text, start).map(|end| (start, end))
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}'
}

/// Whether a form of «рік» comes next, after a space.
fn followed_by_rik(rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix(is_space) else {
        return false;
    };
    let word: String = rest
        .trim_start_matches(is_space)
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    YEAR_WORDS.contains(&word.as_str())
}

/// Whether byte `at` is inside «ялинки».
fn inside_quotes(text: &str, at: usize) -> bool {
    let before = &text[..at];
    before.matches('«').count() > before.matches('»').count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The real glossary, `data/uk/glossary.json`.
    fn glossary() -> Vec<GlossaryEntry> {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../data/uk/glossary.json");
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
    }

    fn problems(text: &str) -> Vec<String> {
        super::problems(text, &glossary())
    }

    fn years(text: &str) -> Vec<&str> {
        years_without_rik(text)
    }

    #[test]
    fn a_year_in_running_text_takes_a_form_of_rik() {
        assert_eq!(years("у березні 2025 року"), Vec::<&str>::new());
        assert_eq!(years("22 січня 2026 року"), Vec::<&str>::new());
        assert_eq!(
            years("з 2022 року, у 2023 році, 2024 рік"),
            Vec::<&str>::new()
        );
        assert_eq!(years("у березні 2025 і на Великдень"), ["2025"]);
        assert_eq!(years("з 2 січня 2026;"), ["2026"]);
        assert_eq!(years("станом на січень 2026."), ["2026"]);
        assert_eq!(years("до 2026"), ["2026"]);
        assert_eq!(years("у 2025\u{a0}році"), Vec::<&str>::new());
    }

    #[test]
    fn ranges_and_lists_take_the_word_once() {
        assert_eq!(years("у 2022 і 2025 роках"), Vec::<&str>::new());
        assert_eq!(years("на 2026–2027 роки"), Vec::<&str>::new());
        assert_eq!(years("2014 – 2022 років"), Vec::<&str>::new());
        assert_eq!(years("2014, 2015 та 2022 роках"), Vec::<&str>::new());
        assert_eq!(years("у 2022 і 2025"), ["2025"]);
        assert_eq!(years("2014–2022, потім"), ["2022"]);
    }

    #[test]
    fn other_numbers_ids_and_quoted_titles_are_not_years() {
        assert_eq!(
            years("резолюція 2803, 1\u{a0}000 полонених"),
            Vec::<&str>::new()
        );
        assert_eq!(years("стенс 2025-12-23, 12025 і 20255"), Vec::<&str>::new());
        assert_eq!(years("звіт «Мир 2030» вийшов"), Vec::<&str>::new());
        assert_eq!(years("1899 і 2100"), Vec::<&str>::new());
    }

    #[test]
    fn numbers_are_grouped_with_a_no_break_space() {
        let plain = |text| plain_space_numbers(text);
        assert_eq!(plain("армія в 800 000 військових"), ["800 000"]);
        assert_eq!(plain("обмін 1 200 на 1 200"), ["1 200", "1 200"]);
        assert_eq!(plain("1\u{a0}000 000 людей"), ["1\u{a0}000 000"]);
        assert_eq!(
            plain("800\u{a0}000; 5\u{a0}600 будинків; 1\u{202f}000"),
            Vec::<&str>::new()
        );
        // Years, ranges and lists of them, dates and small numbers side by side are not
        // grouped numbers.
        assert_eq!(
            plain("у 2022 і 2025 роках; 2014–2022; на 2026 – 2027 роки; 2025 100"),
            Vec::<&str>::new()
        );
        assert_eq!(
            plain("22 січня 2026 року, 100 днів, пункт 18, 12 100-денних, 3,5 000"),
            Vec::<&str>::new()
        );
        assert_eq!(
            problems("армія в 800 000"),
            ["has «800 000» with a plain space between thousands: write a no-break space (U+00A0) there"]
        );
    }

    #[test]
    fn banned_words_name_what_to_write() {
        assert_eq!(
            problems("26 країн пообіцяли Сили заспокоєння"),
            ["has «Сили заспокоєння»: write «сили підтримки»"]
        );
        assert_eq!(
            problems("Злита розмова"),
            ["has «Злита»: write «оприлюднений через витік, потрапив у ЗМІ»"]
        );
        assert!(problems("злиття компаній").is_empty());
        assert_eq!(
            problems("заборона в конституції"),
            ["has «конституції»: write «Конституція», with a capital"]
        );
        assert!(problems("Конституція і конституційна заборона").is_empty());
        assert!(problems("на лінії фронту, по лінії МЗС").is_empty());
        assert_eq!(problems("заморозити по лінії фронту").len(), 1);
        assert!(problems("напрям переговорів; стрекоза; поза лінією фронту").is_empty());
        assert_eq!(
            problems("Хто на чому стоїть"),
            ["has «Хто на чому стоїть»: write «позиції сторін»"]
        );
        // «під проводом» in any form and place, not only after «зусилля».
        for text in [
            "зусилля під проводом США",
            "Під проводом Європи",
            "сили під проводом",
        ] {
            assert_eq!(problems(text).len(), 1, "{text}");
        }
        assert!(problems("моніторинг під керівництвом США; проводи на фронт").is_empty());
        // «запис» for "the record", but not a recording or the verb.
        assert_eq!(
            problems("Там, де запис не мав нічого"),
            ["has «запис»: write «наша база» or «наші дані»"]
        );
        assert_eq!(problems("у записах і записі").len(), 1);
        assert!(problems(
            "запис розмови оприлюднили; оприлюднений запис; зустріч записали; записка; відеозапис"
        )
        .is_empty());
    }
}
