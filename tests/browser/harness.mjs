// Shared set-up for the browser tests: a static server for dist/ on 127.0.0.1, Debian's
// Chromium through playwright-core, and pages that record console errors and every request.

import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

/**
 * The quick tier (TESTS=quick, scripts/quick.sh) runs the behaviour checks at one width and
 * one theme; the full run (scripts/test.sh, CI) runs everything. Pass `fullRunOnly` as a
 * test's options to keep it to the full run: the axe matrix, and checks of several widths or
 * themes.
 */
export const QUICK = process.env.TESTS === 'quick';
export const fullRunOnly = QUICK ? { skip: 'full run only' } : {};

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The build under test: dist/, or the folder DIST names (a copy to try a broken build on). */
export const DIST = process.env.DIST ? path.resolve(process.env.DIST) : path.join(ROOT, 'dist');

// The server of dist/ is the one scripts/serve.sh falls back on: one server, so the tests
// see what a developer sees.
import { serve } from '../../scripts/static-server.mjs';
export { serve };

/** Serves fixed pages (path → HTML or file contents) on another port: another origin. */
export async function servePages(pages) {
  const server = http.createServer((req, res) => {
    const page = pages[new URL(req.url, 'http://127.0.0.1').pathname];
    if (!page) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': page.type ?? 'text/html; charset=utf-8' }).end(page.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, close: () => new Promise((r) => server.close(r)) };
}

/** A file from node_modules, for parent pages that use a real library. */
export async function nodeModule(file) {
  return fs.readFile(path.join(ROOT, 'node_modules', file), 'utf8');
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}

/**
 * Opens `url` in a fresh context and waits for the app to render (unless JavaScript is off).
 * The returned `problems` lists console errors, page errors and requests to anywhere but
 * 127.0.0.1.
 */
export async function open(browser, url, { width = 1280, height = 900, colorScheme = 'light', javaScriptEnabled = true, ready = javaScriptEnabled } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, javaScriptEnabled });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('request', (req) => {
    const u = new URL(req.url());
    if (!['http:', 'https:'].includes(u.protocol)) return; // data: and blob: stay on the page
    if (u.hostname !== '127.0.0.1') problems.push(`request left 127.0.0.1: ${req.url()}`);
  });
  await page.goto(url);
  if (ready) await appReady(page);
  return { page, context, problems };
}

/**
 * Serves `dir` with its wasm held back until `release()`: the page's HTML, stylesheet and
 * scripts arrive, the app cannot start. Call `release()` before closing the server.
 */
export async function serveWithWasmHeld(dir = DIST) {
  let release;
  const gate = new Promise((resolve) => { release = resolve; });
  const server = await serve(dir, '/', {}, { hold: (pathname) => (pathname.endsWith('.wasm') ? gate : null) });
  return { server, release };
}

/** Waits for the page's first contentful paint. */
export function firstPaint(page) {
  return page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
}

/**
 * The mark the app puts on the root once its script has attached to the pre-rendered page and
 * taken on the address's state: the page's controls are in its HTML from the start, but only work
 * from then on.
 */
export const APP_READY = 'html[data-app="ready"]';

/** Waits until the app in `where` (a page or a frame) is ready, see `APP_READY`. */
export function appReady(where) {
  return where.locator(APP_READY).waitFor({ state: 'attached' });
}

/** The data files, each read once, as the build reads them: where expected values come from. */
export const record = Object.fromEntries(await Promise.all(
  ['meta', 'parties', 'groups', 'issues', 'tracks', 'people', 'sources', 'events', 'stances', 'corrections', 'documents', 'provisions', 'map']
    .map(async (name) => [name, JSON.parse(await fs.readFile(path.join(ROOT, 'data', `${name}.json`), 'utf8'))]),
));

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A day as the page writes it in full: "22 January 2026" for "2026-01-22". */
export function longDate(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/**
 * The stance of `party` on `issue` that held on `day`, as the record defines it: the latest
 * that had begun by then (ISO dates, and months before their days, compare as strings).
 */
export function stanceIn(stances, issue, party, day) {
  return (
    stances
      .filter((s) => s.issue === issue && s.party === party && s.from <= day)
      .sort((a, b) => a.from.localeCompare(b.from))
      .at(-1) ?? null
  );
}

/** The same, in the record's stances. */
export const stanceOn = (issue, party, day) => stanceIn(record.stances, issue, party, day);

/** The steps of one party's stance on one issue, oldest first. */
export const history = (issue, party) =>
  record.stances.filter((s) => s.issue === issue && s.party === party).sort((a, b) => a.from.localeCompare(b.from));

/** Waits until `locator` is visible; fails with `message` if it does not become so. */
export async function shown(locator, message = 'shown', timeout = 3000) {
  await locator.waitFor({ state: 'visible', timeout }).catch(() => assert.fail(`not visible: ${message}`));
}

/** Waits until `locator` is hidden or gone; fails with `message` if it stays visible. */
export async function hidden(locator, message = 'hidden', timeout = 3000) {
  await locator.waitFor({ state: 'hidden', timeout }).catch(() => assert.fail(`still visible: ${message}`));
}

/** Retries `check` (sync or async) until it returns true; fails with `message` after `ms`. */
export async function eventually(check, message, ms = 5000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) assert.fail(typeof message === 'function' ? await message() : message);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The query string of the page's current address. */
export const address = (page) => {
  const url = new URL(page.url());
  const view = url.pathname.match(/(?:^|\/)(plans|timeline|people|sources)\/(?:index\.html)?$/);
  return (view ? `${view[1]}/` : '') + url.search;
};

/** A view's page below its edition's root: '' for the positions, 'timeline/' and so on. */
export const folder = (view) => (view === 'positions' ? '' : `${view}/`);

/** Whether an event starts after the snapshot date (ISO dates compare as strings). */
export function isAfter(event, asOf) {
  const start = event.date.length === 7 ? `${event.date}-01` : event.date;
  return start > asOf;
}

/**
 * The set-up every browser test file shares: one server for dist/ and one browser for the
 * file, and `visit(where)`, whose page must stay free of console errors and outside requests
 * (checked after each test).
 */
export function suite() {
  const t = { server: null, browser: null, session: null };
  before(async () => {
    t.server = await serve(DIST);
    t.browser = await launch();
  });
  after(async () => {
    await t.browser?.close();
    await t.server?.close();
  });
  afterEach(async () => {
    if (!t.session) return;
    const { problems, context } = t.session;
    t.session = null;
    await context.close();
    assert.deepEqual(problems, [], 'console errors or outside requests');
  });
  /** Opens `where`: a full address, or a query or path on this suite's server ('people/'). */
  t.visit = async (where = '', options) => {
    const url = /^https?:/.test(where) ? where : t.server.url + where;
    t.session = await open(t.browser, url, options);
    return t.session.page;
  };
  return t;
}
