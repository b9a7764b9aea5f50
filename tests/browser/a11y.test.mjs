// Accessibility: axe-core (WCAG 2.0–2.2 A and AA) on every view, theme and width, alone and
// framed, and after interactions; keyboard paths; reflow at 320 px; non-text contrast;
// reduced motion; and the printed PDF.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { suite, servePages, open, record, appReady, history, longDate, shown, eventually, fullRunOnly, folder } from './harness.mjs';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const VIEWS = ['positions', 'plans', 'timeline', 'people', 'sources'];
// Pages here are opened with `open` and checked by each test, several per test.
const t = suite();

/** Opens a page, runs `act` on it, then axe; returns "rule: target" lines for violations. */
async function axe(url, { width = 1280, colorScheme = 'light', act, ready = true } = {}) {
  const { page, context, problems } = await open(t.browser, url, { width, colorScheme, ready });
  try {
    if (act) await act(page);
    const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    const found = result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
    return [...found, ...problems];
  } finally {
    await context.close();
  }
}

test('axe finds nothing on any view, in either theme, at 320, 768 and 1280 px', fullRunOnly, async () => {
  const found = [];
  for (const view of VIEWS) {
    for (const colorScheme of ['light', 'dark']) {
      for (const width of [320, 768, 1280]) {
        const problems = await axe(`${t.server.url}${folder(view)}`, { width, colorScheme });
        found.push(...problems.map((p) => `${view} ${colorScheme} ${width}: ${p}`));
      }
    }
  }
  assert.deepEqual(found, []);
});

test('axe finds nothing after interactions: rows and events open, filters on, dialog open', fullRunOnly, async () => {
  const openAll = (selector) => async (page) => {
    for (const b of (await page.locator(selector).all()).slice(0, 12)) await b.click();
  };
  const cases = {
    'stances open': [`${t.server.url}`, openAll('td.stance button.disclosure:visible')],
    'events open, filtered': [`${t.server.url}timeline/`, async (page) => {
      await page.getByRole('button', { name: 'US–Russia', exact: true }).click();
      await page.getByLabel('Search events').fill('Witkoff');
      await openAll('li.event:not([hidden]) button.disclosure')(page);
    }],
    'no events match': [`${t.server.url}timeline/?q=nothing+matches+this`, null],
    'one party, one group': [`${t.server.url}?parties=russia&groups=justice`, null],
    'embed dialog open': [`${t.server.url}timeline/`, (page) => page.getByRole('button', { name: 'Embed', exact: true }).click()],
    // The dialog on a card, with the card's page in its preview (axe checks the frame too).
    'embed dialog on a card': [`${t.server.url}?asof=2025-12-01`, async (page) => {
      await page.locator('#issue-donbas').getByRole('button', { name: /^Embed this issue/ }).click();
      await page.frameLocator('#embed-preview').locator('html[data-app="ready"]').waitFor({ state: 'attached' });
    }],
    'another date': [`${t.server.url}?asof=2025-06-10&issue=nato`, null],
    'four plans, cards open': [`${t.server.url}plans/?docs=ru-memo,28pt,e3,20pt&issue=army-size`, openAll('th.document-col button.disclosure:visible')],
  };
  const found = [];
  for (const colorScheme of ['light', 'dark']) {
    for (const [name, [url, act]] of Object.entries(cases)) {
      found.push(...(await axe(url, { colorScheme, act })).map((p) => `${name} ${colorScheme}: ${p}`));
    }
  }
  assert.deepEqual(found, []);
});

test('axe finds nothing with the explainer inside an iframe on a parent page', fullRunOnly, async () => {
  const parent = await servePages({
    '/': {
      body: `<!doctype html><html lang="en"><head><title>Article</title><link rel="icon" href="data:,"></head><body>
        <main><h1>An article</h1>
        <iframe src="${t.server.url}timeline/" title="The Russia–Ukraine peace talks: an interactive explainer" width="100%" height="900"></iframe>
        </main></body></html>`,
    },
  });
  try {
    const found = [];
    for (const colorScheme of ['light', 'dark']) {
      for (const width of [320, 768, 1280]) {
        const problems = await axe(parent.origin + '/', {
          width, colorScheme, ready: false,
          act: (page) => appReady(page.frameLocator('iframe')),
        });
        found.push(...problems.map((p) => `${colorScheme} ${width}: ${p}`));
      }
    }
    assert.deepEqual(found, []);
  } finally {
    await parent.close();
  }
});

test('nothing scrolls sideways at 320 px, on any view, with everything open', fullRunOnly, async () => {
  const wide = [];
  for (const view of VIEWS) {
    const { page, context, problems } = await open(t.browser, `${t.server.url}${folder(view)}`, { width: 320 });
    for (const b of await page.locator(`#view-${view} button.disclosure:visible`).all()) await b.click();
    const { scroll, inner } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: innerWidth }));
    if (scroll > inner) wide.push(`${view}: ${scroll} > ${inner}`);
    assert.deepEqual(problems, []);
    await context.close();
  }
  assert.deepEqual(wide, []);
});

test('keyboard: skip link, view links, disclosures and toggles work, and focus is always visible', async () => {
  const { page, context, problems } = await open(t.browser, t.server.url);
  const focused = () => page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent.trim());
  const ringVisible = () => page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
  });

  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'Skip to the main content', 'the first Tab reaches the skip link');
  assert.ok(await ringVisible());
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'view-link-positions', 'the skip link lands just before the view links');
  assert.ok(await ringVisible());
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'view-link-plans', 'Tab moves to the next view’s link');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'view-link-timeline', 'and on to the one after');
  await page.keyboard.press('Enter');
  await eventually(async () => (await focused()) === 'timeline-title', async () => `Enter on the link opened the timeline, focus on ${await focused()}`);
  await page.keyboard.press('Tab');
  // From the view's heading, Tab reaches its first controls: the picture's zoom buttons, its
  // one tab stop among the marks, then the search field.
  assert.equal(await focused(), '2014–2026', 'Tab leaves the heading for the zoom buttons');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'mark-0', 'the picture is one tab stop, on its first mark');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'event-search', 'the next Tab leaves the picture for the search field');
  await page.keyboard.type('Geneva');
  const shown = await page.locator('#view-timeline li.event:not([hidden])').count();
  const { events } = record;
  assert.ok(shown > 0 && shown < events.length);

  // A disclosure opens with Enter and closes with Space.
  const button = page.locator('#view-timeline li.event:not([hidden]) button.disclosure').first();
  await button.focus();
  assert.ok(await ringVisible());
  await page.keyboard.press('Enter');
  assert.equal(await button.getAttribute('aria-expanded'), 'true', 'Enter opens a disclosure');
  await page.keyboard.press(' ');
  assert.equal(await button.getAttribute('aria-expanded'), 'false', 'Space closes it');

  // A track toggle flips with Space.
  const chip = page.getByRole('button', { name: 'Trilateral', exact: true });
  await chip.focus();
  await page.keyboard.press(' ');
  assert.equal(await chip.getAttribute('aria-pressed'), 'true', 'Space presses a track toggle');
  assert.deepEqual(problems, []);
  await context.close();
});

test('focus follows the reader to the timeline when a person is chosen', async () => {
  const { page, context, problems } = await open(t.browser, `${t.server.url}people/`);
  await page.locator('.person').first().getByRole('button').press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'timeline-title');
  await shown(page.locator('#timeline-title'), 'the timeline heading');
  assert.deepEqual(problems, []);
  await context.close();
});

test('party and track colours, marks and the focus ring have 3:1 contrast in both themes', fullRunOnly, async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context } = await open(t.browser, `${t.server.url}timeline/`, { colorScheme });
    const low = await page.evaluate(() => {
      const rgb = (c) => c.match(/[\d.]+/g).slice(0, 3).map(Number);
      const lum = (c) => {
        const [r, g, b] = rgb(c).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m); return (x + 0.05) / (y + 0.05); };
      const bg = getComputedStyle(document.body).backgroundColor;
      // Swatches, column heads, track labels and the source badges show their colour as a border.
      const checks = [...document.querySelectorAll('.chip-swatch, .party-col, .track, .badge')].map((el) => [el.className, getComputedStyle(el).borderTopColor]);
      // The picture's marks are dots filled with their track's colour.
      const dots = [...document.querySelectorAll('.tracks-svg .mark:not(.after) .dot')];
      checks.push(...dots.map((el) => [`dot of ${el.closest('.mark').id}`, getComputedStyle(el).fill]));
      // The focus ring, read from a focused control.
      const tab = document.querySelector('.view-link[aria-current="page"]');
      tab.focus();
      checks.push(['focus ring', getComputedStyle(tab).outlineColor]);
      return { counted: [dots.length, checks.filter(([what]) => what.includes('badge')).length], low: checks.filter(([, color]) => ratio(color, bg) < 3).map(([what, color]) => `${what}: ${color} on ${bg}`) };
    });
    assert.deepEqual(low.low, [], colorScheme);
    assert.ok(low.counted[0] > 0 && low.counted[1] > 0, `dots and badges were checked: ${low.counted}`);
    await context.close();
  }
});

test('reduced motion turns transitions off', async () => {
  const { page, context } = await open(t.browser, t.server.url);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const duration = await page.locator('.disclosure-icon').first().evaluate((el) => getComputedStyle(el).transitionDuration);
  assert.equal(duration, '0s');
  await context.close();
});

test('each view’s page prints opened, without controls, with source addresses', fullRunOnly, async () => {
  const { events, people, sources } = record;
  const army = record.provisions.find((p) => p.document === record.meta.compare.at(-1) && p.issue === 'army-size');
  const details = history('army-size', 'us').at(-1).details;
  const cited = sources.find((s) => s.id === record.meta.state_of_play[0].sources[0]).url;
  // What each page must print, hidden or closed on the screen.
  const expected = {
    positions: [[details.slice(0, 40), 'a stance detail'], [cited.slice(0, 40), 'a source address']],
    plans: [[army.text.slice(0, 30), 'the plans compared']],
    timeline: [[events.at(-1).title, 'a timeline event']],
    people: [[people.at(-1).name, 'a person']],
    sources: [['Corrections to early reporting', 'sources & method']],
  };
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'explainer-print-'));
  let pages = 0;
  for (const [view, wants] of Object.entries(expected)) {
    const { page, context, problems } = await open(t.browser, `${t.server.url}${folder(view)}`);
    const pdf = path.join(dir, `${view}.pdf`);
    await page.pdf({ path: pdf, format: 'A4' });
    pages += Number(execFileSync('pdfinfo', [pdf]).toString().match(/Pages:\s+(\d+)/)[1]);
    const text = execFileSync('pdftotext', ['-raw', pdf, '-']).toString().replace(/\s+/g, ' ');
    for (const [words, what] of wants) assert.ok(text.includes(words), `${view}: ${what}`);
    for (const control of ['Copy link', 'Clear filters', 'Search events', 'Link to this event']) {
      assert.ok(!text.includes(control), `${view}: no "${control}"`);
    }
    assert.deepEqual(problems, [], view);
    await context.close();
  }
  assert.ok(pages >= 10, `${pages} pages in all`);
});

test('screen readers get table semantics, an ordered timeline with machine dates, landmarks and headings', async () => {
  const { page, context } = await open(t.browser, t.server.url);
  const table = page.locator('table.positions');
  assert.equal(await table.locator('caption').innerText(), `Negotiating positions by issue, as of ${longDate(record.meta.as_of)}`);
  assert.deepEqual([...new Set(await table.locator('thead th').evaluateAll((ths) => ths.map((th) => th.scope)))], ['col']);
  assert.deepEqual([...new Set(await table.locator('tbody th.issue').evaluateAll((ths) => ths.map((th) => th.scope)))], ['row']);
  for (const role of ['banner', 'main', 'contentinfo']) assert.equal(await page.getByRole(role).count(), 1, role);
  assert.equal(await page.locator('h1').count(), 1);
  // The views are a navigation of links, the current one marked.
  const nav = page.getByRole('navigation', { name: 'Views of the talks' });
  assert.equal(await nav.getByRole('link').count(), 5);
  assert.equal(await nav.locator('[aria-current="page"]').innerText(), 'Positions');
  await nav.getByRole('link', { name: 'Timeline' }).click();
  await page.locator('#view-timeline').waitFor();
  const items = await page.locator('#view-timeline ol.events > li').evaluateAll((lis) => lis.map((li) => li.querySelector('time')?.getAttribute('datetime')));
  assert.ok(items.length > 0 && items.every((d) => /^\d{4}-\d{2}(-\d{2})?$/.test(d)));
  for (const role of ['banner', 'main', 'contentinfo']) assert.equal(await page.getByRole(role).count(), 1, `${role}, after the switch`);
  // The live region holds the count only, never a panel.
  assert.match(await page.locator('#view-timeline [role=status]').innerText(), /^Showing all \d+ events$/);
  await context.close();
});

test('Tab walks the whole page and Shift+Tab walks back: no keyboard trap', async () => {
  const { page, context } = await open(t.browser, `${t.server.url}people/`);
  // Each stop Tab reaches gets a number, the first time it is reached.
  const stop = () => page.evaluate(() => {
    const el = document.activeElement;
    if (el === document.body) return 'body';
    if (!el.dataset.stop) el.dataset.stop = String(document.querySelectorAll('[data-stop]').length);
    return el.dataset.stop;
  });
  // Ten stops forward, five back: focus is where it was five stops earlier.
  const stops = [];
  for (let i = 0; i < 10; i++) { await page.keyboard.press('Tab'); stops.push(await stop()); }
  for (let i = 0; i < 5; i++) await page.keyboard.press('Shift+Tab');
  assert.equal(await stop(), stops[4], `Shift+Tab walks back the same stops (${stops.join(' ')})`);

  const controls = await page.evaluate(() => [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex="0"]')]
    .filter((el) => el.checkVisibility() && !el.closest('dialog')).length);
  for (let i = 0; i < controls + 5; i++) {
    await page.keyboard.press('Tab');
    await stop();
  }
  const reached = await page.locator('[data-stop]').count();
  // Every control was reached.
  assert.ok(reached >= controls, `${reached} of ${controls} controls reached`);
  await context.close();
});
