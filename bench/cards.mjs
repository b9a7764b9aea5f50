// The embed cards' benchmark (BENCHMARKS.md, "Embed cards"): for each kind of card, what a
// reader's first visit downloads (every file the browser fetched, gzip-compressed as a host
// sends it), how fast it shows and is usable at normal speed and on Lighthouse's slow 4G,
// long tasks at start, and what the script costs when it waits for the first use of a
// control against fetching it at once. Runs on the built dist/: `node bench/cards.mjs
// [--runs N] [--write]` (bash scripts/bench.sh --cards builds first).

import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { serve, launch } from '../tests/browser/harness.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 5;
const WRITE = args.includes('--write');
const SLOW_4G = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

const gzip = (b) => zlib.gzipSync(b, { level: 9 }).length;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const kb = (n) => (n / 1024).toFixed(1);
const ms = (n) => (n == null ? 'n/a' : n.toFixed(0));
const out = [];
const say = (line = '') => { console.log(line); out.push(line); };

// One card of each kind; the event card is the largest event's.
const events = JSON.parse(await fs.readFile(path.join(ROOT, 'data', 'events.json'), 'utf8'));
const largest = await Promise.all(events.map(async (e) => [e.id, (await fs.readFile(path.join(DIST, 'cards', 'event', e.id, 'index.html'))).length]))
  .then((sizes) => sizes.sort((a, b) => b[1] - a[1])[0][0]);
const CARDS = [
  { kind: 'issue', path: 'cards/issue/donbas/', target: 25 },
  { kind: 'maps', path: 'cards/land/', target: 40 },
  { kind: 'comparison, one issue', path: 'cards/plans/donbas/', target: null },
  { kind: 'comparison, whole table', path: 'cards/plans/', target: null },
  { kind: `event (largest: ${largest})`, path: `cards/event/${largest}/`, target: 25 },
  { kind: 'issue, Ukrainian', path: 'uk/cards/issue/donbas/', target: 25 },
];

/** One cold visit: the files fetched and, once the card shows, its timings. */
async function visit(browser, url, { network = null, use = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 600, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
  await page.addInitScript(() => {
    const b = (window.__bench = { longtasks: [] });
    new PerformanceObserver((l) => l.getEntries().forEach((e) => { if (e.name === 'first-contentful-paint') b.fcp = e.startTime; })).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((l) => l.getEntries().forEach((e) => b.longtasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
    document.addEventListener('DOMContentLoaded', () => { b.parsed = performance.now(); });
    new MutationObserver(() => {
      if (b.ready == null && document.documentElement.dataset.app === 'ready') b.ready = performance.now();
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-app'] });
  });
  const fetched = [];
  page.on('requestfinished', (r) => fetched.push(new URL(r.url()).pathname));
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const loaded = await page.evaluate(() => performance.getEntriesByType('navigation')[0].loadEventEnd);
  let used = null;
  if (use) {
    // The reader's first use of a control: from pointing at it to the script ready.
    const control = page.locator('.as-of-control button, button.chip, button.disclosure').first();
    const start = await page.evaluate(() => performance.now());
    await control.hover();
    await page.waitForFunction(() => window.__bench.ready != null, null, { timeout: 60_000 });
    used = (await page.evaluate(() => window.__bench.ready)) - start;
  } else if (new URL(url).search) {
    // An address that asks for a state: the script comes at once, and counts in the visit.
    await page.waitForFunction(() => window.__bench.ready != null, null, { timeout: 60_000 });
  } else {
    await page.waitForTimeout(300);
  }
  const b = await page.evaluate(() => window.__bench);
  await context.close();
  return { fcp: b.fcp, parsed: b.parsed, loaded, ready: b.ready ?? null, used, longtasks: b.longtasks.length, fetched };
}

async function runs(browser, url, options) {
  const all = [];
  for (let i = 0; i < RUNS; i++) all.push(await visit(browser, url, options));
  const pick = (k) => (all.every((r) => r[k] == null) ? null : median(all.map((r) => r[k]).filter((v) => v != null)));
  return { fcp: pick('fcp'), parsed: pick('parsed'), loaded: pick('loaded'), ready: pick('ready'), used: pick('used'), longtasks: pick('longtasks'), mostLongtasks: Math.max(...all.map((r) => r.longtasks)), fetched: all[0].fetched };
}

async function bytes(paths) {
  let raw = 0, gz = 0;
  for (const p of paths) {
    const file = path.join(DIST, decodeURIComponent(p), p.endsWith('/') ? 'index.html' : '');
    if (p.endsWith('.ico')) continue;
    const body = await fs.readFile(file);
    raw += body.length;
    gz += gzip(body);
  }
  return { raw, gz };
}

const server = await serve(DIST);
const slowServer = await serve(DIST, '/', {}, { gzip: true });
const browser = await launch();
const rows = [];
try {
  say(`# Embed cards, ${new Date().toISOString().slice(0, 10)}`);
  say();
  say(`Each card's first visit at 600 px (median of ${RUNS} cold loads): every file fetched, and its size gzip-compressed (level 9) as a host sends it; first contentful paint and the load event at normal speed and on Lighthouse's slow 4G (${SLOW_4G.latency} ms, 1.6 Mbit/s down); long tasks at start (median, and the most in any run). A card with no script fetched is usable once loaded. The floor is the build's 404.html, a page with no stylesheet or script: what the network alone costs.`);
  say();
  say('| card | files | KB raw | KB gzip | target | FCP ms | load ms | slow-4G FCP | slow-4G load | long tasks |');
  say('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const c of [{ kind: 'floor: 404.html, no stylesheet or script', path: '404.html', target: null }, ...CARDS]) {
    const fast = await runs(browser, server.url + c.path);
    const slow = await runs(browser, slowServer.url + c.path, { network: SLOW_4G });
    const size = await bytes(fast.fetched);
    const met = c.target == null ? '' : `${c.target} ${size.gz <= c.target * 1024 ? '(met)' : '(missed)'}`;
    const tasks = `${Math.max(fast.longtasks, slow.longtasks)} (${Math.max(fast.mostLongtasks, slow.mostLongtasks)})`;
    say(`| ${c.kind} | ${fast.fetched.length} | ${kb(size.raw)} | ${kb(size.gz)} | ${met} | ${ms(fast.fcp)} | ${ms(fast.loaded)} | ${ms(slow.fcp)} | ${ms(slow.loaded)} | ${tasks} |`);
    rows.push({ ...c, size, fast, slow });
  }
  say();
  say(`Files of the issue card's first visit: ${rows[1].fast.fetched.join(', ')}.`);
  say();
  say('#### Can the script wait for the first use of a control?');
  say();
  say('The issue card on slow 4G, two ways: the script fetched at once (an address with `?asof=`, which needs it), or, as a card without one does, on the reader\'s first pointing at a control. "Ready" is the script started and the card drawn for its address, from navigation; "first use" from the pointer reaching the control.');
  say();
  const eager = await runs(browser, `${slowServer.url}cards/issue/donbas/?asof=2026-01-21`, { network: SLOW_4G });
  const lazy = await runs(browser, `${slowServer.url}cards/issue/donbas/`, { network: SLOW_4G, use: true });
  const eagerBytes = await bytes(eager.fetched);
  const lazyBytes = await bytes(lazy.fetched);
  say('| | KB gzip fetched | FCP ms | load ms | ready ms | first use → ready ms |');
  say('|---|---:|---:|---:|---:|---:|');
  say(`| script at once | ${kb(eagerBytes.gz)} | ${ms(eager.fcp)} | ${ms(eager.loaded)} | ${ms(eager.ready)} | |`);
  say(`| script on first use | ${kb(rows[1].size.gz)} at load, ${kb(lazyBytes.gz)} after the first use | ${ms(lazy.fcp)} | ${ms(lazy.loaded)} | | ${ms(lazy.used)} |`);
} finally {
  await browser.close();
  await server.close();
  await slowServer.close();
}

if (WRITE) {
  const doc = path.join(ROOT, 'BENCHMARKS.md');
  const text = await fs.readFile(doc, 'utf8');
  const [start, end] = ['<!-- cards:start -->', '<!-- cards:end -->'];
  const body = `${start}\n${out.join('\n').replace(/^# Embed cards, /, '### Run of ')}\n${end}`;
  await fs.writeFile(doc, text.includes(start) ? text.replace(new RegExp(`${start}[\\s\\S]*${end}`), body) : `${text.trimEnd()}\n\n## Embed cards (issue 25)\n\n${body}\n`);
  console.log(`\nWrote the results into ${doc}`);
}
