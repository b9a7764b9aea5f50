//! Build time only: reads the JSON data files, checks them, and writes them out as Rust.
//!
//! `build.rs` calls [`build`]; any problem fails the build with one line per problem, naming
//! the file, the item and what is wrong, so that an editor can fix the data without reading
//! Rust.

mod check;
mod codegen;
mod dating;
pub mod schema;
pub mod style;
pub mod synthetic;
pub mod translation;

use core::fmt;
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::path::Path;

pub use check::check;
pub use codegen::{generate, Generated};

/// Something wrong in a data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file name within the data folder, such as `events.json`.
    pub file: String,
    /// Which item: `event "davos-envoys"`, `stance of "ukraine" on "nato" from 2025-12-14`.
    pub item: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "data/{}: {}: {}", self.file, self.item, self.message)
    }
}

/// Reads, checks and converts the data folder into the Rust source of the `OUTLINE` and
/// `RECORD` statics.
/// `synthetic_events`, for the benchmark only, pads the events out to that many.
pub fn build(dir: &Path, synthetic_events: Option<usize>) -> Result<Generated, Vec<Problem>> {
    let mut files = load(dir)?;
    if let Some(total) = synthetic_events {
        synthetic::pad_events(&mut files, total);
    }
    let problems = check(&files);
    if problems.is_empty() {
        Ok(generate(&files))
    } else {
        Err(problems)
    }
}

/// Reads and parses every data file, collecting every problem rather than stopping at the first.
pub fn load(dir: &Path) -> Result<schema::Files, Vec<Problem>> {
    let mut problems = Vec::new();
    let meta = read_json(dir, "meta.json", &mut problems).and_then(|value| {
        parse_item::<schema::Meta>("meta.json", "meta".into(), value, &mut problems)
    });
    let map = read_json(dir, "map.json", &mut problems).and_then(|value| {
        parse_item::<schema::Map>("map.json", "the map".into(), value, &mut problems)
    });
    let files = schema::Files {
        meta: meta.unwrap_or_default(),
        parties: read_list(dir, "parties.json", "party", &mut problems),
        groups: read_list(dir, "groups.json", "group", &mut problems),
        issues: read_list(dir, "issues.json", "issue", &mut problems),
        tracks: read_list(dir, "tracks.json", "track", &mut problems),
        people: read_list(dir, "people.json", "person", &mut problems),
        sources: read_list(dir, "sources.json", "source", &mut problems),
        events: read_list(dir, "events.json", "event", &mut problems),
        stances: read_list(dir, "stances.json", "stance", &mut problems),
        corrections: read_list(dir, "corrections.json", "correction", &mut problems),
        revisions: read_list(dir, "revisions.json", "revision", &mut problems),
        documents: read_list(dir, "documents.json", "document", &mut problems),
        provisions: read_list(dir, "provisions.json", "provision", &mut problems),
        map: map.unwrap_or_default(),
        uk: translation::FILES
            .iter()
            .filter_map(|(file, _)| {
                let path = format!("{}/{file}", translation::FOLDER);
                let value = read_json(dir, &path, &mut problems)?;
                let texts = parse_item(&path, "the whole file".into(), value, &mut problems)?;
                Some((file.to_string(), texts))
            })
            .collect(),
        glossary: read_list(
            dir,
            &format!("{}/{}", translation::FOLDER, style::GLOSSARY),
            "glossary entry",
            &mut problems,
        ),
    };
    if problems.is_empty() {
        Ok(files)
    } else {
        Err(problems)
    }
}

fn read_json(dir: &Path, file: &str, problems: &mut Vec<Problem>) -> Option<Value> {
    let whole = |message: String| Problem {
        file: file.into(),
        item: "the whole file".into(),
        message,
    };
    let text = match std::fs::read_to_string(dir.join(file)) {
        Ok(text) => text,
        Err(e) => {
            problems.push(whole(format!("cannot be read ({e})")));
            return None;
        }
    };
    match serde_json::from_str(&text) {
        Ok(value) => Some(value),
        Err(e) => {
            problems.push(whole(format!("is not valid JSON: {e}")));
            None
        }
    }
}

/// Reads a file holding a JSON array, parsing each item on its own so that a problem names
/// the item it is in.
fn read_list<T: DeserializeOwned>(
    dir: &Path,
    file: &str,
    kind: &str,
    problems: &mut Vec<Problem>,
) -> Vec<T> {
    let Some(value) = read_json(dir, file, problems) else {
        return Vec::new();
    };
    let Value::Array(items) = value else {
        problems.push(Problem {
            file: file.into(),
            item: "the whole file".into(),
            message: format!("must be a JSON array ([ ... ]) of {kind} objects"),
        });
        return Vec::new();
    };
    items
        .into_iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let label = label_of_value(kind, i, &item);
            parse_item(file, label, item, problems)
        })
        .collect()
}

fn parse_item<T: DeserializeOwned>(
    file: &str,
    item: String,
    value: Value,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    match serde_json::from_value(value) {
        Ok(parsed) => Some(parsed),
        Err(e) => {
            problems.push(Problem {
                file: file.into(),
                item,
                message: e.to_string(),
            });
            None
        }
    }
}

/// Names an item that may not have parsed: by its id, or by what a stance is about, or by
/// its place in the file.
fn label_of_value(kind: &str, index: usize, item: &Value) -> String {
    let text = |key: &str| item.get(key).and_then(Value::as_str);
    match (text("id"), text("party"), text("issue"), text("from")) {
        (Some(id), ..) => format!("{kind} \"{id}\""),
        (None, None, None, None) if text("english").is_some() => {
            format!("{kind} \"{}\"", text("english").unwrap_or_default())
        }
        (None, Some(party), Some(issue), Some(from)) => stance_label(party, issue, from),
        (None, None, Some(issue), None) if text("document").is_some() => {
            provision_label(text("document").unwrap_or_default(), issue)
        }
        _ => format!("{kind} number {} in the list", index + 1),
    }
}

fn provision_label(document: &str, issue: &str) -> String {
    format!("what \"{document}\" says on \"{issue}\"")
}

fn stance_label(party: &str, issue: &str, from: &str) -> String {
    format!("stance of \"{party}\" on \"{issue}\" from {from}")
}
