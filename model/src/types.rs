//! The record as the app sees it: plain `'static` data that the build generates from the
//! checked JSON files in `data/`. References between items are indices, checked at build
//! time, so looking one up never fails at run time.

use crate::date::{Date, When};

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

#[derive(Debug)]
pub struct Record {
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
    pub corrections: &'static [Correction],
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
    pub sources: &'static [SourceId],
    pub confidence: Confidence,
}

/// Something early reporting (the original brief) got wrong, and what the record says instead.
#[derive(Debug)]
pub struct Correction {
    pub claim: &'static str,
    pub correction: &'static str,
    pub sources: &'static [SourceId],
}

impl Record {
    pub fn party(&self, id: PartyId) -> &Party {
        &self.parties[id.index()]
    }
    pub fn group(&self, id: GroupId) -> &Group {
        &self.groups[id.index()]
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

    pub fn party_ids(&self) -> impl Iterator<Item = PartyId> {
        (0..self.parties.len() as u16).map(PartyId)
    }
    pub fn group_ids(&self) -> impl Iterator<Item = GroupId> {
        (0..self.groups.len() as u16).map(GroupId)
    }
    pub fn track_ids(&self) -> impl Iterator<Item = TrackId> {
        (0..self.tracks.len() as u16).map(TrackId)
    }
    pub fn event_ids(&self) -> impl Iterator<Item = EventId> {
        (0..self.events.len() as u16).map(EventId)
    }
    pub fn issues_in(&self, group: GroupId) -> impl Iterator<Item = (IssueId, &Issue)> {
        self.issues
            .iter()
            .enumerate()
            .filter(move |(_, issue)| issue.group == group)
            .map(|(i, issue)| (IssueId(i as u16), issue))
    }

    pub fn find_party(&self, id: &str) -> Option<PartyId> {
        position(self.parties.iter().map(|p| p.id), id).map(PartyId)
    }
    pub fn find_group(&self, id: &str) -> Option<GroupId> {
        position(self.groups.iter().map(|g| g.id), id).map(GroupId)
    }
    pub fn find_track(&self, id: &str) -> Option<TrackId> {
        position(self.tracks.iter().map(|t| t.id), id).map(TrackId)
    }
    pub fn find_issue(&self, id: &str) -> Option<IssueId> {
        position(self.issues.iter().map(|i| i.id), id).map(IssueId)
    }
    pub fn find_event(&self, id: &str) -> Option<EventId> {
        position(self.events.iter().map(|e| e.id), id).map(EventId)
    }
    pub fn find_person(&self, id: &str) -> Option<PersonId> {
        position(self.people.iter().map(|p| p.id), id).map(PersonId)
    }

    /// The date positions are read at: `chosen`, or the snapshot date when none is chosen.
    pub fn reading_date(&self, chosen: Option<Date>) -> Date {
        chosen.unwrap_or(self.meta.as_of)
    }

    /// Whether an event lies after the snapshot date.
    pub fn is_after_snapshot(&self, event: &Event) -> bool {
        event.when.starts_after(self.meta.as_of)
    }

    /// All stances one party took on one issue, oldest first.
    pub fn stance_history(&self, issue: IssueId, party: PartyId) -> impl Iterator<Item = &Stance> {
        self.stances
            .iter()
            .filter(move |s| s.issue == issue && s.party == party)
    }

    /// The stances an event brought, in the record's order.
    pub fn stances_from(&self, event: EventId) -> impl Iterator<Item = &Stance> {
        self.stances.iter().filter(move |s| s.event == Some(event))
    }

    /// The stance that held on `day`: the latest one that had begun by then.
    pub fn stance_on(&self, issue: IssueId, party: PartyId, day: Date) -> Option<&Stance> {
        let day = day.last_day();
        self.stance_history(issue, party)
            .filter(|s| s.from <= day)
            .last()
    }

    /// Short descriptions of the claims whose every source is Russian state media, for the
    /// Sources & method view.
    pub fn claims_on_state_media_alone(&self) -> Vec<String> {
        let only_state = |sources: &[SourceId]| sources.iter().all(|s| self.source(*s).state_media);
        let points = self
            .meta
            .state_of_play
            .iter()
            .filter(|p| only_state(p.sources))
            .map(|p| format!("State of play: {}", p.heading));
        let events = self
            .events
            .iter()
            .filter(|e| only_state(e.sources))
            .map(|e| format!("Event: {}", e.title));
        let stances = self
            .stances
            .iter()
            .filter(|s| only_state(s.sources))
            .map(|s| {
                format!(
                    "{} on {}: {}",
                    self.party(s.party).name,
                    self.issues[s.issue.index()].name,
                    s.summary
                )
            });
        let people = self
            .people
            .iter()
            .filter(|p| only_state(p.sources))
            .map(|p| format!("Person: {}", p.name));
        let corrections = self
            .corrections
            .iter()
            .filter(|c| only_state(c.sources))
            .map(|c| format!("Correction: {}", c.claim));
        points
            .chain(events)
            .chain(stances)
            .chain(people)
            .chain(corrections)
            .collect()
    }

    /// The events a person took part in.
    pub fn events_with(&self, person: PersonId) -> impl Iterator<Item = &Event> {
        self.events
            .iter()
            .filter(move |e| e.people.contains(&person))
    }
}

fn position<'a>(mut ids: impl Iterator<Item = &'a str>, wanted: &str) -> Option<u16> {
    ids.position(|id| id == wanted).map(|i| i as u16)
}
