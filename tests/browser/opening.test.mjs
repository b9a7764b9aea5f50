// How each page opens: the front page with the explainer's opening (its standfirst and state
// of play), every other page on its view under a compact masthead; and "Get the data" beside
// the table or list it exports.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, eventually, fullRunOnly } from './harness.mjs';

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
