// The pre-rendered page: content without JavaScript, content before the WebAssembly arrives,
// and a script that works on the page's own elements instead of drawing new ones.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, open, record, appReady, stanceOn, serveWithWasmHeld, firstPaint, shown, hidden, eventually, longDate, fullRunOnly } from './harness.mjs';

const t = suite();
const { meta, issues, parties, events, sources, people } = record;

const urlOf = (id) => sources.find((s) => s.id === id).url;

/** Every link in `locator` that is visible, by address. */
const visibleLinks = (locator) =>
  locator.evaluateAll((as) => as.filter((a) => a.checkVisibility()).map((a) => a.getAttribute('href')));

test('without JavaScript each view’s page shows it whole, with source links, and the view links work', async () => {
  const context = await t.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(t.server.url);

    // The state of play, each point with its sources as visible links.
    const points = page.locator('.state-of-play .point');
    assert.equal(await points.count(), meta.state_of_play.length);
    for (const [i, point] of meta.state_of_play.entries()) {
      const item = points.nth(i);
      await shown(item.getByRole('heading', { name: point.heading }), point.heading);
      assert.deepEqual(await visibleLinks(item.locator('a')), point.sources.map(urlOf), point.heading);
    }

    // The table: every issue, every party, each cell with the snapshot's stance and its
    // details open, sources included, since no button can open them.
    const table = page.locator('table.positions');
    await shown(table, 'the table');
    assert.equal(await table.locator('tr.issue-row:visible').count(), issues.length);
    for (const issue of issues) {
      for (const party of parties) {
        const stance = stanceOn(issue.id, party.id, meta.as_of);
        const cell = page.locator(`#cell-${issue.id}-${party.id}`);
        if (!stance) continue;
        assert.equal((await cell.locator('.stance-summary:visible').innerText()).trim(), stance.summary, `${issue.id}/${party.id}`);
        assert.deepEqual(await visibleLinks(cell.locator('.stance-details ~ .sources a')), stance.sources.map(urlOf));
      }
    }

    // The view links are plain links: the timeline is a page of its own, every event with its
    // title and its source links showing.
    await page.getByRole('link', { name: 'Timeline', exact: true }).click();
    await page.waitForURL(/\/timeline\/$/);
    const items = page.locator('#view-timeline li.event');
    await shown(page.locator('#view-timeline'), 'the timeline');
    assert.equal(await items.count(), events.length);
    for (const event of events) {
      const item = page.locator(`#event-${event.id}`);
      await shown(item.getByRole('heading', { name: event.title, exact: true }), event.id);
      assert.deepEqual(await visibleLinks(item.locator('.disclosure-body .sources a')), event.sources.map(urlOf), event.id);
    }

    // The other views' pages: the plans compared (plans.test.mjs reads them closely), the
    // people, the sources.
    await page.goto(`${t.server.url}plans/`);
    await shown(page.locator('#view-plans table.plans'), 'the plans compared');
    await page.goto(`${t.server.url}people/`);
    assert.equal(await page.locator('#view-people .person:visible').count(), people.length);
    await page.goto(`${t.server.url}sources/`);
    assert.equal(await page.locator('#view-sources .all-sources li:visible').count(), sources.length);

    // The data downloads are plain files: their links show and work without any script.
    const downloads = page.locator('a.download');
    assert.equal(await downloads.count(), 6, 'events, positions and plans, each as CSV and JSON');
    for (const link of await downloads.all()) {
      await shown(link, await link.innerText());
      const response = await page.request.get(new URL(await link.getAttribute('href'), page.url()).href);
      assert.equal(response.status(), 200, await link.getAttribute('href'));
      assert.ok((await response.text()).length > 1000, await link.getAttribute('href'));
    }

    // The controls need the app, so they are not offered.
    for (const control of ['.share', 'button.disclosure']) {
      await hidden(page.locator(control).first(), control);
    }
    await page.goto(`${t.server.url}timeline/`);
    for (const control of ['.filters', '.tracks', '.share', 'button.disclosure']) {
      await hidden(page.locator(control).first(), control);
    }
    await page.goto(t.server.url);
    await hidden(page.locator('.as-of-control'), 'the as-of control');
  } finally {
    await context.close();
  }
});

/**
 * Opens `query` with the wasm held back, checks that the page has painted while the app has
 * not started, then runs `check(page, release)`, which releases the wasm when it wants the
 * app to start. The page must stay free of console errors throughout.
 */
async function beforeTheApp(query, check) {
  const { server, release } = await serveWithWasmHeld();
  const { page, context, problems } = await open(t.browser, server.url + query, { ready: false });
  try {
    await firstPaint(page);
    assert.equal(await page.locator('html').getAttribute('data-app'), null, 'the app has not started');
    await check(page, release);
    assert.deepEqual(problems, []);
  } finally {
    release();
    await context.close();
    await server.close();
  }
}

test('the content is painted before the wasm arrives, and the script keeps the same elements', () =>
  beforeTheApp('', async (page, release) => {
    await shown(page.getByRole('heading', { name: 'The state of play' }), 'the state of play, before the app');
    assert.equal(await page.locator('table.positions tr.issue-row:visible').count(), issues.length);
    // Mark elements now; if the app re-created them instead of using them, the marks vanish.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('table.positions, #view-link-timeline, #as-of-range')) el.preHydration = true;
    });

    release();
    await appReady(page);
    const kept = await page.evaluate(() =>
      [...document.querySelectorAll('table.positions, #view-link-timeline, #as-of-range')].map((el) => el.preHydration === true));
    assert.deepEqual(kept, [true, true, true]);

    const [fcp, wasmArrived] = await page.evaluate(() => [
      performance.getEntriesByName('first-contentful-paint')[0].startTime,
      performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm')).responseEnd,
    ]);
    assert.ok(fcp < wasmArrived, `first paint at ${fcp} ms, wasm at ${wasmArrived} ms`);

    // The same elements now work.
    await page.getByRole('link', { name: 'Timeline', exact: true }).click();
    await shown(page.locator('#view-timeline'), 'the timeline, after the link works');
  }));

test('before the app starts, a link\'s view, embed mode and theme already show', () =>
  beforeTheApp('people/?embed=1&theme=dark', async (page, release) => {
    // Two moments compared, before and after the app starts: one-shot readings on purpose.
    const seen = async () => ({
      people: await page.locator('#view-people').isVisible(),
      positions: await page.locator('#view-positions').isVisible(),
      stateOfPlay: await page.locator('.state-of-play').isVisible(),
      tab: await page.locator('#view-link-people').evaluate((el) => getComputedStyle(el).borderBottomColor),
      background: await page.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor),
    });
    const before = await seen();
    assert.deepEqual([before.people, before.positions, before.stateOfPlay], [true, false, false]);

    release();
    await appReady(page);
    assert.equal(await page.locator('.view-link[aria-current="page"]').getAttribute('id'), 'view-link-people');
    assert.equal(await page.locator('html').getAttribute('data-page'), 'people');
    assert.deepEqual(await seen(), before, 'the app shows what the preview showed');
  }));

test('deep links start without errors and land where they point', async () => {
  const event = events.find((e) => e.sources.length > 1);
  const cases = {
    'timeline/': (page) => page.locator('#view-timeline').isVisible(),
    [`timeline/?event=${event.id}`]: async (page) =>
      (await page.evaluate(() => document.activeElement.id)) === `event-${event.id}` &&
      (await page.locator(`#event-${event.id} button.disclosure`).getAttribute('aria-expanded')) === 'true',
    'sources/?theme=dark': (page) => page.locator('#view-sources').isVisible(),
    '?asof=2025-11-20&parties=ukraine,us': async (page) =>
      (await page.locator('table.positions thead th:not([hidden])').count()) === 3 &&
      (await page.locator('.as-of-date').innerText()) === longDate('2025-11-20'),
    '?embed=1&view=people': async (page) =>
      (await page.locator('.state-of-play:visible').count()) === 0 && (await page.locator('.open-full').isVisible()),
  };
  for (const [query, lands] of Object.entries(cases)) {
    await t.session?.context.close();
    const page = await t.visit(query);
    await eventually(() => lands(page), `${query} does not land where it points`);
    // Checked here too (not only after the test) so the failing link is named.
    assert.deepEqual(t.session.problems, [], query);
  }
});

test('every page and card links its sharing picture: a 1200 × 630 PNG beside it that Chromium draws, described in its language', fullRunOnly, async () => {
  const context = await t.browser.newContext({ javaScriptEnabled: false });
  const viewer = await t.browser.newContext();
  try {
    const page = await context.newPage();
    const image = await viewer.newPage();
    for (const edition of ['', 'uk/']) {
      // Every view's page, and a card of each kind.
      const cards = ['cards/issue/donbas/', 'cards/land/', 'cards/plans/', 'cards/plans/army-size/', 'cards/event/berlin-talks/'];
      for (const view of ['', 'plans/', 'timeline/', 'people/', 'sources/', ...cards]) {
        const where = `${t.server.url}${edition}${view}`;
        await page.goto(where);
        const meta = (selector) => page.locator(selector).getAttribute('content');
        const src = await meta('meta[property="og:image"]');
        assert.equal(src, 'share.png', `${where}: relative without EXPLAINER_SITE_URL`);
        assert.equal(await meta('meta[name="twitter:image"]'), src, where);
        assert.equal(await meta('meta[name="twitter:card"]'), 'summary_large_image', where);
        assert.deepEqual([await meta('meta[property="og:image:width"]'), await meta('meta[property="og:image:height"]')], ['1200', '630'], where);
        const alt = await meta('meta[property="og:image:alt"]');
        assert.ok(alt.length > 20 && (edition === 'uk/') === /[а-яієїґ]/i.test(alt), `${where}: ${alt}`);

        // The file: a PNG whose header says 1200 × 630, under 100 KB...
        const url = new URL(src, where).href;
        const response = await page.request.get(url);
        assert.equal(response.status(), 200, url);
        assert.equal(response.headers()['content-type'], 'image/png', url);
        const png = await response.body();
        assert.equal(png.subarray(0, 8).toString('latin1'), '\x89PNG\r\n\x1a\n', url);
        assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [1200, 630], url);
        assert.ok(png.length < 100_000, `${url}: ${png.length} bytes`);
        // ...that the browser decodes at that size.
        await image.goto(url);
        const size = await image.locator('img').evaluate((img) => img.decode().then(() => [img.naturalWidth, img.naturalHeight]));
        assert.deepEqual(size, [1200, 630], url);
      }
    }
  } finally {
    await context.close();
    await viewer.close();
  }
});
