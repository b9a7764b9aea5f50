// Page objects: what a reader sees and does in each view, named as the tests speak of it, so
// a test reads as steps and a change of markup is mended in one place.

import { longDate } from './harness.mjs';

/** The positions table and its "as of" control. */
export function positions(page) {
  const cell = (issue, party) => page.locator(`#cell-${issue}-${party}`);
  return {
    cell,
    /** The one-line summary the cell shows now. */
    summary: (issue, party) => cell(issue, party).locator('.stance-summary:visible').innerText(),
    /** Everything the version that holds says, its details included. */
    words: (issue, party) => cell(issue, party).locator('.version:not([hidden])').textContent(),
    /** Every cell's id and the summary it shows. */
    cells: () =>
      page.locator('td.stance').evaluateAll((tds) =>
        Object.fromEntries(tds.map((td) => [td.id, [...td.querySelectorAll('.stance-summary')].find((p) => !p.closest('[hidden]')).textContent.trim()]))),
    /** Reads the table as of `day` (ISO) through the date field; returns every cell's summary. */
    async readAt(day) {
      await page.locator('#as-of-jump').fill(day);
      await page.locator('#as-of-jump').dispatchEvent('change');
      await page.locator('.as-of-date').filter({ hasText: new RegExp(`^${longDate(day)}$`) }).waitFor();
      // The first time, the stances' other versions may still be on their way.
      await page.locator('table.positions:not([aria-busy])').waitFor();
      return this.cells();
    },
  };
}

/** The timeline: its filters and its events. */
export function timeline(page) {
  return {
    event: (id) => page.locator(`#event-${id}`),
    /** The ids of the events the filters let through, in page order. */
    shownEvents: () =>
      page.locator('#view-timeline li.event:not([hidden])').evaluateAll((items) => items.map((li) => li.id.replace(/^event-/, ''))),
    /** Types `text` into the search field, as a reader would. */
    search: (text) => page.locator('#event-search').fill(text),
    resultCount: () => page.locator('#view-timeline .result-count').innerText(),
  };
}

/** The plans compared: the document chips, the columns and what each cell says. */
export function plans(page) {
  const cell = (issue, document) => page.locator(`#plans-${issue} td[data-document="${document}"]`);
  return {
    cell,
    chip: (document) => page.locator(`[data-toggle="document ${document}"]`),
    /** The documents whose columns show, left to right. */
    columns: () => page.locator('table.plans thead th[data-document]:visible').evaluateAll((ths) => ths.map((th) => th.dataset.document)),
    /** The change mark a cell shows ("Changed compared with the 28-point plan"), or null. Its
     *  words as written (textContent): the stylesheet shows them in capitals. */
    change: async (issue, document) => {
      const mark = cell(issue, document).locator('.change:visible');
      return (await mark.count()) ? (await mark.textContent()).replace(/\s+/g, ' ').trim() : null;
    },
    /** What the cell says, without its change mark and sources. */
    text: (issue, document) => cell(issue, document).locator('.provision-text, .not-known').innerText(),
  };
}

/** The land maps and their table, in the positions view. */
export function land(page) {
  const map = (party) => page.locator(`.land figure.land-map.party-${party}`);
  return {
    map,
    /** What the party's map shows now: region id → status (the fill's class), for the regions
     *  it shades in the layers it draws (whatever hides the others: markup or stylesheet). */
    regions: (party) =>
      map(party).locator('g.land-version').evaluateAll((layers) =>
        Object.fromEntries(layers.filter((g) => getComputedStyle(g).display !== 'none').flatMap((g) => [...g.querySelectorAll('use.region')])
          .map((u) => [u.getAttribute('href').replace('#region-', ''), [...u.classList].find((c) => c.startsWith('status-')).slice(7)]))),
    /** How many of the party's layers (one per stance) the map draws: one at most. */
    layers: (party) =>
      map(party).locator('g.land-version').evaluateAll((layers) => layers.filter((g) => getComputedStyle(g).display !== 'none').length),
    /** The regions the party's map outlines as changed at this step. */
    changed: (party) =>
      map(party).evaluate((figure) => figure.classList.contains('changed')
        ? [...figure.querySelectorAll('g.land-version')].filter((g) => getComputedStyle(g).display !== 'none')
          .flatMap((g) => [...g.querySelectorAll('.land-changed use')]).map((u) => u.getAttribute('href').replace('#region-', '')).sort()
        : []),
    /** The legend: each fill's status (class) → its words. */
    legend: () =>
      page.locator('.land-legend li').evaluateAll((items) => Object.fromEntries(items
        .map((li) => [[...(li.querySelector('rect')?.classList ?? [])].find((c) => c.startsWith('status-'))?.slice(7), li.textContent.trim()])
        .filter(([status]) => status))),
    /** The table: region name → party name → the words its cell shows. */
    table: () =>
      page.locator('table.land-table').evaluate((table) => {
        const parties = [...table.querySelectorAll('thead th')].slice(1).map((th) => th.textContent.trim());
        return Object.fromEntries([...table.querySelectorAll('tbody tr')].map((tr) => [
          tr.querySelector('th').textContent.trim(),
          Object.fromEntries([...tr.querySelectorAll('td')].map((td, i) => [parties[i],
            [...td.children].filter((el) => !el.hidden).map((el) => el.textContent).join('').replace(/ \(changed at this step\)/, '').trim() || td.textContent.trim()])),
        ]));
      }),
  };
}
