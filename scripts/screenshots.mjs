// Takes screenshots of the built explainer for a person to look at: each view at phone
// and desktop widths, in the light and the dark theme, and the pre-rendered page as it
// shows without JavaScript and before the app has started. Usage, after a release build:
//   node scripts/screenshots.mjs [out-folder] [edition-folder, such as uk]
// Writes PNG files named view-width-theme.png (default folder: screenshots/).

import fs from 'node:fs/promises';
import { serve, launch, open, serveWithWasmHeld, firstPaint, DIST } from '../tests/browser/harness.mjs';

const out = process.argv[2] ?? 'screenshots';
// The Ukrainian edition is the same page one folder down.
const edition = process.argv[3] ? `${process.argv[3]}/` : '';
await fs.mkdir(out, { recursive: true });
const server = await serve(DIST);
const browser = await launch();
try {
  for (const view of ['positions', 'plans', 'timeline', 'people', 'sources']) {
    for (const width of [375, 1280]) {
      for (const colorScheme of ['light', 'dark']) {
        const { page, context, problems } = await open(browser, `${server.url}${edition}${view === 'positions' ? '' : `${view}/`}`, { width, height: 900, colorScheme });
        if (view === 'positions') await page.locator('td.stance button.disclosure:visible').first().click();
        if (view === 'timeline') await page.locator('li.event button.disclosure').nth(2).click();
        if (view === 'plans') await page.locator('th.document-col button.disclosure:visible').first().click();
        const file = `${out}/${view}-${width}-${colorScheme}.png`;
        // Events and the land maps far from the viewport skip layout and paint
        // (content-visibility: auto), so a full-page picture would show them blank: lay them
        // all out first.
        await page.evaluate(() => new Promise((done) => {
          for (const el of document.querySelectorAll('.event, .land')) el.style.contentVisibility = 'visible';
          requestAnimationFrame(() => requestAnimationFrame(done));
        }));
        await page.screenshot({ path: file, fullPage: true });
        console.log(file, problems.length ? problems : '');
        await context.close();
      }
    }
  }
  // The positions table at three dates, and the tracks picture at both zooms.
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [375, 1280]) {
      for (const asof of ['2025-11-20', '2025-12-14', '']) {
        const query = asof ? `?asof=${asof}&groups=security` : '?groups=security';
        const { page, context } = await open(browser, `${server.url}${edition}${query}`, { width, height: 900, colorScheme });
        const file = `${out}/asof-${asof || 'snapshot'}-${width}-${colorScheme}.png`;
        await page.locator('table.positions').screenshot({ path: file });
        console.log(file);
        await context.close();
      }
      for (const [zoom, button] of [['whole', 0], ['close', 1]]) {
        const { page, context } = await open(browser, `${server.url}${edition}timeline/`, { width, height: 900, colorScheme });
        await page.locator('.zooms button').nth(button).click();
        await page.locator('.tracks .mark').nth(20).focus();
        const file = `${out}/tracks-${zoom}-${width}-${colorScheme}.png`;
        await page.locator('figure.tracks').screenshot({ path: file });
        console.log(file);
        await context.close();
      }
    }
  }
  // The land maps at three dates, on screen and as printed (print media, light).
  for (const asof of ['2025-06-03', '2025-11-20', '']) {
    for (const width of [375, 1280]) {
      for (const colorScheme of ['light', 'dark', 'print']) {
        const query = asof ? `?asof=${asof}` : '';
        const { page, context } = await open(browser, `${server.url}${edition}${query}`, { width, height: 900, colorScheme: colorScheme === 'print' ? 'light' : colorScheme });
        if (colorScheme === 'print') await page.emulateMedia({ media: 'print' });
        const file = `${out}/land-${asof || 'snapshot'}-${width}-${colorScheme}.png`;
        await page.locator('section.land').screenshot({ path: file });
        console.log(file);
        await context.close();
      }
    }
  }
  // The pre-rendered page: without JavaScript (the top, the table and the timeline), and with
  // the wasm held back, so the app has not started (a deep link in embed mode).
  const { server: held, release } = await serveWithWasmHeld();
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [375, 1280]) {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 }, colorScheme });
      const page = await context.newPage();
      for (const [part, where, selector] of [['top', '', 'body'], ['table', '', 'table.positions'], ['timeline', 'timeline/', '#view-timeline'], ['people', 'people/', 'body']]) {
        await page.goto(`${server.url}${edition}${where}`);
        await page.locator(selector).evaluate((el) => el.scrollIntoView());
        const file = `${out}/nojs-${part}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: file });
        console.log(file);
      }
      await context.close();
      // Each view as a link opens it, before the script has started, and an embedded timeline.
      for (const where of ['', 'timeline/', 'people/', 'sources/', 'timeline/?embed=1']) {
        const { page: early, context: earlyContext } = await open(browser, `${held.url}${edition}${where}`, { width, height: 900, colorScheme, ready: false });
        await firstPaint(early);
        const name = where ? where.replace('/?embed=1', '-embed').replace('/', '') : 'positions';
        const file = `${out}/before-app-${name}-${width}-${colorScheme}.png`;
        await early.screenshot({ path: file });
        console.log(file);
        await earlyContext.close();
      }
    }
  }
  release();
  await held.close();
} finally {
  await browser.close();
  await server.close();
}
