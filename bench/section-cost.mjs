// What one section of the page costs at start: loads the built page as it is and with the
// section cut out of its HTML, alternately, at 4× CPU slowdown, and prints the medians of
// "interactive" (the app ready) and blocking time (long tasks beyond 50 ms), with the median
// of the paired differences, and the gzip bytes the section adds. This machine's noise is
// large (±100 ms between identical runs), hence the pairs.
// Usage, after a release build: node bench/section-cost.mjs [heading-id]   (default land-title)

import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { serve, launch, DIST, APP_READY } from '../tests/browser/harness.mjs';

const heading = process.argv[2] ?? 'land-title';
const html = await fs.readFile(path.join(DIST, 'index.html'), 'utf8');
const open = html.match(new RegExp(`<section[^>]*aria-labelledby=["']?${heading}["' >][^>]*>`));
if (!open) throw new Error(`no <section aria-labelledby="${heading}"> in dist/index.html`);
const end = html.indexOf('</section>', open.index) + '</section>'.length;
const without = html.slice(0, open.index) + html.slice(end);
const gzip = (text) => zlib.gzipSync(text, { level: 9 }).length;
console.log(`section "${heading}": ${((end - open.index) / 1024).toFixed(1)} KB raw, adds ${((gzip(html) - gzip(without)) / 1024).toFixed(1)} KB gzip`);

// Two copies of dist/: as built, and without the section (no precompressed HTML in either).
const root = await fs.mkdtemp(path.join(os.tmpdir(), 'section-cost-'));
for (const [name, page] of [['with', html], ['without', without]]) {
  await fs.cp(DIST, path.join(root, name), { recursive: true });
  for (const ext of ['.gz', '.br']) await fs.rm(path.join(root, name, `index.html${ext}`), { force: true });
  await fs.writeFile(path.join(root, name, 'index.html'), page);
}

const browser = await launch();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function load(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript((selector) => {
    const b = (window.__cost = { longtasks: [] });
    new PerformanceObserver((l) => l.getEntries().forEach((e) => b.longtasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
    new MutationObserver(() => { if (b.ready == null && document.querySelector(selector)) b.ready = performance.now(); })
      .observe(document, { childList: true, subtree: true, attributes: true });
  }, APP_READY);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__cost.ready != null);
  await page.waitForTimeout(1000);
  const b = await page.evaluate(() => window.__cost);
  await context.close();
  return { ready: b.ready, blocking: b.longtasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0) };
}
// Loads alternate, one without, one with, so that the machine's drift falls on both alike;
// the paired differences say what the section costs.
const RUNS = 15;
const with_ = await serve(path.join(root, 'with'));
const without_ = await serve(path.join(root, 'without'));
try {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push([await load(without_.url), await load(with_.url)]);
  const line = (label, pick) => {
    const [a, b] = [runs.map(([x]) => pick(x)), runs.map(([, y]) => pick(y))];
    const diff = median(runs.map(([x, y]) => pick(y) - pick(x)));
    console.log(`${label}: without ${median(a).toFixed(0)} ms, with ${median(b).toFixed(0)} ms, paired difference ${diff.toFixed(0)} ms (median of ${RUNS})`);
  };
  line('interactive, 4× CPU', (r) => r.ready);
  line('blocking, 4× CPU', (r) => r.blocking);
} finally {
  await with_.close();
  await without_.close();
  await browser.close();
  await fs.rm(root, { recursive: true, force: true });
}
