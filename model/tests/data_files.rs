//! The data check: the real data passes, and each broken fixture fails with its message.
//!
//! `fixtures/valid/` is a small sound record, with its Ukrainian texts in `uk/`. Each folder
//! in `fixtures/broken/` replaces some of its files (a file named `NAME.absent` removes `NAME`;
//! files in its own `uk/` replace the Ukrainian ones) and lists in `expected.txt` the exact
//! problems the check must report.

#![cfg(feature = "record")]

use model::record::{self, Problem};
use std::fs;
use std::path::{Path, PathBuf};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn problems_in(dir: &Path) -> Vec<String> {
    let result = record::load(dir).and_then(|files| {
        let problems = record::check(&files);
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    });
    result
        .err()
        .unwrap_or_default()
        .iter()
        .map(Problem::to_string)
        .collect()
}

/// Lays the valid fixture with one broken fixture over it in a fresh folder.
fn assemble(broken: &Path) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "explainer-fixture-{}-{}",
        std::process::id(),
        broken.file_name().unwrap().to_string_lossy()
    ));
    let _ = fs::remove_dir_all(&dir);
    lay(&fixtures().join("valid"), &dir);
    lay(broken, &dir);
    dir
}

/// Copies the files of `from` and its `uk/` into `to`, removing those named `NAME.absent`.
fn lay(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            lay(&path, &to.join(&name));
        } else if let Some(removed) = name.strip_suffix(".absent") {
            fs::remove_file(to.join(removed)).unwrap();
        } else if name != "expected.txt" {
            fs::copy(&path, to.join(&name)).unwrap();
        }
    }
}

#[test]
fn the_real_data_is_sound() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
    assert_eq!(problems_in(&data), Vec::<String>::new());
}

#[test]
fn the_interface_words_keep_the_house_style() {
    // The data check reads the record's Ukrainian texts; the interface's own words
    // (`render/src/words/uk.json`) follow the same house style and glossary, so they are read here.
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
    let glossary = record::load(&data).unwrap().glossary;
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../render/src/words/uk.json");
    let words: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&fs::read_to_string(path).unwrap()).unwrap();
    let problems: Vec<String> = words
        .iter()
        .flat_map(|(english, ukrainian)| {
            let text = ukrainian.as_str().unwrap_or_default();
            record::style::problems(text, &glossary)
                .into_iter()
                .map(move |m| format!("render/src/words/uk.json: {english:?}: its Ukrainian {m}"))
        })
        .collect();
    assert_eq!(problems, Vec::<String>::new());
}

#[test]
fn the_fixtures_check_the_real_glossary() {
    // The broken fixtures prove the glossary's rules fire, so they must hold the glossary
    // the real data is checked against.
    let real = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data/uk/glossary.json");
    let fixture = fixtures().join("valid/uk/glossary.json");
    assert_eq!(
        fs::read_to_string(fixture).unwrap(),
        fs::read_to_string(real).unwrap(),
        "copy data/uk/glossary.json to model/tests/fixtures/valid/uk/"
    );
}

#[test]
fn the_valid_fixture_is_sound_and_generates_code() {
    let dir = fixtures().join("valid");
    assert_eq!(problems_in(&dir), Vec::<String>::new());
    let source = record::build(&dir, None).unwrap();
    assert!(source.record.contains("pub static RECORD: Record"));
    assert!(source
        .record
        .contains("when: When::On(Date::new(2026, 1, 20))"));
    assert!(source.record.contains("state_media: true"));
    assert!(source.outline.contains("pub static OUTLINE: Outline"));
    assert!(source
        .outline
        .contains("when: When::On(Date::new(2026, 1, 20))"));
    assert!(
        !source.outline.contains("state_media"),
        "the outline holds no sources"
    );
}

#[test]
fn synthetic_benchmark_events_pass_the_checks_in_date_order() {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("../data");
    let mut files = record::load(&data).unwrap();
    let real = files.events.len();
    record::synthetic::pad_events(&mut files, 1_000);
    assert_eq!(files.events.len(), 1_000);
    assert_eq!(record::check(&files), vec![]);
    assert!(files.events.windows(2).all(|w| w[0].date <= w[1].date));
    assert_eq!(
        files
            .events
            .iter()
            .filter(|e| e.id.starts_with("synthetic-"))
            .count(),
        1_000 - real
    );
    assert!(files.meta.title.starts_with("SYNTHETIC BENCHMARK DATA"));
    assert!(record::build(&data, Some(1_000)).is_ok());
}

#[test]
fn each_broken_fixture_fails_with_its_message() {
    let mut folders: Vec<PathBuf> = fs::read_dir(fixtures().join("broken"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    folders.sort();
    assert!(folders.len() >= 20, "the fixtures are missing");
    for folder in folders {
        let expected: Vec<String> = fs::read_to_string(folder.join("expected.txt"))
            .unwrap()
            .lines()
            .map(str::to_owned)
            .collect();
        let dir = assemble(&folder);
        assert_eq!(problems_in(&dir), expected, "fixture {}", folder.display());
        fs::remove_dir_all(dir).unwrap();
    }
}

#[test]
fn every_problem_is_reported_at_once() {
    // An editor fixing a file should see all its problems in one build, not one per build.
    let dir = assemble(&fixtures().join("broken/no-source"));
    let mut events: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(dir.join("events.json")).unwrap()).unwrap();
    events[0]["confidence"] = "Z".into();
    events[0]["title"] = "".into();
    fs::write(dir.join("events.json"), events.to_string()).unwrap();
    let problems = problems_in(&dir);
    assert_eq!(problems.len(), 3, "{problems:#?}");
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn an_event_may_leave_out_its_place_in_both_editions_together() {
    // Where the research gives no place, the event gives none, rather than a guess.
    let dir = assemble(&fixtures().join("valid"));
    let english = dir.join("events.json");
    let mut events: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&english).unwrap()).unwrap();
    let id = events[0]["id"].as_str().unwrap().to_owned();
    events[0].as_object_mut().unwrap().remove("place");
    fs::write(&english, events.to_string()).unwrap();
    let problems = problems_in(&dir);
    assert_eq!(
        problems,
        [format!(
            "data/uk/events.json: event \"{id}\": has \"place\", which is not one of its texts (title, summary)"
        )],
        "the Ukrainian must leave it out too"
    );
    let ukrainian = dir.join("uk/events.json");
    let mut texts: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&ukrainian).unwrap()).unwrap();
    texts[&id].as_object_mut().unwrap().remove("place");
    fs::write(&ukrainian, texts.to_string()).unwrap();
    assert_eq!(problems_in(&dir), Vec::<String>::new());
    fs::remove_dir_all(dir).unwrap();
}
