//! Checks the data files in `data/` (at the top of the repository) and turns them into Rust:
//! `$OUT_DIR/outline.rs` (ids, dates and links, all the browser's script compiles in) and
//! `$OUT_DIR/record.rs` (the whole record, for the build-time renderer) and
//! `$OUT_DIR/record_uk.rs` (the same with the Ukrainian texts of `data/uk/`). Nothing parses
//! JSON at run time.

use std::path::Path;
use std::process::exit;

fn main() {
    // The record's files are at the top of the repository, for editors to find.
    let data = Path::new("../data");
    // A folder here means: rerun when anything in it changes.
    println!("cargo:rerun-if-changed=../data");
    // The benchmark's switch for synthetic events (scripts/bench.sh); never set otherwise.
    println!("cargo:rerun-if-env-changed=EXPLAINER_SYNTHETIC_EVENTS");
    let synthetic = std::env::var("EXPLAINER_SYNTHETIC_EVENTS").ok().map(|n| {
        n.parse()
            .expect("EXPLAINER_SYNTHETIC_EVENTS must be a number of events")
    });
    match model::record::build(data, synthetic) {
        Ok(source) => {
            let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
            for (name, text) in [
                ("outline.rs", source.outline),
                ("record.rs", source.record),
                ("record_uk.rs", source.record_uk),
            ] {
                let out = Path::new(&dir).join(name);
                std::fs::write(&out, text)
                    .unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
            }
        }
        Err(problems) => {
            eprintln!("\nThe data files have {} problem(s):", problems.len());
            for problem in &problems {
                eprintln!("  {problem}");
            }
            eprintln!();
            exit(1);
        }
    }
}
