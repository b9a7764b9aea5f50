// A card pasted into WordPress: its address's oEmbed answer (from a copy of the build
// pre-rendered for a known host, tests/browser/hosted.mjs), put through what WordPress does to
// a discovered answer's HTML (wp_filter_oembed_result in wp-includes/embed.php, written out
// below: WordPress's PHP is not run), into a post's page with WordPress's own wp-embed.js and
// its embed block's stylesheet, unpacked from Debian's wordpress package (scripts/setup.sh
// --test). The frame is sandboxed without same origin and sized only by WordPress's message.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { suite, servePages, open, eventually, shown, appReady, longDate, record, fullRunOnly } from './harness.mjs';
import { hostedBuild } from './hosted.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TOOLS = path.join(ROOT, '.tools');
const wordpress = path.join(TOOLS, (await fs.readdir(TOOLS).catch(() => [])).find((d) => d.startsWith('wordpress-')) ?? 'wordpress-missing');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const t = suite();
let hosted;
before(async () => { hosted = await hostedBuild(); });
after(async () => { await hosted?.close(); });

/** WordPress's kses: only `allowed` tags and attributes are kept; other tags go, their text stays. */
function kses(html, allowed) {
  return html.replace(/<(\/?)([a-z]+)([^>]*)>/gi, (tag, close, name, attrs) => {
    const keep = allowed[name.toLowerCase()];
    if (!keep) return '';
    if (close) return `</${name}>`;
    const kept = [...attrs.matchAll(/([a-z-]+)="([^"]*)"/gi)]
      .filter(([, attr]) => keep.includes(attr.toLowerCase()))
      .map(([, attr, value]) => ` ${attr}="${value}"`);
    return `<${name}${kept.join('')}>`;
  });
}

/** What WordPress 6.1 makes of a discovered oEmbed answer's HTML (wp_filter_oembed_result). */
function wordpressFilter(html, secret) {
  const allowed = {
    a: ['href'],
    blockquote: [],
    iframe: ['src', 'width', 'height', 'frameborder', 'marginwidth', 'marginheight', 'scrolling', 'title'],
  };
  const content = /(<blockquote>.*?<\/blockquote>)?.*(<iframe.*?><\/iframe>)/s.exec(kses(html, allowed));
  assert.ok(content?.[2], 'WordPress needs an iframe');
  let out = (content[1] ?? '') + content[2];
  const src = / src=(['"])(.*?)\1/.exec(out);
  out = out.replace(src[0], ` src=${src[1]}${src[2]}#?secret=${secret}${src[1]} data-secret=${src[1]}${secret}${src[1]}`);
  out = out.replace('<blockquote', `<blockquote data-secret="${secret}"`);
  if (content[1]) {
    out = out.replace('<iframe', '<iframe style="position: absolute; clip: rect(1px, 1px, 1px, 1px);"');
    out = out.replace('<blockquote', '<blockquote class="wp-embedded-content"');
  }
  return out.replace('<iframe', '<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"');
}

/** A WordPress post with the card at `address` (found through its page's discovery link). */
async function post(address, lang) {
  const page = await (await fetch(address)).text();
  const discovered = /<link rel="?alternate"? type="?application\/json\+oembed"? title="[^"]*" href="?([^" >]+)"?>/.exec(page);
  assert.ok(discovered, `${address}: no oEmbed discovery link`);
  const answer = await (await fetch(discovered[1].replace(/&amp;/g, '&'))).json();
  assert.equal(answer.type, 'rich');
  const html = wordpressFilter(answer.html, 'Ab3dE6gH9j');
  return servePages({
    '/': {
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>A WordPress post</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/embed-block.css">
        <style>body { margin: 0; font: 18px/1.6 Georgia, serif; } .entry-content { max-width: 680px; margin: 0 auto; padding: 0 16px; }</style>
        </head><body><main class="entry-content"><h1>A post</h1><p>The article's text.</p>
        <figure class="wp-block-embed is-type-rich wp-block-embed-peace-talks"><div class="wp-block-embed__wrapper">
        ${html}
        </div></figure><p>More of the article.</p></main>
        <script src="/wp-embed.js"></script></body></html>`,
    },
    '/wp-embed.js': { type: 'text/javascript', body: await fs.readFile(path.join(wordpress, 'wp-embed.js'), 'utf8') },
    '/embed-block.css': { type: 'text/css', body: await fs.readFile(path.join(wordpress, 'embed-block.css'), 'utf8') },
  });
}

/** The frame once WordPress shows it: its height, and its content's. */
async function shownBy(page, why) {
  const frame = page.locator('iframe.wp-embedded-content');
  await eventually(async () => (await frame.getAttribute('style')) === null, `${why}: WordPress still hides the frame`, 10000);
  let sizes;
  await eventually(async () => {
    const framed = await frame.evaluate((f) => f.getBoundingClientRect().height);
    const content = await page.frameLocator('iframe').locator('html').evaluate((html) => html.getBoundingClientRect().height);
    sizes = { framed, content, attribute: Number(await frame.getAttribute('height')) };
    return content > 100 && Math.abs(framed - content) <= 2;
  }, `${why}: the frame does not fit its content (${JSON.stringify(sizes)})`);
  assert.ok(sizes.attribute >= 200 && sizes.attribute <= 1000, `${why}: ${sizes.attribute}`);
  assert.equal(await page.locator('blockquote.wp-embedded-content').evaluate((b) => getComputedStyle(b).display), 'none', `${why}: the fallback is hidden`);
  return sizes;
}

const CARDS = ['land', 'issue/donbas', 'event/geneva-trilateral'];

for (const [edition, lang] of [['', 'en'], ['uk/', 'uk']]) {
  // The quick tier runs the English edition's.
  test(`cards pasted into WordPress (${lang}) fit their frames at 400 and 700 px; a card taller than 1000 px is cut, with a link to the rest`, edition ? fullRunOnly : {}, async () => {
    for (const name of CARDS) {
      const parent = await post(`${hosted.url}${edition}cards/${name}/`, lang);
      try {
        for (const width of [400, 700]) {
          const why = `${edition}cards/${name} at ${width}`;
          const { page, context, problems } = await open(t.browser, parent.origin + '/', { width, ready: false });
          try {
            const { content } = await shownBy(page, why);
            const card = page.frameLocator('iframe');
            // The card's own height, cut or not: the page around its content, and the content's.
            const { fitted, natural } = await card.locator('html').evaluate((html) => {
              const body = document.querySelector('.card-body');
              const rest = html.getBoundingClientRect().height - body.getBoundingClientRect().height;
              return { fitted: html.classList.contains('fitted'), natural: rest + body.scrollHeight };
            });
            if (name === 'land') assert.ok(natural > 1500, `${why}: the maps card is ${natural} px tall`);
            assert.equal(fitted, natural > 1000, `${why}: ${natural} px tall, cut: ${fitted}`);
            if (fitted) {
              assert.ok(content <= 1000, `${why}: ${content}`);
              await shown(card.locator('.card-more a'), `${why}: the link to the rest`);
            } else {
              assert.ok(Math.abs(content - natural) <= 2, `${why}: ${content} px shown of ${natural}`);
              assert.equal(await card.locator('.card-more').isVisible(), false, `${why}: no link to the rest`);
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
}

test("in WordPress's sandbox the card's controls work, its link opens the explainer in the article's tab, and axe finds nothing", async () => {
  const parent = await post(`${hosted.url}cards/issue/donbas/`, 'en');
  try {
    const { page, context, problems } = await open(t.browser, parent.origin + '/', { width: 700, ready: false });
    try {
      await shownBy(page, 'the issue card');
      const card = page.frameLocator('iframe');
      assert.equal(await card.locator('html').evaluate(() => window.origin), 'null', 'the frame has an opaque origin');
      // The script and the wasm load across origins (the host sends Access-Control-Allow-Origin).
      await card.getByRole('button', { name: 'Previous event' }).click();
      await appReady(card);
      await eventually(async () => (await card.locator('.as-of-date').innerText()).trim() !== longDate(record.meta.as_of), 'the date moved');
      await shownBy(page, 'the issue card, a date back');
      if (!fullRunOnly.skip) {
        const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
      }
      // WordPress follows a link to the frame's own host in the article's tab.
      const credit = card.locator('.card-credit');
      const href = await credit.evaluate((a) => a.href);
      await credit.click();
      await page.waitForURL(href);
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  } finally {
    await parent.close();
  }
});
