// The land maps, in a real browser: each party's map shades the regions its position on the
// mapped issue speaks of, as the data says, on any date; the "as of" control changes exactly
// the regions the data says change; the table says the same in words; the credit shows; and
// the page without JavaScript has the maps and the table. Expected values come from the data.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, record, stanceOn, shown } from './harness.mjs';
import { land, positions } from './pages.mjs';

const t = suite();
const { meta, parties, map } = record;
const ISSUE = meta.land_map.issue;
/** What the data says a party's map shows on `day`: region id → status. */
const expected = (party, day) => ({ ...(stanceOn(ISSUE, party, day)?.regions ?? {}) });
const nameOf = (id) => map.regions.find((r) => r.id === id).name;

test('as of 3 June 2025 Russia\'s map marks Crimea and the four regions it claims as to be recognised as Russian', async () => {
  const page = await t.visit('?asof=2025-06-03');
  const russia = await land(page).regions('russia');
  assert.deepEqual(russia, expected('russia', '2025-06-03'));
  assert.deepEqual(russia, { crimea: 'recognised', donetsk: 'recognised', kherson: 'recognised', luhansk: 'recognised', zaporizhia: 'recognised' });
  const legend = await land(page).legend();
  assert.equal(legend.recognised, 'to be recognised as Russian');
});

test('as of 20 November 2025 the US plan\'s map has Crimea, Luhansk and Donetsk Russian in fact, Kherson and Zaporizhzhia frozen', async () => {
  const page = await t.visit('?asof=2025-11-20');
  const us = await land(page).regions('us');
  assert.deepEqual(us, expected('us', '2025-11-20'));
  assert.deepEqual(us, { crimea: 'recognised-in-fact', donetsk: 'recognised-in-fact', kherson: 'frozen', luhansk: 'recognised-in-fact', zaporizhia: 'frozen' });
  // The step of 19–20 November changed them: outlined, as the table's cell is marked.
  assert.ok(await page.locator(`#cell-${ISSUE}-us`).evaluate((td) => td.classList.contains('changed')), 'the table marks the step');
  const before = expected('us', '2025-11-18');
  const changed = Object.keys({ ...before, ...us }).filter((r) => before[r] !== us[r]).sort();
  assert.deepEqual(await land(page).changed('us'), changed);
  assert.deepEqual(await land(page).changed('europe'), [], 'an unchanged map has no outline');
});

test('moving the as-of date changes exactly the regions the data says change, and the table says the same', async () => {
  const page = await t.visit('');
  const table = positions(page);
  for (const day of ['2022-12-01', '2024-06-14', '2025-04-15', '2025-06-02', '2025-11-19', '2025-11-22', '2025-12-23', meta.as_of]) {
    await table.readAt(day);
    const legend = await land(page).legend();
    const words = await land(page).table();
    for (const party of parties) {
      const shownRegions = await land(page).regions(party.id);
      assert.deepEqual(shownRegions, expected(party.id, day), `${party.id} on ${day}`);
      // One layer, the stance of that day: never an earlier one drawn beneath it.
      assert.equal(await land(page).layers(party.id), stanceOn(ISSUE, party.id, day) ? 1 : 0, `${party.id}'s layers on ${day}`);
      // The table: every region any position names, in words; the ones this map leaves blank "not addressed".
      for (const [region, name] of Object.entries(words)) {
        if (region === 'Every other region') continue;
        const id = map.regions.find((r) => r.name === region).id;
        const status = shownRegions[id];
        assert.equal(name[party.name], status ? legend[status] : 'not addressed', `${region}, ${party.name}, ${day}`);
      }
    }
  }
});

test('the maps credit MapSVG and say they show positions, not the front line', async () => {
  const page = await t.visit('');
  await shown(page.locator('.land .credit').getByRole('link', { name: 'MapSVG' }), 'the credit');
  await shown(page.locator('.land .credit').getByRole('link', { name: 'CC BY 4.0' }), 'the licence');
  await shown(page.getByText('These maps show positions, not the front line.'), 'the note on the front line');
  // Every region of the map is drawn, once, and each map reuses the outlines.
  assert.equal(await page.locator('.land-shapes path[id^="region-"]').count(), map.regions.length);
  assert.equal(await page.locator('.land figure.land-map').count(), parties.length);
  // The nuclear plant's line follows the plant stances.
  const plant = stanceOn(meta.land_map.plant_issue, 'russia', meta.as_of);
  assert.equal(await land(page).map('russia').locator('.land-plant span:not([hidden]):not(.land-plant-label)').textContent(), plant.summary);
  // A party taken out of the comparison takes its map with it.
  await page.getByRole('button', { name: 'Europe', exact: true }).click();
  assert.equal(await land(page).map('europe').isVisible(), false);
  assert.equal(await page.locator('table.land-table th.party-europe').isVisible(), false);
});

test('without JavaScript the maps and their table show, at the snapshot', async () => {
  const page = await t.visit('', { javaScriptEnabled: false });
  for (const party of parties) {
    assert.deepEqual(await land(page).regions(party.id), expected(party.id, meta.as_of), party.id);
    assert.equal(await land(page).layers(party.id), stanceOn(ISSUE, party.id, meta.as_of) ? 1 : 0, `${party.id}'s layers`);
  }
  await shown(page.locator('table.land-table'), 'the table');
  const words = await land(page).table();
  assert.equal(words[nameOf('crimea')]['Russia'], 'to be recognised as Russian');
});
