#!/usr/bin/env bash
# Lighthouse (through @lhci/cli 0.14.0: newer versions need Node 22) on the release build, in
# Debian's Chromium, for the desktop and mobile presets. dist/ is served gzip-compressed, as
# every static host sends it (scripts/static-server.mjs --gzip): Lighthouse's mobile preset
# simulates a slow network from the bytes sent, and uncompressed HTML would be six times
# larger than what a reader downloads. It prints, for each preset, every
# category's score (performance, accessibility, best practices, SEO), then first and largest
# contentful paint, speed index, total blocking time and layout shift with their scores, then
# any binary audit that fails. Not part of the test command: run it after
# `bash scripts/test.sh` has built dist/.
#   bash scripts/lighthouse.sh [page] [runs]   e.g. "timeline/" or "uk/", 3 (default: the
#   English positions page, once per preset). Set EXPLAINER_SITE_URL when building dist/ for
#   the canonical and hreflang tags that SEO wants absolute.
# @lhci/cli is pinned in bench/lighthouse/package-lock.json, apart from the test tools, and
# installed from it on first use (again only when the lock file changes).
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="$(mktemp -d)"
LH=bench/lighthouse
if ! cmp -s "$LH/package-lock.json" "$LH/node_modules/.installed-lock"; then
  (cd "$LH" && npm ci --no-audit --no-fund)
  cp "$LH/package-lock.json" "$LH/node_modules/.installed-lock"
fi
PAGE="${1:-}"
RUNS="${2:-1}"
export CHROME_PATH=/usr/bin/chromium
PORT=8719
node scripts/static-server.mjs dist "$PORT" --gzip > /dev/null &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
sleep 0.5
for preset in desktop mobile; do
  if [ "$preset" = desktop ]; then PRESET_FLAG="--settings.preset=desktop"; else PRESET_FLAG=""; fi
  "$LH/node_modules/.bin/lhci" collect --url="http://127.0.0.1:$PORT/${PAGE}" \
    --numberOfRuns="$RUNS" $PRESET_FLAG \
    --settings.chromeFlags="--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync" \
    > "$OUT/collect-$preset.log" 2>&1 || { cat "$OUT/collect-$preset.log"; exit 1; }
  for report in .lighthouseci/lhr-*.json; do
    node -e '
      const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
      const s = Object.values(r.categories).map((c) => `${c.title} ${c.score}`).join(", ");
      console.log(`${process.argv[2]} ${r.finalDisplayedUrl}: ${s}`);
      const metrics = ["first-contentful-paint", "largest-contentful-paint", "speed-index", "total-blocking-time", "cumulative-layout-shift"];
      console.log("  " + metrics.map((m) => `${r.audits[m].title}: ${r.audits[m].displayValue} (score ${r.audits[m].score})`).join("; "));
      for (const a of Object.values(r.audits)) if (a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary") console.log(`  failing: ${a.id}`);
    ' "$report" "$preset"
  done
  rm -rf .lighthouseci
done
