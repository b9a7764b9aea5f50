// Interactions as the browser reports them (Event Timing, issue 32's measure): each is done
// with Playwright's real mouse and keyboard, so Chromium times it from the input to the next
// paint (`duration`, in 8 ms steps) and says how long the page's handlers ran
// (`processingEnd - processingStart`: the script). For each: p50 and p95 over --repeats
// (default 20, after two warm-ups) of the longest entry of each interaction, at 1× and 4× CPU
// (Chromium's throttling), on the release build in dist/ (or DIST) served with gzip.
// Chromium reports no entry under 16 ms, so an interaction without one counts as 16 ms (at
// most). Usage: node bench/interactions.mjs [--repeats N]; prints only.

import { serve, launch, DIST, APP_READY } from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
const REPEATS = Number(args[args.indexOf('--repeats') + 1]) || 20;
const percentile = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]; };
const FLOOR = 16; // Event Timing's smallest reported duration

/** The interactions measured: where each starts, what to do first, and each step of a round. */
const INTERACTIONS = [
  {
    name: 'switch views (fetched)', page: 'timeline/',
    // The reader pointed at both links, so both pages are here (controls/pages.rs).
    before: async (page) => { await page.hover('#view-link-positions'); await page.waitForTimeout(1500); await page.click('#view-link-positions'); await page.waitForTimeout(1500); },
    steps: [(page) => page.click('#view-link-timeline'), (page) => page.click('#view-link-positions')],
  },
  {
    name: 'as-of step', page: '',
    before: async (page) => { await page.locator('.as-of-control').scrollIntoViewIfNeeded(); await page.hover('.as-of-control'); await page.waitForTimeout(1500); },
    steps: [(page) => page.click('[data-action="as-of-previous"]'), (page) => page.click('[data-action="as-of-next"]')],
  },
  { name: 'filter by track', page: 'timeline/', steps: [(page) => page.locator('.filters .chip').nth(3).click()] },
  {
    name: 'event search keystroke', page: 'timeline/',
    before: (page) => page.click('#event-search'),
    steps: [(page) => page.keyboard.press('t'), (page) => page.keyboard.press('Backspace')],
  },
  { name: 'expand an item', page: 'timeline/', steps: [(page) => page.locator('#view-timeline li.event button.disclosure').first().click()] },
  { name: 'choose a plan', page: 'plans/', steps: [(page) => page.click('[data-toggle="document e3"]')] },
  {
    name: 'site search keystroke', page: 'people/',
    before: async (page) => { await page.click('#site-search'); await page.keyboard.type('Zapor'); await page.waitForSelector('#site-search-results [role="option"]'); },
    steps: [(page) => page.keyboard.press('i'), (page) => page.keyboard.press('Backspace')],
  },
];

async function measure(browser, url, interaction, cpu) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url + interaction.page);
  await page.locator(APP_READY).waitFor({ state: 'attached' });
  await page.evaluate(() => {
    window.__events = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.interactionId) window.__events.push({ id: e.interactionId, duration: e.duration, script: e.processingEnd - e.processingStart });
    }).observe({ type: 'event', durationThreshold: 16, buffered: false });
  });
  if (interaction.before) await interaction.before(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  const rounds = [];
  for (let i = 0; i < REPEATS + 2; i++) {
    await page.evaluate(() => { window.__events = []; });
    await interaction.steps[i % interaction.steps.length](page);
    // The entries come after the next paint; a quiet moment for them to arrive.
    await page.waitForTimeout(cpu > 1 ? 400 : 200);
    const entries = await page.evaluate(() => window.__events);
    if (i >= 2) rounds.push({ duration: Math.max(FLOOR, ...entries.map((e) => e.duration)), script: Math.max(0, ...entries.map((e) => e.script)) });
  }
  await context.close();
  return rounds;
}

const server = await serve(DIST, '/', {}, { gzip: true });
const browser = await launch();
try {
  console.log(`# Interactions (Event Timing), ${new Date().toISOString().slice(0, 10)}: p50 / p95 of ${REPEATS}, ms; "script" is the handlers' time, "to paint" the input to the next paint (at least ${FLOOR}).`);
  console.log();
  console.log('| interaction | script 1× | to paint 1× | script 4× CPU | to paint 4× CPU |');
  console.log('|---|---:|---:|---:|---:|');
  for (const interaction of INTERACTIONS) {
    const cells = [];
    for (const cpu of [1, 4]) {
      const rounds = await measure(browser, server.url, interaction, cpu);
      for (const key of ['script', 'duration']) {
        const xs = rounds.map((r) => r[key]);
        cells.push(`${percentile(xs, 50).toFixed(0)} / ${percentile(xs, 95).toFixed(0)}`);
      }
    }
    console.log(`| ${interaction.name} | ${cells.join(' | ')} |`);
  }
} finally {
  await browser.close();
  await server.close();
}
