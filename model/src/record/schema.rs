//! The shape of the JSON data files in `data/`, one struct per kind of item.
//!
//! Editors write these files by hand, so unknown fields are errors (a misspelt field must not
//! vanish silently), and references between items are by `id`.

use serde::Deserialize;

/// `meta.json`: one object.
#[derive(Deserialize, Debug, Default)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: String,
    /// The snapshot date, `YYYY-MM-DD`.
    pub as_of: String,
    pub standfirst: String,
    pub state_of_play: Vec<Point>,
    /// The documents "Compare the plans" shows until the reader chooses: two to four ids.
    pub compare: Vec<String>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct Point {
    pub heading: String,
    pub text: String,
    pub sources: Vec<String>,
}

/// `parties.json`: the columns of the positions table, in display order.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct Party {
    pub id: String,
    pub name: String,
    pub side: String,
    pub description: String,
}

/// `groups.json`: the headings issues are grouped under, in display order.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct Group {
    pub id: String,
    pub name: String,
}

/// `issues.json`: the rows of the positions table, in display order within their group.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct Issue {
    pub id: String,
    pub group: String,
    pub name: String,
    pub question: String,
}

/// `tracks.json`: the negotiation tracks events belong to.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct Track {
    pub id: String,
    pub name: String,
    pub description: String,
}

/// `people.json`.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct Person {
    pub id: String,
    pub name: String,
    /// A party id, or absent for international figures and hosts.
    #[serde(default)]
    pub side: Option<String>,
    pub role: String,
    pub sources: Vec<String>,
}

/// `sources.json`: every page the record cites.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub id: String,
    pub publisher: String,
    /// The agency whose copy the page carries ("Reuters"), where the page says so.
    #[serde(default)]
    pub via: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    pub url: String,
    /// Russian state media or a mirror of it.
    #[serde(default)]
    pub state_media: bool,
}

/// `events.json`: dated events, in any order (the build sorts them).
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub id: String,
    /// `YYYY-MM-DD`, or `YYYY-MM` when only the month is known.
    pub date: String,
    /// The last day, for events that span several days.
    #[serde(default)]
    pub end: Option<String>,
    pub title: String,
    pub tracks: Vec<String>,
    pub place: String,
    #[serde(default)]
    pub people: Vec<String>,
    pub summary: String,
    pub sources: Vec<String>,
    /// H, M or L.
    pub confidence: String,
}

/// `stances.json`: what a party wanted on an issue from a date on. A later stance on the same
/// issue by the same party replaces it from its own date.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct Stance {
    pub issue: String,
    pub party: String,
    pub from: String,
    pub summary: String,
    pub details: String,
    /// The event that brought the stance, where the record says which.
    #[serde(default)]
    pub event: Option<String>,
    /// The document (`documents.json`) the stance rests on, where it rests on one.
    #[serde(default)]
    pub document: Option<String>,
    pub sources: Vec<String>,
    pub confidence: String,
}

/// `documents.json`: the peace texts the positions rest on (plans, counter-proposals,
/// statements), for comparing them point by point.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub id: String,
    pub title: String,
    /// For column heads.
    pub short: String,
    pub date: String,
    #[serde(default)]
    pub end: Option<String>,
    /// Who wrote it or put it forward.
    pub by: String,
    /// One of [`DOCUMENT_STATUSES`]: how much of the text the public has.
    pub status: String,
    /// How it became public.
    pub public: String,
    /// The event that produced it.
    #[serde(default)]
    pub event: Option<String>,
    pub sources: Vec<String>,
    pub confidence: String,
}

/// A document's status: its text leaked, was published, was read out, or is known only from
/// reports.
pub const DOCUMENT_STATUSES: [&str; 4] = ["leaked", "published", "read out", "reported"];

/// `provisions.json`: what one document says on one issue. Where a document has none, the
/// comparison says it does not address the issue.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct Provision {
    pub document: String,
    pub issue: String,
    /// The point's number in the document, where the research gives it.
    #[serde(default)]
    pub point: Option<u32>,
    pub text: String,
    /// The text says the document leaves out what earlier texts had (the amnesty of the 28
    /// points, say): compared with them, the point was dropped.
    #[serde(default)]
    pub omits: bool,
    /// Other documents whose text on this issue says the same thing.
    #[serde(default)]
    pub same_as: Vec<String>,
    pub sources: Vec<String>,
}

/// `corrections.json`: what early reporting got wrong.
#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    pub id: String,
    pub claim: String,
    pub correction: String,
    pub sources: Vec<String>,
}

/// All the data files, parsed but not yet checked.
#[derive(Debug)]
pub struct Files {
    pub meta: Meta,
    pub parties: Vec<Party>,
    pub groups: Vec<Group>,
    pub issues: Vec<Issue>,
    pub tracks: Vec<Track>,
    pub people: Vec<Person>,
    pub sources: Vec<Source>,
    pub events: Vec<Event>,
    pub stances: Vec<Stance>,
    pub corrections: Vec<Correction>,
    pub documents: Vec<Document>,
    pub provisions: Vec<Provision>,
}
