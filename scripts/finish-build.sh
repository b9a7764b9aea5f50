#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml), on the build in $TRUNK_STAGING_DIR: renders the page
# natively into index.html, and in Ukrainian into uk/index.html, and writes each edition's data
# downloads beside it (render/src/bin/prerender.rs), gives the wasm's imports short names
# (scripts/short-imports.mjs), and on release builds minifies wasm-bindgen's JS glue (Trunk's
# own minifier cannot parse it) and the start script, and writes the compressed copies
# (scripts/precompress.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TRUNK_STAGING_DIR:?run by Trunk, which sets TRUNK_STAGING_DIR}"
# The page as Trunk wrote it, before the pre-render fills it: the browser tests pre-render it
# again for a host whose address is known (tests/browser/hosted.mjs).
target="${CARGO_TARGET_DIR:-target}"
mkdir -p "$target"
cp "$TRUNK_STAGING_DIR/index.html" "$target/page-template.html"
cargo run --quiet -p render --bin prerender -- "$TRUNK_STAGING_DIR/index.html"
# Short names for the wasm's imports, in it and in its glue: 2 KB less gzip.
node scripts/short-imports.mjs "$TRUNK_STAGING_DIR"
# Release builds only: a development build (scripts/quick.sh) is for this machine's browser,
# and brotli's best setting on its unoptimised wasm takes seconds.
if [ "${TRUNK_PROFILE:-}" = "release" ]; then
  for glue in "$TRUNK_STAGING_DIR"/peace-talks-explainer-*.js; do
    npx --no-install terser "$glue" --module --compress --mangle --output "$glue"
  done
  # The start script too: every page loads it first, and its comments are most of it (4.5 KB
  # gzip as written, 2.0 KB minified). embed.js stays as written, for newsrooms to read.
  npx --no-install terser "$TRUNK_STAGING_DIR/start.js" --compress --mangle --output "$TRUNK_STAGING_DIR/start.js"
  npx --no-install terser "$TRUNK_STAGING_DIR/search.js" --module --compress --mangle --output "$TRUNK_STAGING_DIR/search.js"
  node scripts/precompress.mjs
fi
