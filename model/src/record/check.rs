//! The rules every data file must follow; `dating.rs` adds those that keep each stance true
//! on every day it holds. Each rule has a broken fixture in `model/tests/fixtures/` that
//! proves it fires.

use super::schema::Files;
use super::schema::DOCUMENT_STATUSES;
use super::style;
use super::{provision_label, stance_label, Problem};
use crate::date::Date;
use crate::land::RegionStatus;
use crate::types::Confidence;
use std::collections::{HashMap, HashSet};

/// Text length limits, in characters, that keep the layout sound.
pub mod limits {
    pub const TITLE: usize = 80;
    pub const STANDFIRST: usize = 400;
    pub const HEADING: usize = 60;
    pub const POINT: usize = 400;
    pub const NAME: usize = 50;
    pub const SHORT_NAME: usize = 30;
    pub const DESCRIPTION: usize = 240;
    pub const QUESTION: usize = 140;
    pub const PUBLISHER: usize = 60;
    /// Long enough for a percent-encoded Cyrillic address.
    pub const URL: usize = 500;
    pub const EVENT_TITLE: usize = 100;
    pub const PLACE: usize = 80;
    /// About two sentences.
    pub const EVENT_SUMMARY: usize = 420;
    /// One line in a table cell.
    pub const STANCE_SUMMARY: usize = 140;
    pub const STANCE_DETAILS: usize = 900;
    pub const CORRECTION: usize = 500;
    /// What a revision corrected, as a heading.
    pub const REVISION_WHAT: usize = 120;
    /// What a document says on one issue: a cell of the comparison.
    pub const PROVISION: usize = 300;
}

/// Every problem in the files; empty when they are sound.
pub fn check(files: &Files) -> Vec<Problem> {
    let mut c = Checker::new(files);
    c.meta();
    c.parties();
    c.groups_and_issues();
    c.tracks();
    c.people();
    c.sources();
    c.events();
    c.stances();
    c.documents();
    c.provisions();
    c.corrections();
    c.revisions();
    c.unused_sources();
    c.glossary();
    c.problems.extend(super::dating::check(files));
    // The Ukrainian texts are checked against sound English files and a sound glossary: an
    // item whose English is broken would only add noise about its translation.
    if c.problems.is_empty() {
        c.problems = super::translation::translate(&mut files.clone(), &files.uk);
    }
    c.problems
}

struct Checker<'f> {
    files: &'f Files,
    problems: Vec<Problem>,
    /// Known ids per data file.
    ids: HashMap<&'static str, HashSet<&'f str>>,
    used_sources: HashSet<&'f str>,
}

impl<'f> Checker<'f> {
    fn new(files: &'f Files) -> Self {
        let mut c = Checker {
            files,
            problems: Vec::new(),
            ids: HashMap::new(),
            used_sources: HashSet::new(),
        };
        c.collect_ids(
            "parties.json",
            "party",
            files.parties.iter().map(|x| x.id.as_str()),
        );
        c.collect_ids(
            "groups.json",
            "group",
            files.groups.iter().map(|x| x.id.as_str()),
        );
        c.collect_ids(
            "issues.json",
            "issue",
            files.issues.iter().map(|x| x.id.as_str()),
        );
        c.collect_ids(
            "tracks.json",
            "track",
            files.tracks.iter().map(|x| x.id.as_str()),
        );
        c.collect_ids(
            "people.json",
            "person",
            files.people.iter().map(|x| x.id.as_str()),
        );
        c.collect_ids(
            "sources.json",
            "source",
            files.sources.iter().map(|x| x.id.as_str()),
        );
        c.collect_ids(
            "events.json",
            "event",
            files.events.iter().map(|x| x.id.as_str()),
        );
        c.collect_ids(
            "corrections.json",
            "correction",
            files.corrections.iter().map(|x| x.id.as_str()),
        );
        c.collect_ids(
            "revisions.json",
            "revision",
            files.revisions.iter().map(|x| x.id.as_str()),
        );
        c.collect_ids(
            "documents.json",
            "document",
            files.documents.iter().map(|x| x.id.as_str()),
        );
        c.collect_ids(
            "map.json",
            "region",
            files.map.regions.iter().map(|x| x.id.as_str()),
        );
        c
    }

    fn problem(&mut self, file: &str, item: &str, message: String) {
        self.problems.push(Problem {
            file: file.into(),
            item: item.into(),
            message,
        });
    }

    /// Ids are short lower-case slugs, unique within their file.
    fn collect_ids(&mut self, file: &'static str, kind: &str, ids: impl Iterator<Item = &'f str>) {
        let mut seen = HashSet::new();
        for id in ids {
            let item = format!("{kind} \"{id}\"");
            let slug = !id.is_empty()
                && id.len() <= 60
                && id.split('-').all(|part| {
                    !part.is_empty()
                        && part
                            .bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
                });
            if !slug {
                self.problem(file, &item, "id must be lower-case letters and digits joined by single hyphens, at most 60 characters".into());
            }
            if !seen.insert(id) {
                self.problem(file, &item, "id is used twice in this file".into());
            }
        }
        // A record may have nothing to correct, in the brief or in itself.
        if seen.is_empty() && !matches!(file, "corrections.json" | "revisions.json") {
            self.problem(
                file,
                "the whole file",
                format!("must list at least one {kind}"),
            );
        }
        self.ids.insert(file, seen);
    }

    fn text(&mut self, file: &str, item: &str, field: &str, value: &str, max: usize) {
        if value.trim().is_empty() {
            self.problem(file, item, format!("{field} is empty"));
        } else if value.chars().count() > max {
            let n = value.chars().count();
            self.problem(
                file,
                item,
                format!("{field} is {n} characters long; the limit is {max}"),
            );
        }
    }

    fn date(&mut self, file: &str, item: &str, field: &str, value: &str) -> Option<Date> {
        match Date::parse(value) {
            Ok(date) => Some(date),
            Err(e) => {
                self.problem(file, item, format!("{field}: {e}"));
                None
            }
        }
    }

    /// A `date` with an optional `end`, which must come after it (events, documents).
    fn span(&mut self, file: &str, item: &str, date: &str, end: &Option<String>) {
        let start = self.date(file, item, "date", date);
        if let Some(end) = end {
            let end = self.date(file, item, "end", end);
            if let (Some(start), Some(end)) = (start, end) {
                if end.last_day() <= start.last_day() {
                    self.problem(
                        file,
                        item,
                        format!("end ({end}) must come after date ({start})"),
                    );
                }
            }
        }
    }

    /// Each reference must name an item of `target`, and no item twice.
    fn refs<'a>(
        &mut self,
        file: &str,
        item: &str,
        field: &str,
        target: &'static str,
        refs: impl IntoIterator<Item = &'a String>,
    ) {
        let mut seen = HashSet::new();
        for r in refs {
            let known = self
                .ids
                .get(target)
                .is_some_and(|ids| ids.contains(r.as_str()));
            if !known {
                self.problem(
                    file,
                    item,
                    format!("{field} names \"{r}\", which is not in {target}"),
                );
            }
            if !seen.insert(r) {
                self.problem(file, item, format!("{field} names \"{r}\" twice"));
            }
        }
    }

    /// Sources: at least one, each known; they count as used.
    fn sources_of(&mut self, file: &str, item: &str, sources: &'f [String]) {
        if sources.is_empty() {
            self.problem(
                file,
                item,
                "has no source: every claim needs at least one".into(),
            );
        }
        self.refs(file, item, "sources", "sources.json", sources);
        self.used_sources.extend(sources.iter().map(String::as_str));
    }

    fn confidence(&mut self, file: &str, item: &str, value: &str) {
        if Confidence::from_letter(value).is_none() {
            self.problem(
                file,
                item,
                format!("confidence is \"{value}\"; use H, M or L"),
            );
        }
    }

    fn meta(&mut self) {
        let (f, m) = ("meta.json", &self.files.meta);
        self.text(f, "meta", "title", &m.title, limits::TITLE);
        self.text(f, "meta", "standfirst", &m.standfirst, limits::STANDFIRST);
        if let Some(date) = self.date(f, "meta", "as_of", &m.as_of) {
            if date.is_month() {
                self.problem(f, "meta", "as_of must be a day (YYYY-MM-DD)".into());
            }
        }
        if m.state_of_play.is_empty() {
            self.problem(
                f,
                "meta",
                "state_of_play must have at least one point".into(),
            );
        }
        for (i, point) in m.state_of_play.iter().enumerate() {
            let item = format!("state_of_play point {} (\"{}\")", i + 1, point.heading);
            self.text(f, &item, "heading", &point.heading, limits::HEADING);
            self.text(f, &item, "text", &point.text, limits::POINT);
            self.sources_of(f, &item, &point.sources);
        }
        self.refs(f, "meta", "compare", "documents.json", &m.compare);
        if let Some(map) = &m.land_map {
            self.refs(f, "meta", "land_map issue", "issues.json", [&map.issue]);
            self.refs(
                f,
                "meta",
                "land_map plant_issue",
                "issues.json",
                [&map.plant_issue],
            );
        }
        if !(2..=4).contains(&m.compare.len()) {
            self.problem(
                f,
                "meta",
                format!(
                    "compare must name two to four documents, the ones \"Compare the plans\" shows first; it names {}",
                    m.compare.len()
                ),
            );
        }
    }

    fn parties(&mut self) {
        for p in &self.files.parties {
            let (f, item) = ("parties.json", format!("party \"{}\"", p.id));
            self.text(f, &item, "name", &p.name, limits::SHORT_NAME);
            self.text(f, &item, "side", &p.side, limits::SHORT_NAME);
            self.text(f, &item, "description", &p.description, limits::DESCRIPTION);
        }
    }

    fn groups_and_issues(&mut self) {
        for g in &self.files.groups {
            self.text(
                "groups.json",
                &format!("group \"{}\"", g.id),
                "name",
                &g.name,
                limits::SHORT_NAME,
            );
        }
        for i in &self.files.issues {
            let (f, item) = ("issues.json", format!("issue \"{}\"", i.id));
            self.text(f, &item, "name", &i.name, limits::NAME);
            self.text(f, &item, "question", &i.question, limits::QUESTION);
            self.refs(f, &item, "group", "groups.json", [&i.group]);
        }
    }

    fn tracks(&mut self) {
        for t in &self.files.tracks {
            let (f, item) = ("tracks.json", format!("track \"{}\"", t.id));
            self.text(f, &item, "name", &t.name, limits::SHORT_NAME);
            self.text(f, &item, "description", &t.description, limits::DESCRIPTION);
        }
    }

    fn people(&mut self) {
        for p in &self.files.people {
            let (f, item) = ("people.json", format!("person \"{}\"", p.id));
            self.text(f, &item, "name", &p.name, limits::NAME);
            self.text(f, &item, "role", &p.role, limits::DESCRIPTION);
            self.refs(f, &item, "side", "parties.json", &p.side);
            self.sources_of(f, &item, &p.sources);
        }
    }

    fn sources(&mut self) {
        let mut urls = HashSet::new();
        for s in &self.files.sources {
            let (f, item) = ("sources.json", format!("source \"{}\"", s.id));
            self.text(f, &item, "publisher", &s.publisher, limits::PUBLISHER);
            if let Some(via) = &s.via {
                self.text(f, &item, "via", via, limits::PUBLISHER);
            }
            if let Some(date) = &s.date {
                self.date(f, &item, "date", date);
            }
            self.text(f, &item, "url", &s.url, limits::URL);
            let well_formed = (s.url.starts_with("https://") || s.url.starts_with("http://"))
                && s.url.len() > "https://x.y".len()
                && !s
                    .url
                    .chars()
                    .any(|c| c.is_whitespace() || c == '"' || c == '<' || c == '>');
            if !well_formed {
                self.problem(
                    f,
                    &item,
                    format!(
                        "url \"{}\" is not a web address (http:// or https://, no spaces)",
                        s.url
                    ),
                );
            }
            if !urls.insert(s.url.as_str()) {
                self.problem(
                    f,
                    &item,
                    format!(
                        "url \"{}\" is listed twice; cite the first source instead",
                        s.url
                    ),
                );
            }
        }
    }

    fn events(&mut self) {
        for e in &self.files.events {
            let (f, item) = ("events.json", format!("event \"{}\"", e.id));
            self.text(f, &item, "title", &e.title, limits::EVENT_TITLE);
            if !e.place.is_empty() {
                self.text(f, &item, "place", &e.place, limits::PLACE);
            }
            self.text(f, &item, "summary", &e.summary, limits::EVENT_SUMMARY);
            self.span(f, &item, &e.date, &e.end);
            if e.tracks.is_empty() {
                self.problem(f, &item, "has no track: name at least one".into());
            }
            self.refs(f, &item, "tracks", "tracks.json", &e.tracks);
            self.refs(f, &item, "people", "people.json", &e.people);
            self.sources_of(f, &item, &e.sources);
            self.confidence(f, &item, &e.confidence);
        }
    }

    fn stances(&mut self) {
        let mut seen = HashSet::new();
        for s in &self.files.stances {
            let (f, item) = ("stances.json", stance_label(&s.party, &s.issue, &s.from));
            self.refs(f, &item, "issue", "issues.json", [&s.issue]);
            self.refs(f, &item, "party", "parties.json", [&s.party]);
            self.refs(f, &item, "event", "events.json", &s.event);
            self.refs(f, &item, "document", "documents.json", &s.document);
            self.date(f, &item, "from", &s.from);
            self.text(f, &item, "summary", &s.summary, limits::STANCE_SUMMARY);
            self.text(f, &item, "details", &s.details, limits::STANCE_DETAILS);
            self.sources_of(f, &item, &s.sources);
            self.confidence(f, &item, &s.confidence);
            self.regions(f, &item, s);
            if !seen.insert((&s.issue, &s.party, &s.from)) {
                self.problem(
                    f,
                    &item,
                    "two stances of one party on one issue start on the same date".into(),
                );
            }
        }
    }

    /// A stance's regions: only on the mapped issue, each on the map, each with a known status.
    fn regions(&mut self, f: &str, item: &str, s: &'f super::schema::Stance) {
        if s.regions.is_empty() {
            return;
        }
        let mapped = self.files.meta.land_map.as_ref().map(|m| m.issue.as_str());
        if mapped != Some(s.issue.as_str()) {
            let drawn = mapped.map_or("no issue (meta.json has no land_map)".to_owned(), |i| {
                format!("the stances on \"{i}\"")
            });
            self.problem(
                f,
                item,
                format!("lists regions, but the land maps draw {drawn}"),
            );
        }
        self.refs(f, item, "regions", "map.json", s.regions.keys());
        for (region, status) in &s.regions {
            if RegionStatus::from_slug(status).is_none() {
                let allowed: Vec<&str> = RegionStatus::ALL.iter().map(|s| s.slug()).collect();
                self.problem(
                    f,
                    item,
                    format!(
                        "region \"{region}\" is \"{status}\"; use \"{}\"",
                        allowed.join("\", \"")
                    ),
                );
            }
        }
    }

    fn documents(&mut self) {
        for d in &self.files.documents {
            let (f, item) = ("documents.json", format!("document \"{}\"", d.id));
            self.text(f, &item, "title", &d.title, limits::TITLE);
            self.text(f, &item, "short", &d.short, limits::SHORT_NAME);
            self.text(f, &item, "by", &d.by, limits::DESCRIPTION);
            self.text(f, &item, "public", &d.public, limits::DESCRIPTION);
            self.span(f, &item, &d.date, &d.end);
            if !DOCUMENT_STATUSES.contains(&d.status.as_str()) {
                let allowed = DOCUMENT_STATUSES.join("\", \"");
                self.problem(
                    f,
                    &item,
                    format!("status is \"{}\"; use \"{allowed}\"", d.status),
                );
            }
            self.refs(f, &item, "event", "events.json", &d.event);
            self.sources_of(f, &item, &d.sources);
            self.confidence(f, &item, &d.confidence);
            if !self.files.provisions.iter().any(|p| p.document == d.id) {
                self.problem(
                    f,
                    &item,
                    "says nothing on any issue: add its provisions to provisions.json".into(),
                );
            }
        }
    }

    fn provisions(&mut self) {
        let mut seen = HashSet::new();
        for p in &self.files.provisions {
            let (f, item) = ("provisions.json", provision_label(&p.document, &p.issue));
            self.refs(f, &item, "document", "documents.json", [&p.document]);
            self.refs(f, &item, "issue", "issues.json", [&p.issue]);
            self.text(f, &item, "text", &p.text, limits::PROVISION);
            if p.point == Some(0) {
                self.problem(
                    f,
                    &item,
                    "point 0 does not exist: points count from 1".into(),
                );
            }
            self.refs(f, &item, "same_as", "documents.json", &p.same_as);
            for other in &p.same_as {
                let says_something = self.files.provisions.iter().any(|q| {
                    &q.document == other
                        && q.issue == p.issue
                        && !q.omits
                        && q.document != p.document
                });
                if !says_something {
                    self.problem(
                        f,
                        &item,
                        format!(
                            "same_as names \"{other}\", which says nothing else on \"{}\"",
                            p.issue
                        ),
                    );
                }
            }
            if p.omits && !p.same_as.is_empty() {
                self.problem(
                    f,
                    &item,
                    "a text that omits the point cannot be the same as another".into(),
                );
            }
            self.sources_of(f, &item, &p.sources);
            if !seen.insert((&p.document, &p.issue)) {
                self.problem(
                    f,
                    &item,
                    "is listed twice: one text per document and issue".into(),
                );
            }
        }
    }

    fn corrections(&mut self) {
        for c in &self.files.corrections {
            let (f, item) = ("corrections.json", format!("correction \"{}\"", c.id));
            self.text(f, &item, "claim", &c.claim, limits::CORRECTION);
            self.text(f, &item, "correction", &c.correction, limits::CORRECTION);
            self.sources_of(f, &item, &c.sources);
        }
    }

    /// Corrections to this explainer: each made after the snapshot it describes, with its
    /// texts and sources.
    fn revisions(&mut self) {
        let as_of = Date::parse(&self.files.meta.as_of).ok();
        for r in &self.files.revisions {
            let (f, item) = ("revisions.json", format!("revision \"{}\"", r.id));
            if let (Some(day), Some(as_of)) = (self.date(f, &item, "date", &r.date), as_of) {
                if day.is_month() {
                    self.problem(f, &item, "date must be a day (YYYY-MM-DD)".into());
                } else if day < as_of {
                    self.problem(
                        f,
                        &item,
                        format!("date ({day}) is before the snapshot ({as_of}): a revision corrects the published explainer"),
                    );
                }
            }
            self.text(f, &item, "what", &r.what, limits::REVISION_WHAT);
            self.text(f, &item, "before", &r.before, limits::CORRECTION);
            self.text(f, &item, "after", &r.after, limits::CORRECTION);
            self.text(f, &item, "why", &r.why, limits::CORRECTION);
            self.sources_of(f, &item, &r.sources);
        }
    }

    /// The Ukrainian glossary: each entry says what to write, what not to and why, and its
    /// match (where it has one) finds every form it says to avoid and not the form to write,
    /// so that an entry is its own test.
    fn glossary(&mut self) {
        let f = &format!("{}/{}", super::translation::FOLDER, style::GLOSSARY);
        for e in &self.files.glossary {
            let item = format!("glossary entry \"{}\"", e.english);
            self.text(f, &item, "english", &e.english, limits::DESCRIPTION);
            self.text(f, &item, "write", &e.write, limits::DESCRIPTION);
            self.text(f, &item, "why", &e.why, limits::DESCRIPTION);
            if e.avoid.is_empty() || e.avoid.iter().any(|a| a.trim().is_empty()) {
                self.problem(
                    f,
                    &item,
                    "avoid must name each word or phrase the edition does not use".into(),
                );
            }
            if e.pattern.is_empty() {
                let exceptions = [&e.except, &e.except_after, &e.except_before];
                if exceptions.iter().any(|x| !x.is_empty()) || e.exact_case {
                    self.problem(
                        f,
                        &item,
                        "has exceptions or exact_case but no match, so nothing is checked".into(),
                    );
                }
                continue;
            }
            let empty = |w: &String| w.trim_start_matches('=').trim().is_empty();
            if e.pattern.iter().any(empty) {
                self.problem(
                    f,
                    &item,
                    "match has an empty word: give how each word starts, or \"=word\" for that word exactly".into(),
                );
                continue;
            }
            for avoid in &e.avoid {
                if style::find(e, &style::words(avoid)).is_none() {
                    self.problem(
                        f,
                        &item,
                        format!("match does not find «{avoid}», which the entry says to avoid"),
                    );
                }
            }
            if let Some(run) = style::find(e, &style::words(&e.write)) {
                self.problem(
                    f,
                    &item,
                    format!(
                        "match finds «{}» in its own \"write\": the check would refuse the form it asks for",
                        run.join(" ")
                    ),
                );
            }
        }
    }

    /// A source nobody cites is either a mistake or clutter in the Sources view.
    fn unused_sources(&mut self) {
        for s in &self.files.sources {
            if !self.used_sources.contains(s.id.as_str()) {
                self.problem(
                    "sources.json",
                    &format!("source \"{}\"", s.id),
                    "is not cited by any item; cite it or remove it".into(),
                );
            }
        }
    }
}
