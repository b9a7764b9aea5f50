// The size and speed benchmark (run it with `bash scripts/bench.sh`, which builds what it
// needs first). It prints, and with `--write` records in BENCHMARKS.md:
//   - bytes: raw, gzip -9 and brotli for each file of dist/ and for a whole first visit;
//   - browser timings, the median of `--runs` (default 7) cold loads in headless Chromium, of
//     (a) the explainer, (b) a plain HTML page with the same content (the floor) and
//     (c) TimelineJS 3 with the same events, with ratios to (b) and (c);
//   - interaction latency, p50 and p95, at the real data and at 1,000 and 10,000 synthetic
//     events (builds in target/bench/dist-N).
// Definitions are in BENCHMARKS.md.

import fs from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { serve, launch, APP_READY } from '../tests/browser/harness.mjs';
import { readRecord, plainPage, timelinePage } from './pages.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const WORK = path.join(ROOT, 'target', 'bench');
const SITE = path.join(WORK, 'site');
const TL = path.join(ROOT, 'node_modules', '@knight-lab', 'timelinejs', 'dist');
const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 7;
const WRITE = args.includes('--write');
const SYNTHETIC = [1000, 10000];
// Lighthouse's mobile network (its "slow 4G"), for Chromium's network emulation.
const SLOW_4G = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const SLOW_RUNS = 5;

const gzip = (b) => zlib.gzipSync(b, { level: 9 }).length;
const brotli = (b) =>
  zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const percentile = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const kb = (n) => (n / 1024).toFixed(1);
const ms = (n) => (n == null ? 'n/a' : n.toFixed(0));
const out = [];
const say = (line = '') => { console.log(line); out.push(line); };

/** Every file under `dir`, relative, with its bytes; precompressed copies left out. */
async function files(dir, base = dir) {
  const found = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await files(full, base)));
    else if (!/\.(gz|br)$/.test(entry.name)) found.push({ name: path.relative(base, full), bytes: await fs.readFile(full) });
  }
  return found;
}

/** Lays out the three pages side by side under one server root. */
async function buildSite(record) {
  await fs.rm(SITE, { recursive: true, force: true });
  await fs.cp(DIST, path.join(SITE, 'app'), { recursive: true });
  const css = (await fs.readdir(DIST)).find((f) => f.endsWith('.css'));
  await fs.mkdir(path.join(SITE, 'plain'), { recursive: true });
  await fs.copyFile(path.join(DIST, css), path.join(SITE, 'plain', css));
  await fs.writeFile(path.join(SITE, 'plain', 'index.html'), plainPage(record, css));
  await fs.cp(path.join(TL, 'js'), path.join(SITE, 'tl', 'js'), { recursive: true, filter: (f) => !f.endsWith('.map') });
  await fs.cp(path.join(TL, 'css'), path.join(SITE, 'tl', 'css'), { recursive: true, filter: (f) => !f.endsWith('.map') });
  await fs.writeFile(path.join(SITE, 'tl', 'index.html'), timelinePage(record));
  for (const n of SYNTHETIC) {
    const dir = path.join(WORK, `dist-${n}`);
    await fs.cp(dir, path.join(SITE, `app-${n}`), { recursive: true }).catch(() => say(`(no ${dir}: run scripts/bench.sh to build it)`));
  }
}

/**
 * One cold load: first contentful paint, the time the page is interactive, and long tasks up
 * to a second after that. "Interactive" is when `readySelector` matches (for the explainer,
 * the mark the app puts on the root once its script has attached to the pre-rendered page and
 * taken on the address's state: its controls respond from then on), or DOMContentLoaded for a page
 * without script.
 */
async function load(browser, url, readySelector, cpuSlowdown, network) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const outside = [];
  await page.route((u) => !u.href.startsWith('http://127.0.0.1'), (route) => { outside.push(route.request().url()); route.abort(); });
  const cdp = await context.newCDPSession(page);
  if (cpuSlowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  if (network) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
  }
  await page.addInitScript((selector) => {
    const b = (window.__bench = { longtasks: [] });
    new PerformanceObserver((l) => l.getEntries().forEach((e) => { if (e.name === 'first-contentful-paint') b.fcp = e.startTime; })).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((l) => l.getEntries().forEach((e) => b.longtasks.push(e.duration))).observe({ type: 'longtask', buffered: true });
    const mark = () => { if (b.ready == null) b.ready = performance.now(); };
    if (selector) {
      new MutationObserver(() => { if (document.querySelector(selector)) mark(); }).observe(document, { childList: true, subtree: true, attributes: true });
    } else {
      document.addEventListener('DOMContentLoaded', mark);
    }
  }, readySelector);
  const requested = [];
  page.on('response', (r) => requested.push(r.url()));
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForFunction(() => window.__bench.ready != null && window.__bench.fcp != null, null, { timeout: 60_000 });
  await page.waitForTimeout(1000);
  const b = await page.evaluate(() => window.__bench);
  const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
  await context.close();
  const blocking = b.longtasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0);
  return { fcp: b.fcp, ready: b.ready, longtasks: b.longtasks.length, blocking, elements, requested, outside };
}

async function timings(browser, url, readySelector, cpuSlowdown, { network = null, runs: count = RUNS } = {}) {
  const runs = [];
  for (let i = 0; i < count; i++) runs.push(await load(browser, url, readySelector, cpuSlowdown, network));
  const pick = (k) => median(runs.map((r) => r[k]));
  return { fcp: pick('fcp'), ready: pick('ready'), longtasks: pick('longtasks'), blocking: pick('blocking'), elements: runs[0].elements, requested: runs[0].requested, outside: runs[0].outside };
}

/** Interaction latency in the page: from the action to the DOM updated, styled and laid out
 * (any work left in microtasks is flushed by a zero timeout; reading a layout value
 * then forces style and layout). Paint and the wait for the next frame are not included. */
async function interactions(browser, url, repeats = 20) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url + 'timeline/');
  await page.locator(APP_READY).waitFor({ state: 'attached', timeout: 120_000 });
  const result = await page.evaluate(async (repeats) => {
    const settle = () => new Promise((r) => setTimeout(r, 0));
    const wait = (ms) => new Promise((r) => setTimeout(r, ms));
    const timed = async (act) => { const t0 = performance.now(); act(); await settle(); void document.body.offsetHeight; return performance.now() - t0; };
    const series = async (acts) => {
      const times = [];
      for (let i = 0; i < repeats + 2; i++) {
        const t = await timed(acts[i % acts.length]);
        if (i >= 2) times.push(t); // two warm-up rounds
      }
      return times;
    };
    // What a reader points at before using it is fetched then: the page a link leads to, the
    // stances' other versions near the "as of" control (controls/pages.rs, versions.rs).
    const near = (selector) => document.querySelector(selector).dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    const view = (name) => () => document.getElementById(`view-link-${name}`).click();
    const step = (action) => () => document.querySelector(`[data-action=${action}]`).click();
    const input = document.querySelector('#event-search');
    const type = (text) => () => { input.value = text; input.dispatchEvent(new Event('input', { bubbles: true })); };
    const chip = document.querySelectorAll('.filters .chip')[3];
    const measured = {
      'filter by track': await series([() => chip.click()]),
      'text search': await series([type('talks'), type('')]),
      'expand an item': await series([() => document.querySelector('#view-timeline li.event button.disclosure').click()]),
    };
    // A switch to a view whose page is already here: the reader pointed at its link.
    for (const name of ['positions', 'plans']) near(`#view-link-${name}`);
    await wait(1500);
    view('positions')();
    await wait(1500); // the page left is fetched for Back
    measured['switch views'] = await series([view('timeline'), view('positions')]);
    view('positions')();
    await wait(100);
    // With the table in view, as a reader stepping through the talks has it.
    near('.as-of-control');
    await wait(1500);
    measured['as-of step'] = await series([step('as-of-previous'), step('as-of-next')]);
    // A text added to the plans compared and taken away again, with the comparison in view.
    view('plans')();
    await wait(300);
    const plan = document.querySelector('[data-toggle="document e3"]');
    measured['choose a plan'] = await series([() => plan.click()]);
    return measured;
  }, repeats);
  await page.goto(url + 'timeline/');
  await page.locator(APP_READY).waitFor({ state: 'attached', timeout: 120_000 });
  const events = await page.locator('#view-timeline li.event:not([hidden])').count();
  await context.close();
  return { events, result };
}

/** The files of `list` (laid out under the server path `base`) that `names` (URLs) requested. */
const sizeOf = (list, names, base) => {
  const requested = new Set(names.map((n) => {
    const file = new URL(n).pathname.slice(base.length);
    return file === '' || file.endsWith('/') ? `${file}index.html` : file;
  }));
  const picked = list.filter((f) => requested.has(f.name.split(path.sep).join('/')));
  const sum = (fn) => picked.reduce((s, f) => s + fn(f.bytes), 0);
  return { files: picked.length, raw: sum((b) => b.length), gzip: sum(gzip), brotli: sum(brotli) };
};

// ---------------------------------------------------------------------------------------

const record = await readRecord(path.join(ROOT, 'data'));
await buildSite(record);
const server = await serve(SITE);
const browser = await launch();
const results = { date: new Date().toISOString().slice(0, 10) };
try {
  say(`# Benchmark, ${results.date}`);
  say(`Machine: ${os.cpus().length} × ${os.cpus()[0].model.trim()}, ${kb(os.totalmem() / 1024)} MB RAM, ${os.type()} ${os.release()}; Chromium ${browser.version()}; Node ${process.version}.`);
  say();

  // Bytes.
  const dist = await files(DIST);
  say('## Bytes: dist/');
  say('| file | raw | gzip -9 | brotli |');
  say('|---|---:|---:|---:|');
  // The cards' files (a page, a picture and an oEmbed answer for each of 218) in one row:
  // "Embed cards" below measures them.
  const isCard = (f) => /(^|\/)cards\//.test(f.name);
  for (const f of dist.filter((f) => !isCard(f)).sort((a, b) => b.bytes.length - a.bytes.length)) {
    say(`| ${f.name.replace(/-[0-9a-f]{16}/, '-HASH')} | ${f.bytes.length} | ${gzip(f.bytes)} | ${brotli(f.bytes)} |`);
  }
  const cardFiles = dist.filter(isCard);
  const total = (size) => cardFiles.reduce((sum, f) => sum + size(f.bytes), 0);
  say(`| cards/, uk/cards/ (${cardFiles.length} files) | ${total((b) => b.length)} | ${total(gzip)} | ${total(brotli)} |`);
  const pages = {
    explainer: { url: `${server.url}app/`, ready: APP_READY, dir: path.join(SITE, 'app'), base: '/app/' },
    // The Ukrainian edition: the same page one folder down, sharing the assets.
    'explainer, uk/': { url: `${server.url}app/uk/`, ready: APP_READY, dir: path.join(SITE, 'app'), base: '/app/' },
    plain: { url: `${server.url}plain/`, ready: null, dir: path.join(SITE, 'plain'), base: '/plain/' },
    timelinejs: { url: `${server.url}tl/`, ready: '.tl-timemarker', dir: path.join(SITE, 'tl'), base: '/tl/' },
  };
  say();
  say('## A first visit, and the browser timings');
  say(`Cold loads at 1280 × 900, median of ${RUNS}; every request stays on 127.0.0.1.`);
  say();
  const rows = {};
  for (const slowdown of [1, 4]) {
    for (const [name, p] of Object.entries(pages)) {
      const t = await timings(browser, p.url, p.ready, slowdown);
      const size = sizeOf(await files(p.dir), t.requested, p.base);
      rows[`${name}@${slowdown}`] = { ...t, size };
    }
  }
  say('| page | files | raw KB | gzip KB | brotli KB | elements | FCP ms | interactive ms | long tasks | blocking ms | FCP 4× CPU | interactive 4× CPU | blocking 4× CPU |');
  say('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const name of Object.keys(pages)) {
    const [a, b] = [rows[`${name}@1`], rows[`${name}@4`]];
    say(`| ${name} | ${a.size.files} | ${kb(a.size.raw)} | ${kb(a.size.gzip)} | ${kb(a.size.brotli)} | ${a.elements} | ${ms(a.fcp)} | ${ms(a.ready)} | ${a.longtasks} | ${ms(a.blocking)} | ${ms(b.fcp)} | ${ms(b.ready)} | ${ms(b.blocking)} |`);
    if (a.outside.length) say(`(${name} tried to fetch ${a.outside.length} outside resource(s), blocked: ${[...new Set(a.outside)].join(', ')})`);
  }
  const tlCode = ['js/timeline.js', 'css/timeline.css'].map((f) => gzip(readFileSync(path.join(SITE, 'tl', f)))).reduce((a, b) => a + b, 0);
  say();
  say(`TimelineJS's code alone (timeline.js + timeline.css, gzip -9): ${kb(tlCode)} KB.`);
  say();
  say('Ratios (explainer ÷ other page; below 1 means the explainer is smaller or faster):');
  say();
  say('| measure | ÷ plain HTML | ÷ TimelineJS |');
  say('|---|---:|---:|');
  const ratio = (k, s, get) => (get(rows[`explainer@${s}`]) / get(rows[`${k}@${s}`])).toFixed(2);
  for (const [label, s, get] of [
    ['first visit, gzip', 1, (r) => r.size.gzip],
    ['first visit, brotli', 1, (r) => r.size.brotli],
    ['first contentful paint', 1, (r) => r.fcp],
    ['interactive', 1, (r) => r.ready],
    ['first contentful paint, 4× CPU', 4, (r) => r.fcp],
    ['interactive, 4× CPU', 4, (r) => r.ready],
  ]) say(`| ${label} | ${ratio('plain', s, get)} | ${ratio('timelinejs', s, get)} |`);
  results.rows = rows;
  results.tlCode = tlCode;

  // A slow network: where content in the HTML shows, since the wasm takes seconds to arrive.
  const slowServer = await serve(SITE, '/', {}, { gzip: true });
  try {
    say();
    say('## On a slow network');
    say(`Cold loads with Chromium's network emulation at Lighthouse's "slow 4G" (${SLOW_4G.latency} ms round trip, 1.6 Mbit/s down, 750 kbit/s up), files sent gzip-compressed as a host would, normal CPU, median of ${SLOW_RUNS}.`);
    say();
    say('| page | FCP ms | interactive ms | FCP ÷ plain HTML |');
    say('|---|---:|---:|---:|');
    const slow = {};
    for (const [name, p] of Object.entries(pages)) {
      slow[name] = await timings(browser, p.url.replace(server.url, slowServer.url), p.ready, 1, { network: SLOW_4G, runs: SLOW_RUNS });
    }
    for (const [name, r] of Object.entries(slow)) {
      say(`| ${name} | ${ms(r.fcp)} | ${ms(r.ready)} | ${(r.fcp / slow.plain.fcp).toFixed(2)} |`);
    }
    results.slow = slow;
  } finally {
    await slowServer.close();
  }

  // Interactions.
  say();
  say('## Interaction latency (ms, p50 / p95 of 20)');
  const apps = [['real data', `${server.url}app/`], ...SYNTHETIC.map((n) => [`${n.toLocaleString('en')} events`, `${server.url}app-${n}/`])];
  const measured = [];
  for (const [label, url] of apps) {
    try {
      measured.push([label, await interactions(browser, url)]);
    } catch (e) {
      say(`(${label}: not measured: ${e.message.split('\n')[0]})`);
    }
  }
  if (measured.length) {
    const kinds = Object.keys(measured[0][1].result);
    say();
    say(`| interaction | ${measured.map(([l, m]) => `${l} (${m.events} shown)`).join(' | ')} |`);
    say(`|---|${measured.map(() => '---:').join('|')}|`);
    for (const k of kinds) {
      say(`| ${k} | ${measured.map(([, m]) => `${ms(percentile(m.result[k], 50))} / ${ms(percentile(m.result[k], 95))}`).join(' | ')} |`);
    }
  }
  // Targets (issue 13; issue 7's scale targets kept).
  const a = rows['explainer@1'], a4 = rows['explainer@4'];
  const result = (label) => measured.find(([l]) => l === label)?.[1].result;
  const maxOf = (res, p) => (res ? Math.max(...Object.values(res).map((v) => percentile(v, p))) : NaN);
  const real = result('real data'), k1 = result('1,000 events'), k10 = result('10,000 events');
  const growth = k1 && k10 ? Math.max(...Object.keys(k10).map((k) => percentile(k10[k], 50) / Math.max(1, percentile(k1[k], 50)))) : NaN;
  const wasm = dist.find((f) => f.name.endsWith('.wasm'));
  const wasmGzip = wasm ? gzip(wasm.bytes) : NaN;
  const p95 = (k) => (real ? percentile(real[k], 95) : NaN);
  const listedP95 = Math.max(...['filter by track', 'text search', 'as-of step'].map(p95));
  const tl = rows['timelinejs@1'].size.gzip;
  const uk = rows['explainer, uk/@1'];
  // The one page that held all five views had 8,993 elements (issue 23).
  const ONE_PAGE_ELEMENTS = 8993;
  const targets = [
    ['whole first visit ≤ TimelineJS with the same events, gzip (same run)', `${kb(a.size.gzip)} ÷ ${kb(tl)} KB = ${(a.size.gzip / tl).toFixed(2)}`, a.size.gzip <= tl],
    ['stretch: whole first visit ≤ 76 KB gzip', `${kb(a.size.gzip)} KB`, a.size.gzip <= 76 * 1024],
    ['the Ukrainian edition (uk/) ≤ 110 KB gzip', `${kb(uk.size.gzip)} KB`, uk.size.gzip <= 110 * 1024],
    ['wasm ≤ 40 KB gzip', `${kb(wasmGzip)} KB`, wasmGzip <= 40 * 1024],
    ['elements on the default page ≤ 40 % of 8,993', `${a.elements} (${((100 * a.elements) / ONE_PAGE_ELEMENTS).toFixed(0)} %)`, a.elements <= 0.4 * ONE_PAGE_ELEMENTS],
    ['no long task at start, normal CPU (median count)', `${a.longtasks}`, a.longtasks === 0],
    ['blocking time ≤ 100 ms at 4× CPU', `${ms(a4.blocking)} ms`, a4.blocking <= 100],
    ['interactive on slow 4G ≤ 0.8 s', `${ms(results.slow.explainer.ready)} ms`, results.slow.explainer.ready <= 800],
    ['the same for uk/', `${ms(results.slow['explainer, uk/'].ready)} ms`, results.slow['explainer, uk/'].ready <= 800],
    ['track filter, search keystroke, as-of step ≤ 16 ms at the real data (p95)', `${ms(listedP95)} ms`, listedP95 <= 16],
    ['a switch to an already-fetched view ≤ 50 ms (p95)', `${ms(p95('switch views'))} ms`, p95('switch views') <= 50],
    ['every interaction ≤ 100 ms at 10,000 events (p95)', `${ms(maxOf(k10, 95))} ms`, maxOf(k10, 95) <= 100],
    ['no worse than linear, 1,000 → 10,000 (p50 ratio ≤ 10)', `${growth.toFixed(1)} ×`, growth <= 10],
  ];
  say();
  say('## Targets');
  say();
  say('| target | now | met |');
  say('|---|---:|:---:|');
  for (const [label, now, met] of targets) say(`| ${label} | ${now} | ${met ? 'yes' : 'no'} |`);
  say('| Lighthouse mobile: performance ≥ 0.98, LCP ≤ 1.5 s, SEO 1.0 with the host set | `bash scripts/lighthouse.sh` | see notes |');
  results.interactions = Object.fromEntries(measured.map(([l, m]) => [l, Object.fromEntries(Object.entries(m.result).map(([k, v]) => [k, { p50: percentile(v, 50), p95: percentile(v, 95) }]))]));
} finally {
  await browser.close();
  await server.close();
}

if (WRITE) {
  const doc = path.join(ROOT, 'BENCHMARKS.md');
  const text = await fs.readFile(doc, 'utf8');
  const [start, end] = ['<!-- bench:start -->', '<!-- bench:end -->'];
  const body = `${start}\n${out.join('\n').replace(/^# Benchmark/, '### Run of')}\n${end}`;
  await fs.writeFile(doc, text.replace(new RegExp(`${start}[\\s\\S]*${end}`), body));
  await fs.writeFile(path.join(WORK, 'results.json'), JSON.stringify(results, null, 2));
  console.log(`\nWrote the results into ${doc}`);
}
