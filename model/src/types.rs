//! The record as the app sees it: plain `'static` data that the build generates from the
//! checked JSON files in `data/`. References between items are indices, checked at build
//! time, so looking one up never fails at run time.

use crate::compare::{self, Change, Says};
use crate::date::{Date, When};
use crate::land::RegionStatus;
use crate::outline::Outline;

macro_rules! index_type {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub u16);
        impl $name {
            pub fn index(self) -> usize {
                self.0 as usize
            }
        }
    )*};
}

index_type!(
    /// A party: a column of the positions table.
    PartyId,
    /// A group of issues (Territory, Security, ...).
    GroupId,
    IssueId,
    /// A negotiation track (US–Russia, trilateral, ...).
    TrackId,
    PersonId,
    SourceId,
    EventId,
    /// A stance: its index in both the record's and the outline's list.
    StanceId,
    /// A peace document (the 28-point plan, ...): a column of the plans compared.
    DocumentId,
    /// One of Ukraine's regions on the land maps.
    RegionId,
);

/// How well a fact is sourced (see `Confidence::meaning`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confidence {
    High,
    Medium,
    Low,
}

impl Confidence {
    pub const ALL: [Confidence; 3] = [Confidence::High, Confidence::Medium, Confidence::Low];

    /// The mark the research uses: H, M or L.
    pub fn letter(self) -> &'static str {
        match self {
            Confidence::High => "H",
            Confidence::Medium => "M",
            Confidence::Low => "L",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Confidence::High => "High confidence",
            Confidence::Medium => "Medium confidence",
            Confidence::Low => "Low confidence",
        }
    }

    pub fn meaning(self) -> &'static str {
        match self {
            Confidence::High => "Confirmed by at least two independent outlets, one of them a major news agency or outlet.",
            Confidence::Medium => "Rests on one good source, or on several weaker ones.",
            Confidence::Low => "Thin or indirect sourcing.",
        }
    }

    pub fn from_letter(letter: &str) -> Option<Confidence> {
        Confidence::ALL.into_iter().find(|c| c.letter() == letter)
    }
}

/// The whole record, words and all: what the build-time pre-render draws the page from. The
/// browser's script knows only its [`Outline`].
#[derive(Debug)]
pub struct Record {
    /// The same items' ids, dates and links, in the same order.
    pub outline: &'static Outline,
    pub meta: Meta,
    pub parties: &'static [Party],
    pub groups: &'static [Group],
    pub issues: &'static [Issue],
    pub tracks: &'static [Track],
    pub people: &'static [Person],
    pub sources: &'static [Source],
    /// In date order.
    pub events: &'static [Event],
    /// Grouped by issue and party, each group in date order.
    pub stances: &'static [Stance],
    /// The peace documents, in date order.
    pub documents: &'static [Document],
    /// What each document says on each issue it addresses, by document then issue.
    pub provisions: &'static [Provision],
    pub corrections: &'static [Correction],
    /// Corrections made to this explainer after it was published, in the data file's order.
    pub revisions: &'static [Revision],
    pub map: LandMap,
}

/// The land maps: Ukraine's regions, and the issues whose stances they draw.
#[derive(Debug)]
pub struct LandMap {
    /// The SVG view box of the region outlines.
    pub view_box: &'static str,
    pub regions: &'static [Region],
    /// The issue whose stances list regions (territory); no maps without one.
    pub issue: Option<IssueId>,
    /// The issue whose stances say what becomes of the Zaporizhzhia nuclear plant.
    pub plant_issue: Option<IssueId>,
}

impl LandMap {
    pub fn region(&self, id: RegionId) -> &Region {
        &self.regions[id.index()]
    }
}

#[derive(Debug)]
pub struct Region {
    pub id: &'static str,
    pub name: &'static str,
    /// The outline, as SVG path data.
    pub path: &'static str,
}

#[derive(Debug)]
pub struct Meta {
    pub title: &'static str,
    /// The snapshot date: events after it are shown apart, stances are read as of it.
    pub as_of: Date,
    pub standfirst: &'static str,
    pub state_of_play: &'static [Point],
}

/// One sourced point of the state of play.
#[derive(Debug)]
pub struct Point {
    pub heading: &'static str,
    pub text: &'static str,
    pub sources: &'static [SourceId],
}

#[derive(Debug)]
pub struct Party {
    pub id: &'static str,
    /// The column heading: "Ukraine", "US plan".
    pub name: &'static str,
    /// Who stands behind it, for grouping people: "United States".
    pub side: &'static str,
    pub description: &'static str,
}

#[derive(Debug)]
pub struct Group {
    pub id: &'static str,
    pub name: &'static str,
}

#[derive(Debug)]
pub struct Issue {
    pub id: &'static str,
    pub group: GroupId,
    pub name: &'static str,
    /// What the issue is about, in one line.
    pub question: &'static str,
}

#[derive(Debug)]
pub struct Track {
    pub id: &'static str,
    pub name: &'static str,
    pub description: &'static str,
}

#[derive(Debug)]
pub struct Person {
    pub id: &'static str,
    pub name: &'static str,
    /// The party whose side they are on, or `None` for international figures and hosts.
    pub side: Option<PartyId>,
    /// Their role as of January 2026.
    pub role: &'static str,
    pub sources: &'static [SourceId],
}

#[derive(Debug)]
pub struct Source {
    pub id: &'static str,
    pub publisher: &'static str,
    /// The news agency whose copy the page carries, where it says so.
    pub via: Option<&'static str>,
    pub date: Option<Date>,
    pub url: &'static str,
    /// True for Russian state media and their mirrors (TASS, RIA, Sputnik, RT, Pravda).
    pub state_media: bool,
}

#[derive(Debug)]
pub struct Event {
    pub id: &'static str,
    pub when: When,
    pub title: &'static str,
    pub tracks: &'static [TrackId],
    /// Empty where the research gives no place.
    pub place: &'static str,
    pub people: &'static [PersonId],
    pub summary: &'static str,
    pub sources: &'static [SourceId],
    pub confidence: Confidence,
}

/// What one party wanted on one issue from a date on, until its next stance on that issue.
#[derive(Debug)]
pub struct Stance {
    pub issue: IssueId,
    pub party: PartyId,
    pub from: Date,
    pub summary: &'static str,
    pub details: &'static str,
    /// The event that brought this stance, where the record says which.
    pub event: Option<EventId>,
    /// The document the stance rests on, where it rests on one.
    pub document: Option<DocumentId>,
    /// On the mapped issue: what the stance says about each region it speaks of.
    pub regions: &'static [(RegionId, RegionStatus)],
    pub sources: &'static [SourceId],
    pub confidence: Confidence,
}

/// A peace document: a plan, a counter-proposal, a statement or a declaration.
#[derive(Debug)]
pub struct Document {
    pub id: &'static str,
    /// "The US 28-point plan".
    pub title: &'static str,
    /// For column heads and running text: "28-point plan".
    pub short: &'static str,
    pub when: When,
    /// Who wrote it or put it forward.
    pub by: &'static str,
    /// How much of its text the public has: "leaked", "published", "read out" or "reported".
    pub status: &'static str,
    /// How it became public.
    pub public: &'static str,
    /// The event that produced it.
    pub event: Option<EventId>,
    pub sources: &'static [SourceId],
    pub confidence: Confidence,
}

impl Document {
    /// Whether the document's whole text is known: published, leaked whole or read out point
    /// by point. A text known only from reports ("reported") may say things nobody here
    /// knows, so where the record has nothing from it, its silence is not claimed either.
    pub fn known_in_full(&self) -> bool {
        self.status != "reported"
    }
}

/// What one document says on one issue.
#[derive(Debug)]
pub struct Provision {
    pub document: DocumentId,
    pub issue: IssueId,
    /// The point's number in the document, where the research gives it.
    pub point: Option<u16>,
    pub text: &'static str,
    /// The text leaves out what earlier texts had on the issue.
    pub omits: bool,
    /// Other documents that say the same on the issue.
    pub same_as: &'static [DocumentId],
    pub sources: &'static [SourceId],
}

/// Something early reporting (the original brief) got wrong, and what the record says instead.
#[derive(Debug)]
pub struct Correction {
    pub claim: &'static str,
    pub correction: &'static str,
    pub sources: &'static [SourceId],
}

/// A correction made to this explainer after it was published: what it said, what it says
/// now, why, and the source.
#[derive(Debug)]
pub struct Revision {
    /// Never changes once published: the feed's entry and the corrections list's anchor
    /// (`sources/#revision-{id}`) are made from it.
    pub id: &'static str,
    pub when: Date,
    /// What was corrected, in a few words.
    pub what: &'static str,
    pub before: &'static str,
    pub after: &'static str,
    pub why: &'static str,
    pub sources: &'static [SourceId],
}

impl Record {
    pub fn party(&self, id: PartyId) -> &Party {
        &self.parties[id.index()]
    }
    pub fn group(&self, id: GroupId) -> &Group {
        &self.groups[id.index()]
    }
    pub fn issue(&self, id: IssueId) -> &Issue {
        &self.issues[id.index()]
    }
    pub fn track(&self, id: TrackId) -> &Track {
        &self.tracks[id.index()]
    }
    pub fn person(&self, id: PersonId) -> &Person {
        &self.people[id.index()]
    }
    pub fn source(&self, id: SourceId) -> &Source {
        &self.sources[id.index()]
    }
    pub fn event(&self, id: EventId) -> &Event {
        &self.events[id.index()]
    }
    pub fn stance(&self, id: StanceId) -> &Stance {
        &self.stances[id.index()]
    }
    pub fn document(&self, id: DocumentId) -> &Document {
        &self.documents[id.index()]
    }

    /// The record's version: the day it last changed, which is the latest of its corrections
    /// and of the events, stances and documents it holds (those after the snapshot are added
    /// as they happen). Feeds, citations and search engines are told this date, never the
    /// build's, so a rebuild with no change says the same.
    pub fn last_change(&self) -> Date {
        let dates = self.revisions.iter().map(|r| r.when);
        let dates = dates.chain(self.events.iter().map(|e| e.when.start()));
        let dates = dates.chain(self.stances.iter().map(|s| s.from));
        let dates = dates.chain(self.documents.iter().map(|d| d.when.start()));
        dates.map(Date::first_day).fold(self.meta.as_of, Date::max)
    }

    pub fn party_ids(&self) -> impl Iterator<Item = PartyId> {
        self.outline.party_ids()
    }
    pub fn group_ids(&self) -> impl Iterator<Item = GroupId> {
        self.outline.group_ids()
    }
    pub fn track_ids(&self) -> impl Iterator<Item = TrackId> {
        self.outline.track_ids()
    }
    pub fn event_ids(&self) -> impl Iterator<Item = EventId> {
        self.outline.event_ids()
    }
    pub fn issues_in(&self, group: GroupId) -> impl Iterator<Item = (IssueId, &Issue)> {
        self.outline.issues_in(group).map(|i| (i, self.issue(i)))
    }

    /// All stances one party took on one issue, oldest first.
    pub fn stance_history(&self, issue: IssueId, party: PartyId) -> impl Iterator<Item = &Stance> {
        self.outline
            .stance_history(issue, party)
            .map(|s| self.stance(s))
    }

    /// The stance that held on `day`: the latest one that had begun by then.
    pub fn stance_on(&self, issue: IssueId, party: PartyId, day: Date) -> Option<&Stance> {
        self.outline
            .stance_on(issue, party, day)
            .map(|s| self.stance(s))
    }

    /// Short descriptions of the claims whose every source is Russian state media, for the
    /// Sources & method view, each written by `words` from an English template and its
    /// blanks (`lang::fill`, or the edition's translation of it).
    pub fn claims_on_state_media_alone(
        &self,
        words: impl Fn(&'static str, &[(&str, &str)]) -> String,
    ) -> Vec<String> {
        let only_state = |sources: &[SourceId]| sources.iter().all(|s| self.source(*s).state_media);
        let points = self
            .meta
            .state_of_play
            .iter()
            .filter(|p| only_state(p.sources))
            .map(|p| words("State of play: {text}", &[("text", p.heading)]));
        let events = self
            .events
            .iter()
            .filter(|e| only_state(e.sources))
            .map(|e| words("Event: {text}", &[("text", e.title)]));
        let stances = self
            .stances
            .iter()
            .filter(|s| only_state(s.sources))
            .map(|s| {
                words(
                    "{party} on {issue}: {text}",
                    &[
                        ("party", self.party(s.party).name),
                        ("issue", self.issues[s.issue.index()].name),
                        ("text", s.summary),
                    ],
                )
            });
        let people = self
            .people
            .iter()
            .filter(|p| only_state(p.sources))
            .map(|p| words("Person: {text}", &[("text", p.name)]));
        let corrections = self
            .corrections
            .iter()
            .filter(|c| only_state(c.sources))
            .map(|c| words("Correction: {text}", &[("text", c.claim)]));
        points
            .chain(events)
            .chain(stances)
            .chain(people)
            .chain(corrections)
            .collect()
    }

    pub fn document_ids(&self) -> impl Iterator<Item = DocumentId> {
        self.outline.document_ids()
    }

    /// What a document says on an issue, if the record has anything.
    pub fn provision(&self, document: DocumentId, issue: IssueId) -> Option<&Provision> {
        self.provisions
            .iter()
            .find(|p| p.document == document && p.issue == issue)
    }

    /// The same, as far as comparing documents goes.
    pub fn says(&self, document: DocumentId, issue: IssueId) -> Says<'static, DocumentId> {
        match self.provision(document, issue) {
            None => Says::Nothing,
            Some(p) if p.omits => Says::Omits,
            Some(p) => Says::Text { same_as: p.same_as },
        }
    }

    /// How `later` stands to `earlier` on an issue, where the record can say.
    pub fn change(&self, earlier: DocumentId, later: DocumentId, issue: IssueId) -> Option<Change> {
        compare::change(
            &earlier,
            self.says(earlier, issue),
            &later,
            self.says(later, issue),
        )
    }

    /// The documents an event produced.
    pub fn documents_from(&self, event: EventId) -> impl Iterator<Item = DocumentId> + '_ {
        self.document_ids()
            .filter(move |d| self.document(*d).event == Some(event))
    }

    /// The events a person took part in.
    pub fn events_with(&self, person: PersonId) -> impl Iterator<Item = &Event> {
        self.events
            .iter()
            .filter(move |e| e.people.contains(&person))
    }
}
