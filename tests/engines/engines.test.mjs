// The explainer in Gecko (Firefox ESR) and WebKit (WebKitGTK), side by side: breadth, not
// depth, which stays in the Chromium tests (tests/browser/). On every view page of both
// editions and a card of each kind: the page and its script start without an error (where the
// engine reports errors) and the layout matches Chromium's at 375 and 1280 px (boxes, not
// pixels: see docs/browsers.md), with a screenshot kept for a person to look at; each kind of
// control works once; a card's height as told to a Pym.js parent, to a Datawrapper-style
// listener (embed.js) and to AMP is exact within 1 px at 320 and 1000 px.
//
// ENGINES=gecko,webkit (the default) chooses the engines; DIST=folder tests another build.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, servePages, nodeModule, record, longDate, stanceOn, DIST } from '../browser/harness.mjs';
import { start } from './drivers.mjs';
import { boxesInPage, compareLayouts, BLOCKS } from './layout.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHOTS = path.join(ROOT, 'target', 'engine-screenshots');
const ENGINES = (process.env.ENGINES ?? 'gecko,webkit').split(',').filter(Boolean);
const { meta, events, tracks, parties } = record;

const EDITIONS = ['', 'uk/'];
const VIEWS = ['', 'timeline/', 'plans/', 'people/', 'sources/'];
const CARDS = ['issue/donbas', 'land', 'plans', 'plans/army-size', 'event/berlin-talks'];
const PAGES = EDITIONS.flatMap((e) => VIEWS.map((v) => e + v));
const CARD_PAGES = EDITIONS.flatMap((e) => CARDS.map((c) => `${e}cards/${c}/`));
const LAYOUT_WIDTHS = [375, 1280];
const CARD_WIDTHS = [320, 1000];
const HEIGHT = 900;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** How long a page's script may take to become ready: about 1 s on an idle machine. */
const READY_MS = 10000;

/** Retries `check` in the tab until it returns something truthy; that, or null after `ms`. */
async function until(tab, check, arg, ms = READY_MS) {
  const end = Date.now() + ms;
  for (;;) {
    const got = await tab.run(check, arg).catch(() => null);
    if (got) return got;
    if (Date.now() > end) return null;
    await sleep(100);
  }
}

/** Retries `check` (here, in Node) until it returns true; false after `ms`. */
async function eventually(check, ms = 10000) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) return false;
    await sleep(100);
  }
  return true;
}

const isReady = () => document.documentElement.dataset.app === 'ready';
const isLoaded = () => document.readyState === 'complete';

/** A file name for a page's screenshot: "en-timeline", "uk-cards-issue-donbas". */
const shotName = (where) => (where.startsWith('uk/') ? where : `en/${where}`).replace(/\/$/, '').replace(/\//g, '-');

/** The events the timeline should show for a track, or for a search (as app.test.mjs). */
const onTrack = (id) => events.filter((e) => e.tracks.includes(id)).map((e) => e.id).sort();
const matching = (q) => events.filter((e) => [e.title, e.summary, e.place ?? ''].some((s) => s.toLowerCase().includes(q))).map((e) => e.id).sort();
const shownEvents = () => [...document.querySelectorAll('#view-timeline li.event:not([hidden])')].map((li) => li.id.replace(/^event-/, '')).sort();

/** How many of each land map's layers (one per stance) are drawn: party → count. */
const landLayers = () => Object.fromEntries([...document.querySelectorAll('figure.land-map')].map((figure) => [
  [...figure.classList].find((c) => c.startsWith('party-')).slice(6),
  [...figure.querySelectorAll('g.land-version')].filter((g) => getComputedStyle(g).display !== 'none').length,
]));
/** What the record says: one layer for a party with a stance on the mapped issue that day. */
const expectedLayers = (day) => Object.fromEntries(parties.map((p) => [p.id, stanceOn(meta.land_map.issue, p.id, day) ? 1 : 0]));

let server;
let chromium;

/** Chromium's boxes for a page at a width, measured once and shared by the engines. */
const reference = new Map();
let chromiumQueue = Promise.resolve();
function chromiumBoxes(where, width, { app }) {
  const key = `${width} ${where}`;
  if (!reference.has(key)) {
    const job = chromiumQueue.then(async () => {
      const tab = await chromium.tab({ width, height: HEIGHT });
      try {
        await tab.goto(server.url + where);
        await until(tab, app ? isReady : isLoaded);
        const boxes = await tab.run(boxesInPage, BLOCKS);
        await tab.screenshot(path.join(SHOTS, `${shotName(where)}-${width}-chromium.png`));
        return boxes;
      } finally {
        await tab.close();
      }
    });
    chromiumQueue = job.catch(() => {});
    reference.set(key, job);
  }
  return reference.get(key);
}

/**
 * Opens each page in `list` at each layout width: it must load (and its script become ready
 * when `app`), with no error reported, and lay out as Chromium does. Returns the problems.
 */
async function visitAll(engine, tab, list, { app }) {
  const problems = [];
  // A script that does not start on one page will not on the next: after the first such page,
  // the others get less time, so that a broken build fails in a minute, not in five.
  let patience = READY_MS;
  for (const width of LAYOUT_WIDTHS) {
    await tab.size(width, HEIGHT);
    for (const where of list) {
      const why = `${where || '/'} at ${width}`;
      await tab.goto(server.url + where);
      if (!(await until(tab, app ? isReady : isLoaded, null, patience))) {
        patience = 2000;
        problems.push(`${why}: ${app ? 'the script did not become ready' : 'did not load'}`);
        problems.push(...(await tab.errors()).map((e) => `${why}: ${e}`));
        continue;
      }
      const [mine, theirs] = await Promise.all([tab.run(boxesInPage, BLOCKS), chromiumBoxes(where, width, { app })]);
      await tab.screenshot(path.join(SHOTS, `${shotName(where)}-${width}-${engine.name}.png`));
      problems.push(...compareLayouts(theirs, mine).map((p) => `${why}: ${p}`));
      problems.push(...(await tab.errors()).map((e) => `${why}: ${e}`));
    }
  }
  return problems;
}

/** The card's content height (in its frame) and the heights its parent was told and gave. */
async function cardHeights(tab) {
  const content = await tab.inFrame(() => document.documentElement.getBoundingClientRect().height);
  const parent = await tab.run(() => {
    const last = (pick) => window.received.map(pick).filter((h) => typeof h === 'number').at(-1) ?? null;
    return {
      iframe: document.querySelector('iframe').getBoundingClientRect().height,
      pym: last((m) => (typeof m === 'string' && /xPYMxheightxPYMx/.test(m) ? Number(m.split('xPYMx').at(-1)) : null)),
      datawrapper: last((m) => (m && m['datawrapper-height'] ? Object.values(m['datawrapper-height'])[0] : null)),
      amp: last((m) => (m && m.sentinel === 'amp' && m.type === 'embed-size' ? m.height : null)),
    };
  });
  return { content, ...parent };
}

/** Parent pages on another origin: one with the real Pym.js, one with the shipped embed.js. */
async function parentPages(card) {
  const listen = `<script>window.received = []; addEventListener('message', (e) => window.received.push(e.data));</script>`;
  const head = (title) => `<!doctype html><html lang="en"><head><title>${title}</title><link rel="icon" href="data:,">
    <style>body { margin: 0; } iframe { border: 0; display: block; } .column { margin: 0 auto; }</style></head>`;
  const pages = {};
  for (const width of CARD_WIDTHS) {
    pages[`/pym/${width}`] = {
      body: `${head('Pym parent')}<body>${listen}<p>An article.</p><div class="column" style="width: ${width}px"><div id="card"></div></div>
        <script src="/pym.v1.min.js"></script>
        <script>new pym.Parent('card', ${JSON.stringify(card)}, { title: 'Card' });</script></body></html>`,
    };
    pages[`/embed/${width}`] = {
      body: `${head('Datawrapper-style parent')}<body>${listen}<p>An article.</p>
        <div class="column" style="width: ${width}px"><iframe src="${card}" title="Card" height="150" style="width: 100%"></iframe></div>
        <script src="${server.url}embed.js"></script></body></html>`,
    };
  }
  pages['/pym.v1.min.js'] = { type: 'text/javascript', body: await nodeModule('pym.js/dist/pym.v1.min.js') };
  return servePages(pages);
}

/** The subtests one engine runs, in order, on one tab. */
async function exercise(t, engine) {
  const tab = await engine.tab({ width: 1280, height: HEIGHT });
  try {
    await t.test(`${engine.label}: every view page of both editions starts without an error and lays out as in Chromium at 375 and 1280 px`, async () => {
      const problems = await visitAll(engine, tab, PAGES, { app: true });
      assert.deepEqual(problems, []);
    });

    await t.test(`${engine.label}: a card of each kind, in both editions, loads without an error and lays out as in Chromium`, async () => {
      const problems = await visitAll(engine, tab, CARD_PAGES, { app: false });
      assert.deepEqual(problems, []);
    });

    await t.test(`${engine.label}: each kind of control works once: as of, a disclosure, Embed, a view switch, a track, the search, Back`, async () => {
      await tab.size(1280, HEIGHT);
      await tab.goto(server.url);
      assert.ok(await until(tab, isReady), 'the script became ready');
      await tab.run(() => { window.stayed = true; });
      assert.deepEqual(await tab.run(landLayers), expectedLayers(meta.as_of), 'one layer per land map, at the snapshot');

      // The "as of" step: one event back.
      await tab.click('[data-action="as-of-previous"]');
      const day = await until(tab, (snapshot) => {
        const asof = new URL(location.href).searchParams.get('asof');
        return asof && asof !== snapshot ? asof : null;
      }, meta.as_of, 5000);
      assert.ok(day, 'the address has the earlier date');
      assert.equal(await until(tab, () => document.querySelector('.as-of-date')?.textContent.trim()), longDate(day));
      assert.ok(await until(tab, () => !document.querySelector('table.positions[aria-busy]'), null, 5000), 'the other versions arrived');
      assert.deepEqual(await tab.run(landLayers), expectedLayers(day), `one layer per land map, on ${day}`);

      // A disclosure: a stance's details.
      await tab.click('td.stance button.disclosure');
      assert.ok(await until(tab, () => {
        const button = [...document.querySelectorAll('td.stance button.disclosure')].find((b) => b.getClientRects().length);
        const body = document.getElementById(button.getAttribute('aria-controls'));
        return button.getAttribute('aria-expanded') === 'true' && body && body.getClientRects().length > 0;
      }, null, 5000), 'the details opened');

      // The Embed dialog: opens with the code for this state, and closes.
      await tab.click('#embed-open');
      const code = await until(tab, () => document.getElementById('embed-dialog').open && document.getElementById('embed-code').value, null, 5000);
      assert.match(code || '', /^<iframe [^>]*src="http:\/\/127\.0\.0\.1:\d+\/\?asof=\d{4}-\d{2}-\d{2}&amp;embed=1"/, 'the embed code');
      await tab.click('#embed-dialog [data-action="close-embed"]');
      assert.ok(await until(tab, () => !document.getElementById('embed-dialog').open, null, 5000), 'the dialog closed');

      // A view switch, without a reload.
      await tab.click('.view-nav a[href$="timeline/"]');
      assert.ok(await until(tab, () => document.getElementById('view-timeline') && location.pathname.endsWith('/timeline/'), null, 5000), 'the timeline');
      assert.ok(await tab.run(() => window.stayed === true), 'the switch did not reload the page');
      // The switch ends by focusing the view's heading, a frame later, which may scroll the
      // page: a click before then can land where the chip no longer is.
      assert.ok(await until(tab, () => document.activeElement?.classList.contains('panel-title'), null, 5000), "the timeline's heading has the focus");

      // A track filter.
      const track = tracks.find((x) => x.id === 'nuclear-safety');
      await tab.click(`[data-toggle="track ${track.id}"]`);
      assert.ok(await until(tab, (id) => new URL(location.href).searchParams.get('tracks') === id, track.id, 5000), 'the address has the track');
      assert.deepEqual(await tab.run(shownEvents), onTrack(track.id), 'the track’s events');
      await tab.click(`[data-toggle="track ${track.id}"]`);
      assert.ok(await until(tab, () => !location.search.includes('tracks='), null, 5000), 'the track is off again');

      // The search, typed.
      await tab.type('#event-search', 'davos');
      const want = matching('davos');
      assert.ok(await until(tab, (n) => document.querySelectorAll('#view-timeline li.event:not([hidden])').length === n, want.length, 5000), 'the search narrowed the events');
      assert.deepEqual(await tab.run(shownEvents), want);

      // Back: the positions again, still without a reload.
      await tab.back();
      assert.ok(await until(tab, () => document.getElementById('view-positions') && !location.pathname.endsWith('/timeline/'), null, 5000), 'Back returned to the positions');
      assert.ok(await tab.run(() => window.stayed === true), 'Back did not reload the page');
      assert.deepEqual(await tab.errors(), []);
    });

    await t.test(`${engine.label}: a card's height, told to Pym.js, to a Datawrapper-style listener and to AMP, is exact within 1 px at 320 and 1000 px`, async () => {
      const parents = await parentPages(`${server.url}cards/issue/donbas/`);
      try {
        const problems = [];
        for (const width of CARD_WIDTHS) {
          for (const kind of ['pym', 'embed']) {
            const why = `${kind === 'pym' ? 'Pym.js' : 'embed.js'} parent at ${width}`;
            await tab.goto(`${parents.origin}/${kind}/${width}`);
            let h = null;
            const fits = await eventually(async () => {
              h = await cardHeights(tab).catch(() => null);
              const told = kind === 'pym' ? [h?.pym, h?.datawrapper, h?.amp] : [h?.datawrapper, h?.amp];
              return h && h.content > 100 && Math.abs(h.iframe - h.content) <= 1 && told.every((x) => x != null && Math.abs(x - h.content) <= 1);
            });
            if (!fits) problems.push(`${why}: ${JSON.stringify(h)}`);
            problems.push(...(await tab.errors()).map((e) => `${why}: ${e}`));
          }
        }
        assert.deepEqual(problems, []);
      } finally {
        await parents.close();
      }
    });
  } finally {
    await tab.close();
  }
}

test(`the explainer in ${ENGINES.join(' and ')}, beside Chromium`, { concurrency: true }, async (t) => {
  await fs.mkdir(SHOTS, { recursive: true });
  server = await serve(DIST);
  chromium = await start('chromium');
  try {
    await Promise.all(ENGINES.map(async (name) => {
      const began = Date.now();
      const engine = await start(name);
      try {
        await t.test(`${engine.version}`, async (t) => exercise(t, engine));
      } finally {
        await engine.close();
        console.log(`# ${engine.version}: ${((Date.now() - began) / 1000).toFixed(1)} s`);
      }
    }));
  } finally {
    await chromium.close();
    await server.close();
  }
});
