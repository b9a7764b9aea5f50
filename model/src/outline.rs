//! The record without its words: ids, dates and the links between items.
//!
//! This is all of the record the browser's script may know. The words (titles, summaries,
//! stances, roles, sources) are in the pre-rendered HTML and only there, so the page pays for
//! each of them once. Everything the script decides (which stance holds on a date, which
//! events a filter lets through, where a mark sits in the tracks picture, what a link's
//! address says) is worked out from this outline; the build generates it from `data/` beside
//! the full [`Record`](crate::types::Record), with the same items in the same order, so an
//! index into one is an index into the other.

use crate::date::{Date, When};
use crate::types::{
    DocumentId, EventId, GroupId, IssueId, PartyId, PersonId, Record, StanceId, TrackId,
};

#[derive(Debug, PartialEq, Eq)]
pub struct Outline {
    /// The snapshot date: events after it are shown apart, stances are read as of it.
    pub as_of: Date,
    pub parties: &'static [Key],
    pub groups: &'static [Key],
    pub issues: &'static [IssueKey],
    pub tracks: &'static [Key],
    pub people: &'static [Key],
    /// In date order.
    pub events: &'static [EventKey],
    /// Grouped by issue and party, each group in date order.
    pub stances: &'static [StanceKey],
    /// The peace documents, in date order.
    pub documents: &'static [Key],
    /// The documents compared until the reader chooses others: two to four, in date order.
    pub compared_first: &'static [DocumentId],
}

/// An item known by its id alone: a party, a group, a track, a person.
#[derive(Debug, PartialEq, Eq)]
pub struct Key {
    pub id: &'static str,
}

#[derive(Debug, PartialEq, Eq)]
pub struct IssueKey {
    pub id: &'static str,
    pub group: GroupId,
}

#[derive(Debug, PartialEq, Eq)]
pub struct EventKey {
    pub id: &'static str,
    pub when: When,
    pub tracks: &'static [TrackId],
    pub people: &'static [PersonId],
}

/// When one party's stance on one issue began, and the event that brought it.
#[derive(Debug, PartialEq, Eq)]
pub struct StanceKey {
    pub issue: IssueId,
    pub party: PartyId,
    pub from: Date,
    pub event: Option<EventId>,
}

impl Outline {
    pub fn party(&self, id: PartyId) -> &Key {
        &self.parties[id.index()]
    }
    pub fn group(&self, id: GroupId) -> &Key {
        &self.groups[id.index()]
    }
    pub fn issue(&self, id: IssueId) -> &IssueKey {
        &self.issues[id.index()]
    }
    pub fn track(&self, id: TrackId) -> &Key {
        &self.tracks[id.index()]
    }
    pub fn person(&self, id: PersonId) -> &Key {
        &self.people[id.index()]
    }
    pub fn event(&self, id: EventId) -> &EventKey {
        &self.events[id.index()]
    }
    pub fn stance(&self, id: StanceId) -> &StanceKey {
        &self.stances[id.index()]
    }
    pub fn document(&self, id: DocumentId) -> &Key {
        &self.documents[id.index()]
    }

    pub fn party_ids(&self) -> impl Iterator<Item = PartyId> {
        (0..self.parties.len() as u16).map(PartyId)
    }
    pub fn group_ids(&self) -> impl Iterator<Item = GroupId> {
        (0..self.groups.len() as u16).map(GroupId)
    }
    pub fn issue_ids(&self) -> impl Iterator<Item = IssueId> {
        (0..self.issues.len() as u16).map(IssueId)
    }
    pub fn track_ids(&self) -> impl Iterator<Item = TrackId> {
        (0..self.tracks.len() as u16).map(TrackId)
    }
    pub fn person_ids(&self) -> impl Iterator<Item = PersonId> {
        (0..self.people.len() as u16).map(PersonId)
    }
    pub fn event_ids(&self) -> impl Iterator<Item = EventId> {
        (0..self.events.len() as u16).map(EventId)
    }
    pub fn document_ids(&self) -> impl Iterator<Item = DocumentId> {
        (0..self.documents.len() as u16).map(DocumentId)
    }
    /// The issues of one group, in the record's order.
    pub fn issues_in(&self, group: GroupId) -> impl Iterator<Item = IssueId> + '_ {
        self.issue_ids()
            .filter(move |i| self.issue(*i).group == group)
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
    pub fn find_document(&self, id: &str) -> Option<DocumentId> {
        position(self.documents.iter().map(|d| d.id), id).map(DocumentId)
    }

    /// The date positions are read at: `chosen`, or the snapshot date when none is chosen.
    pub fn reading_date(&self, chosen: Option<Date>) -> Date {
        chosen.unwrap_or(self.as_of)
    }

    /// Whether an event lies after the snapshot date.
    pub fn is_after_snapshot(&self, event: EventId) -> bool {
        self.event(event).when.starts_after(self.as_of)
    }

    /// All stances one party took on one issue, oldest first.
    pub fn stance_history(
        &self,
        issue: IssueId,
        party: PartyId,
    ) -> impl Iterator<Item = StanceId> + '_ {
        self.stance_ids()
            .filter(move |s| self.stance(*s).issue == issue && self.stance(*s).party == party)
    }

    /// The stances an event brought, in the record's order.
    pub fn stances_from(&self, event: EventId) -> impl Iterator<Item = StanceId> + '_ {
        self.stance_ids()
            .filter(move |s| self.stance(*s).event == Some(event))
    }

    /// The stance that held on `day`: the latest one that had begun by then.
    pub fn stance_on(&self, issue: IssueId, party: PartyId, day: Date) -> Option<StanceId> {
        let day = day.last_day();
        self.stance_history(issue, party)
            .filter(|s| self.stance(*s).from <= day)
            .last()
    }

    /// Whether this outline is the record's: the same items in the same order, with the same
    /// ids, dates and links. Otherwise the first difference.
    pub fn agrees_with(&self, record: &Record) -> Result<(), String> {
        fn same<T, U>(
            what: &str,
            ours: &[T],
            theirs: &[U],
            eq: impl Fn(&T, &U) -> bool,
        ) -> Result<(), String> {
            if ours.len() != theirs.len() {
                return Err(format!(
                    "{what}: {} in the outline, {} in the record",
                    ours.len(),
                    theirs.len()
                ));
            }
            match ours.iter().zip(theirs).position(|(a, b)| !eq(a, b)) {
                Some(i) => Err(format!("{what}: item {i} differs")),
                None => Ok(()),
            }
        }
        if self.as_of != record.meta.as_of {
            return Err("the snapshot date differs".to_owned());
        }
        same("parties", self.parties, record.parties, |a, b| a.id == b.id)?;
        same("groups", self.groups, record.groups, |a, b| a.id == b.id)?;
        same("issues", self.issues, record.issues, |a, b| {
            a.id == b.id && a.group == b.group
        })?;
        same("tracks", self.tracks, record.tracks, |a, b| a.id == b.id)?;
        same("people", self.people, record.people, |a, b| a.id == b.id)?;
        same("events", self.events, record.events, |a, b| {
            a.id == b.id && a.when == b.when && a.tracks == b.tracks && a.people == b.people
        })?;
        same("stances", self.stances, record.stances, |a, b| {
            a.issue == b.issue && a.party == b.party && a.from == b.from && a.event == b.event
        })?;
        same("documents", self.documents, record.documents, |a, b| {
            a.id == b.id
        })
    }

    fn stance_ids(&self) -> impl Iterator<Item = StanceId> {
        (0..self.stances.len() as u16).map(StanceId)
    }
}

fn position<'a>(mut ids: impl Iterator<Item = &'a str>, wanted: &str) -> Option<u16> {
    ids.position(|id| id == wanted).map(|i| i as u16)
}
