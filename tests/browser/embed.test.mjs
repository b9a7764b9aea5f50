// Sharing, embedding and hosting, with real parts: a parent page on another origin using the
// real Pym.js library, a parent using the shipped embed.js, the Embed dialog and clipboard,
// the data downloads, a deep sub-folder, a strict Content-Security-Policy, and hostile URLs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { suite, serve, servePages, nodeModule, record, DIST, appReady, eventually, history, longDate, shown, hidden, address, QUICK, fullRunOnly } from './harness.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const t = suite();
const { meta, events, stances } = record;

/** The explainer frame's content height and the height its parent gave the iframe. */
async function heights(page) {
  const frame = page.frameLocator('iframe');
  const content = await frame.locator('html').evaluate((html) => html.getBoundingClientRect().height);
  const iframe = await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
  return { content, iframe };
}

async function fitsWithin2px(page, why) {
  await eventually(async () => {
    const h = await heights(page);
    return h.content > 100 && Math.abs(h.content - h.iframe) <= 2;
  }, `the iframe did not fit its content (${why}): ${JSON.stringify(await heights(page))}`);
  return (await heights(page)).iframe;
}

test('a parent page using the real Pym.js sizes the iframe to the content, and follows it', async () => {
  const parent = await servePages({
    '/pym.v1.min.js': { type: 'text/javascript', body: await nodeModule('pym.js/dist/pym.v1.min.js') },
    '/': {
      body: `<!doctype html><html lang="en"><head><title>Pym parent</title><link rel="icon" href="data:,">
        <style>iframe { border: 0; display: block; }</style></head><body>
        <p>An article.</p><div id="talks"></div><p>More article.</p>
        <script src="/pym.v1.min.js"></script>
        <script>new pym.Parent('talks', ${JSON.stringify(t.server.url)}, { title: 'Explainer' });</script>
        </body></html>`,
    },
  });
  try {
    const page = await t.visit(parent.origin + '/', { ready: false });
    const frame = page.frameLocator('iframe');
    await appReady(frame);
    assert.equal(await frame.locator('.state-of-play:visible').count(), 0, 'framed pages drop the chrome on their own');
    const positions = await fitsWithin2px(page, 'first load');

    await frame.getByRole('link', { name: 'People', exact: true }).click();
    await frame.locator('#view-people').waitFor();
    const people = await fitsWithin2px(page, 'after switching views');
    assert.notEqual(people, positions);

    await frame.getByRole('link', { name: 'Positions', exact: true }).click();
    await frame.locator('#view-positions').waitFor();
    await fitsWithin2px(page, 'back to positions');
    const before = (await heights(page)).iframe;
    for (const button of (await frame.locator('td.stance button.disclosure:visible').all()).slice(0, 4)) await button.click();
    const expanded = await fitsWithin2px(page, 'after expanding rows');
    assert.ok(expanded > before + 100, `expanding should grow the frame (${before} → ${expanded})`);
  } finally {
    await parent.close();
  }
});

test('a parent using the shipped embed.js sizes the iframe from the Datawrapper-style message, hides the fallback link; AMP gets its own', async () => {
  const child = `${t.server.url}timeline/?embed=1`;
  const parent = await servePages({
    '/': {
      body: `<!doctype html><html lang="en"><head><title>Datawrapper-style parent</title><link rel="icon" href="data:,">
        <style>iframe { border: 0; display: block; width: 100%; }</style></head><body>
        <script>window.received = []; addEventListener('message', (e) => window.received.push(e.data));</script>
        <iframe src="${child}" title="Explainer" height="300"></iframe>
        <script src="${t.server.url}embed.js"></script>
        <p class="peace-talks-explainer-fallback"><a href="${t.server.url}timeline/">The explainer</a></p>
        <p class="peace-talks-explainer-fallback" id="other">Another frame's</p>
        </body></html>`,
    },
  });
  try {
    const page = await t.visit(parent.origin + '/', { ready: false });
    const frame = page.frameLocator('iframe');
    await appReady(frame);
    const timeline = await fitsWithin2px(page, 'first load');
    await hidden(page.getByRole('link', { name: 'The explainer' }), "the fallback link, once the frame has spoken");
    assert.ok(await page.locator('#other').isVisible(), 'a fallback not beside the frame stays');
    await frame.getByRole('button', { name: 'Trilateral', exact: true }).click();
    const filtered = await fitsWithin2px(page, 'after filtering');
    assert.ok(filtered < timeline, 'a shorter list makes a shorter frame');

    const received = await page.evaluate(() => window.received);
    const dw = received.filter((m) => m && m['datawrapper-height']);
    const amp = received.filter((m) => m && m.sentinel === 'amp' && m.type === 'embed-size');
    assert.ok(dw.length >= 2 && amp.length >= 2);
    assert.equal(dw.at(-1)['datawrapper-height']['peace-talks-explainer'], filtered);
    assert.equal(amp.at(-1).height, filtered);
    // Sent only on change: no two messages in a row carry the same height.
    const sizes = amp.map((m) => m.height);
    assert.ok(sizes.every((h, i) => i === 0 || h !== sizes[i - 1]), `repeated heights: ${sizes}`);
  } finally {
    await parent.close();
  }
});

test('the Embed dialog builds the code for the current view, copies it, closes with Escape and returns focus', async () => {
  const page = await t.visit(t.server.url + 'timeline/?tracks=trilateral');
  await t.session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: t.server.origin });
  const opener = page.getByRole('button', { name: 'Embed', exact: true });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Embed this explainer' });
  await shown(dialog, 'the Embed dialog');
  assert.ok(await page.evaluate(() => document.querySelector('dialog').contains(document.activeElement)), 'focus moves into the dialog');

  const code = await dialog.getByLabel('Embed code').inputValue();
  assert.match(code, /^<iframe id="peace-talks-explainer" src="http:\/\/127\.0\.0\.1:\d+\/timeline\/\?tracks=trilateral&amp;embed=1"/);
  assert.match(code, / title="The Russia–Ukraine peace talks: an interactive explainer"/);
  assert.match(code, / loading="lazy"/);
  assert.ok(code.includes(`</iframe>\n<script src="${t.server.url}embed.js" async></script>\n`), code);
  // Without the frame, a link to the view (not in embed mode) with its picture.
  assert.ok(code.endsWith(`<p class="peace-talks-explainer-fallback"><a href="${t.server.url}timeline/?tracks=trilateral"><img src="${t.server.url}timeline/share.png" alt="" width="600" height="315" style="display:block;max-width:100%;height:auto">The Russia–Ukraine peace talks: an interactive explainer</a></p>`), code);

  await dialog.getByRole('button', { name: 'Copy code' }).click();
  await eventually(async () => (await page.evaluate(() => navigator.clipboard.readText())) === code, 'the code was not copied');
  assert.equal(await dialog.getByRole('status').innerText(), 'Embed code copied.');
  await dialog.getByRole('button', { name: 'Copy link' }).click();
  await eventually(async () => (await page.evaluate(() => navigator.clipboard.readText())) === `${t.server.url}timeline/?tracks=trilateral`, 'the link was not copied');

  await page.keyboard.press('Escape');
  await hidden(dialog, 'the dialog, after Escape');
  assert.ok(await opener.evaluate((b) => b === document.activeElement), 'focus returns to the Embed button');

  await page.getByRole('button', { name: 'Copy link', exact: true }).first().click();
  await eventually(async () => (await page.evaluate(() => navigator.clipboard.readText())) === `${t.server.url}timeline/?tracks=trilateral`, 'Copy link did not copy');
});

test('"Get the data" downloads the events, the positions and the plans compared as CSV and JSON', async () => {
  const page = await t.visit(t.server.url + 'sources/');
  const fetchDownload = async (name) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name, exact: true }).click()]);
    return { file: download.suggestedFilename(), text: await fs.readFile(await download.path(), 'utf8') };
  };
  const eventsJson = await fetchDownload('Events, JSON');
  assert.equal(eventsJson.file, 'peace-talks-events.json');
  const parsed = JSON.parse(eventsJson.text);
  assert.deepEqual(parsed.map((e) => e.id).sort(), events.map((e) => e.id).sort());
  const eventsCsv = await fetchDownload('Events, CSV');
  assert.equal(eventsCsv.text.trim().split('\r\n').length, events.length + 1);
  const stancesJson = await fetchDownload('Positions, JSON');
  assert.equal(JSON.parse(stancesJson.text).length, stances.length);
  const stancesCsv = await fetchDownload('Positions, CSV');
  assert.ok(stancesCsv.text.startsWith('issue,group,party,from,summary,details,event,document,confidence,sources\r\n'));
  const plansJson = await fetchDownload('Plans compared, JSON');
  assert.equal(plansJson.file, 'peace-talks-plans.json');
  assert.deepEqual(JSON.parse(plansJson.text).map((p) => `${p.document} ${p.text}`).sort(), record.provisions.map((p) => `${p.document} ${p.text}`).sort());
  const plansCsv = await fetchDownload('Plans compared, CSV');
  assert.ok(plansCsv.text.startsWith('document,title,date,end,status,issue,group,point,text,omits,same_as,sources\r\n'));
});

test('links to one event, one issue or another date open on them', async () => {
  let page = await t.visit(t.server.url + 'timeline/?event=berlin-talks');
  const item = page.locator('#event-berlin-talks');
  assert.match(await item.getAttribute('class'), /\bselected\b/);
  assert.equal(await item.getByRole('button', { name: /^Sources/ }).getAttribute('aria-expanded'), 'true');
  await eventually(() => item.evaluate((li) => { const r = li.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }), 'the event is not scrolled into view');

  // A plain click on "Link to this event" selects it in place, and the URL says so.
  await page.locator('#event-iaea-fourth-truce').getByRole('link', { name: /^Link to this event/ }).click();
  assert.equal(address(page), 'timeline/?event=iaea-fourth-truce');
  await t.session.context.close();
  assert.deepEqual(t.session.problems, []);

  page = await t.visit(t.server.url + '?issue=army-size&asof=2025-12-01');
  assert.match(await page.locator('#issue-army-size').getAttribute('class'), /\bselected\b/);
  const us = history('army-size', 'us');
  const cell = page.locator('#issue-army-size td.party-us .stance-summary:visible');
  assert.equal(await cell.innerText(), us[0].summary, 'the stance that held on 1 Dec 2025');
  await page.getByRole('button', { name: `Back to ${longDate(meta.as_of)}` }).click();
  assert.equal(await cell.innerText(), us.at(-1).summary);
  assert.equal(address(page), '?issue=army-size');
});

test('a theme in the link overrides the system setting', async () => {
  const page = await t.visit(t.server.url + '?theme=dark', { colorScheme: 'light' });
  assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(bg, 'rgb(18, 20, 22)');
  await t.session.context.close();
  assert.deepEqual(t.session.problems, []);
  const light = await t.visit(t.server.url + '?theme=light', { colorScheme: 'dark' });
  assert.equal(await light.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(251, 250, 247)');
});

test('embed=1 drops the chrome and links out to the full explainer', async () => {
  const page = await t.visit(t.server.url + 'people/?embed=1');
  assert.equal(await page.locator('.state-of-play:visible').count(), 0);
  assert.equal(await page.locator('.standfirst:visible').count(), 0);
  assert.equal(await page.locator('.footer:visible').count(), 0);
  await shown(page.locator('.as-of'), 'the as-of date stays');
  const out = page.getByRole('link', { name: /Open the full explainer/ });
  assert.equal(await out.getAttribute('href'), `${t.server.url}people/`);
  assert.equal(await out.getAttribute('target'), '_blank');
});

test('dist/ works unchanged from a deep sub-folder', async () => {
  const sub = await serve(DIST, '/a/deep/sub/folder/');
  try {
    const page = await t.visit(sub.url + 'timeline/');
    await shown(page.locator('#view-timeline'), 'the timeline, from a sub-folder');
    await page.getByRole('link', { name: 'People', exact: true }).click();
    await shown(page.locator('#view-people'), 'people, from a sub-folder');
    assert.equal(new URL(page.url()).pathname, '/a/deep/sub/folder/people/');
    await page.reload();
    await appReady(page);
    await shown(page.locator('#view-people'), 'people, after reload');
  } finally {
    await sub.close();
  }
});

test('it runs under a strict Content-Security-Policy', fullRunOnly, async () => {
  const strict = await serve(DIST, '/', { 'content-security-policy': CSP });
  try {
    // Any blocked script, style or wasm compile would show as a console error.
    const page = await t.visit(strict.url + 'timeline/');
    await page.locator('li.event button.disclosure').first().click();
    // The picture's tooltip is placed through the style object, which the policy allows.
    await page.locator('.tracks .mark').first().focus();
    await shown(page.locator('.tip'), 'the tip');
    assert.notEqual(await page.locator('.tip').evaluate((el) => el.style.left), '');
    await page.getByRole('link', { name: 'Positions', exact: true }).click();
    await shown(page.locator('table.positions td.stance').first(), 'the table');
  } finally {
    await strict.close();
  }
});

test('the page has a title, description, social cards, favicon, lang, and its content in the HTML', async () => {
  const html = await (await fetch(t.server.url)).text();
  // The release build minifies the page's head, which drops the quotes around plain values.
  assert.match(html, /<html lang="?en"? data-page="?positions"?>/);
  assert.match(html, new RegExp(`<title>[^<]*${longDate(meta.as_of)}[^<]*</title>`));
  for (const [name, value] of [['name', 'description'], ['property', 'og:title'], ['property', 'og:description'], ['name', 'twitter:card'], ['rel', 'icon']]) {
    assert.match(html, new RegExp(`${name}="?${value}"?[ >]`), `${name}=${value}`);
  }
  // What search engines and link previews read, before any script: the pre-rendered page.
  const text = html.replace(/<!>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  for (const point of meta.state_of_play) assert.ok(text.includes(`<h3>${point.heading}</h3>`), point.heading);
  const timeline = (await (await fetch(`${t.server.url}timeline/`)).text()).replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  for (const event of events) assert.ok(timeline.includes(`>${event.title}</h4>`), event.title);
  // Nothing inline runs (the page's policy allows scripts from its own origin only); its
  // structured data is data, which the policy leaves alone.
  assert.ok(!/<script(?![^>]*\bsrc=)(?![^>]*\btype="?application\/ld\+json)[^>]*>/.test(html), 'no inline script');
  const data = JSON.parse(html.match(/<script type="?application\/ld\+json"?>(.*?)<\/script>/s)[1]);
  const article = data['@graph'][0];
  assert.equal(article.headline, html.match(/<title>([^<]*)<\/title>/)[1].replace(/&amp;/g, '&'));
  assert.equal(article.inLanguage, 'en');
  assert.equal(article.datePublished, meta.as_of);
  assert.ok(article.dateModified >= meta.as_of, article.dateModified);
  // Where to follow what changes: the edition's feed.
  assert.match(html, /<link rel="?alternate"? type="?application\/atom\+xml"? title="[^"]+" href="?feed\.xml"?>/);
});

test('random and hostile URLs: each lands on a canonical address that is stable on reload, showing what it says', fullRunOnly, async () => {
  // Parsing is fuzzed natively (model/src/url_state.rs, 20,000 queries); here each address
  // checks what the script does with it: the address it settles on, and the page it shows.
  const keys = ['view', 'parties', 'groups', 'tracks', 'person', 'q', 'event', 'issue', 'asof', 'theme', 'embed', 'docs', 'childId', 'id', '', '%', 'x'];
  const values = ['timeline', 'people', 'sources', 'plans', '28pt,e3', 'ru-memo,28pt,e3,19pt,20pt', '20pt,20pt', 'ukraine,russia', 'europe', ',,', 'economy', 'trilateral,us-russia', 'witkoff', 'davos',
    'berlin-talks', 'nato', '2025-12-01', '2025-02-30', 'dark', 'light', '1', '%E2%28', '%%', '<script>', '"', 'x'.repeat(300), '', '+', '😀', '%00'];
  let seed = 20260122;
  const pick = (list) => list[(seed = (seed * 1103515245 + 12345) % 2147483648) % list.length];
  const page = await t.visit(t.server.url);
  // Two loads each: a dozen in the quick tier, forty in the full run.
  for (let i = 0; i < (QUICK ? 12 : 40); i++) {
    const query = Array.from({ length: 1 + (i % 5) }, () => `${pick(keys)}=${pick(values)}`).join(pick(['&', '&&', ';']));
    await page.goto(`${t.server.url}?${query}`);
    await appReady(page);
    const canonical = address(page);
    // Stable: the canonical address, loaded again, stays as it is.
    await page.goto(`${t.server.url}${canonical}`);
    await appReady(page);
    assert.equal(address(page), canonical, `${query} settled on ${canonical}, which reloads as ${address(page)}`);
    // What it says is what shows: the view, the theme and embed mode.
    const asked = new URLSearchParams(canonical.replace(/^\w+\//, ''));
    const view = canonical.match(/^(\w+)\//)?.[1] ?? 'positions';
    assert.equal(await page.locator('.view-link[aria-current="page"]').getAttribute('id'), `view-link-${view}`, canonical);
    await shown(page.locator(`#view-${view}`), `${view} for ${canonical}`);
    assert.equal(await page.locator('html').getAttribute('data-theme'), asked.get('theme'), canonical);
    assert.equal(await page.locator('html.embedded').count(), asked.has('embed') ? 1 : 0, canonical);
  }
});
