//! Which timeline events a reader's filters let through.

use crate::types::{Event, PersonId, Record, TrackId};

/// The reader's timeline filters. Empty means "no filter".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TimelineFilter {
    /// Show events on any of these tracks; all tracks when empty.
    pub tracks: Vec<TrackId>,
    /// Show only this person's events.
    pub person: Option<PersonId>,
    /// Words to look for; an event must contain every one of them.
    pub text: String,
}

impl TimelineFilter {
    pub fn is_empty(&self) -> bool {
        self.tracks.is_empty() && self.person.is_none() && self.text.trim().is_empty()
    }

    /// A reusable test built once per filter change, so the words are folded only once.
    pub fn matcher<'r>(&self, record: &'r Record) -> Matcher<'r> {
        Matcher {
            record,
            tracks: self.tracks.clone(),
            person: self.person,
            words: fold(&self.text)
                .split_whitespace()
                .map(str::to_owned)
                .collect(),
        }
    }
}

pub struct Matcher<'r> {
    record: &'r Record,
    tracks: Vec<TrackId>,
    person: Option<PersonId>,
    words: Vec<String>,
}

impl Matcher<'_> {
    pub fn matches(&self, event: &Event) -> bool {
        let on_track =
            self.tracks.is_empty() || event.tracks.iter().any(|t| self.tracks.contains(t));
        let with_person = self.person.is_none_or(|p| event.people.contains(&p));
        on_track && with_person && (self.words.is_empty() || self.has_words(event))
    }

    fn has_words(&self, event: &Event) -> bool {
        let record = self.record;
        let mut haystack = fold(event.title);
        for text in [event.summary, event.place] {
            haystack.push('\n');
            haystack.push_str(&fold(text));
        }
        for person in event.people {
            haystack.push('\n');
            haystack.push_str(&fold(record.person(*person).name));
        }
        for track in event.tracks {
            haystack.push('\n');
            haystack.push_str(&fold(record.track(*track).name));
        }
        self.words.iter().all(|w| haystack.contains(w.as_str()))
    }
}

/// Lower-cases and drops the marks readers do not type: "Zelenskyy’s Kyiv–Moscow" and
/// "zelenskyy's kyiv-moscow" fold to the same text.
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '’' | '‘' | '`' => '\'',
            '–' | '—' | '‑' => '-',
            'á' | 'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ï' => 'i',
            'ó' | 'ö' | 'ô' => 'o',
            'ú' | 'ü' => 'u',
            'ş' => 's',
            'ğ' => 'g',
            'ç' => 'c',
            _ => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_record::RECORD;

    fn shown(filter: &TimelineFilter) -> Vec<&'static str> {
        let m = filter.matcher(&RECORD);
        RECORD
            .events
            .iter()
            .filter(|e| m.matches(e))
            .map(|e| e.id)
            .collect()
    }

    #[test]
    fn no_filter_shows_everything() {
        let f = TimelineFilter::default();
        assert!(f.is_empty());
        assert_eq!(shown(&f), ["minsk", "davos", "abu-dhabi"]);
    }

    #[test]
    fn tracks_are_alternatives() {
        let us_russia = RECORD.find_track("us-russia").unwrap();
        let trilateral = RECORD.find_track("trilateral").unwrap();
        let f = TimelineFilter {
            tracks: vec![us_russia],
            ..Default::default()
        };
        assert_eq!(shown(&f), ["davos", "abu-dhabi"]);
        let f = TimelineFilter {
            tracks: vec![trilateral],
            ..Default::default()
        };
        assert_eq!(shown(&f), ["abu-dhabi"]);
        let multilateral = RECORD.find_track("multilateral").unwrap();
        let f = TimelineFilter {
            tracks: vec![multilateral, trilateral],
            ..Default::default()
        };
        assert_eq!(shown(&f), ["minsk", "abu-dhabi"]);
    }

    #[test]
    fn person_filter_keeps_their_events() {
        let f = TimelineFilter {
            person: RECORD.find_person("dmitriev"),
            ..Default::default()
        };
        assert_eq!(shown(&f), ["davos"]);
    }

    #[test]
    fn text_matches_every_word_anywhere_ignoring_case_and_marks() {
        let f = |text: &str| TimelineFilter {
            text: text.into(),
            ..Default::default()
        };
        assert_eq!(shown(&f("DAVOS")), ["davos"]);
        assert_eq!(shown(&f("kirill")), ["davos"], "people's names count");
        assert_eq!(shown(&f("emirates")), ["abu-dhabi"], "places count");
        assert_eq!(shown(&f("trilateral")), ["abu-dhabi"], "track names count");
        assert_eq!(
            shown(&f("us-russia")),
            ["davos", "abu-dhabi"],
            "dashes fold"
        );
        assert_eq!(shown(&f("minsk ceasefire")), ["minsk"]);
        assert_eq!(shown(&f("minsk davos")), Vec::<&str>::new());
        assert_eq!(shown(&f("   ")), ["minsk", "davos", "abu-dhabi"]);
    }

    #[test]
    fn filters_combine() {
        let f = TimelineFilter {
            tracks: vec![RECORD.find_track("us-russia").unwrap()],
            person: RECORD.find_person("witkoff"),
            text: "abu".into(),
        };
        assert_eq!(shown(&f), ["abu-dhabi"]);
    }

    #[test]
    fn folding() {
        assert_eq!(fold("Zelenskyy’s Kyiv–Moscow"), "zelenskyy's kyiv-moscow");
        assert_eq!(fold("Erdoğan Şafak"), "erdogan safak");
    }
}
