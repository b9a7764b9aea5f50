// The search box (render/src/views/search.rs, assets/search.js, the index from
// render/src/search_index.rs): the 20 written queries per edition (tests/search/queries.json)
// find what they must among the results shown; the combobox by keyboard; hostile queries;
// nothing loaded before focus; axe; 320 px.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { suite, eventually, appReady, fullRunOnly } from './harness.mjs';

const t = suite();
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = async (file) => JSON.parse(await fs.readFile(path.join(ROOT, file), 'utf8'));
const queries = await read('tests/search/queries.json');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Types `query` into the box and returns what the listbox shows, each option as its href,
 *  data-go and title. */
async function results(page, query) {
  const input = page.locator('#site-search');
  await input.fill(query);
  const status = page.locator('#site-search-status');
  await eventually(async () => (await status.textContent()) !== '', `no count said for ${query}`);
  return page.locator('#site-search-results [role="option"]').evaluateAll((options) =>
    options.map((o) => ({ href: o.getAttribute('href'), go: o.dataset.go ?? '', title: o.querySelector('.search-title').textContent, marked: o.querySelectorAll('mark').length })));
}

/** Whether `item` of queries.json is among `shown`. */
function among(shown, item, data) {
  const go = (text) => shown.some((o) => o.go === text);
  switch (item.kind) {
    case 'event': return go(`event ${item.id}`);
    case 'stance': return go(`stance ${item.issue} ${item.party} ${item.from}`);
    case 'provision': return go(`provision ${item.document} ${item.issue}`);
    case 'document': return go(`document ${item.id}`);
    case 'person': return go(`person ${item.id}`);
    case 'revision': return shown.some((o) => o.href.endsWith(`#revision-${item.id}`));
    case 'point': return shown.some((o) => o.title === item.heading);
    case 'correction': return shown.some((o) => o.title === data.corrections[item.index].claim);
    case 'source': return shown.some((o) => o.href === data.sources.find((s) => s.id === item.id).url);
    default: throw new Error(item.kind);
  }
}

for (const [edition, code] of [['', 'en'], ['uk/', 'uk']]) {
  test(`the 20 written queries in ${code} find what they must among the results shown`, code === 'uk' ? fullRunOnly : {}, async () => {
    // The Ukrainian corrections are keyed by the English ones' ids.
    const english = await read('data/corrections.json');
    const ukrainian = code === 'uk' ? await read('data/uk/corrections.json') : null;
    const corrections = english.map((c) => (ukrainian ? ukrainian[c.id] : c));
    const data = { corrections, sources: await read('data/sources.json') };
    const page = await t.visit(`${edition}people/`);
    await page.locator('#site-search').focus();
    const missed = [];
    const unmarked = [];
    for (const q of queries[code]) {
      const shown = await results(page, q.query);
      for (const item of q.must_find) if (!among(shown, item, data)) missed.push(`${q.query}: ${JSON.stringify(item)}`);
      // Each result shows why it was found: a word marked in its title or its line of
      // context, which comes from further into the item when that is where the word is.
      for (const option of shown) if (!option.marked) unmarked.push(`${q.query}: ${option.title}`);
    }
    assert.deepEqual(missed, []);
    assert.deepEqual(unmarked, [], 'results with no word marked');
  });
}

test('nothing of the search loads before the box is focused; then a choice lands on the event, by keyboard', async () => {
  const page = await t.visit('');
  const asked = [];
  page.on('request', (r) => { if (/search(-index\.json|\.js)$/.test(new URL(r.url()).pathname)) asked.push(r.url()); });
  await new Promise((r) => setTimeout(r, 300));
  assert.deepEqual(asked, [], 'nothing before focus');
  const input = page.getByRole('combobox', { name: 'Search the explainer' });
  await input.focus();
  await eventually(() => asked.length === 2, `the module and the index, on focus: ${asked}`);
  await input.fill('Geneva trilateral');
  await eventually(async () => (await input.getAttribute('aria-expanded')) === 'true', 'the listbox opened');
  assert.match(await page.locator('#site-search-status').textContent(), /^Found: \d+$/);
  await page.keyboard.press('ArrowDown');
  const active = await input.getAttribute('aria-activedescendant');
  assert.equal(await page.locator(`#${active}`).getAttribute('aria-selected'), 'true');
  // The first option among the events, chosen with Enter, lands on it on the timeline.
  const events = page.locator('#site-search-results [role="option"][data-go^="event "]');
  const first = await events.first().getAttribute('data-go');
  const index = await page.locator('#site-search-results [role="option"]').evaluateAll((os, go) => os.findIndex((o) => o.dataset.go === go), first);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const id = first.split(' ')[1];
  await eventually(() => page.url().includes(`timeline/?event=${id}`), `landed on ${page.url()}`);
  await appReady(page);
  assert.equal(await input.getAttribute('aria-expanded'), 'false');
  // Escape closes, and clears a closed box.
  await input.fill('Davos');
  await eventually(async () => (await input.getAttribute('aria-expanded')) === 'true', 'open again');
  await page.keyboard.press('Escape');
  assert.equal(await input.getAttribute('aria-expanded'), 'false');
  await page.keyboard.press('Escape');
  assert.equal(await input.inputValue(), '');
});

test('hostile queries say nothing was found, without an error; axe finds nothing; it fits at 320 px', async () => {
  const page = await t.visit('uk/plans/', { width: 320, height: 700 });
  const input = page.locator('#site-search');
  await input.focus();
  for (const query of ['x'.repeat(10_000), '.*[(\\', '\u200f\u200e\u202e', '😀🇺🇦', 'жжжжжжжжжж']) {
    await input.fill(query);
    await eventually(async () => (await page.locator('#site-search-status').textContent()) === 'Нічого не знайдено.', `for ${query.slice(0, 20)}`);
    assert.equal(await input.getAttribute('aria-expanded'), 'false');
  }
  await input.fill('Женева');
  await eventually(async () => (await input.getAttribute('aria-expanded')) === 'true', 'the listbox opened');
  const box = await page.locator('#site-search-results').boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 320, JSON.stringify(box));
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
});
