// "Cite this" on pages and cards (render/src/views/cite_this.rs, filled by assets/start.js),
// and the Share button (the Web Share API, src/controls/share.rs).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { suite, record, longDate, eventually, shown, hidden, appReady } from './harness.mjs';

const t = suite();
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const revisions = JSON.parse(await fs.readFile(path.join(ROOT, 'data/revisions.json'), 'utf8'));
// The record's version: the day it last changed (model::types::Record::last_change).
const version = [
  record.meta.as_of,
  ...revisions.map((r) => r.date),
  ...record.events.map((e) => e.date),
  ...record.stances.map((s) => s.from),
  ...record.documents.map((d) => d.date),
].map((d) => (d.length === 7 ? `${d}-01` : d)).sort().at(-1);

/** Opens "Cite this" and waits for start.js to fill it in (on the `toggle` event, which comes after the click). */
async function openCitation(page, summary = 'Cite this') {
  await page.getByText(summary, { exact: true }).click();
  const field = page.locator('#cite-text');
  await eventually(async () => !(await field.inputValue()).includes('['), 'the citation was not filled in');
  return field.inputValue();
}

/** Today as the page writes the day read: YYYY-MM-DD, in the browser's time zone. */
const today = (page) => page.evaluate(() => {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
});

test("a page's citation names the explainer, the page, the record's version, its address with the reader's choices and the day read; both copy", async () => {
  const page = await t.visit('timeline/?tracks=trilateral');
  await t.session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.server.origin });
  const text = await openCitation(page);
  assert.equal(text, await page.getByLabel('Citation', { exact: true }).inputValue());
  const title = await page.title();
  assert.equal(text, `The Russia–Ukraine peace talks explainer. “${title}”. Version of ${longDate(version)}. ${t.server.url}timeline/?tracks=trilateral (accessed ${await today(page)}).`);
  const bibtex = await page.getByLabel('As BibTeX', { exact: true }).inputValue();
  for (const line of [
    `@misc{peace-talks-explainer-${version},`,
    `  title = {{${title}}},`,
    `  version = {${version}},`,
    `  url = {${t.server.url}timeline/?tracks=trilateral},`,
    `  urldate = {${await today(page)}},`,
    '  langid = {english}',
  ]) assert.ok(bibtex.includes(line), `${line} in ${bibtex}`);

  await page.getByRole('button', { name: 'Copy citation' }).click();
  await eventually(async () => (await page.evaluate(() => navigator.clipboard.readText())) === text, 'the citation was not copied');
  assert.equal(await page.locator('.cite-status').innerText(), 'Copied.');
  await page.getByRole('button', { name: 'Copy BibTeX' }).click();
  await eventually(async () => (await page.evaluate(() => navigator.clipboard.readText())) === bibtex, 'the BibTeX was not copied');

  // After a switch to another view, the citation is that page's.
  await page.getByRole('link', { name: 'People', exact: true }).first().click();
  await eventually(async () => (await page.title()).startsWith('People'), 'the switch to People');
  const people = await openCitation(page);
  assert.ok(people.includes(`“${await page.title()}”`) && people.includes(`${t.server.url}people/`), people);
});

test("a card's citation fills in without the wasm, in the edition's language", async () => {
  const event = record.events.find((e) => e.date > record.meta.as_of).id;
  const wasm = [];
  const page = await t.visit(`uk/cards/event/${event}/`, { ready: false });
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
  const text = await openCitation(page, 'Як цитувати');
  const [y, m, d] = (await today(page)).split('-');
  assert.ok(text.endsWith(` р. URL: ${t.server.url}uk/cards/event/${event}/ (дата звернення: ${d}.${m}.${y}).`), text);
  assert.match(text, /^Матеріал про мирні переговори між Росією та Україною\. «[^»]+»\. Версія від /);
  const bibtex = await page.locator('#cite-bibtex').inputValue();
  assert.ok(bibtex.includes('langid = {ukrainian}') && bibtex.includes(`urldate = {${y}-${m}-${d}}`), bibtex);
  assert.deepEqual(wasm, [], 'an event card fetches no wasm for its citation');
});

test('Share shows only where the browser can share, and hands it the title and the address', async () => {
  const page = await t.visit('people/');
  // Chromium on Linux has no Web Share API.
  assert.equal(await page.evaluate(() => 'share' in navigator), false);
  await hidden(page.getByRole('button', { name: 'Share', exact: true }), 'no Share button without the API');

  const { context } = t.session;
  await context.addInitScript(() => {
    window.shared = [];
    Object.defineProperty(navigator, 'share', { value: (data) => { window.shared.push(data); return Promise.resolve(); } });
  });
  const sharing = await context.newPage();
  await sharing.goto(`${t.server.url}people/?theme=dark`);
  await appReady(sharing);
  const button = sharing.getByRole('button', { name: 'Share', exact: true });
  await shown(button, 'the Share button, with the API');
  await button.click();
  await eventually(async () => (await sharing.evaluate(() => window.shared.length)) === 1, 'navigator.share was not called');
  assert.deepEqual(await sharing.evaluate(() => window.shared[0]), { title: await sharing.title(), url: `${t.server.url}people/?theme=dark` });
});
