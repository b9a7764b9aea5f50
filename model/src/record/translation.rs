//! The Ukrainian edition's texts (`data/uk/`): one file per data file that has words in it,
//! each an object from an item's key to the Ukrainian texts of its fields:
//!
//! ```json
//! { "crimea-annexed": { "title": "…", "place": "…", "summary": "…" } }
//! ```
//!
//! An item's key is its `id`; a stance's is `issue/party/from`, a provision's
//! `document/issue`; in `meta.json` the page's own texts are under `page` and the state of
//! play's points under `state-of-play/1`, `state-of-play/2`, … in order; in `map.json` the
//! regions' names are under their ids. Everything else (ids, dates, sources, links, statuses)
//! is the English file's: one record, two languages of words.
//!
//! [`translate`] puts the Ukrainian texts in place of the English ones and names every text
//! that is missing, empty, the same as the English one, or for an item or field the English
//! files do not have, and every break of the house style a program can see (`style`: a word
//! the glossary bans, a year without «року»).

use super::schema::Files;
use super::style;
use super::Problem;
use std::collections::BTreeMap;

/// One file of Ukrainian texts: item key → field → text.
pub type Texts = BTreeMap<String, BTreeMap<String, String>>;

/// The files of `data/uk/`, by name (`events.json`).
pub type Translation = BTreeMap<String, Texts>;

/// The data files with words in them, each with the name `check` uses for its items.
pub const FILES: [(&str, &str); 13] = [
    ("meta.json", "meta"),
    ("parties.json", "party"),
    ("groups.json", "group"),
    ("issues.json", "issue"),
    ("tracks.json", "track"),
    ("people.json", "person"),
    ("events.json", "event"),
    ("stances.json", "stance"),
    ("documents.json", "document"),
    ("provisions.json", "provision"),
    ("corrections.json", "correction"),
    ("revisions.json", "revision"),
    ("map.json", "region"),
];

/// The folder of the Ukrainian texts within the data folder.
pub const FOLDER: &str = "uk";

/// One English text that has a Ukrainian version.
struct Slot<'a> {
    file: &'static str,
    key: String,
    field: &'static str,
    text: &'a mut String,
}

/// Every text of the record, with its file, its item's key and its field.
fn slots(files: &mut Files) -> Vec<Slot<'_>> {
    /// One item's texts.
    fn item<'a, const N: usize>(
        out: &mut Vec<Slot<'a>>,
        file: &'static str,
        key: String,
        fields: [(&'static str, &'a mut String); N],
    ) {
        // A text the English leaves out (an event's unknown place) has no Ukrainian either.
        for (field, text) in fields.into_iter().filter(|(_, text)| !text.is_empty()) {
            let key = key.clone();
            out.push(Slot {
                file,
                key,
                field,
                text,
            });
        }
    }
    let Files {
        meta,
        parties,
        groups,
        issues,
        tracks,
        people,
        events,
        stances,
        documents,
        provisions,
        corrections,
        revisions,
        map,
        ..
    } = files;
    let mut out = Vec::new();
    let page = [
        ("title", &mut meta.title),
        ("standfirst", &mut meta.standfirst),
    ];
    item(&mut out, "meta.json", "page".into(), page);
    for (i, p) in meta.state_of_play.iter_mut().enumerate() {
        let fields = [("heading", &mut p.heading), ("text", &mut p.text)];
        item(
            &mut out,
            "meta.json",
            format!("state-of-play/{}", i + 1),
            fields,
        );
    }
    for p in parties {
        let fields = [
            ("name", &mut p.name),
            ("side", &mut p.side),
            ("description", &mut p.description),
        ];
        item(&mut out, "parties.json", p.id.clone(), fields);
    }
    for g in groups {
        item(
            &mut out,
            "groups.json",
            g.id.clone(),
            [("name", &mut g.name)],
        );
    }
    for i in issues {
        let fields = [("name", &mut i.name), ("question", &mut i.question)];
        item(&mut out, "issues.json", i.id.clone(), fields);
    }
    for t in tracks {
        let fields = [("name", &mut t.name), ("description", &mut t.description)];
        item(&mut out, "tracks.json", t.id.clone(), fields);
    }
    for p in people {
        let fields = [("name", &mut p.name), ("role", &mut p.role)];
        item(&mut out, "people.json", p.id.clone(), fields);
    }
    for e in events {
        let fields = [
            ("title", &mut e.title),
            ("place", &mut e.place),
            ("summary", &mut e.summary),
        ];
        item(&mut out, "events.json", e.id.clone(), fields);
    }
    for s in stances {
        let key = format!("{}/{}/{}", s.issue, s.party, s.from);
        let fields = [("summary", &mut s.summary), ("details", &mut s.details)];
        item(&mut out, "stances.json", key, fields);
    }
    for d in documents {
        let fields = [
            ("title", &mut d.title),
            ("short", &mut d.short),
            ("by", &mut d.by),
            ("public", &mut d.public),
        ];
        item(&mut out, "documents.json", d.id.clone(), fields);
    }
    for p in provisions {
        let key = format!("{}/{}", p.document, p.issue);
        item(&mut out, "provisions.json", key, [("text", &mut p.text)]);
    }
    for c in corrections {
        let fields = [("claim", &mut c.claim), ("correction", &mut c.correction)];
        item(&mut out, "corrections.json", c.id.clone(), fields);
    }
    for r in revisions {
        let fields = [
            ("what", &mut r.what),
            ("before", &mut r.before),
            ("after", &mut r.after),
            ("why", &mut r.why),
        ];
        item(&mut out, "revisions.json", r.id.clone(), fields);
    }
    for r in &mut map.regions {
        item(&mut out, "map.json", r.id.clone(), [("name", &mut r.name)]);
    }
    out
}

/// Puts the Ukrainian texts of `uk` in place of the English ones in `files`, and returns what
/// is wrong with them. A text left as it was is reported, unless it has no Latin letter
/// (a number, say), which reads the same in both languages.
pub fn translate(files: &mut Files, uk: &Translation) -> Vec<Problem> {
    let glossary = files.glossary.clone();
    let mut problems = Vec::new();
    let mut known: BTreeMap<(&str, String), Vec<&str>> = BTreeMap::new();
    let empty = Texts::new();
    for slot in slots(files) {
        let texts = uk.get(slot.file).unwrap_or(&empty);
        let problem = |message: String| Problem {
            file: format!("{FOLDER}/{}", slot.file),
            item: item_label(slot.file, &slot.key),
            message,
        };
        match texts
            .get(&slot.key)
            .and_then(|fields| fields.get(slot.field))
        {
            None => problems.push(problem(format!("has no Ukrainian \"{}\"", slot.field))),
            Some(text) if text.trim().is_empty() => problems.push(problem(format!(
                "its Ukrainian \"{}\" is empty",
                slot.field
            ))),
            Some(text)
                if text.trim() == slot.text.trim()
                    && text.chars().any(|c| c.is_ascii_alphabetic()) =>
            {
                problems.push(problem(format!(
                    "its Ukrainian \"{}\" is the English text, untranslated",
                    slot.field
                )))
            }
            Some(text) => {
                // The house style, where a program can check it (`style`).
                for message in style::problems(text, &glossary) {
                    problems.push(problem(format!(
                        "its Ukrainian \"{}\" {message}",
                        slot.field
                    )));
                }
                *slot.text = text.clone();
            }
        }
        known
            .entry((slot.file, slot.key))
            .or_default()
            .push(slot.field);
    }
    // Texts for items or fields the English files do not have: a renamed id or a misspelt
    // field would otherwise be a translation that silently never shows.
    for (file, texts) in uk {
        for (key, fields) in texts {
            let item = || item_label(file, key);
            match known.get(&(file.as_str(), key.clone())) {
                None => problems.push(Problem {
                    file: format!("{FOLDER}/{file}"),
                    item: item(),
                    message: format!("is not in the English {file}"),
                }),
                Some(known_fields) => {
                    for field in fields
                        .keys()
                        .filter(|f| !known_fields.contains(&f.as_str()))
                    {
                        problems.push(Problem {
                            file: format!("{FOLDER}/{file}"),
                            item: item(),
                            message: format!(
                                "has \"{field}\", which is not one of its texts ({})",
                                known_fields.join(", ")
                            ),
                        });
                    }
                }
            }
        }
    }
    problems
}

/// `event "crimea-annexed"`, `stance "territory/ukraine/2022-11-15"`.
fn item_label(file: &str, key: &str) -> String {
    let kind = FILES
        .iter()
        .find(|(name, _)| *name == file)
        .map_or("item", |(_, kind)| kind);
    format!("{kind} \"{key}\"")
}
