#!/usr/bin/env bash
# Sets everything up (see setup.sh), builds the release explainer, then serves it on
# http://127.0.0.1:8080 (or $TRUNK_SERVE_PORT), rebuilding when a file a person edits
# changes (Trunk.toml's [watch] list).
#
# The first build is made before Trunk's watcher starts, and if the watcher dies later
# (Trunk 0.21's notify-debouncer-full 0.5 panics on an inotify event without a path:
# notify-rs/notify#678), the last build stays served by scripts/static-server.mjs, and this
# script says so, rather than leaving nothing served.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
PORT="${TRUNK_SERVE_PORT:-8080}"
say() { printf '\033[1m[serve]\033[0m %s\n' "$*"; }

# Ctrl-C or a kill stops the script too: without this trap, a Trunk that exits cleanly on
# the signal would look like a Trunk that died, and the fallback would start.
trap 'exit 130' INT
trap 'exit 143' TERM

say "building the release explainer once before serving"
trunk build --release
say "serving on http://127.0.0.1:$PORT/ (English) and http://127.0.0.1:$PORT/uk/ (Ukrainian); Ctrl-C stops"
status=0
trunk serve --release --port "$PORT" || status=$?
say "Trunk stopped (exit $status), so edits are no longer rebuilt. The last build stays served on" \
  "http://127.0.0.1:$PORT/; run scripts/serve.sh again to rebuild on edits."
exec node scripts/static-server.mjs dist "$PORT"
