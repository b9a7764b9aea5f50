// The explainer in a real browser: the release dist/ served on 127.0.0.1, in Debian's
// Chromium. Expected values come from the data files, not from copies of them.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, record, isAfter, address, appReady, history, longDate, shown, hidden, eventually } from './harness.mjs';
import { positions, timeline } from './pages.mjs';

const t = suite();
const { meta, parties, groups, issues, events, tracks, people, sources, stances, corrections } = record;

const shownEvents = (page) => timeline(page).shownEvents();

test('the state of play shows the as-of date and the table and timeline render from the data', async () => {
  const page = await t.visit();
  assert.equal(await page.locator('.as-of time').getAttribute('datetime'), meta.as_of);
  assert.equal(await page.locator('.state-of-play .point').count(), meta.state_of_play.length);

  const headers = await page.locator('table.positions thead th:not([hidden])').allInnerTexts();
  assert.deepEqual(headers.map((h) => h.trim()), ['Issue', ...parties.map((p) => p.name)]);
  assert.equal(await page.locator('table.positions tr.issue-row').count(), issues.length);
  assert.equal(await page.locator('table.positions td.stance:visible').count(), issues.length * parties.length);

  // The timeline is a page of its own, with every event, later ones apart.
  await page.getByRole('link', { name: 'Timeline', exact: true }).click();
  await shown(page.locator('#view-timeline'), 'the timeline');
  const ids = await shownEvents(page);
  assert.deepEqual(ids.sort(), events.map((e) => e.id).sort());
  const afterIds = await page.locator('.after-snapshot li.event').evaluateAll((l) => l.map((li) => li.id.slice(6)));
  assert.deepEqual(afterIds.sort(), events.filter((e) => isAfter(e, meta.as_of)).map((e) => e.id).sort());
  assert.ok(afterIds.length > 0 && afterIds.length < events.length);
});

test('events are in date order, each with its date, tracks, place and summary', async () => {
  const page = await t.visit('timeline/');
  const datetimes = await page.locator('.era:not(.after-snapshot) li.event time.event-when').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
  assert.deepEqual(datetimes, [...datetimes].sort());
  const first = [...events].filter((e) => !isAfter(e, meta.as_of)).sort((a, b) => a.date.localeCompare(b.date))[0];
  const item = page.locator(`#event-${first.id}`);
  // Text content, not inner text: events far below the fold are not laid out yet
  // (content-visibility), and inner text needs layout.
  assert.equal(await item.locator('time.event-when').getAttribute('datetime'), first.date);
  assert.equal(await item.locator('.event-title').textContent(), first.title);
  assert.equal(await item.locator('.event-place').textContent(), first.place);
  assert.equal(await item.locator('.event-summary').textContent(), first.summary);
  const trackNames = first.tracks.map((t) => tracks.find((x) => x.id === t).name);
  assert.deepEqual(await item.locator('.event-tracks li').allTextContents(), trackNames);
});

test('choosing parties changes the columns, and the URL records it', async () => {
  const page = await t.visit();
  const europe = parties.find((p) => p.id === 'europe');
  await page.getByRole('button', { name: europe.name, exact: true }).click();
  const headers = (await page.locator('table.positions thead th:not([hidden])').allInnerTexts()).map((h) => h.trim());
  assert.ok(!headers.includes(europe.name));
  assert.equal(headers.length, parties.length);
  assert.equal(await page.locator('table.positions td.stance:visible').count(), issues.length * (parties.length - 1));
  assert.equal(address(page), '?parties=' + parties.filter((p) => p !== europe).map((p) => p.id).join(','));

  // The last party left cannot be switched off.
  for (const p of parties.filter((p) => p !== europe).slice(1)) {
    await page.getByRole('button', { name: p.name, exact: true }).click();
  }
  const last = page.getByRole('button', { name: parties[0].name, exact: true });
  assert.equal(await last.getAttribute('aria-disabled'), 'true');
  await last.click({ force: true }); // a reader can still press it; nothing changes
  assert.equal(await page.locator('table.positions td.stance:visible').count(), issues.length);
});

test('a stance expands to its details and sources', async () => {
  const page = await t.visit();
  const cell = page.locator('td.stance.party-ukraine').first();
  const button = cell.locator('button.disclosure:visible');
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  await hidden(cell.locator('.version:not([hidden]) .disclosure-body'), 'details closed at first');
  await button.click();
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  await shown(cell.locator('.version:not([hidden]) .disclosure-body .sources a').first(), 'a source link in the details');
});

test('filtering by track and by text changes what the timeline shows', async () => {
  const page = await t.visit('timeline/');
  const status = page.locator('#view-timeline [role=status]');
  assert.equal(await status.innerText(), `Showing all ${events.length} events`);

  const track = tracks.find((t) => t.id === 'nuclear-safety');
  await page.getByRole('button', { name: track.name, exact: true }).click();
  const onTrack = events.filter((e) => e.tracks.includes(track.id)).map((e) => e.id);
  assert.deepEqual((await shownEvents(page)).sort(), onTrack.sort());
  assert.equal(await status.innerText(), `${onTrack.length} of ${events.length} events shown`);
  assert.equal(address(page), `timeline/?tracks=${track.id}`);

  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Search events').fill('davos');
  const withDavos = events.filter((e) => [e.title, e.summary, e.place ?? ''].some((t) => t.toLowerCase().includes('davos')));
  assert.deepEqual((await shownEvents(page)).sort(), withDavos.map((e) => e.id).sort());
  assert.equal(address(page), 'timeline/?q=davos');

  await page.getByLabel('Search events').fill('no such words anywhere');
  assert.equal((await shownEvents(page)).length, 0);
  assert.equal(await status.innerText(), `0 of ${events.length} events shown`);
  await shown(page.getByText('No events here match the filters.').first(), 'the empty message');
});

test('an expanded event shows its sources as links', async () => {
  const page = await t.visit('timeline/');
  const event = events.find((e) => e.sources.length > 1);
  const item = page.locator(`#event-${event.id}`);
  await item.getByRole('button', { name: /^Sources/ }).click();
  assert.equal(await item.getByRole('button', { name: /^Sources/ }).getAttribute('aria-expanded'), 'true');
  const hrefs = await item.locator('.sources a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs, event.sources.map((id) => sources.find((s) => s.id === id).url));
  await shown(item.locator('.sources a').first(), 'the first source link');
});

test('switching views updates the URL, title and focus, and Back and Forward restore them', async () => {
  const page = await t.visit();
  const nav = page.getByRole('navigation', { name: 'Views of the talks' });
  assert.equal(address(page), '');
  const current = () => nav.locator('[aria-current="page"]').innerText();
  assert.equal(await current(), 'Positions');
  await nav.getByRole('link', { name: 'Timeline' }).click();
  await shown(page.locator('#view-timeline'), 'the timeline view');
  assert.equal(address(page), 'timeline/');
  assert.equal(await page.locator('#view-positions').count(), 0, 'the positions are another page');
  assert.equal(await current(), 'Timeline');
  assert.match(await page.title(), /^Timeline — /);
  await eventually(async () => (await page.evaluate(() => document.activeElement.id)) === 'timeline-title', 'the focus lands on the view’s heading');

  // The keyboard: the links are links.
  await nav.getByRole('link', { name: 'People' }).focus();
  await page.keyboard.press('Enter');
  await shown(page.locator('#view-people'), 'people, from the keyboard');
  assert.equal(address(page), 'people/');
  await nav.getByRole('link', { name: 'Sources & method' }).click();
  await shown(page.locator('#view-sources'), 'sources');
  assert.equal(address(page), 'sources/');
  await nav.getByRole('link', { name: 'Positions' }).click();
  await shown(page.locator('#view-positions'), 'back on the positions');
  assert.equal(address(page), '');
  assert.equal(await current(), 'Positions');

  await page.goBack();
  await shown(page.locator('#view-sources'), 'sources, after Back');
  assert.equal(address(page), 'sources/');
  await page.goBack();
  await shown(page.locator('#view-people'), 'people, after Back');
  assert.equal(address(page), 'people/');
  assert.equal(await current(), 'People');
  await page.goForward();
  await shown(page.locator('#view-sources'), 'sources, after Forward');
  assert.match(await page.title(), /^Sources & method — /);
});

test('a shared link opens the same view and filters', async () => {
  const page = await t.visit('timeline/?tracks=trilateral&parties=ukraine,russia');
  await shown(page.locator('#view-timeline'), 'the timeline panel');
  const trilateral = events.filter((e) => e.tracks.includes('trilateral')).map((e) => e.id);
  assert.deepEqual((await shownEvents(page)).sort(), trilateral.sort());
  // The parties chosen travel with the reader to the positions.
  await page.getByRole('link', { name: 'Positions', exact: true }).click();
  await shown(page.locator('#view-positions'), 'the positions');
  assert.equal(address(page), '?parties=ukraine,russia&tracks=trilateral');
  assert.equal(await page.locator('table.positions thead th:not([hidden])').count(), 3);
});

test('a malformed link falls back to the defaults instead of breaking the page', async () => {
  const page = await t.visit('?view=%E2%28&parties=mars,,&tracks=%%%&q=' + 'x'.repeat(500) + '&view=people');
  await shown(page.locator('#view-positions'), 'the default view');
  assert.equal(await page.locator('table.positions td.stance:visible').count(), issues.length * parties.length);
});

test('choosing a person shows their events in the timeline', async () => {
  const page = await t.visit('people/');
  const person = people.find((p) => p.id === 'witkoff');
  const theirs = events.filter((e) => (e.people ?? []).includes(person.id)).map((e) => e.id);
  const card = page.locator('.person').filter({ hasText: person.name });
  await card.getByRole('button', { name: new RegExp(`^${theirs.length} events in the timeline`) }).click();
  await shown(page.locator('#view-timeline'), 'the timeline panel');
  assert.deepEqual((await shownEvents(page)).sort(), theirs.sort());
  assert.equal(address(page), `timeline/?person=${person.id}`);
  assert.equal(await page.getByLabel('Person').inputValue(), person.id);
});

test('sources and method lists every source, with Russian state media marked', async () => {
  const page = await t.visit('sources/');
  assert.equal(await page.locator('.all-sources li').count(), sources.length);
  const marked = await page.locator('.all-sources li').filter({ hasText: 'Russian state media' }).count();
  assert.equal(marked, sources.filter((s) => s.state_media).length);
  assert.ok(marked > 0);
  assert.equal(await page.locator('.correction').count(), corrections.length);
});

test('choosing issue groups hides and shows their rows, and the URL records it', async () => {
  const page = await t.visit();
  const economy = groups.find((g) => g.id === 'economy');
  const economyIssues = issues.filter((i) => i.group === economy.id).length;
  const visibleRows = () => page.locator('table.positions tr.issue-row:visible').count();
  assert.equal(await visibleRows(), issues.length);
  await page.getByRole('button', { name: economy.name, exact: true }).click();
  assert.equal(await visibleRows(), issues.length - economyIssues);
  assert.equal(address(page), '?groups=' + groups.filter((g) => g !== economy).map((g) => g.id).join(','));
  await page.reload();
  await appReady(page);
  assert.equal(await visibleRows(), issues.length - economyIssues, 'restored from the link');
});

test('the year links jump to the first event of each year', async () => {
  const page = await t.visit('timeline/');
  const years = [...new Set(events.map((e) => e.date.slice(0, 4)))].sort();
  assert.deepEqual(await page.getByRole('navigation', { name: 'Jump to a year' }).getByRole('link').allInnerTexts(), years);
  await page.getByRole('link', { name: '2022', exact: true }).click();
  const first2022 = events.filter((e) => e.date.startsWith('2022')).sort((a, b) => a.date.localeCompare(b.date))[0];
  await shown(page.locator(`#event-${first2022.id}`), 'the first event of 2022');
  assert.equal(new URL(page.url()).hash, `#event-${first2022.id}`);
  await shown(page.locator('#view-timeline'), 'the view stays the timeline');
});

test('a stance that moved lists its earlier steps with dates and sources', async () => {
  const page = await t.visit();
  const us = history('army-size', 'us');
  const cell = page.locator('#issue-army-size td.party-us');
  assert.equal(await cell.locator('.stance-summary:visible').innerText(), us.at(-1).summary);
  await cell.getByRole('button', { name: /^Details/ }).click();
  const steps = await cell.locator('.version:not([hidden]) .moves > li').evaluateAll((lis) => lis.map((li) => li.querySelector('time').getAttribute('datetime')));
  assert.deepEqual(steps, us.map((s) => s.from));
  assert.ok((await cell.locator('.version:not([hidden]) .moves > li').first().locator('.sources a').count()) >= 1);
});

test('where the record has no position, the cell says so', async () => {
  const page = await t.visit();
  const cell = page.locator('#issue-elections td.party-europe');
  assert.equal((await cell.innerText()).trim(), 'No public position found');
});

test("before a party's first recorded stance, the cell says the record starts later", async () => {
  const page = await t.visit('?asof=2025-06-10');
  const first = history('nato', 'ukraine')[0].from;
  const cell = page.locator('#issue-nato td.party-ukraine');
  const [y, m, d] = first.split('-').map(Number);
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1];
  assert.equal((await cell.innerText()).trim(), `No position recorded before ${d} ${month} ${y}`);
});

test('the as-of control steps from event to event and marks exactly the cells that step changed', async () => {
  const page = await t.visit('?asof=2025-12-13');
  const nato = page.locator('#issue-nato td.party-ukraine');
  assert.equal((await nato.innerText()).trim(), 'No position recorded before 14 Dec 2025');

  await page.getByRole('button', { name: 'Next event' }).click();
  assert.equal(address(page), '?asof=2025-12-14');
  assert.equal(await page.locator('.as-of-date').innerText(), longDate('2025-12-14'));
  const berlin = stances.find((s) => s.party === 'ukraine' && s.issue === 'nato' && s.from === '2025-12-14');
  assert.equal(await nato.locator('.stance-summary:visible').innerText(), berlin.summary);
  // The cells marked are those whose stance began after the previous step (12 Dec) and by 14 Dec.
  const expected = stances.filter((s) => s.from > '2025-12-12' && s.from <= '2025-12-14').map((s) => `${s.issue}/${s.party}`).sort();
  const marked = await page.locator('td.stance.changed').evaluateAll((tds) =>
    tds.map((td) => `${td.closest('tr').id.slice(6)}/${[...td.classList].find((c) => c.startsWith('party-')).slice(6)}`));
  assert.deepEqual(marked.sort(), expected);
  assert.ok(expected.length > 0);
  assert.match(await page.locator('td.stance.changed .changed-mark').first().textContent(), /^Changed at this step$/);

  // The keyboard moves the slider a step at a time; the date field jumps.
  await page.locator('#as-of-range').press('ArrowLeft');
  assert.equal(address(page), '?asof=2025-12-12');
  await page.locator('#as-of-jump').fill('2025-12-23');
  await page.locator('#as-of-jump').dispatchEvent('change');
  assert.equal(await positions(page).summary('army-size', 'us'), history('army-size', 'us').at(-1).summary);
  await page.getByRole('button', { name: `Back to ${longDate(meta.as_of)}` }).click();
  assert.equal(address(page), '');
});
