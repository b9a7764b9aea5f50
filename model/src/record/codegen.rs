//! Writes checked data files as Rust source: the `OUTLINE` static (ids, dates and links, see
//! `outline.rs`), all the browser's script compiles in, and the `RECORD` static (everything,
//! see `types.rs`), which the build-time pre-render draws the page from.
//!
//! Ids become indices here, events are put in date order and stances grouped by issue and
//! party in date order, so the app never searches or sorts at start-up.

use super::schema::{self, Files};
use crate::date::Date;
use crate::land::RegionStatus;
use crate::types::Confidence;
use std::collections::HashMap;
use std::fmt::Write;

/// The Rust source of the two statics, each a file of its own so that the browser's build
/// includes the outline alone.
pub struct Generated {
    /// `pub static OUTLINE: model::outline::Outline`.
    pub outline: String,
    /// `pub static RECORD: model::types::Record`, whose `outline` is `&OUTLINE`.
    pub record: String,
    /// `pub static RECORD_UK: model::types::Record`: the same record with the Ukrainian texts
    /// of `data/uk/` (see `translation.rs`).
    pub record_uk: String,
}

/// The Rust source for the statics. Call only on checked files.
pub fn generate(files: &Files) -> Generated {
    let (outline, record) = statics(files, "RECORD");
    let mut ukrainian = files.clone();
    // Checked already: any problem here was reported by `check`.
    super::translation::translate(&mut ukrainian, &files.uk);
    let (_, record_uk) = statics(&ukrainian, "RECORD_UK");
    Generated {
        outline,
        record,
        record_uk,
    }
}

/// The outline's source, and the record's as the static `name`.
fn statics(files: &Files, name: &str) -> (String, String) {
    let events = events_in_order(files);
    let documents = documents_in_order(files);
    let index = Index {
        parties: positions(files.parties.iter().map(|x| &x.id)),
        groups: positions(files.groups.iter().map(|x| &x.id)),
        issues: positions(files.issues.iter().map(|x| &x.id)),
        tracks: positions(files.tracks.iter().map(|x| &x.id)),
        people: positions(files.people.iter().map(|x| &x.id)),
        sources: positions(files.sources.iter().map(|x| &x.id)),
        events: positions(events.iter().map(|x| &x.id)),
        documents: positions(documents.iter().map(|x| &x.id)),
        regions: positions(files.map.regions.iter().map(|x| &x.id)),
    };
    let mut stances: Vec<&schema::Stance> = files.stances.iter().collect();
    stances.sort_by_key(|s| {
        (
            index.issues[&s.issue],
            index.parties[&s.party],
            date(&s.from),
        )
    });

    let mut provisions: Vec<&schema::Provision> = files.provisions.iter().collect();
    provisions.sort_by_key(|p| (index.documents[&p.document], index.issues[&p.issue]));

    let outline = outline(files, &index, &events, &stances, &documents);
    let mut out = String::from(HEADER);
    out += "use ::model::date::{Date, When};\nuse ::model::types::*;\n\n";
    let _ = writeln!(out, "pub static {name}: Record = Record {{");
    out += "outline: &OUTLINE,\n";
    let m = &files.meta;
    let points = list(&m.state_of_play, |p| {
        format!(
            "Point {{ heading: {:?}, text: {:?}, sources: {} }}",
            p.heading,
            p.text,
            index.refs("SourceId", &index.sources, &p.sources)
        )
    });
    let _ = writeln!(
        out,
        "meta: Meta {{ title: {:?}, as_of: {}, standfirst: {:?}, state_of_play: {points} }},",
        m.title,
        date_lit(date(&m.as_of)),
        m.standfirst
    );
    let _ = writeln!(
        out,
        "parties: {},",
        list(&files.parties, |p| format!(
            "Party {{ id: {:?}, name: {:?}, side: {:?}, description: {:?} }}",
            p.id, p.name, p.side, p.description
        ))
    );
    let _ = writeln!(
        out,
        "groups: {},",
        list(&files.groups, |g| format!(
            "Group {{ id: {:?}, name: {:?} }}",
            g.id, g.name
        ))
    );
    let _ = writeln!(
        out,
        "issues: {},",
        list(&files.issues, |i| {
            format!(
                "Issue {{ id: {:?}, group: GroupId({}), name: {:?}, question: {:?} }}",
                i.id, index.groups[&i.group], i.name, i.question
            )
        })
    );
    let _ = writeln!(
        out,
        "tracks: {},",
        list(&files.tracks, |t| format!(
            "Track {{ id: {:?}, name: {:?}, description: {:?} }}",
            t.id, t.name, t.description
        ))
    );
    let _ = writeln!(
        out,
        "people: {},",
        list(&files.people, |p| {
            let side = p.side.as_ref().map_or("None".into(), |s| {
                format!("Some(PartyId({}))", index.parties[s])
            });
            format!(
                "Person {{ id: {:?}, name: {:?}, side: {side}, role: {:?}, sources: {} }}",
                p.id,
                p.name,
                p.role,
                index.refs("SourceId", &index.sources, &p.sources)
            )
        })
    );
    let _ = writeln!(
        out,
        "sources: {},",
        list(&files.sources, |s| {
            format!(
            "Source {{ id: {:?}, publisher: {:?}, via: {:?}, date: {}, url: {:?}, state_media: {} }}",
            s.id,
            s.publisher,
            s.via,
            s.date.as_ref().map_or("None".into(), |d| format!("Some({})", date_lit(date(d)))),
            s.url,
            s.state_media
        )
        })
    );
    let _ = writeln!(
        out,
        "events: {},",
        list(&events, |e| {
            let when = span_lit(&e.date, &e.end);
            format!(
            "Event {{ id: {:?}, when: {when}, title: {:?}, tracks: {}, place: {:?}, people: {}, summary: {:?}, sources: {}, confidence: {} }}",
            e.id,
            e.title,
            index.refs("TrackId", &index.tracks, &e.tracks),
            e.place,
            index.refs("PersonId", &index.people, &e.people),
            e.summary,
            index.refs("SourceId", &index.sources, &e.sources),
            confidence(&e.confidence)
        )
        })
    );
    let _ = writeln!(
        out,
        "stances: {},",
        list(&stances, |s| {
            let event = event_ref(&index, s);
            let document = s.document.as_ref().map_or("None".into(), |id| {
                format!("Some(DocumentId({}))", index.documents[id])
            });
            let regions: Vec<String> = s
                .regions
                .iter()
                .map(|(region, status)| {
                    let status = RegionStatus::from_slug(status).unwrap_or_else(|| {
                        panic!("unchecked region status reached code generation: {status}")
                    });
                    format!(
                        "(RegionId({}), ::model::land::RegionStatus::{status:?})",
                        index.regions[region]
                    )
                })
                .collect();
            let regions = format!("&[{}]", regions.join(", "));
            format!(
            "Stance {{ issue: IssueId({}), party: PartyId({}), from: {}, summary: {:?}, details: {:?}, event: {event}, document: {document}, regions: {regions}, sources: {}, confidence: {} }}",
            index.issues[&s.issue],
            index.parties[&s.party],
            date_lit(date(&s.from)),
            s.summary,
            s.details,
            index.refs("SourceId", &index.sources, &s.sources),
            confidence(&s.confidence)
        )
        })
    );
    let _ = writeln!(
        out,
        "documents: {},",
        list(&documents, |d| {
            format!(
            "Document {{ id: {:?}, title: {:?}, short: {:?}, when: {}, by: {:?}, status: {:?}, public: {:?}, event: {}, sources: {}, confidence: {} }}",
            d.id,
            d.title,
            d.short,
            span_lit(&d.date, &d.end),
            d.by,
            d.status,
            d.public,
            d.event.as_ref().map_or("None".into(), |e| format!("Some(EventId({}))", index.events[e])),
            index.refs("SourceId", &index.sources, &d.sources),
            confidence(&d.confidence)
        )
        })
    );
    let _ = writeln!(
        out,
        "provisions: {},",
        list(&provisions, |p| {
            format!(
            "Provision {{ document: DocumentId({}), issue: IssueId({}), point: {:?}, text: {:?}, omits: {}, same_as: {}, sources: {} }}",
            index.documents[&p.document],
            index.issues[&p.issue],
            p.point,
            p.text,
            p.omits,
            index.refs("DocumentId", &index.documents, &p.same_as),
            index.refs("SourceId", &index.sources, &p.sources)
        )
        })
    );
    let _ = writeln!(
        out,
        "corrections: {},",
        list(&files.corrections, |c| {
            format!(
                "Correction {{ claim: {:?}, correction: {:?}, sources: {} }}",
                c.claim,
                c.correction,
                index.refs("SourceId", &index.sources, &c.sources)
            )
        })
    );
    let _ = writeln!(
        out,
        "revisions: {},",
        list(&files.revisions, |r| {
            format!(
                "Revision {{ id: {:?}, when: {}, what: {:?}, before: {:?}, after: {:?}, why: {:?}, sources: {} }}",
                r.id,
                date_lit(date(&r.date)),
                r.what,
                r.before,
                r.after,
                r.why,
                index.refs("SourceId", &index.sources, &r.sources)
            )
        })
    );
    let land = files.meta.land_map.as_ref();
    let issue_ref = |id: Option<&String>| {
        id.map_or("None".into(), |id| {
            format!("Some(IssueId({}))", index.issues[id])
        })
    };
    let _ = writeln!(
        out,
        "map: LandMap {{ view_box: {:?}, regions: {}, issue: {}, plant_issue: {} }},",
        files.map.view_box,
        list(&files.map.regions, |r| format!(
            "Region {{ id: {:?}, name: {:?}, path: {:?} }}",
            r.id, r.name, r.path
        )),
        issue_ref(land.map(|m| &m.issue)),
        issue_ref(land.map(|m| &m.plant_issue)),
    );
    out += "};\n";
    (outline, out)
}

const HEADER: &str = "// Generated by build.rs from data/*.json: edit those files, not this one.\n";

fn outline(
    files: &Files,
    index: &Index,
    events: &[&schema::Event],
    stances: &[&schema::Stance],
    documents: &[&schema::Document],
) -> String {
    let mut out = String::from(HEADER);
    out += "use ::model::date::{Date, When};\nuse ::model::outline::*;\nuse ::model::types::*;\n\n";
    out += "pub static OUTLINE: Outline = Outline {\n";
    let _ = writeln!(out, "as_of: {},", date_lit(date(&files.meta.as_of)));
    let keys = |ids: &mut dyn Iterator<Item = &String>| {
        let body: Vec<String> = ids.map(|id| format!("Key {{ id: {id:?} }}")).collect();
        format!("&[{}]", body.join(", "))
    };
    let _ = writeln!(
        out,
        "parties: {},",
        keys(&mut files.parties.iter().map(|p| &p.id))
    );
    let _ = writeln!(
        out,
        "groups: {},",
        keys(&mut files.groups.iter().map(|g| &g.id))
    );
    let _ = writeln!(
        out,
        "issues: {},",
        list(&files.issues, |i| format!(
            "IssueKey {{ id: {:?}, group: GroupId({}) }}",
            i.id, index.groups[&i.group]
        ))
    );
    let _ = writeln!(
        out,
        "tracks: {},",
        keys(&mut files.tracks.iter().map(|t| &t.id))
    );
    let _ = writeln!(
        out,
        "people: {},",
        keys(&mut files.people.iter().map(|p| &p.id))
    );
    let _ = writeln!(
        out,
        "events: {},",
        list(events, |e| format!(
            "EventKey {{ id: {:?}, when: {}, tracks: {}, people: {} }}",
            e.id,
            span_lit(&e.date, &e.end),
            index.refs("TrackId", &index.tracks, &e.tracks),
            index.refs("PersonId", &index.people, &e.people)
        ))
    );
    let _ = writeln!(
        out,
        "stances: {},",
        list(stances, |s| format!(
            "StanceKey {{ issue: IssueId({}), party: PartyId({}), from: {}, event: {} }}",
            index.issues[&s.issue],
            index.parties[&s.party],
            date_lit(date(&s.from)),
            event_ref(index, s)
        ))
    );
    let _ = writeln!(
        out,
        "documents: {},",
        keys(&mut documents.iter().map(|d| &d.id))
    );
    let mut first: Vec<usize> = files
        .meta
        .compare
        .iter()
        .map(|d| index.documents[d])
        .collect();
    first.sort_unstable();
    let first: Vec<String> = first.iter().map(|i| format!("DocumentId({i})")).collect();
    let _ = writeln!(out, "compared_first: &[{}],", first.join(", "));
    out += "};\n";
    out
}

/// A `When` from a start date and an optional end date.
fn span_lit(start: &str, end: &Option<String>) -> String {
    match end {
        None => format!("When::On({})", date_lit(date(start))),
        Some(end) => format!(
            "When::Span({}, {})",
            date_lit(date(start)),
            date_lit(date(end))
        ),
    }
}

fn event_ref(index: &Index, s: &schema::Stance) -> String {
    s.event.as_ref().map_or("None".into(), |e| {
        format!("Some(EventId({}))", index.events[e])
    })
}

/// Events by start date, then end date; events on the same dates keep their order in the file.
fn events_in_order(files: &Files) -> Vec<&schema::Event> {
    let mut events: Vec<&schema::Event> = files.events.iter().collect();
    events.sort_by_key(|e| (date(&e.date), e.end.as_deref().map(date)));
    events
}

/// Documents by start date, then end date, keeping the file's order for the same dates.
fn documents_in_order(files: &Files) -> Vec<&schema::Document> {
    let mut documents: Vec<&schema::Document> = files.documents.iter().collect();
    documents.sort_by_key(|d| (date(&d.date), d.end.as_deref().map(date)));
    documents
}

struct Index<'f> {
    parties: HashMap<&'f String, usize>,
    groups: HashMap<&'f String, usize>,
    issues: HashMap<&'f String, usize>,
    tracks: HashMap<&'f String, usize>,
    people: HashMap<&'f String, usize>,
    sources: HashMap<&'f String, usize>,
    events: HashMap<&'f String, usize>,
    documents: HashMap<&'f String, usize>,
    regions: HashMap<&'f String, usize>,
}

impl Index<'_> {
    /// `&[SourceId(3), SourceId(7)]` for a list of ids.
    fn refs(&self, ty: &str, index: &HashMap<&String, usize>, ids: &[String]) -> String {
        let items: Vec<String> = ids
            .iter()
            .map(|id| format!("{ty}({})", index[id]))
            .collect();
        format!("&[{}]", items.join(", "))
    }
}

fn positions<'f>(ids: impl Iterator<Item = &'f String>) -> HashMap<&'f String, usize> {
    ids.enumerate().map(|(i, id)| (id, i)).collect()
}

fn list<T>(items: &[T], each: impl Fn(&T) -> String) -> String {
    let body: Vec<String> = items
        .iter()
        .map(|item| format!("    {},\n", each(item)))
        .collect();
    format!("&[\n{}]", body.concat())
}

/// Dates are checked before generation, so a bad one here is a bug in the checker.
fn date(text: &str) -> Date {
    Date::parse(text).unwrap_or_else(|e| panic!("unchecked date reached code generation: {e}"))
}

fn date_lit(d: Date) -> String {
    format!("Date::new({}, {}, {})", d.year, d.month, d.day)
}

fn confidence(letter: &str) -> String {
    format!(
        "Confidence::{:?}",
        Confidence::from_letter(letter).unwrap_or(Confidence::Low)
    )
}
