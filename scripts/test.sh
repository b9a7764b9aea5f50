#!/usr/bin/env bash
# Sets up what the tests need, then runs them all: the native tests of the data check and
# the logic, the docs' links, serve.sh run as a newcomer runs it, then against the release
# build in dist/: its feeds read by feedparser, the Nu Html Checker on every HTML file, the
# browser tests in headless Chromium (with WordPress's own embed script among the parents),
# ending with each browser test file's time, and last the same pages in Gecko
# (Firefox ESR) and WebKit (WebKitGTK), side by side, their layout compared with Chromium's
# (docs/browsers.md). For a quicker verdict while working: scripts/quick.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh --test

echo "== formatting and lints (cargo fmt --check, cargo clippy -D warnings)"
cargo fmt --all --check
# The browser's script (the root crate) as the browser gets it, and every crate natively with
# its tests.
cargo clippy --quiet --target wasm32-unknown-unknown --lib --bin peace-talks-explainer -- -D warnings
cargo clippy --quiet --workspace --all-targets -- -D warnings

echo "== native tests (cargo test)"
cargo test -p model --features record
# The browser's script's allocator, what both sides share (common/), and the renderer (render/).
cargo test -p peace-talks-explainer -p common -p render --lib --bins
# The land maps' outlines are what scripts/map.mjs makes from the pinned npm package.
node scripts/map.mjs --check
# Every relative link in the README and the guides leads somewhere.
node scripts/check-links.mjs

echo "== the first command, as a newcomer runs it (tests/serve/: serve.sh from a cold build folder)"
node --test tests/serve/

echo "== release build (trunk build --release)"
trunk build --release

echo "== the feeds and the sitemap, read by real parsers (tests/feeds/: Python's feedparser and XML parser)"
node --test tests/feeds/

# The checker needs little CPU (about 5 s of it): it runs beside the Chromium tests, and says
# what it found after them.
echo "== HTML conformance (the Nu Html Checker on every HTML file in dist/), beside the browser tests"
vnu_log="$(mktemp)"
node tests/html/vnu.mjs > "$vnu_log" 2>&1 &
vnu_pid=$!
trap 'kill "$vnu_pid" 2>/dev/null || true; rm -f "$vnu_log"' EXIT

echo "== browser tests (node --test, playwright-core, Debian's Chromium), two files at a time"
node tests/browser/run.mjs --jobs 2

echo "== HTML conformance: what the Nu Html Checker found"
vnu_status=0
wait "$vnu_pid" || vnu_status=$?
cat "$vnu_log"
[ "$vnu_status" -eq 0 ]

echo "== other engines: Gecko (Firefox ESR, puppeteer-core) and WebKit (WebKitGTK, selenium-webdriver), side by side"
node tests/browser/run.mjs --jobs 1 tests/engines/engines.test.mjs
