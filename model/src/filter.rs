//! Which timeline events a reader's filters let through.

use crate::types::{Event, EventId, PersonId, Record, TrackId};
use std::borrow::Cow;

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
        self.passes(event, || Cow::Owned(searchable_text(self.record, event)))
    }

    /// The same test, reading the event's folded text from `index` instead of folding it
    /// again: what the timeline does on every keystroke.
    pub fn matches_indexed(&self, id: EventId, index: &SearchIndex) -> bool {
        self.passes(self.record.event(id), || {
            Cow::Borrowed(&index.0[id.index()])
        })
    }

    fn passes<'t>(&self, event: &Event, text: impl FnOnce() -> Cow<'t, str>) -> bool {
        let on_track =
            self.tracks.is_empty() || event.tracks.iter().any(|t| self.tracks.contains(t));
        let with_person = self.person.is_none_or(|p| event.people.contains(&p));
        on_track
            && with_person
            && (self.words.is_empty() || {
                let text = text();
                self.words.iter().all(|w| text.contains(w.as_str()))
            })
    }
}

/// Every event's searchable text, folded once.
pub struct SearchIndex(Vec<String>);

impl SearchIndex {
    pub fn new(record: &Record) -> SearchIndex {
        SearchIndex(
            record
                .events
                .iter()
                .map(|e| searchable_text(record, e))
                .collect(),
        )
    }
}

/// What a search looks through: an event's title, summary, place, people and track names,
/// folded.
fn searchable_text(record: &Record, event: &Event) -> String {
    let mut text = fold(event.title);
    for part in [event.summary, event.place] {
        text.push('\n');
        text.push_str(&fold(part));
    }
    for person in event.people {
        text.push('\n');
        text.push_str(&fold(record.person(*person).name));
    }
    for track in event.tracks {
        text.push('\n');
        text.push_str(&fold(record.track(*track).name));
    }
    text
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

    /// The events a filter lets through, checked to be the same with and without the index.
    fn shown(filter: &TimelineFilter) -> Vec<&'static str> {
        let m = filter.matcher(&RECORD);
        let index = SearchIndex::new(&RECORD);
        let direct: Vec<_> = RECORD
            .events
            .iter()
            .filter(|e| m.matches(e))
            .map(|e| e.id)
            .collect();
        let indexed: Vec<_> = RECORD
            .event_ids()
            .filter(|id| m.matches_indexed(*id, &index))
            .map(|id| RECORD.event(id).id)
            .collect();
        assert_eq!(direct, indexed);
        direct
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
