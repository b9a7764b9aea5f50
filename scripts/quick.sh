#!/usr/bin/env bash
# The quick verdict for developers, within about two minutes warm: the native tests, a
# development build (no release optimisation: no LTO, no wasm-opt, no minifying or
# precompressing), and the browser tests' behaviour checks at one width and one theme, two
# files at a time: 94 s after a one-line change in render/src/views/. The axe matrix, the
# width and theme checks, the sweeps over every page, card and address, and the hosting
# checks are the full run's (scripts/test.sh, as CI runs; docs/testing.md says which).
# Builds into dist/, like the full run: run scripts/test.sh or trunk build --release before
# measuring or shipping.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh --test

echo "== formatting (cargo fmt --check)"
cargo fmt --all --check

echo "== native tests (cargo test)"
cargo test --quiet -p model --features record
cargo test --quiet -p peace-talks-explainer -p common -p render --lib --bins

echo "== development build (trunk build)"
trunk build

echo "== browser tests, quick tier (TESTS=quick)"
TESTS=quick node tests/browser/run.mjs --jobs "${JOBS:-2}"
