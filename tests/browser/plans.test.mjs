// Compare the plans, in a real browser: the default comparison, the change words between
// neighbouring columns, choosing documents (in the URL, restored on reload, two to four),
// links from stances and events to the comparison and back, hostile docs= values, and the
// page without JavaScript. Expected values come from the data files.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, record, address, shown, hidden, eventually, appReady, fullRunOnly } from './harness.mjs';
import { plans } from './pages.mjs';

const t = suite();
const { meta, documents, provisions, issues, stances, events } = record;

const doc = (id) => documents.find((d) => d.id === id);
const says = (document, issue) => provisions.find((p) => p.document === document && p.issue === issue) ?? null;
/** The documents in date order, as the page puts its columns. */
const inDateOrder = (ids) => documents.filter((d) => ids.includes(d.id)).map((d) => d.id);

/**
 * What the record says a later text did with an issue, as the project defines it (docs/editing-the-record.md,
 * "Compare the plans"): nothing known from either text, no word; new where the earlier left
 * the point out; dropped where the later leaves out what the earlier had; the same where
 * either names the other in same_as; otherwise changed.
 */
function change(a, b, issue) {
  const [earlier, later] = [says(a, issue), says(b, issue)];
  if (!later || !earlier) return null;
  if (later.omits) return earlier.omits ? 'Same' : 'Dropped';
  if (earlier.omits) return 'New';
  const same = (earlier.same_as ?? []).includes(b) || (later.same_as ?? []).includes(a);
  return same ? 'Same' : 'Changed';
}
/** A cell's words as the page writes them: the point's number first, where there is one. */
const cellText = (document, issue) => {
  const p = says(document, issue);
  if (p) return `${p.point ? `Point ${p.point}: ` : ''}${p.text}`;
  // Not known: the words depend on whether the text is known in full (docs/editing-the-record.md).
  return doc(document).status === 'reported'
    ? 'Not known: only parts of this text were reported'
    : 'Not covered by our sources';
};
const mark = (a, b, issue) => {
  const word = change(a, b, issue);
  return word && `${word} compared with the ${doc(a).short}`;
};

test('the default comparison: the 28-point plan beside the 20-point framework, army cap changed, amnesty dropped', async () => {
  const page = await t.visit('plans/');
  const p = plans(page);
  assert.deepEqual(meta.compare, ['28pt', '20pt'], 'the default the issue asks for');
  assert.deepEqual(await p.columns(), inDateOrder(meta.compare));
  // The army cap, read from the data: 600,000 in the plan, 800,000 in the framework.
  const [plan, framework] = [says('28pt', 'army-size'), says('20pt', 'army-size')];
  assert.match(plan.text, /600,000/);
  assert.match(framework.text, /800,000/);
  assert.equal(await p.text('army-size', '28pt'), cellText('28pt', 'army-size'));
  assert.equal(await p.text('army-size', '20pt'), cellText('20pt', 'army-size'));
  assert.equal(await p.change('army-size', '20pt'), 'Changed compared with the 28-point plan');
  // The amnesty: point 26 of the plan, left out of the framework.
  assert.equal(says('28pt', 'accountability').point, 26);
  assert.equal(await p.change('accountability', '20pt'), 'Dropped compared with the 28-point plan');
  // Every row says what the record says, and the first column has no change words.
  for (const issue of issues) {
    assert.equal(await p.change(issue.id, '20pt'), mark('28pt', '20pt', issue.id), `${issue.id}`);
    assert.equal(await p.change(issue.id, '28pt'), null, `${issue.id}: nothing to the left`);
    assert.equal(await p.text(issue.id, '20pt'), cellText('20pt', issue.id), `${issue.id}: the framework's words`);
  }
  // A heading opens its document's card.
  const head = page.locator('th[data-document="20pt"]');
  await head.getByRole('button', { name: /About this text/ }).click();
  const card = head.locator('.disclosure-body');
  await shown(card, 'the framework\'s card');
  for (const words of [doc('20pt').title, doc('20pt').by, doc('20pt').public, 'Read out']) {
    assert.ok((await card.innerText()).includes(words), words);
  }
  assert.equal(await card.locator('ul.sources a').count(), doc('20pt').sources.length);
});

test('choosing documents updates the URL, reloading restores them, and two to four stay chosen', async () => {
  const page = await t.visit('plans/');
  const p = plans(page);
  await p.chip('e3').click();
  await eventually(async () => address(page) === 'plans/?docs=28pt,e3,20pt', async () => `address ${address(page)}`);
  assert.deepEqual(await p.columns(), ['28pt', 'e3', '20pt']);
  // Each column is now compared with its new neighbour.
  for (const issue of issues) {
    assert.equal(await p.change(issue.id, 'e3'), mark('28pt', 'e3', issue.id), `e3 ${issue.id}`);
    assert.equal(await p.change(issue.id, '20pt'), mark('e3', '20pt', issue.id), `20pt ${issue.id}`);
  }
  assert.equal(await p.change('army-size', '20pt'), 'Same compared with the E3 counter-proposal');

  await page.reload();
  await appReady(page);
  assert.deepEqual(await plans(page).columns(), ['28pt', 'e3', '20pt'], 'restored on reload');
  assert.equal(await p.chip('e3').getAttribute('aria-pressed'), 'true');

  await p.chip('28pt').click();
  await eventually(async () => address(page) === 'plans/?docs=e3,20pt', async () => `address ${address(page)}`);
  assert.deepEqual(await p.columns(), ['e3', '20pt']);
  // Two are the fewest: their chips refuse, and say so.
  assert.equal(await p.chip('e3').getAttribute('aria-disabled'), 'true');
  await p.chip('e3').click({ force: true }); // a reader can still press it; nothing changes
  assert.deepEqual(await p.columns(), ['e3', '20pt'], 'a comparison keeps two texts');
  assert.equal(address(page), 'plans/?docs=e3,20pt');

  // Four are the most: a fifth chip refuses.
  await page.goto(`${t.server.url}plans/?docs=ru-memo,28pt,e3,20pt`);
  await appReady(page);
  assert.deepEqual(await p.columns(), ['ru-memo', '28pt', 'e3', '20pt']);
  assert.equal(await p.chip('paris').getAttribute('aria-disabled'), 'true');
  await p.chip('paris').click({ force: true });
  assert.deepEqual(await p.columns(), ['ru-memo', '28pt', 'e3', '20pt']);
  assert.equal(address(page), 'plans/?docs=ru-memo,28pt,e3,20pt');
  // The group headings span the columns shown.
  assert.deepEqual([...new Set(await page.locator('table.plans .group-row th').evaluateAll((ths) => ths.map((th) => th.colSpan)))], [5]);
});

test('a stance\'s "compare the texts" link lands on its row of the comparison, and Back returns to the stance', async () => {
  // A stance resting on a document that is not compared by default, so the link adds it.
  const stance = stances.find((s) => s.document && !meta.compare.includes(s.document) && s.from.length === 10 && s.from !== meta.as_of);
  assert.ok(stance, 'a stance resting on another document');
  const page = await t.visit(`?asof=${stance.from}&issue=${stance.issue}&party=${stance.party}`);
  const cell = page.locator(`#cell-${stance.issue}-${stance.party}`);
  await cell.locator('.version:not([hidden]) button.disclosure').click();
  const from = cell.locator('.version:not([hidden]) .stance-document');
  assert.equal((await from.innerText()).split('.')[0], `From the ${doc(stance.document).short}`);
  await from.getByRole('link').click();
  const docs = inDateOrder([...meta.compare, stance.document]);
  await eventually(async () => address(page) === `plans/?docs=${docs.join(',')}&issue=${stance.issue}&asof=${stance.from}`,
    async () => `address ${address(page)}`);
  const row = page.locator(`#plans-${stance.issue}`);
  await shown(row, 'the row');
  await eventually(() => row.evaluate((el) => el === document.activeElement && el.classList.contains('selected')), 'the row is focused and marked');
  assert.deepEqual(await plans(page).columns(), docs);
  assert.equal(await plans(page).text(stance.issue, stance.document), cellText(stance.document, stance.issue));
  await page.goBack();
  await shown(cell, 'back at the stance');
  await eventually(() => cell.evaluate((el) => el === document.activeElement), 'focus back on the cell');
});

test('each document links to its event, and each event lists the documents it produced', async () => {
  const page = await t.visit('plans/');
  const plan = doc('28pt');
  const event = events.find((e) => e.id === plan.event);
  await page.locator('th[data-document="28pt"]').getByRole('button', { name: /About this text/ }).click();
  await page.locator('th[data-document="28pt"] .disclosure-body').getByRole('link', { name: event.title }).click();
  await eventually(async () => address(page).startsWith(`timeline/?event=${event.id}`), async () => `address ${address(page)}`);
  const item = page.locator(`#event-${event.id}`);
  await shown(item, 'the event');
  const produced = item.locator('.event-documents a');
  assert.deepEqual(await produced.allInnerTexts(), documents.filter((d) => d.event === event.id).map((d) => d.title));
  // From the timeline to a document not compared: the comparison takes it in.
  const memo = doc('ru-memo');
  await page.goto(`${t.server.url}timeline/?event=${memo.event}`);
  await appReady(page);
  await page.locator(`#event-${memo.event} .event-documents`).getByRole('link', { name: memo.title }).click();
  await eventually(async () => address(page).startsWith('plans/?docs=ru-memo,28pt,20pt'), async () => `address ${address(page)}`);
  await eventually(() => page.evaluate(() => document.activeElement?.id === 'plans-title'), 'focus on the comparison');
  // Events without documents list none.
  const without = events.find((e) => !documents.some((d) => d.event === e.id));
  assert.equal(await page.locator(`#event-${without.id} .event-documents`).count(), 0);
});

test('hostile docs= values fall back to the default comparison', fullRunOnly, async () => {
  const page = await t.visit('plans/');
  for (const docs of ['%3Cscript%3Ealert(1)%3C/script%3E', '28pt', '28pt,28pt,28pt', 'ru-memo,28pt,e3,19pt,20pt', ',,,', 'x'.repeat(300), '20pt,nowhere']) {
    await page.goto(`${t.server.url}plans/?docs=${docs}`);
    await appReady(page);
    assert.deepEqual(await plans(page).columns(), inDateOrder(meta.compare), docs.slice(0, 40));
    assert.equal(address(page), 'plans/', `the address is made canonical for ${docs.slice(0, 40)}`);
  }
  // Unknown ids among known ones are dropped, the rest kept.
  await page.goto(`${t.server.url}plans/?docs=paris,nowhere,ru-memo`);
  await appReady(page);
  assert.deepEqual(await plans(page).columns(), ['ru-memo', 'paris']);
});

test('without JavaScript the default comparison shows, with its sources, cards and change words', async () => {
  const page = await t.visit('plans/?docs=ru-memo,paris', { javaScriptEnabled: false });
  const table = page.locator('table.plans');
  await shown(table, 'the comparison');
  // No script reads the address: the default comparison it is.
  assert.deepEqual(await plans(page).columns(), inDateOrder(meta.compare));
  await hidden(page.locator('[data-toggle^="document "]').first(), 'the chips need the app');
  const army = plans(page).cell('army-size', '20pt');
  const sources = says('20pt', 'army-size').sources.map((id) => record.sources.find((s) => s.id === id).url);
  assert.deepEqual(await army.locator('ul.sources a').evaluateAll((as) => as.map((a) => a.href)), sources);
  assert.equal(await plans(page).change('army-size', '20pt'), mark('28pt', '20pt', 'army-size'));
  // The cards are open: their facts read without a button.
  await shown(page.locator('th[data-document="28pt"] .disclosure-body'), 'the plan\'s card');
  assert.equal(await table.locator('td[data-document="ru-memo"]:visible').count(), 0, 'other documents stay hidden');
});

test('a deep link opens on its comparison and row, in embed mode too, and links out to the same', async () => {
  const page = await t.visit('plans/?docs=e3,20pt&issue=army-size&embed=1');
  assert.deepEqual(await plans(page).columns(), ['e3', '20pt']);
  const row = page.locator('#plans-army-size');
  await eventually(() => row.evaluate((el) => el === document.activeElement && el.classList.contains('selected')), 'the row is focused and marked');
  assert.equal(await plans(page).change('army-size', '20pt'), mark('e3', '20pt', 'army-size'));
  assert.equal(await page.locator('.state-of-play:visible').count(), 0, 'embed mode drops the chrome');
  const out = page.getByRole('link', { name: /Open the full explainer/ });
  assert.equal(await out.getAttribute('href'), `${t.server.url}plans/?docs=e3,20pt&issue=army-size`);
});
