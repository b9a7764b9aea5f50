#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml), on the build in $TRUNK_STAGING_DIR: renders the app
# natively into index.html (src/bin/prerender.rs), then writes the compressed copies
# (scripts/precompress.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TRUNK_STAGING_DIR:?run by Trunk, which sets TRUNK_STAGING_DIR}"
cargo run --quiet --bin prerender -- "$TRUNK_STAGING_DIR/index.html"
node scripts/precompress.mjs
