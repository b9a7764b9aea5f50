//! Checks the data files in `data/` and turns them into Rust (`$OUT_DIR/record.rs`), so the
//! shipped app carries the record as plain static data and never parses JSON.

use std::path::Path;
use std::process::exit;

fn main() {
    let data = Path::new("data");
    // A folder here means: rerun when anything in it changes.
    println!("cargo:rerun-if-changed=data");
    // The benchmark's switch for synthetic events (scripts/bench.sh); never set otherwise.
    println!("cargo:rerun-if-env-changed=EXPLAINER_SYNTHETIC_EVENTS");
    let synthetic = std::env::var("EXPLAINER_SYNTHETIC_EVENTS").ok().map(|n| {
        n.parse()
            .expect("EXPLAINER_SYNTHETIC_EVENTS must be a number of events")
    });
    match model::record::build(data, synthetic) {
        Ok(source) => {
            let out =
                Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("record.rs");
            std::fs::write(&out, source)
                .unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
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
