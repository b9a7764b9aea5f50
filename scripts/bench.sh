#!/usr/bin/env bash
# The size and speed benchmark (see BENCHMARKS.md): builds the release dist/ and two builds
# with synthetic events (1,000 and 10,000, in target/bench/, never shipped), then measures
# bytes, load timings against a plain HTML page and TimelineJS, and interaction latency.
# Usage: bash scripts/bench.sh [--runs N] [--write]   (--write updates BENCHMARKS.md)
#        bash scripts/bench.sh --cards [--runs N] [--write]   (the embed cards only, bench/cards.mjs)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh --test

if [ "${1:-}" = "--cards" ]; then
  shift
  echo "== release build (dist/)"
  trunk build --release
  echo "== embed cards"
  exec node bench/cards.mjs "$@"
fi

for n in 1000 10000; do
  echo "== release build with $n synthetic events (target/bench/dist-$n)"
  EXPLAINER_SYNTHETIC_EVENTS=$n trunk build --release --dist "target/bench/dist-$n"
done
# Last, so dist/ holds the real record.
echo "== release build (dist/)"
trunk build --release

echo "== benchmark"
node bench/bench.mjs "$@"
