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
        if matches!(c, '\'' | '’' | 'ʼ' | '‘' | '`') {
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

/// A Latin letter without its accent (the record's names: Bürgenstock, Élysée, Erdoğan).
fn plain(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'ı' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ç' | 'č' | 'ć' => 'c',
        'ş' | 'š' | 'ś' => 's',
        'ğ' => 'g',
        'ñ' | 'ń' => 'n',
        'ž' | 'ź' | 'ż' => 'z',
        'ł' => 'l',
        'ý' => 'y',
        'ř' => 'r',
        _ => c,
    }
}

/// English endings, longest first: one is stripped if at least four letters stay.
const EN_ENDINGS: &[&str] = &[
    "ations", "ation", "ings", "ions", "ing", "ion", "ers", "ies", "es", "ed", "er", "s", "e",
];

/// Ukrainian case and number endings, longest first: one is stripped if at least three
/// letters stay.
const UK_ENDINGS: &[&str] = &[
    "ями", "ами", "ого", "ому", "ими", "ій", "ої", "ою", "ею", "єю", "ом", "ем", "ам", "ям", "ах",
    "ях", "ів", "їв", "ей", "их", "им", "ий", "ія", "ії", "ію", "а", "я", "у", "ю", "і", "ї", "и",
    "е", "є", "о", "ь",
];

/// The beginnings a reader's (folded) word may match, in `lang`: the word itself, and its
/// stem with the changes above.
pub fn beginnings(word: &str, lang: Lang) -> Vec<String> {
    let mut out = vec![word.to_owned()];
    let (endings, keep) = match lang {
        Lang::En => (EN_ENDINGS, 4),
        Lang::Uk => (UK_ENDINGS, 3),
    };
    let stem = endings
        .iter()
        .find_map(|e| word.strip_suffix(e).filter(|s| s.chars().count() >= keep))
        .unwrap_or(word)
        .to_owned();
    let mut add = |s: String| {
        if !out.contains(&s) {
            out.push(s);
        }
    };
    add(stem.clone());
    if lang == Lang::Uk {
        // Place names' adjectival -цьк-/-ськ-/-зьк- (Донецьк, Донецької) and the
        // alternation ц/ч (Донеччина): the stem without it, both ways.
        for suffix in ["цьк", "ськ", "зьк"] {
            if let Some(root) = stem.strip_suffix(suffix) {
                let first = suffix.chars().next().unwrap_or_default();
                add(format!("{root}{first}"));
                if first == 'ц' {
                    add(format!("{root}ч"));
                }
            }
        }
        // ж/з (Запоріжжя, Запорізька), doubled or not.
        for (from, to) in [("жж", "з"), ("ж", "з")] {
            if let Some(root) = stem.strip_suffix(from) {
                add(format!("{root}{to}"));
            }
        }
        // The vowel a word drops when it takes an ending (грудень, грудня; кінець, кінця).
        for (from, to) in [("ен", "н"), ("ець", "ц"), ("ок", "к")] {
            if let Some(root) = stem.strip_suffix(from) {
                add(format!("{root}{to}"));
            }
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
