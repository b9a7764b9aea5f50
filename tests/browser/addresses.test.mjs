// Every address ever published (tests/addresses.json) lands on its canonical form and shows
// that page: links and embeds in other people's articles keep working as the explainer
// changes. Old `?view=` links are moved to their view's page by assets/start.js.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { suite, appReady, shown, DIST, QUICK, fullRunOnly } from './harness.mjs';

const t = suite();
const { addresses } = JSON.parse(await fs.readFile(path.join(DIST, '../tests/addresses.json'), 'utf8'));

test('every published address lands on its canonical address and shows its view', fullRunOnly, async () => {
  const page = await t.visit('');
  // The quick tier follows every third.
  for (const { published, lands } of addresses.filter((_, i) => !QUICK || i % 3 === 0)) {
    await page.goto(t.server.url + published);
    const card = lands.replace(/^uk\//, '').match(/^cards\/(.+)\/(\?|$)/)?.[1];
    // A card fetches its script only when its address asks for more than its first drawing.
    if (!card || lands.includes('?')) await appReady(page);
    const url = new URL(page.url());
    assert.equal(url.pathname.slice(1) + url.search, lands, `${published} landed on the wrong address`);
    if (card) {
      assert.equal(await page.locator('html').getAttribute('data-card'), card, published);
      await shown(page.locator('.card-page'), `${published}: the card`);
    } else {
      const view = lands.replace(/^uk\//, '').match(/^(\w+)\//)?.[1] ?? 'positions';
      await shown(page.locator(`#view-${view}`), `${published}: the ${view}`);
    }
    assert.equal(await page.locator('html').getAttribute('lang'), lands.startsWith('uk/') ? 'uk' : 'en', published);
  }
});

test('an old embed address moves to its view’s page, still embedded', async () => {
  const page = await t.visit('?view=people&embed=1');
  assert.equal(new URL(page.url()).pathname, '/people/');
  assert.equal(await page.locator('html.embedded').count(), 1, 'embed mode');
  await shown(page.locator('.open-full'), 'the link out to the full explainer');
  // One document was loaded: the start script left the old page before it was drawn.
  const documents = await page.evaluate(() => performance.getEntriesByType('navigation').map((n) => new URL(n.name).pathname));
  assert.deepEqual(documents, ['/people/']);
});
