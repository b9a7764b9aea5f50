#!/usr/bin/env bash
# Times what a newcomer waits for, in a fresh clone of this repository with nothing beside
# it: `bash scripts/serve.sh` until the page answers on http://127.0.0.1:8080, then (with
# --test) `bash scripts/test.sh` twice, and the quick tier once and again after a one-line
# change in render/src/views/. The README's times come from this script.
#
# The Rust and npm tools it installs go into a fresh CARGO_HOME and npm cache in the clone's
# folder, as on a bare machine, so nothing of this machine's own set-up is used or changed;
# the Rust toolchain itself (rustup's), Node.js, and Debian's Chromium are the machine's.
# With --serve-starts=N, serve.sh is started N times in all, each further start from a fresh
# build folder (CARGO_TARGET_DIR), and any start that stops before serving fails the run.
# Usage: bash scripts/newcomer.sh [--test] [--keep] [--serve-starts=N]
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WITH_TESTS=""; KEEP=""; SERVE_STARTS=1
for arg in "$@"; do
  case "$arg" in
    --test) WITH_TESTS=1 ;;
    --keep) KEEP=1 ;;
    --serve-starts=*) SERVE_STARTS="${arg#*=}" ;;
    *) echo "newcomer.sh: unknown argument $arg (use --test, --keep, --serve-starts=N)" >&2; exit 2 ;;
  esac
done
if ! [[ "$SERVE_STARTS" =~ ^[1-9][0-9]*$ ]]; then
  echo "newcomer.sh: --serve-starts takes a whole number of at least 1" >&2
  exit 2
fi
if curl -s -o /dev/null http://127.0.0.1:8080/; then
  echo "newcomer.sh: something already answers on 127.0.0.1:8080; stop it first" >&2
  exit 1
fi

WORK="$(mktemp -d /tmp/newcomer.XXXXXX)"
SERVER=""
finish() {
  [ -n "$SERVER" ] && kill -- "-$SERVER" 2>/dev/null || true
  if [ -z "$KEEP" ]; then rm -rf "$WORK"; else echo "kept $WORK"; fi
}
trap finish EXIT
git clone --quiet "$ROOT" "$WORK/explainer"
export CARGO_HOME="$WORK/cargo-home" npm_config_cache="$WORK/npm-cache"
# The machine's own Trunk and wasm-bindgen must not be found: keep only rustup's tools of its
# bin folder on the PATH.
mkdir -p "$WORK/rustup-bin"
# (rustfmt and clippy too: the test command checks formatting and lints.)
for tool in cargo rustc rustdoc rustup cargo-fmt rustfmt cargo-clippy clippy-driver; do
  ln -s "$(command -v "$tool")" "$WORK/rustup-bin/$tool"
done
PATH="$WORK/rustup-bin:$(printf '%s' "$PATH" | tr ':' '\n' | grep -vx "$HOME/.cargo/bin" | paste -sd:)"
export PATH
if command -v trunk > /dev/null || command -v wasm-bindgen > /dev/null; then
  echo "newcomer.sh: trunk or wasm-bindgen is still on the PATH ($(command -v trunk wasm-bindgen))" >&2
  exit 1
fi
cd "$WORK/explainer"
say() { printf '\033[1m[newcomer]\033[0m %s\n' "$*"; }
seconds() { echo $(( $(date +%s) - $1 )); }
report=()

# Starts serve.sh and waits until both editions answer; fails if it stops first. $1 names the
# run in the log's file name.
serve_once() {
  local log="$WORK/serve-$1.log"
  set -m
  bash scripts/serve.sh > "$log" 2>&1 &
  SERVER=$!
  set +m
  # (Not curl | grep -q: with pipefail, grep's early exit fails curl, and the loop never ends.)
  until curl -sf -o "$WORK/page.html" http://127.0.0.1:8080/ && grep -q 'peace talks' "$WORK/page.html" \
    && curl -sf -o "$WORK/page-uk.html" http://127.0.0.1:8080/uk/ && grep -q 'lang="uk"' "$WORK/page-uk.html"; do
    if ! kill -0 "$SERVER" 2>/dev/null; then
      tail -30 "$log"
      echo "newcomer.sh: serve.sh stopped before serving the page ($log)" >&2
      exit 1
    fi
    sleep 2
  done
  kill -- "-$SERVER" 2>/dev/null || true
  wait "$SERVER" 2>/dev/null || true
  SERVER=""
}

say "serve: bash scripts/serve.sh (log: $WORK/serve-first.log)"
start=$(date +%s)
serve_once first
report+=("bare machine to both editions served (serve.sh): $(seconds "$start") s")
# Each further start from a cold build folder of its own, as the first build was: the build
# that Trunk's watcher once died in.
for run in $(seq 2 "$SERVE_STARTS"); do
  say "serve: start $run of $SERVE_STARTS, from a fresh CARGO_TARGET_DIR (log: $WORK/serve-$run.log)"
  start=$(date +%s)
  CARGO_TARGET_DIR="$WORK/target-$run" serve_once "$run"
  rm -rf "$WORK/target-$run"
  report+=("serve.sh start $run, cold build folder, tools in place: $(seconds "$start") s")
done

if [ -n "$WITH_TESTS" ]; then
  for run in cold warm; do
    say "test: bash scripts/test.sh, $run (log: $WORK/test-$run.log)"
    start=$(date +%s)
    bash scripts/test.sh > "$WORK/test-$run.log" 2>&1 || { tail -40 "$WORK/test-$run.log"; exit 1; }
    report+=("full test command, $run: $(seconds "$start") s")
  done
  # The first quick run also builds the development wasm for the first time; a developer's
  # next ones are warm.
  say "quick: bash scripts/quick.sh, first run (log: $WORK/quick-first.log)"
  start=$(date +%s)
  bash scripts/quick.sh > "$WORK/quick-first.log" 2>&1 || { tail -40 "$WORK/quick-first.log"; exit 1; }
  report+=("quick command, first run: $(seconds "$start") s")
  say "quick: one line changed in render/src/views/, then bash scripts/quick.sh (log: $WORK/quick.log)"
  echo "// A one-line change, as a developer makes." >> render/src/views/people.rs
  start=$(date +%s)
  bash scripts/quick.sh > "$WORK/quick.log" 2>&1 || { tail -40 "$WORK/quick.log"; exit 1; }
  report+=("quick command after a one-line change: $(seconds "$start") s")
fi

say "measured on $(date -u +%Y-%m-%d), $(nproc) cores:"
printf '  %s\n' "${report[@]}"
