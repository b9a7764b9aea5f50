// The search benchmark (issue 32; BENCHMARKS.md, "Issue 32: the search"). For each edition
// (English at /, Ukrainian at /uk/), on its people/ page, served with gzip -9 as a host would:
//   - bytes for a first query: the encoded bodies (Playwright's request sizes, headers left
//     out) of every request made from the focus of the box (#site-search: start.js imports
//     search.js, which fetches the edition's search-index.json) until the first results are
//     shown; and the index's own .gz and .br sizes in dist/;
//   - time to first results, in the page: from just before the focus, the query set in one go,
//     until the status line (#site-search-status) says something and the listbox
//     (#site-search-results) has an option, plus a forced layout; paint is not included. A
//     fresh context (cold cache) per run: median and max of --runs (default 7) at 1× CPU, no
//     throttling; median of 5 on Lighthouse's "slow 4G" (bench.mjs's SLOW_4G);
//   - later keystrokes: after the first results, single-character edits, each one `input`
//     event, timed as bench.mjs times an interaction (before the dispatch to after a zero
//     timeout and a forced `document.body.offsetHeight`): p50 and p95 at 1× and 4× CPU.
// Then issue 32's targets, met or not. Usage: node bench/search.mjs [--runs N]; serves dist/ or
// the folder DIST names (tests/browser/harness.mjs); prints to stdout, writes nothing.

import fs from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';
import { serve, launch, DIST, APP_READY } from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 7;
const SLOW_RUNS = 5;
// Lighthouse's mobile network, as in bench.mjs.
const SLOW_4G = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
// Each keystroke series runs this many times in the same page, pooled: one series of about 25
// keystrokes leaves p95 to a single sample.
const SERIES = 3;
const EDITIONS = [
  // The query, a second word typed and deleted, the first word cut to `keep` letters, a third
  // word typed: short prefixes match many items, the costly case.
  { code: 'en', folder: '', query: 'Zaporizhzhia', second: ' nuclear', keep: 5, third: ' plant' },
  { code: 'uk', folder: 'uk/', query: 'Запоріжжя', second: ' атомна', keep: 5, third: ' станція' },
];

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const percentile = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const kb = (n) => (n / 1024).toFixed(1);
const ms = (n, digits = 0) => n.toFixed(digits);

/** The values the box takes, one keystroke each, after `query` (Array.from: whole letters). */
function keystrokes({ query, second, keep, third }) {
  const [letters, cut, n] = [Array.from(query), Array.from(query).slice(0, keep).join(''), second.length];
  return [
    ...Array.from({ length: n }, (_, i) => query + second.slice(0, i + 1)),
    ...Array.from({ length: n }, (_, i) => query + second.slice(0, n - 1 - i)),
    ...Array.from({ length: letters.length - keep }, (_, i) => letters.slice(0, letters.length - 1 - i).join('')),
    ...Array.from({ length: third.length }, (_, i) => cut + third.slice(0, i + 1)),
  ];
}

/** A fresh context on `url` with the app ready and the network quiet, so that neither the
 *  start-up's requests nor its work fall in what is measured. */
async function ready(browser, url, network = null) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
  }
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.locator(APP_READY).waitFor({ state: 'attached', timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  return { context, page, cdp };
}

/** In the page: focus, type `query` in one go, wait for the results; returns the ms taken. */
const typeFirst = (query) => new Promise((resolve, reject) => {
  const input = document.getElementById('site-search');
  const status = document.getElementById('site-search-status');
  const list = document.getElementById('site-search-results');
  let done = false;
  // A box that never shows results (a broken index, a query that finds nothing) fails the
  // run instead of hanging it.
  const timeout = setTimeout(() => reject(new Error(`no results for ${query} in 30 s`)), 30_000);
  const check = () => {
    if (done || status.textContent === '' || !list.querySelector('[role="option"]')) return;
    done = true;
    clearTimeout(timeout);
    observer.disconnect();
    void document.body.offsetHeight;
    resolve(performance.now() - t0);
  };
  // search.js renders synchronously, so the observer's callback (a microtask after the
  // render) sees the moment its results are in the DOM; polling each frame would round up to
  // a frame (16 ms), a tenth of the target.
  const observer = new MutationObserver(check);
  observer.observe(status, { childList: true, characterData: true, subtree: true });
  observer.observe(list, { childList: true, subtree: true });
  const t0 = performance.now();
  input.focus();
  // Typed before the index has arrived: search.js renders what the box holds once it has.
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: query }));
});

/** One cold first query: its time in the page, and what was transferred meanwhile. */
async function firstQuery(browser, url, query, network) {
  const { context, page } = await ready(browser, url, network);
  const requests = [];
  let open = true;
  page.on('request', (r) => { if (open) requests.push(r); });
  const time = await page.evaluate(typeFirst, query);
  open = false;
  // sizes() waits for each response to finish; all have, as the results need them.
  const files = await Promise.all(requests.map(async (r) => ({
    name: new URL(r.url()).pathname, bytes: (await r.sizes()).responseBodySize,
    encoding: (await (await r.response())?.allHeaders())?.['content-encoding'] ?? 'none',
  })));
  await context.close();
  return { time, files, bytes: files.reduce((s, f) => s + f.bytes, 0) };
}

/** Later keystrokes at `cpu` × slowdown, after a first query at 1× (the throttle is set only
 *  for the series, to keep the start-up quick). */
async function laterKeystrokes(browser, url, edition, cpu) {
  const { context, page, cdp } = await ready(browser, url);
  await page.evaluate(typeFirst, edition.query);
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  const times = await page.evaluate(async ({ base, values, series }) => {
    const input = document.getElementById('site-search');
    const settle = () => new Promise((r) => setTimeout(r, 0));
    const pause = () => new Promise((r) => setTimeout(r, 50)); // a fast typist's gap, so each keystroke's paint is over
    const key = (from, to) => {
      input.value = to;
      const deleting = to.length < from.length;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: deleting ? 'deleteContentBackward' : 'insertText', data: deleting ? null : to.slice(from.length) }));
    };
    const out = [];
    for (let s = 0; s < series; s++) {
      let from = base;
      for (const to of values) {
        await pause();
        const t0 = performance.now();
        key(from, to);
        await settle();
        void document.body.offsetHeight;
        out.push(performance.now() - t0);
        from = to;
      }
      key(from, base); // back to the first query, untimed
      await settle();
    }
    return out;
  }, { base: edition.query, values: keystrokes(edition), series: SERIES });
  await context.close();
  return { p50: percentile(times, 50), p95: percentile(times, 95), count: times.length };
}

// One server, gzip on: the unthrottled runs see the same bytes as the slow-4G ones.
const server = await serve(DIST, '/', {}, { gzip: true });
const browser = await launch();
const started = Date.now();
const [rows, notes] = [[], []];
let version;
try {
  for (const edition of EDITIONS) {
    const url = `${server.url}${edition.folder}people/`;
    const index = path.join(DIST, edition.folder, 'search-index.json');
    const size = async (ext) => (await fs.stat(index + ext)).size;
    const fast = [], slow = [];
    for (let i = 0; i < RUNS; i++) fast.push(await firstQuery(browser, url, edition.query, null));
    for (let i = 0; i < SLOW_RUNS; i++) slow.push(await firstQuery(browser, url, edition.query, SLOW_4G));
    const k1 = await laterKeystrokes(browser, url, edition, 1);
    const k4 = await laterKeystrokes(browser, url, edition, 4);
    // Every cold run fetches the same files; a run that differs is worth knowing of.
    const counts = new Set([...fast, ...slow].map((r) => r.bytes));
    if (counts.size > 1) notes.push(`${edition.code}: bytes differ between runs: ${[...counts].join(', ')}`);
    const plain = fast[0].files.filter((f) => f.encoding !== 'gzip');
    if (plain.length) notes.push(`${edition.code}: sent without gzip: ${plain.map((f) => f.name).join(', ')}`);
    notes.push(`${edition.code}: fetched for a first query: ${fast[0].files.map((f) => `${f.name} (${f.bytes} B, ${f.encoding})`).join(', ')}`);
    rows.push({ ...edition, bytes: fast[0].bytes, gz: await size('.gz'), br: await size('.br'), k1, k4,
      first: median(fast.map((r) => r.time)), firstMax: Math.max(...fast.map((r) => r.time)), slow: median(slow.map((r) => r.time)) });
  }
} finally {
  version = browser.version();
  await browser.close();
  await server.close();
}

console.log(`# Search benchmark, ${new Date().toISOString().slice(0, 10)}`);
console.log(`Machine: ${os.cpus().length} × ${os.cpus()[0].model.trim()}; Chromium ${version}; Node ${process.version}; serving ${DIST} with gzip -9; KB = 1,024 bytes.`);
console.log(`On each edition's people/ page; first results: median and max of ${RUNS} cold runs at 1× CPU, median of ${SLOW_RUNS} on slow 4G (${SLOW_4G.latency} ms, 1.6 Mbit/s down); later keystrokes: p50 / p95 of ${SERIES} series each (${rows.map((r) => `${r.code} ${r.k1.count}`).join(', ')} keystrokes).`);
console.log();
console.log('| edition | query | first query, KB transferred | index gzip KB | index brotli KB | first results 1× ms, median | max | first results slow 4G ms, median | keystroke 1× ms, p50 / p95 | keystroke 4× CPU ms, p50 / p95 |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.code} | ${r.query} | ${kb(r.bytes)} | ${kb(r.gz)} | ${kb(r.br)} | ${ms(r.first)} | ${ms(r.firstMax)} | ${ms(r.slow)} | ${ms(r.k1.p50, 1)} / ${ms(r.k1.p95, 1)} | ${ms(r.k4.p50, 1)} / ${ms(r.k4.p95, 1)} |`);
}
const targets = [
  ['first results ≤ 150 ms at 1× (median)', (r) => [`${ms(r.first)} ms`, r.first <= 150]],
  ['first results ≤ 300 ms on slow 4G (median)', (r) => [`${ms(r.slow)} ms`, r.slow <= 300]],
  ['later keystrokes p95 ≤ 16 ms at 1×', (r) => [`${ms(r.k1.p95, 1)} ms`, r.k1.p95 <= 16]],
  // Issue 32's "every interaction ≤ 100 ms at 4× CPU".
  ['later keystrokes p95 ≤ 100 ms at 4× CPU', (r) => [`${ms(r.k4.p95, 1)} ms`, r.k4.p95 <= 100]],
  ['≤ 60 KB gzip transferred for a first query', (r) => [`${kb(r.bytes)} KB`, r.bytes <= 60 * 1024]],
];
console.log();
console.log(`| target | ${rows.map((r) => r.code).join(' | ')} |`);
console.log(`|---|${rows.map(() => '---').join('|')}|`);
for (const [label, get] of targets) {
  console.log(`| ${label} | ${rows.map((r) => { const [now, met] = get(r); return `${now}, ${met ? 'met' : 'not met'}`; }).join(' | ')} |`);
}
console.log();
for (const note of notes) console.log(`- ${note}`);
console.log(`- took ${((Date.now() - started) / 1000).toFixed(0)} s`);
