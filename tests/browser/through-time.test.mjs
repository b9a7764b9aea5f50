// Positions through time, in a real browser: the as-of date changes exactly the cells the
// record says it changes; stances and events link to each other both ways, and Back returns;
// the tracks picture draws the events and its marks open them. Expected values come from
// the data files.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, record, isAfter, address, stanceOn, shown, hidden, fullRunOnly } from './harness.mjs';
import { positions } from './pages.mjs';

const t = suite();
const { meta, parties, issues, events, tracks, stances, groups } = record;

const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? '');
const cellId = (s) => `cell-${s.issue}-${s.party}`;
const readAt = (page, day) => positions(page).readAt(day);

test('moving the as-of date changes the cells the record says it changes, and no others', async () => {
  const page = await t.visit('?asof=2025-01-01');
  // Pairs of dates around the moves the issue names, plus a long jump.
  for (const [from, to] of [['2025-12-13', '2025-12-14'], ['2025-11-18', '2025-11-19'], ['2025-12-22', '2025-12-24'], ['2022-01-01', meta.as_of]]) {
    const before = await readAt(page, from);
    const after = await readAt(page, to);
    assert.equal(Object.keys(after).length, issues.length * parties.length, 'every cell is drawn');
    const changed = Object.keys(after).filter((id) => after[id] !== before[id]).sort();
    const expected = [];
    for (const issue of issues) {
      for (const party of parties) {
        const [a, b] = [stanceOn(issue.id, party.id, from), stanceOn(issue.id, party.id, to)];
        if (a !== b) expected.push(`cell-${issue.id}-${party.id}`);
        if (b) assert.equal(after[`cell-${issue.id}-${party.id}`], b.summary, `${issue.id}/${party.id} on ${to}`);
      }
    }
    assert.deepEqual(changed, expected.sort(), `${from} → ${to}`);
    assert.ok(expected.length > 0, `something moved between ${from} and ${to}`);
  }
});

test('the page carries the snapshot’s versions; the others come when the reader nears the as-of control', async () => {
  const page = await t.visit('');
  const asked = [];
  page.on('request', (r) => { if (r.url().includes('stance-versions')) asked.push(r.url()); });
  const versions = () => page.locator('td.stance .version').count();
  const atSnapshot = issues.flatMap((i) => parties.map((p) => stanceOn(i.id, p.id, meta.as_of))).filter(Boolean).length;
  assert.equal(await versions(), atSnapshot, 'one version per cell with a position at the snapshot');
  await page.waitForTimeout(300);
  assert.deepEqual(asked, [], 'nothing more is fetched before the reader needs it');
  await page.locator('.as-of-control').hover();
  await readAt(page, '2025-12-13');
  assert.equal(asked.length, 1, 'fetched once');
  assert.equal(await versions(), stances.length, 'every version, once the date moved');
  assert.equal(await page.locator('table.positions[aria-busy]').count(), 0);
});

test('Ukraine on NATO before and after 14 December 2025, and the US army cap under both US texts', async () => {
  const page = await t.visit('?asof=2025-12-13');
  const nato = page.locator('#cell-nato-ukraine');
  assert.match(await nato.innerText(), /^No position recorded before 14 Dec 2025/);
  await readAt(page, '2025-12-14');
  assert.equal(await nato.locator('.stance-summary:visible').innerText(), stanceOn('nato', 'ukraine', '2025-12-14').summary);
  assert.equal(await nato.locator('.changed-mark').textContent(), 'Changed at this step');

  const army = page.locator('#cell-army-size-us .stance-summary:visible');
  await readAt(page, '2025-11-20');
  assert.match(await army.innerText(), /600,000/);
  await readAt(page, '2025-12-24');
  assert.match(await army.innerText(), /800,000/);
});

test('the corrected steps: later words appear only from the day they were said', async () => {
  const page = await t.visit('');
  const { words } = positions(page);
  // [cell, words, a day before they were said, the day they were said or a day after]: the
  // audit's examples, written out by hand rather than read from the data.
  const checks = [
    ['guarantees us', /15 years/, '2025-12-20', '2025-12-29'],
    ['guarantees ukraine', /30 to 50/, '2025-12-20', '2025-12-29'],
    ['guarantees ukraine', /ready/, '2026-01-21', '2026-01-22'],
    ['territory russia', /June 2024/, '2025-07-01', '2025-12-19'],
    ['territory europe', /people of Ukraine/, '2025-12-14', '2025-12-15'],
    ['territory us', /Witkoff|Davos/, null, '2026-01-22'],
    ['donbas us', /Witkoff/, '2026-01-20', '2026-01-21'],
    ['donbas russia', /National Guard/, '2025-12-14', '2025-12-15'],
    ['army-size europe', /Paris Declaration/, '2026-01-05', '2026-01-06'],
    ['ceasefire europe', /Paris Declaration/, '2026-01-05', '2026-01-06'],
    ['ceasefire ukraine', /where the armies stand|current line/, '2025-12-25', '2025-12-26'],
    ['elections ukraine', /20-point/, '2025-12-22', '2025-12-23'],
    ['elections us', /Trump/, '2025-12-08', '2025-12-09'],
    ['accountability ukraine', /no blanket amnesty/i, '2025-11-22', '2025-11-23'],
    ['sanctions ukraine', /shadow fleet/, '2026-01-21', '2026-01-22'],
    ['frozen-assets ukraine', /Davos/, '2026-01-21', '2026-01-22'],
  ];
  for (const [cell, said, before, after] of checks) {
    const [issue, party] = cell.split(' ');
    if (before) {
      await readAt(page, before);
      assert.doesNotMatch(await words(issue, party), said, `${cell} on ${before}`);
    }
    await readAt(page, after);
    const now = await words(issue, party);
    // A null "before" means the words must never appear: they belong to another cell.
    if (before) assert.match(now, said, `${cell} on ${after}`);
    else assert.doesNotMatch(now, said, `${cell} on ${after}`);
  }
  // Kyiv's core position on a ceasefire, ceasefire first, is still there at the snapshot.
  await readAt(page, meta.as_of);
  assert.match(await words('ceasefire', 'ukraine'), /ceasefire first/i);
  assert.doesNotMatch(await words('frozen-assets', 'europe'), /for good/);
});

test('a stance names the document it rests on, on the dates it holds', async () => {
  const page = await t.visit('');
  const cells = positions(page);
  const short = (id) => record.documents.find((d) => d.id === id).short;
  // The US army cap: the 28-point plan until the 20-point framework replaced it.
  for (const day of ['2025-11-20', '2025-12-24']) {
    await cells.readAt(day);
    const stance = stanceOn('army-size', 'us', day);
    assert.ok(stance.document, `the ${day} step rests on a document`);
    assert.match(await cells.words('army-size', 'us'), new RegExp(`From the ${short(stance.document)}\\. Compare the texts`), day);
  }
  // A stance resting on no document names none.
  await cells.readAt(meta.as_of);
  assert.ok(!stanceOn('foreign-troops', 'ukraine', meta.as_of).document);
  assert.doesNotMatch(await cells.words('foreign-troops', 'ukraine'), /From the|Compare the texts/);
});

test("a stance links to the event that brought it, and Back returns to the stance's cell", async () => {
  const stance = stanceOn('nato', 'ukraine', meta.as_of);
  assert.ok(stance.event, 'the record names the event behind this stance');
  const event = events.find((e) => e.id === stance.event);
  const page = await t.visit('');
  const cell = page.locator(`#${cellId(stance)}`);
  await cell.getByRole('button', { name: /Details/ }).click();
  await cell.getByRole('link', { name: event.title }).click();

  await shown(page.locator('#view-link-timeline[aria-current="page"]'), 'the page shown is the timeline');
  assert.match(address(page), new RegExp(`event=${event.id}`));
  await page.waitForFunction((id) => document.activeElement?.id === id, `event-${event.id}`);
  await shown(page.locator(`#event-${event.id}`), `event ${event.id}`);

  await page.goBack();
  await shown(page.locator('#view-link-positions[aria-current="page"]'), 'the page shown is the positions');
  assert.match(address(page), /issue=nato&party=ukraine/);
  await page.waitForFunction((id) => document.activeElement?.id === id, cellId(stance));
});

test('every event lists the positions it changed, and each link lands on the changed cell, and back', async () => {
  // Every event lists exactly the stances that name it.
  const page = await t.visit('timeline/?parties=russia&groups=justice');
  for (const event of events) {
    const listed = await page.locator(`#event-${event.id} .event-changes a`).evaluateAll((as) => as.map((a) => a.textContent));
    const expected = stances.filter((s) => s.event === event.id).map((s) => {
      const issue = issues.find((i) => i.id === s.issue).name;
      const party = parties.find((p) => p.id === s.party).name;
      return `${issue} (${party})`;
    });
    assert.deepEqual(listed.sort(), expected.sort(), event.id);
  }

  // Follow Berlin's change to Ukraine's NATO stance: the column and group hidden by the
  // link's state come back, the table reads at that day, and the cell is focused and marked.
  const stance = stances.find((s) => s.issue === 'nato' && s.party === 'ukraine' && s.event);
  const event = events.find((e) => e.id === stance.event);
  await page.locator(`#event-${event.id} .event-changes`).getByRole('link', { name: 'NATO membership (Ukraine)' }).click();
  await shown(page.locator('#view-link-positions[aria-current="page"]'), 'the page shown is the positions');
  assert.match(address(page), new RegExp(`issue=nato&party=ukraine&asof=${stance.from}`));
  await page.waitForFunction((id) => document.activeElement?.id === id, cellId(stance));
  const cell = page.locator(`#${cellId(stance)}`);
  await shown(cell, 'the stance\'s cell');
  assert.equal(await cell.locator('.stance-summary:visible').innerText(), stance.summary);
  assert.equal(await cell.locator('.changed-mark').textContent(), 'Changed at this step');

  await page.goBack();
  await shown(page.locator('#view-link-timeline[aria-current="page"]'), 'the page shown is the timeline');
  await page.waitForFunction((id) => document.activeElement?.id === id, `event-${event.id}`);
  assert.match(address(page), /parties=russia&groups=justice/, 'the reader’s own choices come back too');
});

/** The marks the picture should draw in a zoom: one per event per track, from `start` on. */
function expectedMarks(start) {
  return events.flatMap((e) => ((e.end ?? e.date) >= start ? e.tracks.map((tr) => `${e.id}/${tr}`) : []));
}

test('the tracks picture draws each event on its lanes, at both zooms, and its marks select events', async () => {
  const page = await t.visit('timeline/');
  const marks = page.locator('.tracks .mark');
  const drawn = () => marks.evaluateAll((gs) => gs.map((g) => g.getAttribute('aria-label')));
  const labelOf = (e, track) => `${track.name})${isAfter(e, meta.as_of) ? ', after the snapshot' : ''}`;
  const check = async (start) => {
    const labels = await drawn();
    const want = expectedMarks(start);
    assert.equal(labels.length, want.length);
    for (const key of want) {
      const [id, trackId] = key.split('/');
      const e = events.find((x) => x.id === id);
      const track = tracks.find((x) => x.id === trackId);
      assert.ok(labels.some((l) => l.includes(`: ${e.title} (`) && l.endsWith(labelOf(e, track))), key);
    }
  };
  // It opens on the close-up, where most events are; the long view is one choice away.
  assert.equal(await page.getByRole('button', { name: 'Close-up 2025–2026' }).getAttribute('aria-pressed'), 'true');
  await check('2025-01-01');
  await page.getByRole('button', { name: '2014–2026' }).click();
  assert.equal(await page.getByRole('button', { name: '2014–2026' }).getAttribute('aria-pressed'), 'true');
  await check('0000');
  assert.equal(await page.locator('.tracks .mark.after').count(), expectedMarks('0000').filter((k) => isAfter(events.find((e) => e.id === k.split('/')[0]), meta.as_of)).length);

  // Filtering the timeline fades the marks of the events it hides, and only those.
  const track = tracks.find((x) => x.id === 'nuclear-safety');
  await page.locator('.filters').getByRole('button', { name: track.name, exact: true }).click();
  const hiddenMarks = expectedMarks('0000').filter((k) => !events.find((e) => e.id === k.split('/')[0]).tracks.includes(track.id));
  await page.waitForFunction((n) => document.querySelectorAll('.tracks .mark.faded').length === n, hiddenMarks.length);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.tracks .mark.faded').length === 0);

  // Hovering names the event; clicking selects it in the list, which takes focus.
  await page.getByRole('button', { name: '2014–2026' }).click();
  // The oldest event is alone at the left edge, so nothing covers its mark.
  const first = events[0];
  const index = (await drawn()).findIndex((l) => l.includes(`: ${first.title} (`));
  const mark = page.locator(`#mark-${index}`);
  await mark.hover();
  const tip = page.locator('.tip');
  await shown(tip, 'the tip');
  assert.equal(await tip.locator('.tip-title').innerText(), first.title);
  // Its date as the timeline writes it.
  assert.equal(await tip.locator('.tip-when').innerText(), await page.locator(`#event-${first.id} .event-when`).innerText());
  await mark.click();
  assert.match(address(page), new RegExp(`event=${first.id}`));
  await page.waitForFunction((id) => document.activeElement?.id === id, `event-${first.id}`);
  await shown(page.locator(`#event-${first.id}.selected`), 'the chosen event, selected');
  await shown(page.locator('.tracks .mark.selected').first(), 'the chosen mark shows it');
});

test('the picture works with the keyboard: one tab stop, arrows move, Enter selects', async () => {
  const page = await t.visit('timeline/');
  assert.equal(await page.locator('.tracks .mark[tabindex="0"]').count(), 1, 'one tab stop');
  await page.locator('.zooms button').last().focus();
  await page.keyboard.press('Tab');
  assert.equal(await focusedId(page), 'mark-0');
  await shown(page.locator('.tip'), 'focus shows the name too');
  await page.keyboard.press('ArrowRight');
  const second = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
  assert.equal(await focusedId(page), 'mark-1');
  // Down goes to a mark on a lower lane, Up back to a higher one: focus stays on a mark.
  const laneOf = (id) => page.locator(`#${id} .hit`).getAttribute('cy').then(Number);
  await page.keyboard.press('ArrowDown');
  const below = await focusedId(page);
  assert.match(below, /^mark-\d+$/, 'ArrowDown keeps the focus on a mark');
  assert.ok((await laneOf(below)) > (await laneOf('mark-1')), `ArrowDown moved down (${below})`);
  await page.keyboard.press('ArrowUp');
  const above = await focusedId(page);
  assert.match(above, /^mark-\d+$/, 'ArrowUp keeps the focus on a mark');
  assert.ok((await laneOf(above)) < (await laneOf(below)), `ArrowUp moved up (${above})`);
  await page.keyboard.press('Home');
  assert.equal(await focusedId(page), 'mark-0');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), second);
  await page.keyboard.press('Enter');
  const id = events.find((e) => second.includes(`: ${e.title} (`)).id;
  await page.waitForFunction((x) => document.activeElement?.id === x, `event-${id}`);
  assert.match(address(page), new RegExp(`event=${id}`));
});

test('the picture fits 320 px without sideways scrolling, redraws on resize and follows the theme', fullRunOnly, async () => {
  const page = await t.visit('timeline/', { width: 320 });
  // On a phone the picture waits under its fold's button; drawn once it is opened.
  await page.getByRole('button', { name: 'Tracks at a glance' }).click();
  for (const zoom of ['2014–2026', 'Close-up 2025–2026']) {
    await page.getByRole('button', { name: zoom }).click();
    const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
    assert.ok(widths[0] <= widths[1], `no sideways scroll at 320 px (${zoom}): ${widths}`);
    await page.locator('.tracks .mark').last().hover({ force: true });
    const again = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(again <= 320, `a tooltip does not widen the page (${zoom})`);
  }
  const svgWidth = () => page.locator('.tracks-svg').getAttribute('width').then(Number);
  const narrow = await svgWidth();
  await page.locator('.tracks .mark[tabindex="0"]').focus();
  const held = await page.evaluate(() => document.activeElement.id);
  await page.setViewportSize({ width: 1000, height: 900 });
  await page.waitForFunction((w) => Number(document.querySelector('.tracks-svg').getAttribute('width')) > w, narrow);
  assert.ok(narrow <= 320 && (await svgWidth()) > 900);
  await page.waitForFunction((id) => document.activeElement?.id === id, held, { timeout: 2000 })
    .catch(() => assert.fail(`the focused mark ${held} keeps the focus through the redraw`));

  const fill = () => page.locator('.tracks .mark:not(.after) .dot').first().evaluate((el) => getComputedStyle(el).fill);
  const light = await fill();
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.notEqual(await fill(), light, 'the marks take the dark palette');
});

test('on a phone, hidden issue groups stay hidden', async () => {
  const page = await t.visit('?groups=security', { width: 375 });
  for (const group of groups) {
    const row = page.locator(`#issue-${issues.find((i) => i.group === group.id).id}`);
    if (group.id === 'security') await shown(row, group.id);
    else await hidden(row, group.id);
  }
});
