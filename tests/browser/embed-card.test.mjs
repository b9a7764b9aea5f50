// The Embed dialog on one card: the "Embed this issue" (maps, comparison, event) buttons
// open it with the card's code and address for the reader's date or texts, a live preview
// that takes the card's height, and the focus back on the button when it closes; the code,
// pasted into a plain page elsewhere, shows the card at that date.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, servePages, open, record, eventually, longDate, stanceOn, shown, hidden, address } from './harness.mjs';
import { plans } from './pages.mjs';

const t = suite();
const issueName = (id) => record.issues.find((i) => i.id === id).name;
const eventTitle = (id) => record.events.find((e) => e.id === id).title;
/** Text as an HTML attribute writes it (model::embed::attr). */
const attr = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** What the open dialog offers: its code's frame (src and title) and its link. */
async function offered(page) {
  const dialog = page.getByRole('dialog');
  const code = await dialog.getByLabel('Embed code').inputValue();
  const frame = code.match(/^<iframe id="peace-talks-explainer" src="([^"]*)" title="([^"]*)" width="100%" height="900" loading="lazy"/);
  assert.ok(frame, code);
  assert.ok(code.includes(`</iframe>\n<script src="${t.server.url}embed.js" async></script>\n`), code);
  const link = await dialog.getByRole('textbox', { name: /^Link to this (card|view)$/ }).inputValue();
  // Where a CMS or a newsletter drops the frame: a link to the card with its picture.
  const fallback = code.match(/\n<p class="peace-talks-explainer-fallback"><a href="([^"]*)"><img src="([^"]*)" alt="" [^>]*>([^<]*)<\/a><\/p>$/);
  assert.ok(fallback, code);
  assert.equal(fallback[1], attr(link), 'the fallback links to the card');
  assert.equal(fallback[2], new URL('share.png', link).href, "the fallback shows the card's picture");
  assert.equal(fallback[3], frame[2], "the fallback says the card's title");
  return { code, src: frame[1], title: frame[2], link };
}

/** Opens the dialog with `button` and checks it is the card's; returns what it offers. */
async function openOnCard(page, button) {
  await button.click();
  await shown(page.getByRole('dialog', { name: 'Embed this card' }), 'the Embed dialog on a card');
  return offered(page);
}

async function close(page) {
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await hidden(page.getByRole('dialog'), 'the dialog, closed');
}

/** The reader steps the "as of" control back one event; returns the day it shows. */
async function stepBack(page) {
  await page.getByRole('button', { name: 'Previous event' }).click();
  await eventually(() => /[?&]asof=/.test(address(page)), 'the date did not move');
  return new URLSearchParams(address(page)).get('asof');
}

test('"Embed this issue" opens the dialog on its card at the chosen date; the focus returns to it', async () => {
  const page = await t.visit('');
  const day = await stepBack(page);
  const entries = await page.evaluate(() => history.length);
  // Named with the issue, as its permalink is (the hidden words read after a space).
  const opener = page.locator('#issue-donbas').getByRole('button', { name: `Embed this issue : ${issueName('donbas')}` });
  const { src, title, link } = await openOnCard(page, opener);
  const card = `${t.server.url}cards/issue/donbas/?asof=${day}`;
  assert.equal(src, attr(card));
  assert.equal(title, attr(`Where each side stands: ${issueName('donbas')}`));
  assert.equal(link, card);
  assert.ok(await page.getByLabel('Embed code').evaluate((el) => el === document.activeElement), 'the code takes the focus');
  // The preview shows the card the code embeds.
  const preview = page.locator('#embed-preview');
  await shown(preview, 'the preview');
  assert.equal(await preview.getAttribute('src'), card);
  assert.equal(await page.getByTitle('Preview of the card').count(), 1);

  await page.keyboard.press('Escape');
  await hidden(page.getByRole('dialog'), 'the dialog, after Escape');
  assert.ok(await opener.evaluate((b) => b === document.activeElement), 'focus returns to "Embed this issue"');
  // The dialog's `close` event, which stops the preview, comes a task after it hides.
  await eventually(async () => (await page.locator('#embed-preview').getAttribute('src')) === 'about:blank', 'the closed preview stops');

  // Again, closed with its button: the frame that came and went left no entry in the
  // page's history (Back would otherwise go back in a hidden frame).
  await openOnCard(page, opener);
  await close(page);
  assert.ok(await opener.evaluate((b) => b === document.activeElement), 'focus returns again');
  assert.equal(await page.evaluate(() => history.length), entries, 'the dialog added history entries');

  // The share bar's Embed button still embeds the whole view, with no preview.
  const whole = page.getByRole('button', { name: 'Embed', exact: true });
  await whole.click();
  await shown(page.getByRole('dialog', { name: 'Embed this explainer' }), 'the Embed dialog on the view');
  const view = await offered(page);
  assert.equal(view.src, attr(`${t.server.url}?asof=${day}&embed=1`));
  assert.equal(view.title, attr(`${record.meta.title}: an interactive explainer`));
  assert.equal(view.link, `${t.server.url}?asof=${day}`);
  await hidden(page.locator('#embed-preview'), 'the preview, for the whole view');
  await page.keyboard.press('Escape');
  assert.ok(await whole.evaluate((b) => b === document.activeElement), 'focus returns to the Embed button');
});

test('the plans buttons carry the texts chosen; the maps and an event name their cards', async () => {
  let page = await t.visit('plans/');
  await plans(page).chip('e3').click();
  await eventually(() => /[?&]docs=/.test(address(page)), 'the texts did not change');
  const docs = new URLSearchParams(address(page).replace(/^plans\//, '')).get('docs');
  assert.ok(docs.split(',').includes('e3'), docs);

  let card = await openOnCard(page, page.getByRole('button', { name: 'Embed this comparison' }));
  assert.equal(card.src, attr(`${t.server.url}cards/plans/?docs=${docs}`));
  assert.equal(card.title, 'Compare the plans');
  await close(page);
  const row = page.locator('#plans-donbas').getByRole('button', { name: `Embed : ${issueName('donbas')}` });
  card = await openOnCard(page, row);
  assert.equal(card.src, attr(`${t.server.url}cards/plans/donbas/?docs=${docs}`));
  assert.equal(card.title, attr(`Compare the plans: ${issueName('donbas')}`));
  assert.equal(card.link, `${t.server.url}cards/plans/donbas/?docs=${docs}`);
  await page.keyboard.press('Escape');
  assert.ok(await row.evaluate((b) => b === document.activeElement), 'focus returns to the row\'s button');
  await t.session.context.close();
  assert.deepEqual(t.session.problems, []);

  page = await t.visit('?asof=2025-12-01');
  card = await openOnCard(page, page.getByRole('button', { name: 'Embed the maps' }));
  assert.equal(card.src, attr(`${t.server.url}cards/land/?asof=2025-12-01`));
  assert.equal(card.title, 'The land question, region by region');
  await t.session.context.close();
  assert.deepEqual(t.session.problems, []);

  page = await t.visit('timeline/?tracks=us-ukraine');
  const event = page.locator('#event-berlin-talks').getByRole('button', { name: 'Embed this event' });
  card = await openOnCard(page, event);
  // An event's card takes nothing from the reader's state.
  assert.equal(card.src, `${t.server.url}cards/event/berlin-talks/`);
  assert.equal(card.title, attr(eventTitle('berlin-talks')));
});

test('the preview takes the height its card reports, up to half the screen, and heeds no other frame', async () => {
  const page = await t.visit('');
  const preview = page.locator('#embed-preview');
  const content = () => page.frameLocator('#embed-preview').locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
  const state = async () => ({
    attribute: Number(await preview.getAttribute('height')),
    shown: await preview.evaluate((f) => f.getBoundingClientRect().height),
    half: await page.evaluate(() => innerHeight / 2),
  });

  await openOnCard(page, page.locator('#issue-donbas').getByRole('button', { name: /^Embed this issue/ }));
  // The card's own height, once it has said one: before its frame loads, the attribute and
  // the blank frame's content are both 0.
  const fitted = async () => {
    const { attribute } = await state();
    return attribute > 0 && attribute === (await content());
  };
  await eventually(fitted, async () => `the preview did not take the card's height: ${JSON.stringify(await state())} for ${await content()}`);
  const issue = await state();
  assert.ok(issue.attribute > 100, JSON.stringify(issue));
  // A message from anything but the preview's frame changes nothing.
  await page.evaluate(() => window.postMessage({ 'datawrapper-height': { 'peace-talks-explainer': 123 } }, '*'));
  await new Promise((r) => setTimeout(r, 200));
  assert.equal((await state()).attribute, issue.attribute);
  await close(page);

  // The maps are taller than half the screen: the frame stops there, and the card scrolls in it.
  await openOnCard(page, page.getByRole('button', { name: 'Embed the maps' }));
  await eventually(fitted, 'the preview did not take the maps\' height');
  const maps = await state();
  assert.ok(maps.attribute > maps.half && Math.abs(maps.shown - maps.half) <= 1, JSON.stringify(maps));
});

test('the code, pasted into a plain page elsewhere, shows the card at the chosen date, sized to it', async () => {
  const page = await t.visit('');
  const day = await stepBack(page);
  const { code } = await openOnCard(page, page.locator('#issue-donbas').getByRole('button', { name: /^Embed this issue/ }));
  const parent = await servePages({
    '/': {
      body: `<!doctype html><html lang="en"><head><title>An article</title><link rel="icon" href="data:,"></head><body>
        <main><h1>An article</h1><p>Before the card.</p>
        ${code}
        <p>After the card.</p></main></body></html>`,
    },
  });
  const article = await open(t.browser, parent.origin + '/', { ready: false });
  try {
    const frame = article.page.frameLocator('iframe');
    await shown(frame.locator('h1'), 'the card');
    assert.equal(await frame.locator('h1').innerText(), issueName('donbas'));
    await eventually(async () => (await frame.locator('.as-of-date').innerText()) === longDate(day), `the card is not at ${day}`);
    for (const party of record.parties.map((p) => p.id)) {
      const held = stanceOn('donbas', party, day);
      if (!held) continue;
      const cell = frame.locator(`#cell-donbas-${party} .stance-summary:visible`);
      assert.equal((await cell.innerText()).trim(), held.summary, party);
    }
    // embed.js sets the frame's height from the card's message.
    const heights = () => article.page.locator('iframe').evaluate((f) => ({
      frame: f.getBoundingClientRect().height,
      attribute: Number(f.getAttribute('height')),
    }));
    await eventually(async () => {
      const h = await heights();
      return h.frame > 100 && h.attribute !== 900 && Math.abs(h.frame - h.attribute) <= 1;
    }, async () => `the frame was not sized to the card: ${JSON.stringify(await heights())}`);
    assert.deepEqual(article.problems, []);
  } finally {
    await article.context.close();
    await parent.close();
  }
});
