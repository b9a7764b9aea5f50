// How each page opens: the front page with the explainer's opening (its standfirst and state
// of play), every other page and every card on its view, the view's first item in a phone's
// first screen; and "Get the data" beside the table or list it exports.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { suite, eventually, fullRunOnly, shown, hidden, DIST } from './harness.mjs';

const t = suite();
const SUB_PAGES = ['plans/', 'timeline/', 'people/', 'sources/'];

/** The masthead's and the view heading's places on the page. */
const layout = (page) => page.evaluate(() => {
  const masthead = document.querySelector('.masthead').getBoundingClientRect();
  const h1 = document.querySelector('.masthead h1');
  return {
    masthead: Math.round(masthead.bottom),
    titleLines: Math.round(h1.getBoundingClientRect().height / parseFloat(getComputedStyle(h1).lineHeight)),
    heading: Math.round(document.querySelector('.panel-title').getBoundingClientRect().bottom),
    standfirst: document.querySelectorAll('.standfirst').length,
    stateOfPlay: document.querySelectorAll('.state-of-play').length,
  };
});

for (const edition of ['', 'uk/']) {
  // The quick tier runs the English edition's.
  test(`on a 375 × 667 phone every page of ${edition || 'the English edition '}but the front opens on its view, under a one-line title`, edition ? fullRunOnly : {}, async () => {
    for (const where of SUB_PAGES) {
      const page = await t.visit(`${edition}${where}`, { width: 375, height: 667 });
      const at = await layout(page);
      assert.equal(at.standfirst + at.stateOfPlay, 0, `${where}: the front page's opening stays there`);
      assert.equal(at.titleLines, 1, `${where}: the title on one line`);
      // Title, date and edition, share bar, search box.
      assert.ok(at.masthead <= 190, `${where}: the masthead ends at ${at.masthead} px`);
      assert.ok(at.heading <= 667, `${where}: the view's heading ends at ${at.heading} px`);
    }
    const front = await t.visit(edition, { width: 375, height: 667 });
    const at = await layout(front);
    assert.equal(at.standfirst, 1, 'the front page has its standfirst');
    assert.equal(at.stateOfPlay, 1, 'and its state of play');
    assert.ok(at.masthead > 200, `the front page's masthead is its big title (${at.masthead} px)`);
    // A switch to another view drops the opening and compacts the masthead.
    await front.getByRole('navigation').getByRole('link').nth(2).click();
    await eventually(async () => (await layout(front)).standfirst === 0, 'the standfirst after a switch');
    const switched = await layout(front);
    assert.ok(switched.masthead <= 190 && switched.titleLines === 1, JSON.stringify(switched));
  });
}

/**
 * Each page's first item, what the reader came for: its first line must be in the first
 * screen. The front page is left out: it opens, by design, on the explainer's standfirst and
 * state of play, and its table follows them.
 */
const FIRST_ITEM = {
  plans: '.plan-row .issue-name',
  timeline: 'li.event:not([hidden]) .event-title',
  people: '.person-name',
  sources: '#view-sources section h3',
  'cards/issue': 'td.stance',
  'cards/land': '.land-map',
  'cards/plans': '.plan-row .issue-name',
  'cards/plans/': '.provision',
  'cards/event': '.event-summary',
};

/** Every page but the front, and every card, of both editions, with its first item. */
async function pagesAndCards() {
  const cards = [];
  for (const edition of ['', 'uk/']) {
    for (const kind of await fs.readdir(path.join(DIST, edition, 'cards'))) {
      const folder = path.join(DIST, edition, 'cards', kind);
      const names = (await fs.readdir(folder, { withFileTypes: true })).filter((d) => d.isDirectory());
      if ((await fs.readdir(folder)).includes('index.html')) cards.push([`${edition}cards/${kind}/`, FIRST_ITEM[`cards/${kind}`]]);
      for (const name of names) cards.push([`${edition}cards/${kind}/${name.name}/`, FIRST_ITEM[`cards/${kind}${kind === 'plans' ? '/' : ''}`]]);
    }
  }
  const pages = ['', 'uk/'].flatMap((edition) => SUB_PAGES.map((where) => [`${edition}${where}`, FIRST_ITEM[where.replace('/', '')]]));
  return [...pages, ...cards];
}

test('on a 375 × 667 phone, every page but the front and every card shows its heading and first item in the first screen', async () => {
  const all = await pagesAndCards();
  assert.ok(all.length >= 200, `${all.length} pages and cards`);
  const page = await t.visit('plans/', { width: 375, height: 667 });
  const late = [];
  for (const [where, first] of all) {
    assert.ok(first, `${where}: a first item to look for`);
    await page.goto(t.server.url + where);
    await page.waitForLoadState('load');
    const at = await page.evaluate((first) => {
      const heading = document.querySelector('main h2.panel-title, main h1');
      const item = [...document.querySelectorAll(first)].find((el) => el.getClientRects().length);
      if (!heading || !item) return null;
      const box = item.getBoundingClientRect();
      // Its first line: an item may be taller than a screen.
      const line = parseFloat(getComputedStyle(item).lineHeight) || 24;
      return { heading: Math.round(heading.getBoundingClientRect().bottom), item: Math.round(box.top + Math.min(box.height, line)) };
    }, first);
    assert.ok(at, `${where}: its heading and ${first}`);
    if (at.heading > 667 || at.item > 667) late.push(`${where}: heading ends at ${at.heading} px, ${first} at ${at.item} px`);
  }
  assert.deepEqual(late, [], 'past the first screen');
});

test('on a phone the folds open and close, an address with filters opens its own, and a desktop has none', async () => {
  const page = await t.visit('timeline/', { width: 375, height: 667 });
  const toggle = page.getByRole('button', { name: 'Filter events' });
  const filters = page.locator('#timeline-filters');
  await hidden(filters, 'the filters, folded');
  await toggle.click();
  await shown(filters, 'the filters, once asked for');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  await toggle.click();
  await hidden(filters, 'the filters, folded again');
  await hidden(page.locator('figure.tracks'), 'the tracks picture, folded');
  await page.getByRole('button', { name: 'Tracks at a glance' }).click();
  await shown(page.locator('figure.tracks'), 'the tracks picture, once asked for');

  // Filters the address sets are not hidden from the reader.
  await page.goto(`${t.server.url}timeline/?tracks=trilateral`);
  await shown(filters, 'the filters an address sets');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');

  // A card's date waits under "Change the date"; its steps come back when asked for.
  await page.goto(`${t.server.url}cards/land/`);
  await hidden(page.getByRole('button', { name: 'Next event' }), 'the steps, folded');
  await page.getByRole('button', { name: 'Change the date' }).click();
  await shown(page.getByRole('button', { name: 'Next event' }), 'the steps, once asked for');

  // On a desktop nothing is folded and no fold's button shows.
  await page.setViewportSize({ width: 1280, height: 900 });
  for (const where of ['timeline/', 'plans/', 'cards/land/']) {
    await page.goto(t.server.url + where);
    assert.equal(await page.locator('.fold-toggle:visible').count(), 0, `${where}: no fold button`);
    for (const block of await page.locator('[data-folded]').all()) await shown(block, `${where}: every block`);
  }
});

test('"Get the data" sits under what it exports, and its files download', async () => {
  for (const [where, files, after] of [
    ['', ['peace-talks-positions.csv', 'peace-talks-positions.json'], 'table.positions'],
    ['plans/', ['peace-talks-plans.csv', 'peace-talks-plans.json'], 'table.plans'],
    ['uk/timeline/', ['peace-talks-events.csv', 'peace-talks-events.json'], '.era.after-snapshot'],
  ]) {
    const page = await t.visit(where);
    const links = page.locator('.panel .get-data a[download]');
    const hrefs = await links.evaluateAll((as) => as.map((a) => new URL(a.href).pathname.split('/').pop()));
    assert.deepEqual(hrefs, files, where);
    const follows = await page.evaluate((after) => {
      const table = document.querySelector(after);
      const data = document.querySelector('.panel .get-data');
      return Boolean(table.compareDocumentPosition(data) & Node.DOCUMENT_POSITION_FOLLOWING);
    }, after);
    assert.ok(follows, `${where}: under ${after}`);
    for (const href of await links.evaluateAll((as) => as.map((a) => a.href))) {
      const response = await fetch(href);
      assert.equal(response.status, 200, href);
      assert.ok((await response.text()).length > 1000, href);
    }
  }
});
