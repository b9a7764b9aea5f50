#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml), on the build in $TRUNK_STAGING_DIR: renders the page
# natively into index.html, and in Ukrainian into uk/index.html, and writes each edition's data
# downloads beside it (src/bin/prerender.rs),
# minifies wasm-bindgen's JS glue on release builds (Trunk's own minifier cannot parse it),
# then writes the compressed copies (scripts/precompress.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TRUNK_STAGING_DIR:?run by Trunk, which sets TRUNK_STAGING_DIR}"
cargo run --quiet --bin prerender -- "$TRUNK_STAGING_DIR/index.html"
if [ "${TRUNK_PROFILE:-}" = "release" ]; then
  for glue in "$TRUNK_STAGING_DIR"/peace-talks-explainer-*.js; do
    npx --no-install terser "$glue" --module --compress --mangle --output "$glue"
  done
fi
node scripts/precompress.mjs
