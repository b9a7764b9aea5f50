// The embed cards (render/src/views/cards.rs, model/src/cards.rs): one issue, the land maps, the texts
// compared and one event, each a page of its own under cards/ in both editions. Checked as a
// reader and an article's page meet them: at phone and desktop widths, light and dark, with
// and without JavaScript; sized by a real Pym.js parent and by embed.js; through axe; and
// with addresses that ask for what a card cannot show.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { suite, open, servePages, nodeModule, record, appReady, eventually, shown, hidden, longDate, stanceOn, fullRunOnly, QUICK } from './harness.mjs';

const t = suite();
const { meta, issues, events } = record;
const SNAPSHOT = meta.as_of;
const issueName = (id) => issues.find((i) => i.id === id).name;
const eventTitle = (id) => events.find((e) => e.id === id).title;

/** A card of each kind, with the heading its English page must show. */
const CARDS = [
  { name: 'issue/donbas', heading: issueName('donbas') },
  { name: 'land', heading: 'The land question, region by region' },
  { name: 'plans', heading: 'The peace texts compared' },
  { name: 'plans/army-size', heading: `${issueName('army-size')}: the peace texts compared` },
  { name: 'event/berlin-talks', heading: eventTitle('berlin-talks') },
];
const EDITIONS = ['', 'uk/'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Opens a card without waiting for the script, which a card fetches only when needed. */
async function card(where, options = {}) {
  const requests = [];
  const session = await open(t.browser, t.server.url + where, { ready: false, ...options });
  session.page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await session.page.waitForLoadState('load');
  return { ...session, requests };
}

/** What a reader of a card must see, whatever the width, theme or script. */
async function looksLikeACard(page, { name, heading }, edition, why) {
  await shown(page.locator('main.card-page'), `${why}: the card`);
  const h1 = page.locator('h1');
  assert.equal(await h1.count(), 1, `${why}: one title`);
  const title = (await h1.innerText()).trim();
  if (edition === '') assert.equal(title, heading, why);
  else assert.ok(title.length > 3 && title !== heading, `${why}: a Ukrainian title, not ${title}`);
  assert.equal(await page.locator('html').getAttribute('data-card'), name, why);
  // No chrome of the full pages.
  assert.equal(await page.locator('.masthead, .view-nav, .footer').count(), 0, `${why}: no masthead, switcher or footer`);
  // The credit line links to the explainer.
  const credit = page.locator('a.card-credit');
  await shown(credit, `${why}: the credit line`);
  const href = await credit.evaluate((a) => a.href);
  assert.ok(href.startsWith(`${t.server.url}${edition}`) && !href.includes('/cards/'), `${why}: credit → ${href}`);
  // Nothing sticks out sideways, at any width.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `${why}: ${overflow}px wider than the frame`);
}

test('every card kind reads in both editions, at 300, 320 and 1000 px, light and dark, with and without JavaScript', fullRunOnly, async () => {
  const widths = QUICK ? [1000] : [300, 320, 1000];
  const schemes = QUICK ? ['light'] : ['light', 'dark'];
  for (const width of widths) {
    for (const colorScheme of schemes) {
      for (const javaScriptEnabled of [true, false]) {
        // One browser tab per setting, which visits every card.
        const { page, context, problems } = await open(t.browser, 'about:blank', { width, colorScheme, javaScriptEnabled, ready: false });
        const requests = [];
        page.on('request', (r) => requests.push(new URL(r.url()).pathname));
        try {
          for (const c of CARDS) {
            for (const edition of EDITIONS) {
              const why = `${edition}cards/${c.name}/ at ${width} ${colorScheme}${javaScriptEnabled ? '' : ' without JS'}`;
              await page.goto(`${t.server.url}${edition}cards/${c.name}/`);
              await looksLikeACard(page, c, edition, why);
              assert.equal(await page.locator('html').getAttribute('lang'), edition ? 'uk' : 'en', why);
              const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
              const [r, g, b] = background.match(/\d+/g).map(Number);
              assert.equal(r + g + b < 3 * 96, colorScheme === 'dark', `${why}: background ${background}`);
              if (!javaScriptEnabled && c.name.startsWith('issue')) {
                // Every version's details stay in the page, shown, for a reader without script.
                await shown(page.locator('.version:not([hidden]) .disclosure-body').first(), `${why}: details shown`);
              }
            }
          }
          // Without a reason, a card loads no script.
          assert.deepEqual(requests.filter((p) => p.endsWith('.wasm')), [], 'a card fetched the wasm unasked');
          assert.deepEqual(problems, []);
        } finally {
          await context.close();
        }
      }
    }
  }
});

test('a card fetches its script on the first use of a control, and that first click counts', async () => {
  const { page, context, problems, requests } = await card('cards/issue/donbas/');
  try {
    assert.ok(!requests.some((p) => p.endsWith('.wasm')), 'no wasm before a control is used');
    const date = page.locator('.as-of-date');
    assert.equal((await date.innerText()).trim(), longDate(SNAPSHOT));
    await page.getByRole('button', { name: 'Previous event' }).click();
    await appReady(page);
    await eventually(async () => (await date.innerText()).trim() !== longDate(SNAPSHOT), 'the first click moved the date back');
    assert.ok(requests.some((p) => p.endsWith('.wasm')), 'the wasm came with the first use');
    const asof = new URL(page.url()).searchParams.get('asof');
    assert.match(asof ?? '', /^\d{4}-\d{2}-\d{2}$/, `the address keeps the date: ${page.url()}`);
    assert.equal((await date.innerText()).trim(), longDate(asof));
    // The cells follow the date, and the credit links to the same state in the explainer.
    const ukraine = stanceOn('donbas', 'ukraine', asof);
    const cell = page.locator('#cell-donbas-ukraine');
    if (ukraine) await shown(cell.locator('.version:visible .stance-summary', { hasText: ukraine.summary }), 'the cell of that date');
    const credit = await page.locator('a.card-credit').evaluate((a) => a.href);
    assert.equal(credit, `${t.server.url}?issue=donbas&asof=${asof}`);
    assert.equal(await page.locator('.card-credit-line').innerText().then((s) => s.includes(longDate(asof))), true, 'the credit says the date');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('a card at another date or with other texts shows them from its address', async () => {
  const page = await t.visit('cards/issue/donbas/?asof=2025-08-16');
  assert.equal((await page.locator('.as-of-date').innerText()).trim(), longDate('2025-08-16'));
  const russia = stanceOn('donbas', 'russia', '2025-08-16');
  await shown(page.locator('#cell-donbas-russia .version:visible .stance-summary', { hasText: russia.summary }), 'Russia on 16 Aug 2025');
  // Only this card's own file: no other versions are fetched.
  const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname));
  assert.ok(!fetched.some((p) => p.endsWith('stance-versions.html')), `fetched ${fetched}`);

  const plans = await t.visit('cards/plans/army-size/?docs=28pt,20pt,paris');
  const shownTexts = await plans.locator('td.provision:visible').evaluateAll((cells) => cells.map((c) => c.dataset.document));
  assert.deepEqual(shownTexts, ['28pt', '20pt', 'paris']);
  const credit = await plans.locator('a.card-credit').evaluate((a) => a.href);
  assert.equal(credit, `${t.server.url}plans/?docs=28pt,20pt,paris&issue=army-size`);
});

test('a card address asking for what the card cannot show says so, with a link to the explainer', fullRunOnly, async () => {
  for (const [where, notice] of [
    ['cards/issue/donbas/?asof=soon', 'date'],
    ['cards/land/?asof=2025-13-45', 'date'],
    ['uk/cards/issue/nato/?asof=2025-12', 'date'],
    ['cards/plans/?docs=28pt,20pt,e3,19pt,paris', 'docs'],
    ['cards/plans/donbas/?docs=nothing,28pt', 'docs'],
  ]) {
    const page = await t.visit(where);
    const said = page.locator(`[data-problem="${notice}"]`);
    await shown(said, `${where}: the notice`);
    const link = said.locator('a');
    assert.ok((await link.evaluate((a) => a.href)).startsWith(t.server.url), where);
    // The card still shows its default: the snapshot, or the usual texts.
    await shown(page.locator('h1'), `${where}: the card`);
    if (notice === 'docs') assert.ok((await page.locator('td.provision:visible').count()) > 0, where);
    else if (!where.startsWith('uk/')) assert.equal((await page.locator('.as-of-date').innerText()).trim(), longDate(SNAPSHOT), where);
    assert.equal(await page.locator('[data-problem]:visible').count(), 1, `${where}: one notice`);
  }
  // An address with nothing wrong has no notice.
  const fine = await t.visit('cards/issue/donbas/?asof=2025-12-23');
  await hidden(fine.locator('[data-problem]'), 'no notice');
});

test('an unknown card is the host’s 404 page, which says so and links to the explainer', fullRunOnly, async () => {
  for (const where of ['cards/issue/nowhere/', 'cards/event/nowhere/?asof=2025-01-01', 'uk/cards/plans/a/b/', 'cards/']) {
    const { page, context } = await open(t.browser, t.server.url + where, { ready: false });
    try {
      const response = await page.goto(t.server.url + where);
      assert.equal(response.status(), 404, where);
      await shown(page.getByRole('heading', { name: 'Nothing here' }), `${where}: says so`);
      await shown(page.getByRole('link', { name: 'Open the explainer' }), `${where}: links to the explainer`);
      assert.ok((await page.locator('body').innerText()).includes('Тут нічого немає'), `${where}: in Ukrainian too`);
    } finally {
      await context.close();
    }
  }
});

/** The card frame's content height and the height its parent gave the iframe. */
async function heights(page) {
  const content = await page.frameLocator('iframe').locator('html').evaluate((html) => html.getBoundingClientRect().height);
  const iframe = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
  return { content, iframe };
}

async function fitsWithin1px(page, why) {
  await eventually(async () => {
    const h = await heights(page);
    return h.content > 100 && Math.abs(h.content - h.iframe) <= 1;
  }, async () => `the iframe did not fit its card (${why}): ${JSON.stringify(await heights(page))}`);
  return (await heights(page)).iframe;
}

test('a real Pym.js parent sizes each card to within 1 px at 320, 600 and 1000 px, after a date change too', async () => {
  const widths = QUICK ? [600] : [320, 600, 1000];
  for (const c of QUICK ? CARDS.slice(0, 1) : CARDS) {
    const parent = await servePages({
      '/pym.v1.min.js': { type: 'text/javascript', body: await nodeModule('pym.js/dist/pym.v1.min.js') },
      '/': {
        body: `<!doctype html><html lang="en"><head><title>Pym parent</title><link rel="icon" href="data:,">
          <style>body { margin: 0 auto; max-width: 60rem; } iframe { border: 0; display: block; }</style></head><body>
          <p>An article.</p><div id="card"></div><p>More article.</p>
          <script src="/pym.v1.min.js"></script>
          <script>new pym.Parent('card', ${JSON.stringify(`${t.server.url}cards/${c.name}/`)}, { title: 'Card' });</script>
          </body></html>`,
      },
    });
    try {
      for (const width of widths) {
        const { page, context, problems } = await open(t.browser, parent.origin + '/', { width, ready: false });
        try {
          const why = `${c.name} at ${width}`;
          await shown(page.frameLocator('iframe').locator('main.card-page'), why);
          const first = await fitsWithin1px(page, why);
          if (c.name === 'issue/donbas' || c.name === 'land') {
            // On a phone the steps wait under the date's fold.
            if (width < 480) await page.frameLocator('iframe').getByRole('button', { name: 'Change the date' }).click();
            await page.frameLocator('iframe').getByRole('button', { name: 'Previous event' }).click();
            await appReady(page.frameLocator('iframe'));
            await eventually(
              async () => (await page.frameLocator('iframe').locator('.as-of-date').innerText()).trim() !== longDate(SNAPSHOT),
              `${why}: the date moved`,
            );
            await fitsWithin1px(page, `${why}, after a date change`);
            // A row's details open: the frame grows with the card.
            if (c.name === 'issue/donbas') {
              await page.frameLocator('iframe').locator('button.disclosure:visible').first().click();
              const grown = await fitsWithin1px(page, `${why}, details open`);
              assert.ok(grown > first, `${why}: ${first} → ${grown}`);
            }
          }
          assert.deepEqual(problems, [], why);
        } finally {
          await context.close();
        }
      }
    } finally {
      await parent.close();
    }
  }
});

test('embed.js sizes a card from its Datawrapper-style message, AMP gets the same height, with no wasm in the frame', async () => {
  const parent = await servePages({
    '/': {
      body: `<!doctype html><html lang="en"><head><title>Parent</title><link rel="icon" href="data:,">
        <style>iframe { border: 0; display: block; width: 100%; }</style></head><body>
        <p>An article.</p>
        <script>window.received = []; addEventListener('message', (e) => window.received.push(e.data));</script>
        <iframe src="${t.server.url}cards/event/berlin-talks/" title="Card" height="150"></iframe>
        <script src="${t.server.url}embed.js"></script>
        </body></html>`,
    },
  });
  try {
    for (const width of QUICK ? [600] : [320, 600, 1000]) {
      const { page, context, problems } = await open(t.browser, parent.origin + '/', { width, ready: false });
      try {
        await shown(page.frameLocator('iframe').locator('h1'), `the event at ${width}`);
        const fitted = await fitsWithin1px(page, `embed.js at ${width}`);
        // AMP's resize request says the same height.
        const amp = await page.evaluate(() => window.received.filter((m) => m && m.sentinel === 'amp' && m.type === 'embed-size').at(-1));
        assert.equal(amp?.height, Math.round(fitted), `AMP at ${width}: ${JSON.stringify(amp)}`);
        const wasm = await page.frameLocator('iframe').locator('html').evaluate(
          () => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.wasm')).length,
        );
        assert.equal(wasm, 0, 'an event card needs no script');
        assert.deepEqual(problems, []);
      } finally {
        await context.close();
      }
    }
  } finally {
    await parent.close();
  }
});

test('embed.js loaded after the card has spoken asks it again, and sizes it', async () => {
  // The embed code loads embed.js `async`: on a slow network it arrives after the card's
  // first height message. Here it is added only once the card has sent that message.
  const parent = await servePages({
    '/': {
      body: `<!doctype html><html lang="en"><head><title>Parent</title><link rel="icon" href="data:,">
        <style>iframe { border: 0; display: block; width: 100%; }</style></head><body>
        <p>An article.</p>
        <iframe src="${t.server.url}cards/event/berlin-talks/" title="Card" height="150"></iframe>
        <script>
          addEventListener('message', function late(e) {
            if (!e.data || !e.data['datawrapper-height']) return;
            removeEventListener('message', late);
            window.spokeFirst = true;
            const script = document.createElement('script');
            script.src = ${JSON.stringify(`${t.server.url}embed.js`)};
            document.body.append(script);
          });
        </script>
        </body></html>`,
    },
  });
  try {
    const { page, context, problems } = await open(t.browser, parent.origin + '/', { width: 600, ready: false });
    try {
      await eventually(() => page.evaluate(() => window.spokeFirst === true), 'the card spoke before embed.js loaded');
      await fitsWithin1px(page, 'embed.js loaded late');
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  } finally {
    await parent.close();
  }
});

test('axe finds nothing on any card kind, in either edition and theme, and after a control is used', fullRunOnly, async () => {
  const found = [];
  for (const c of CARDS) {
    for (const edition of EDITIONS) {
      for (const colorScheme of ['light', 'dark']) {
        const { page, context, problems } = await card(`${edition}cards/${c.name}/`, { colorScheme, width: 375 });
        try {
          const act = page.locator('button.disclosure:visible, .as-of-control button:visible').first();
          if (await act.count()) {
            await act.click();
            await appReady(page);
          }
          const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
          found.push(...result.violations.flatMap((v) => v.nodes.map((n) => `${edition}${c.name} ${colorScheme}: ${v.id}: ${n.target.join(' ')}`)), ...problems);
        } finally {
          await context.close();
        }
      }
    }
  }
  assert.deepEqual(found, []);
});

test('a card prints whole: every detail open, no controls', async () => {
  const page = await t.visit('cards/issue/donbas/', { ready: false });
  await page.emulateMedia({ media: 'print' });
  await hidden(page.locator('.as-of-control'), 'the control is not printed');
  await shown(page.locator('.version:not([hidden]) .disclosure-body').first(), 'details are printed');
  await shown(page.locator('.card-credit-line'), 'the credit is printed');
});
