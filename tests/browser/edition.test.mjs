// The Ukrainian edition at uk/: every view in Ukrainian with no English interface text left,
// the same record as the English edition, a language switch that keeps the reader's state,
// deep links, embedding with a real Pym.js parent, axe, the page without JavaScript, its head,
// and its downloads. Expected words come from the data files and render/src/words/uk.json.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { suite, serve, servePages, nodeModule, open, record, appReady, eventually, address, shown, DIST, fullRunOnly, folder } from './harness.mjs';

const t = suite();
const VIEWS = ['positions', 'plans', 'timeline', 'people', 'sources'];
const read = async (file) => JSON.parse(await fs.readFile(path.join(DIST, '..', file), 'utf8'));
/** English interface text → Ukrainian: the list of every English text the views write. */
const words = await read('render/src/words/uk.json');
const uk = {
  events: await read('data/uk/events.json'),
  stances: await read('data/uk/stances.json'),
  meta: await read('data/uk/meta.json'),
};
/** The English words the browser's script writes (common/src/labels.rs), as they begin. */
const SCRIPT_WORDS = ['Showing all', 'events shown', 'Show ', 'At least', 'At most', 'copied.', 'Select the', 'after the snapshot'];
const UK_MONTHS = ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'];
/** "3 червня 2025" for "2025-06-03". */
const ukLongDate = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${UK_MONTHS[m - 1]} ${y}`;
};

/**
 * The fixed pieces of each English interface text (between its {blanks}), long enough to
 * mean something: what must not appear in the Ukrainian page.
 */
const englishPieces = [
  ...new Set(
    Object.entries(words)
      .filter(([english, ukrainian]) => english !== ukrainian)
      .flatMap(([english]) => english.split(/\{[^}]*\}/))
      .map((piece) => piece.replace(/[\s:().·,;]+$/u, '').replace(/^[\s:().·,;]+/u, ''))
      .filter((piece) => /[A-Za-z]{2}/.test(piece)),
  ),
];

/**
 * The page's words a reader sees as interface: the text of everything but the sources'
 * names and addresses (which keep their original titles and publishers), the other edition's
 * link (written in its own language), and the region outlines' credit (a product name).
 */
function interfaceText(page, { visibleOnly }) {
  return page.evaluate((visibleOnly) => {
    const body = document.body.cloneNode(true);
    const drop = 'a[href^="http"], [lang="en"], .sources, .all-sources, .cite, .event-place, script, textarea';
    for (const el of body.querySelectorAll(drop)) el.remove();
    if (!visibleOnly) return body.textContent;
    // Only what shows: the live page's rendered text, minus the same parts.
    const live = [...document.querySelectorAll(drop)];
    const saved = live.map((el) => [el, el.style.display]);
    for (const el of live) el.style.display = 'none';
    const text = document.body.innerText;
    for (const [el, display] of saved) el.style.display = display;
    return text;
  }, visibleOnly);
}

/** The sources' publishers, longest first: names, which keep their own spelling wherever they
 *  are cited (a map region's tip names them too). */
const publishers = [...new Set(record.sources.map((s) => s.publisher))].sort((a, b) => b.length - a.length);

/** The English pieces found in `text`, matched as whole words, publishers' names aside. */
function englishIn(text) {
  for (const name of publishers) text = text.replaceAll(name, ' ');
  return [...englishPieces, ...SCRIPT_WORDS].filter((piece) => {
    const escaped = piece.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(^|[^A-Za-z])${escaped}($|[^A-Za-z])`).test(text);
  });
}

test('every view of uk/ is in Ukrainian, with no English interface text left, before and after interaction', fullRunOnly, async () => {
  assert.ok(englishPieces.length > 100, `the list of English interface texts is too short (${englishPieces.length})`);
  const page = await t.visit('uk/');
  assert.equal(await page.locator('html').getAttribute('lang'), 'uk');
  assert.deepEqual(englishIn(await interfaceText(page, { visibleOnly: false })), [], 'in the HTML');
  for (const view of VIEWS) {
    await page.locator(`#view-link-${view}`).click();
    await shown(page.locator(`#view-${view}`), view);
    assert.deepEqual(englishIn(await interfaceText(page, { visibleOnly: true })), [], `on ${view}`);
  }
  // What the script writes: the timeline's count after filtering, a chip that refuses, a step.
  await page.locator('#view-link-timeline').click();
  await page.locator('#event-search').fill('Давос');
  await eventually(async () => /^Показано подій: \d+ з \d+$/.test(await page.locator('.result-count').innerText()),
    async () => `result count: ${await page.locator('.result-count').innerText()}`);
  await page.locator('#view-link-plans').click();
  assert.equal(await page.locator('[data-toggle="document 28pt"]').getAttribute('title'), 'Вибраними мають лишатися щонайменше два');
  await page.locator('#view-link-positions').click();
  await page.locator('[data-action="as-of-previous"]').click();
  assert.match(await page.locator('.as-of-step').innerText(), /^\d{1,2} [а-яіїєґ]+\. \d{4}: /u);
  assert.match(await page.locator('.as-of-date').innerText(), /^\d{1,2} [а-яіїєґ]+ \d{4}$/u);
  assert.deepEqual(englishIn(await interfaceText(page, { visibleOnly: true })), [], 'after interaction');
  // The record's own words are the Ukrainian ones.
  const first = record.events.find((e) => e.id === 'crimea-annexed');
  await page.locator('#view-link-timeline').click();
  assert.equal((await page.locator('#event-crimea-annexed .event-title').innerText()).trim(), uk.events[first.id].title);
  assert.equal((await page.locator('#event-crimea-annexed .event-when').innerText()).trim(), '18 берез. 2014');
  // The tracks picture's tip writes the date in Ukrainian too.
  await page.locator('.zooms button').last().focus();
  await page.keyboard.press('Tab');
  await shown(page.locator('.tip'), 'the tip');
  const when = await page.locator('.tip-when').innerText();
  assert.match(when, /[а-яіїєґ]/u, when);
  assert.doesNotMatch(when, /[A-Za-z]/, when);
});

test('no text of uk/ is the same as on the English page, but for the sources\' names', async () => {
  // Catches an interface text a view writes without passing it through the translation.
  const texts = async (where) => {
    const page = await t.visit(where);
    const found = await page.evaluate(() => {
      const body = document.body.cloneNode(true);
      for (const el of body.querySelectorAll('a[href^="http"], [lang="en"], .sources, .all-sources, .cite, script, textarea, svg')) el.remove();
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      const seen = new Set();
      while (walker.nextNode()) seen.add(walker.currentNode.nodeValue.trim());
      for (const el of document.body.querySelectorAll('[title], [aria-label], [placeholder]')) {
        for (const name of ['title', 'aria-label', 'placeholder']) seen.add(el.getAttribute(name)?.trim());
      }
      return [...seen].filter((text) => /[A-Za-z]{2}/.test(text ?? ''));
    });
    await t.session.context.close();
    t.session = null;
    return found;
  };
  const english = new Set(await texts(''));
  const ukrainian = await texts('uk/');
  assert.ok(english.size > 500, 'the English page has its texts');
  assert.deepEqual(ukrainian.filter((text) => english.has(text)), []);
});

test('both editions show the same record: the same counts of everything', fullRunOnly, async () => {
  // Every view's page of the edition at `where`, counted together.
  const counts = async (where) => {
    const total = {};
    for (const view of VIEWS) {
      for (const [what, n] of Object.entries(await countsOn(`${where}${folder(view)}`))) total[what] = (total[what] ?? 0) + n;
    }
    return total;
  };
  const countsOn = async (where) => {
    const page = await t.visit(where);
    const n = (selector) => page.locator(selector).count();
    const result = {
      points: await n('.state-of-play .point'),
      events: await n('li.event'),
      cells: await n('td.stance'),
      versions: await n('td.stance .version'),
      documents: await n('th.document-col'),
      provisions: await n('td.provision .provision-text'),
      changes: await n('td.provision .change'),
      people: await n('li.person'),
      corrections: await n('li.correction'),
      sources: await n('.all-sources li'),
      stateMedia: await n('.badge.state-media'),
      maps: await n('figure.land-map'),
      regions: await n('.land-version use'),
      marks: await n('.tracks .mark'),
      downloads: await n('a.download'),
      tracks: await n('[data-toggle^="track "]'),
    };
    await t.session.context.close();
    t.session = null;
    return result;
  };
  const english = await counts('');
  const ukrainian = await counts('uk/');
  assert.deepEqual(ukrainian, english);
  assert.equal(english.events, record.events.length);
  assert.equal(english.people, record.people.length);
  assert.equal(english.sources, record.sources.length);
});

test('the language switch keeps the view, filters, date and selection, both ways', async () => {
  const states = [
    `timeline/?tracks=${record.tracks[0].id}&person=witkoff&event=berlin-talks`,
    '?parties=ukraine,russia&groups=territory&issue=donbas&asof=2025-06-03',
    'plans/?docs=28pt,e3,20pt',
  ];
  for (const state of states) {
    const page = await t.visit(state);
    const english = address(page);
    await page.locator('.language-switch').click();
    await page.waitForURL(/\/uk\//);
    await appReady(page);
    assert.equal(address(page), english, 'to Ukrainian');
    assert.equal(await page.locator('html').getAttribute('lang'), 'uk');
    // The state is taken, not just carried: the same view shows, with the same number of rows.
    const view = english.match(/^(\w+)\//)?.[1] ?? 'positions';
    assert.equal(await page.locator(`#view-link-${view}`).getAttribute('aria-current'), 'page');
    if (english.includes('asof=2025-06-03')) assert.equal(await page.locator('.as-of-date').innerText(), ukLongDate('2025-06-03'));
    if (english.includes('docs=')) assert.equal(await page.locator('th.document-col:visible').count(), 3);
    await page.locator('.language-switch').click();
    await page.waitForURL((url) => !url.pathname.includes('/uk/'));
    await appReady(page);
    assert.equal(address(page), english, 'back to English');
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  }
});

test('deep links under uk/ land where they point, with Ukrainian dates', async () => {
  const page = await t.visit('uk/timeline/?event=berlin-talks');
  await shown(page.locator('#event-berlin-talks'), 'the linked event');
  assert.equal(await page.locator('#event-berlin-talks').evaluate((el) => el.classList.contains('selected')), true);
  await page.goto(`${t.server.url}uk/?asof=2025-11-20&issue=territory`);
  await appReady(page);
  assert.equal(await page.locator('.as-of-date').innerText(), ukLongDate('2025-11-20'));
  const us = uk.stances['territory/us/2025-11-19'];
  assert.equal((await page.locator('#cell-territory-us .version:not([hidden]) .stance-summary').innerText()).trim(), us.summary);
});

test('uk/ works from a deep sub-folder, its assets one folder up, and switches back there', async () => {
  const sub = await serve(DIST, '/a/deep/sub/folder/');
  try {
    const page = await t.visit(`${sub.url}uk/people/`);
    await shown(page.locator('#view-people'), 'people, in uk/ under a sub-folder');
    await page.locator('#view-link-timeline').click();
    await shown(page.locator('#view-timeline'), 'the timeline, in uk/ under a sub-folder');
    assert.equal(new URL(page.url()).pathname, '/a/deep/sub/folder/uk/timeline/');
    await page.locator('.language-switch').click();
    await page.waitForURL((url) => url.pathname === '/a/deep/sub/folder/timeline/');
    await appReady(page);
    assert.equal(address(page), 'timeline/');
  } finally {
    await sub.close();
  }
});

test('embedded from uk/ with the real Pym.js, the frame is Ukrainian and sized; the Embed dialog gives the uk/ code', async () => {
  const parent = await servePages({
    '/pym.v1.min.js': { type: 'text/javascript', body: await nodeModule('pym.js/dist/pym.v1.min.js') },
    '/': {
      body: `<!doctype html><html lang="uk"><head><title>Стаття</title><link rel="icon" href="data:,">
        <style>iframe { border: 0; display: block; }</style></head><body>
        <p>Стаття.</p><div id="talks"></div>
        <script src="/pym.v1.min.js"></script>
        <script>new pym.Parent('talks', ${JSON.stringify(`${t.server.url}uk/people/`)}, { title: 'Пояснення' });</script>
        </body></html>`,
    },
  });
  try {
    const page = await t.visit(parent.origin + '/', { ready: false });
    const frame = page.frameLocator('iframe');
    await appReady(frame);
    assert.equal(await frame.locator('html').getAttribute('lang'), 'uk');
    assert.equal(await frame.locator('.language-switch:visible').count(), 0, 'no switch inside an article');
    await eventually(async () => {
      const content = await frame.locator('html').evaluate((html) => html.getBoundingClientRect().height);
      const iframe = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
      return content > 100 && Math.abs(content - iframe) <= 2;
    }, 'the iframe did not fit its content');
  } finally {
    await parent.close();
  }

  const page = await t.visit('uk/timeline/');
  await page.getByRole('button', { name: 'Вбудувати', exact: true }).click();
  const code = await page.locator('#embed-code').inputValue();
  assert.ok(code.includes(`src="${t.server.url}uk/timeline/?embed=1"`), code);
  assert.ok(code.includes(`<script src="${t.server.url}embed.js" async>`), code);
  assert.ok(code.includes(`title="${uk.meta.page.title}: інтерактивний матеріал"`), code);
  const resizer = await fetch(`${t.server.url}embed.js`);
  assert.equal(resizer.status, 200);
});

test('axe finds nothing on any view of uk/, light and dark, at 320 and 1280 px', fullRunOnly, async () => {
  const found = [];
  for (const view of VIEWS) {
    for (const colorScheme of ['light', 'dark']) {
      for (const width of [320, 1280]) {
        const { page, context, problems } = await open(t.browser, `${t.server.url}uk/${folder(view)}`, { width, colorScheme });
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        found.push(...result.violations.flatMap((v) => v.nodes.map((n) => `${view} ${colorScheme} ${width}: ${v.id}: ${n.target.join(' ')}`)));
        found.push(...problems);
        await context.close();
      }
    }
  }
  assert.deepEqual(found, []);
});

test('without JavaScript uk/ shows its content in Ukrainian, with working source links', async () => {
  const page = await t.visit('uk/', { javaScriptEnabled: false });
  await shown(page.locator('.state-of-play'), 'the state of play');
  assert.equal((await page.locator('.state-of-play h3').first().innerText()).trim(), uk.meta['state-of-play/1'].heading);
  await shown(page.locator('table.positions'), 'the table');
  assert.equal(await page.locator('#positions-title').innerText(), words['Where each side stands']);
  assert.ok(await page.locator('td.stance a[href^="http"]').count() > 100, 'source links');
  // Every view's link is a plain link to its page, which shows it.
  for (const view of VIEWS) {
    await page.locator(`#view-link-${view}`).click();
    await page.waitForURL((url) => url.pathname === `/uk/${folder(view)}`);
    await shown(page.locator(`#view-${view}`), view);
  }
});

test("each edition's head: its language's title, description and cards, and hreflang links to both", fullRunOnly, async () => {
  const head = async (where) => {
    const page = await t.visit(where, { javaScriptEnabled: false });
    const attr = (selector, name) => page.locator(selector).getAttribute(name);
    const result = {
      title: await page.title(),
      description: await attr('meta[name="description"]', 'content'),
      card: await attr('meta[property="og:title"]', 'content'),
      locale: await attr('meta[property="og:locale"]', 'content'),
      alternates: await page.locator('link[rel="alternate"][hreflang]').evaluateAll((links) =>
        Object.fromEntries(links.map((l) => [l.hreflang, new URL(l.getAttribute('href'), location.href).pathname]))),
      switchTo: await attr('.language-switch', 'hreflang'),
    };
    await t.session.context.close();
    t.session = null;
    return result;
  };
  const en = await head('');
  const ukr = await head('uk/');
  assert.match(en.title, /^The Russia–Ukraine peace talks, as of 22 January 2026/);
  assert.equal(ukr.title, words['The Russia–Ukraine peace talks, as of {date} — an explainer'].replace('{date}', '22 січня 2026'));
  assert.match(ukr.description, /^На якому етапі були переговори/);
  assert.match(ukr.card, /станом на 22 січня 2026$/);
  assert.deepEqual([en.locale, ukr.locale], ['en_GB', 'uk_UA']);
  const both = { en: '/', uk: '/uk/', 'x-default': '/' };
  assert.deepEqual(en.alternates, both);
  assert.deepEqual(ukr.alternates, both);
  assert.deepEqual([en.switchTo, ukr.switchTo], ['uk', 'en']);
  // Each view's page has its own title and description, and links to itself in both editions.
  const plans = await head('plans/');
  const ukPlans = await head('uk/plans/');
  assert.match(plans.title, /^Compare the plans — the Russia–Ukraine peace talks, as of 22 January 2026$/);
  assert.ok(ukPlans.title.startsWith(`${words['Compare the plans']} — мирні переговори`), ukPlans.title);
  assert.notEqual(plans.description, en.description);
  const bothPlans = { en: '/plans/', uk: '/uk/plans/', 'x-default': '/plans/' };
  assert.deepEqual(plans.alternates, bothPlans);
  assert.deepEqual(ukPlans.alternates, bothPlans);
});

test("uk/ offers its own downloads: the same rows, in Ukrainian", async () => {
  const page = await t.visit('uk/sources/');
  const links = await page.locator('a.download').evaluateAll((as) => as.map((a) => a.href));
  assert.equal(links.length, 6);
  for (const href of links) assert.ok(href.startsWith(`${t.server.url}uk/`), href);
  const events = await (await fetch(`${t.server.url}uk/peace-talks-events.json`)).json();
  const english = await (await fetch(`${t.server.url}peace-talks-events.json`)).json();
  assert.equal(events.length, english.length);
  const crimea = events.find((e) => e.id === 'crimea-annexed');
  assert.equal(crimea.title, uk.events['crimea-annexed'].title);
  const csv = await (await fetch(`${t.server.url}uk/peace-talks-positions.csv`)).text();
  assert.ok(csv.startsWith((await (await fetch(`${t.server.url}peace-talks-positions.csv`)).text()).split('\n')[0]), 'the same columns');
  assert.ok(csv.includes(uk.stances['territory/ukraine/2022-11-15'].summary));
});
