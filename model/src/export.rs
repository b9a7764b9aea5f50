//! "Get the data": the events and the stances as CSV and as JSON. The pre-render writes them
//! as files beside the page at build time. Both formats are written by hand, so this crate
//! needs a JSON library only for reading the data files (feature `record`).

use crate::date::When;
use crate::types::{Event, Provision, Record, SourceId, Stance};

/// One cell of an export: a text, or a list (joined with "; " in CSV, an array in JSON).
enum Value {
    Text(String),
    List(Vec<String>),
}

fn event_row(r: &Record, e: &Event) -> Vec<(&'static str, Value)> {
    use Value::*;
    vec![
        ("id", Text(e.id.into())),
        ("date", Text(e.when.start().iso())),
        ("end", Text(end(e.when))),
        ("title", Text(e.title.into())),
        (
            "tracks",
            List(
                e.tracks
                    .iter()
                    .map(|t| r.track(*t).name.to_owned())
                    .collect(),
            ),
        ),
        ("place", Text(e.place.into())),
        (
            "people",
            List(
                e.people
                    .iter()
                    .map(|p| r.person(*p).name.to_owned())
                    .collect(),
            ),
        ),
        ("summary", Text(e.summary.into())),
        ("confidence", Text(e.confidence.letter().into())),
        (
            "after_snapshot",
            Text(
                if e.when.starts_after(r.meta.as_of) {
                    "yes"
                } else {
                    "no"
                }
                .into(),
            ),
        ),
        ("sources", List(urls(r, e.sources))),
    ]
}

fn stance_row(r: &Record, s: &Stance) -> Vec<(&'static str, Value)> {
    use Value::*;
    let issue = &r.issues[s.issue.index()];
    vec![
        ("issue", Text(issue.name.into())),
        ("group", Text(r.group(issue.group).name.into())),
        ("party", Text(r.party(s.party).name.into())),
        ("from", Text(s.from.iso())),
        ("summary", Text(s.summary.into())),
        ("details", Text(s.details.into())),
        (
            "event",
            Text(s.event.map(|e| r.event(e).id).unwrap_or_default().into()),
        ),
        (
            "document",
            Text(
                s.document
                    .map(|d| r.document(d).id)
                    .unwrap_or_default()
                    .into(),
            ),
        ),
        ("confidence", Text(s.confidence.letter().into())),
        ("sources", List(urls(r, s.sources))),
    ]
}

/// What one document says on one issue, with the document's particulars.
fn provision_row(r: &Record, p: &Provision) -> Vec<(&'static str, Value)> {
    use Value::*;
    let (d, issue) = (r.document(p.document), r.issue(p.issue));
    vec![
        ("document", Text(d.id.into())),
        ("title", Text(d.title.into())),
        ("date", Text(d.when.start().iso())),
        ("end", Text(end(d.when))),
        ("status", Text(d.status.into())),
        ("issue", Text(issue.name.into())),
        ("group", Text(r.group(issue.group).name.into())),
        (
            "point",
            Text(p.point.map(|n| n.to_string()).unwrap_or_default()),
        ),
        ("text", Text(p.text.into())),
        ("omits", Text(if p.omits { "yes" } else { "no" }.into())),
        (
            "same_as",
            List(
                p.same_as
                    .iter()
                    .map(|d| r.document(*d).id.to_owned())
                    .collect(),
            ),
        ),
        ("sources", List(urls(r, p.sources))),
    ]
}

/// The last day of a span, or nothing for a single date.
fn end(when: When) -> String {
    match when {
        When::Span(_, end) => end.iso(),
        When::On(_) => String::new(),
    }
}

fn urls(r: &Record, sources: &[SourceId]) -> Vec<String> {
    sources
        .iter()
        .map(|s| r.source(*s).url.to_owned())
        .collect()
}

pub fn events_csv(r: &Record) -> String {
    csv(r.events.iter().map(|e| event_row(r, e)))
}
pub fn stances_csv(r: &Record) -> String {
    csv(r.stances.iter().map(|s| stance_row(r, s)))
}
pub fn events_json(r: &Record) -> String {
    json(r.events.iter().map(|e| event_row(r, e)))
}
pub fn stances_json(r: &Record) -> String {
    json(r.stances.iter().map(|s| stance_row(r, s)))
}
pub fn provisions_csv(r: &Record) -> String {
    csv(r.provisions.iter().map(|p| provision_row(r, p)))
}
pub fn provisions_json(r: &Record) -> String {
    json(r.provisions.iter().map(|p| provision_row(r, p)))
}

/// RFC 4180 CSV with a header row; list cells join their items with "; ".
fn csv(rows: impl Iterator<Item = Vec<(&'static str, Value)>>) -> String {
    let mut out = String::new();
    for (i, row) in rows.enumerate() {
        if i == 0 {
            let header: Vec<&str> = row.iter().map(|(name, _)| *name).collect();
            out += &header.join(",");
            out += "\r\n";
        }
        let cells: Vec<String> = row
            .iter()
            .map(|(_, value)| match value {
                Value::Text(t) => csv_cell(t),
                Value::List(items) => csv_cell(&items.join("; ")),
            })
            .collect();
        out += &cells.join(",");
        out += "\r\n";
    }
    out
}

fn csv_cell(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// A JSON array of objects, one per row, list cells as arrays of strings.
fn json(rows: impl Iterator<Item = Vec<(&'static str, Value)>>) -> String {
    let objects: Vec<String> = rows
        .map(|row| {
            let fields: Vec<String> = row
                .iter()
                .map(|(name, value)| {
                    let value = match value {
                        Value::Text(t) => json_string(t),
                        Value::List(items) => {
                            format!(
                                "[{}]",
                                items
                                    .iter()
                                    .map(|i| json_string(i))
                                    .collect::<Vec<_>>()
                                    .join(",")
                            )
                        }
                    };
                    format!("{}:{value}", json_string(name))
                })
                .collect();
            format!("  {{{}}}", fields.join(","))
        })
        .collect();
    format!("[\n{}\n]\n", objects.join(",\n"))
}

fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_record::RECORD;

    #[test]
    fn csv_quotes_what_needs_quoting() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a, b"), "\"a, b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("two\nlines"), "\"two\nlines\"");
    }

    #[test]
    fn events_csv_has_a_header_and_one_row_per_event() {
        let text = events_csv(&RECORD);
        let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(lines.len(), 1 + RECORD.events.len());
        assert_eq!(
            lines[0],
            "id,date,end,title,tracks,place,people,summary,confidence,after_snapshot,sources"
        );
        assert_eq!(
            lines[3],
            "abu-dhabi,2026-01-23,2026-01-24,First trilateral talks,Trilateral; US–Russia,\"Emirates Palace, Abu Dhabi\",Steve Witkoff,A security working group.,H,yes,https://example.org/"
        );
    }

    #[test]
    fn json_is_valid_with_every_item() {
        for (text, count) in [
            (events_json(&RECORD), RECORD.events.len()),
            (stances_json(&RECORD), RECORD.stances.len()),
            (provisions_json(&RECORD), RECORD.provisions.len()),
        ] {
            let parsed: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
            assert_eq!(parsed.as_array().map(Vec::len), Some(count));
        }
        let events: serde_json::Value = serde_json::from_str(&events_json(&RECORD)).unwrap();
        assert_eq!(
            events[2]["tracks"],
            serde_json::json!(["Trilateral", "US–Russia"])
        );
        assert_eq!(events[2]["end"], "2026-01-24");
    }

    #[test]
    fn provisions_carry_their_document_and_point() {
        let text = provisions_csv(&RECORD);
        let lines: Vec<&str> = text.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert_eq!(lines.len(), 1 + RECORD.provisions.len());
        assert_eq!(
            lines[0],
            "document,title,date,end,status,issue,group,point,text,omits,same_as,sources"
        );
        assert_eq!(
            lines[3],
            "plan,The plan,2025-11-20,,leaked,Amnesty,Justice,26,An amnesty for all.,no,,https://example.org/"
        );
        assert_eq!(
            lines[4],
            "framework,The framework,2025-12-23,2025-12-24,read out,NATO,Security,,\"Neutrality, as the memorandum had it.\",no,memo,https://example.org/"
        );
    }

    #[test]
    fn json_escapes_and_lists() {
        assert_eq!(
            json_string("a \"b\" \\ c\n\u{1}"),
            "\"a \\\"b\\\" \\\\ c\\n\\u0001\""
        );
        let text = stances_json(&RECORD);
        assert!(text.starts_with("[\n  {\"issue\":\"NATO\",\"group\":\"Security\",\"party\":\"Ukraine\",\"from\":\"2022-09-30\""));
        assert!(text.contains("\"sources\":[\"https://example.org/t\"]"));
    }
}
