//! Which timeline events a reader's filters let through.

use crate::outline::Outline;
use crate::types::{EventId, PersonId, Record, TrackId};

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

    /// Adds a track to the filter or takes it away.
    pub fn toggle_track(&mut self, track: TrackId) {
        match self.tracks.iter().position(|t| *t == track) {
            Some(i) => {
                self.tracks.remove(i);
            }
            None => crate::url_state::add_sorted(&mut self.tracks, track),
        }
    }

    /// A reusable test built once per filter change, so the words are folded only once.
    pub fn matcher<'o>(&self, outline: &'o Outline) -> Matcher<'o> {
        Matcher {
            outline,
            tracks: self.tracks.clone(),
            person: self.person,
            words: fold(&self.text)
                .split_whitespace()
                .map(str::to_owned)
                .collect(),
        }
    }
}

pub struct Matcher<'o> {
    outline: &'o Outline,
    tracks: Vec<TrackId>,
    person: Option<PersonId>,
    words: Vec<String>,
}

impl Matcher<'_> {
    /// Whether the filters let an event through, reading its folded words from `index`.
    pub fn matches(&self, id: EventId, index: &SearchIndex) -> bool {
        let event = self.outline.event(id);
        let on_track =
            self.tracks.is_empty() || event.tracks.iter().any(|t| self.tracks.contains(t));
        let with_person = self.person.is_none_or(|p| event.people.contains(&p));
        on_track && with_person && self.words.iter().all(|w| contains(index.text(id), w))
    }
}

/// Whether `word` occurs in `text`: at each of its first byte in `text`, whether the rest
/// follows. `str::contains` brings its two-way searcher into the wasm, 2 KB; this plain
/// search is slower on long texts, but a search of the record's events takes well under a
/// millisecond (10,000 synthetic events: a few milliseconds).
fn contains(text: &str, word: &str) -> bool {
    let (mut text, word) = (text.as_bytes(), word.as_bytes());
    let Some((first, rest)) = word.split_first() else {
        return true;
    };
    while let Some(at) = text.iter().position(|b| b == first) {
        text = &text[at + 1..];
        if text.starts_with(rest) {
            return true;
        }
    }
    false
}

/// Every event's searchable words, folded once, in the record's order. The build-time page
/// takes them from the record; the browser's script, which has no words of the record,
/// reads the same parts from the page.
pub struct SearchIndex(Vec<String>);

impl SearchIndex {
    /// No words at all: enough for filters that search for none.
    pub const fn empty() -> SearchIndex {
        SearchIndex(Vec::new())
    }

    /// Each event given as the parts a search looks through: its title, summary, place,
    /// people's names and track names.
    pub fn from_parts<P, S>(events: impl Iterator<Item = P>) -> SearchIndex
    where
        P: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        SearchIndex(
            events
                .map(|parts| {
                    let folded: Vec<String> = parts.into_iter().map(|p| fold(p.as_ref())).collect();
                    folded.join("\n")
                })
                .collect(),
        )
    }

    /// The index of the whole record, as the page shows it.
    pub fn new(record: &Record) -> SearchIndex {
        SearchIndex::from_parts(record.events.iter().map(|e| {
            let mut parts = vec![e.title, e.summary, e.place];
            parts.extend(e.people.iter().map(|p| record.person(*p).name));
            parts.extend(e.tracks.iter().map(|t| record.track(*t).name));
            parts
        }))
    }

    fn text(&self, id: EventId) -> &str {
        self.0.get(id.index()).map_or("", String::as_str)
    }
}

/// How many matching events each part of the timeline lists before a "Show more" button.
/// The record has far fewer; only a very long one (the benchmark's 10,000 synthetic events)
/// reaches it.
pub const PAGE: usize = 250;

/// Which events of one part of the timeline (`part`, in order) are shown: those the filters
/// let through (`matches`, by event index) among the first `limit` that do, and the selected
/// event if it matches, wherever it is. Also how many more matching events "Show more" would
/// add.
pub fn shown_in_part(
    part: &[EventId],
    matches: &[bool],
    limit: usize,
    selected: Option<EventId>,
) -> (Vec<bool>, usize) {
    let mut rank = 0;
    let shown = part
        .iter()
        .map(|id| {
            let matching = matches[id.index()];
            let show = matching && (rank < limit || Some(*id) == selected);
            rank += usize::from(matching);
            show
        })
        .collect();
    (shown, rank.saturating_sub(limit))
}

/// Lower-cases and drops the marks readers do not type: "Zelenskyy’s Kyiv–Moscow" and
/// "zelenskyy's kyiv-moscow" fold to the same text.
///
/// It knows the Latin letters the record uses rather than all of Unicode: Rust's full
/// lower-casing brings an 11 KB table into the wasm, more than all of search's own code.
/// A letter outside this list is compared as it is.
pub fn fold(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            'A'..='Z' => c.to_ascii_lowercase(),
            '’' | '‘' | '`' => '\'',
            '–' | '—' | '‑' => '-',
            'á' | 'à' | 'â' | 'ä' | 'Á' | 'À' | 'Â' | 'Ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => 'e',
            'í' | 'ï' | 'Í' | 'Ï' => 'i',
            'ó' | 'ö' | 'ô' | 'Ó' | 'Ö' | 'Ô' => 'o',
            'ú' | 'ü' | 'Ú' | 'Ü' => 'u',
            'ş' | 'Ş' => 's',
            'ğ' | 'Ğ' => 'g',
            'ç' | 'Ç' => 'c',
            _ => c,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_record::{OUTLINE, RECORD};

    /// The events a filter lets through.
    fn shown(filter: &TimelineFilter) -> Vec<&'static str> {
        let m = filter.matcher(&OUTLINE);
        let index = SearchIndex::new(&RECORD);
        OUTLINE
            .event_ids()
            .filter(|id| m.matches(*id, &index))
            .map(|id| OUTLINE.event(id).id)
            .collect()
    }

    #[test]
    fn a_part_shows_its_first_matching_events_and_the_selected_one() {
        let part: Vec<EventId> = (0..5).map(EventId).collect();
        let matches = [true, false, true, true, true];
        let (shown, more) = shown_in_part(&part, &matches, 2, None);
        assert_eq!(shown, [true, false, true, false, false]);
        assert_eq!(more, 2);
        let (shown, _) = shown_in_part(&part, &matches, 2, Some(EventId(4)));
        assert_eq!(shown, [true, false, true, false, true]);
        let (shown, more) = shown_in_part(&part, &matches, 2, Some(EventId(1)));
        assert_eq!(
            (shown, more),
            (vec![true, false, true, false, false], 2),
            "not if filtered out"
        );
        let (shown, more) = shown_in_part(&part, &matches, PAGE, None);
        assert_eq!((shown, more), (matches.to_vec(), 0));
    }

    #[test]
    fn the_plain_search_finds_what_str_contains_finds() {
        let texts = [
            "",
            "a",
            "aaab",
            "abab",
            "kyiv-moscow talks",
            "erdoğan’s ğğ",
            "talk",
        ];
        let words = [
            "", "a", "aab", "bab", "b", "talks", "ğ", "ğğ", "’s", "talk", "talks ",
        ];
        for text in texts {
            for word in words {
                assert_eq!(
                    contains(text, word),
                    text.contains(word),
                    "{word:?} in {text:?}"
                );
            }
        }
    }

    #[test]
    fn folding_lowers_the_record_s_letters_and_drops_their_marks() {
        assert_eq!(
            fold("Zelenskyy’s KYIV–Moscow Erdoğan ÇELİK Dűrer"),
            "zelenskyy's kyiv-moscow erdogan celİk dűrer"
        );
        assert_eq!(fold("ÉÀÖÜ Ş Ğ"), "eaou s g");
    }

    #[test]
    fn no_filter_shows_everything() {
        let f = TimelineFilter::default();
        assert!(f.is_empty());
        assert_eq!(shown(&f), ["minsk", "davos", "abu-dhabi"]);
    }

    #[test]
    fn tracks_are_alternatives() {
        let us_russia = OUTLINE.find_track("us-russia").unwrap();
        let trilateral = OUTLINE.find_track("trilateral").unwrap();
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
        let multilateral = OUTLINE.find_track("multilateral").unwrap();
        let f = TimelineFilter {
            tracks: vec![multilateral, trilateral],
            ..Default::default()
        };
        assert_eq!(shown(&f), ["minsk", "abu-dhabi"]);
    }

    #[test]
    fn person_filter_keeps_their_events() {
        let f = TimelineFilter {
            person: OUTLINE.find_person("dmitriev"),
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
            tracks: vec![OUTLINE.find_track("us-russia").unwrap()],
            person: OUTLINE.find_person("witkoff"),
            text: "abu".into(),
        };
        assert_eq!(shown(&f), ["abu-dhabi"]);
    }

    #[test]
    fn tracks_are_toggled_down_to_none() {
        let (us_russia, trilateral) = (TrackId(0), TrackId(1));
        let mut f = TimelineFilter::default();
        f.toggle_track(trilateral);
        f.toggle_track(us_russia);
        assert_eq!(f.tracks, [us_russia, trilateral], "in the record's order");
        f.toggle_track(us_russia);
        f.toggle_track(trilateral);
        assert!(f.tracks.is_empty(), "no track chosen: every track shows");
    }

    #[test]
    fn folding() {
        assert_eq!(fold("Zelenskyy’s Kyiv–Moscow"), "zelenskyy's kyiv-moscow");
        assert_eq!(fold("Erdoğan Şafak"), "erdogan safak");
    }
}
