//! Search over the whole record, as words: how a text is cut into words (folded: lower case,
//! no accents, no apostrophes), and how a reader's word becomes the beginnings it may match,
//! per language. A light stemmer, not a dictionary: it strips one ending and, in Ukrainian,
//! allows the consonant changes and the dropped vowel that the record's names show
//! («Донецьк» → «Донецької», «Донеччині»; «Запоріжжя» → «Запорізька»; «грудень» → «грудня»).
//! A word matches an item if one of its beginnings starts one of the item's words.

use crate::lang::Lang;

/// The words of `text`, folded: lower case, accents and apostrophes gone (`’ ʼ '`), cut at
/// anything that is not a letter or a digit.
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if APOSTROPHES.contains(c) {
            continue;
        }
        if c.is_alphanumeric() {
            for lower in c.to_lowercase() {
                word.push(plain(lower));
            }
        } else if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// Latin letters and the letter each folds to (the record's names: Bürgenstock, Élysée,
/// Erdoğan). A table, so the browser's search (`assets/search.js`) folds by the same one,
/// which the index file carries.
pub const PLAIN: &[(char, char)] = &[
    ('á', 'a'),
    ('à', 'a'),
    ('â', 'a'),
    ('ä', 'a'),
    ('ã', 'a'),
    ('å', 'a'),
    ('é', 'e'),
    ('è', 'e'),
    ('ê', 'e'),
    ('ë', 'e'),
    ('í', 'i'),
    ('ì', 'i'),
    ('î', 'i'),
    ('ï', 'i'),
    ('ı', 'i'),
    ('ó', 'o'),
    ('ò', 'o'),
    ('ô', 'o'),
    ('ö', 'o'),
    ('õ', 'o'),
    ('ø', 'o'),
    ('ú', 'u'),
    ('ù', 'u'),
    ('û', 'u'),
    ('ü', 'u'),
    ('ç', 'c'),
    ('č', 'c'),
    ('ć', 'c'),
    ('ş', 's'),
    ('š', 's'),
    ('ś', 's'),
    ('ğ', 'g'),
    ('ñ', 'n'),
    ('ń', 'n'),
    ('ž', 'z'),
    ('ź', 'z'),
    ('ż', 'z'),
    ('ł', 'l'),
    ('ý', 'y'),
    ('ř', 'r'),
];

fn plain(c: char) -> char {
    PLAIN
        .iter()
        .find(|(from, _)| *from == c)
        .map_or(c, |(_, to)| *to)
}

/// The apostrophes a word may be written with, all dropped: `’ ʼ ' ‘ \``.
pub const APOSTROPHES: &str = "'’ʼ‘`";

/// English endings, longest first: one is stripped if at least four letters stay.
pub const EN_ENDINGS: &[&str] = &[
    "ations", "ation", "ings", "ions", "ing", "ion", "ers", "ies", "es", "ed", "er", "s", "e",
];

/// Ukrainian case and number endings, longest first: one is stripped if at least three
/// letters stay.
pub const UK_ENDINGS: &[&str] = &[
    "ями", "ами", "ого", "ому", "ими", "ій", "ої", "ою", "ею", "єю", "ом", "ем", "ам", "ям", "ах",
    "ях", "ів", "їв", "ей", "их", "им", "ий", "ія", "ії", "ію", "а", "я", "у", "ю", "і", "ї", "и",
    "е", "є", "о", "ь",
];

/// Ukrainian stems' changes, each an ending of the stem and what may replace it: the
/// adjectival -цьк-/-ськ-/-зьк- of place names and ц/ч (Донецьк, Донецької, Донеччина); ж/з
/// (Запоріжжя, Запорізька); the vowel a word drops when it takes an ending (грудень, грудня;
/// кінець, кінця).
pub const UK_CHANGES: &[(&str, &str)] = &[
    ("цьк", "ц"),
    ("цьк", "ч"),
    ("ськ", "с"),
    ("зьк", "з"),
    ("жж", "з"),
    ("ж", "з"),
    ("ен", "н"),
    ("ець", "ц"),
    ("ок", "к"),
];

/// The endings stripped in `lang`, how many letters must stay, and the stem changes allowed.
pub fn rules(
    lang: Lang,
) -> (
    &'static [&'static str],
    usize,
    &'static [(&'static str, &'static str)],
) {
    match lang {
        Lang::En => (EN_ENDINGS, 4, &[]),
        Lang::Uk => (UK_ENDINGS, 3, UK_CHANGES),
    }
}

/// The beginnings a reader's (folded) word may match, in `lang`: the word itself, its stem
/// (one ending stripped), and the stem with each change allowed.
pub fn beginnings(word: &str, lang: Lang) -> Vec<String> {
    let (endings, keep, changes) = rules(lang);
    let stem = endings
        .iter()
        .find_map(|e| word.strip_suffix(e).filter(|s| s.chars().count() >= keep))
        .unwrap_or(word);
    let mut out = vec![word.to_owned()];
    let changed = changes
        .iter()
        .filter_map(|(from, to)| stem.strip_suffix(from).map(|root| format!("{root}{to}")));
    for b in std::iter::once(stem.to_owned()).chain(changed) {
        if !out.contains(&b) {
            out.push(b);
        }
    }
    out
}

/// Whether `item` (an item's folded words) has a word that one of `query`'s beginnings starts.
pub fn has(item: &[String], beginnings: &[String]) -> bool {
    item.iter()
        .any(|w| beginnings.iter().any(|b| w.starts_with(b.as_str())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_folded_and_cut() {
        assert_eq!(
            words("Bürgenstock, Élysée Palace: Erdoğan’s 28-point plan"),
            [
                "burgenstock",
                "elysee",
                "palace",
                "erdogans",
                "28",
                "point",
                "plan"
            ]
        );
        assert_eq!(words("Об’єднаних ОБʼЄДНАНИХ об'єднаних"), ["обєднаних"; 3]);
    }

    fn finds(query: &str, text: &str, lang: Lang) -> bool {
        let item = words(text);
        words(query)
            .iter()
            .all(|w| has(&item, &beginnings(w, lang)))
    }

    #[test]
    fn english_words_find_their_forms() {
        for (query, text) in [
            ("negotiate", "the negotiations in Geneva"),
            ("negotiations", "a lead negotiator"),
            ("prisoner swaps", "two swaps of prisoners"),
            ("election", "elections within 100 days"),
            ("Burgenstock", "the Bürgenstock summit"),
        ] {
            assert!(finds(query, text, Lang::En), "{query} in {text}");
        }
        assert!(!finds("negotiate", "the nuclear plant", Lang::En));
    }

    #[test]
    fn ukrainian_words_find_their_forms() {
        for (query, text) in [
            ("Донецьк", "вихід з Донецької області"),
            ("Донецьк", "визнання «республік» на Донеччині"),
            ("Запоріжжя", "Запорізька АЕС"),
            ("грудень", "у грудні та в грудня"),
            ("Женева", "переговори в Женеві"),
            ("Путін", "зустріч з Путіним"),
            ("гарантії безпеки", "гарантій безпеки для України"),
            ("перемирʼя", "локальне перемир’я"),
        ] {
            assert!(finds(query, text, Lang::Uk), "{query} in {text}");
        }
        assert!(!finds("Донецьк", "Луганська область", Lang::Uk));
    }
}
