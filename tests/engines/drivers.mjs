// The three engines behind one small interface, each from Debian, none downloaded:
//   - Chromium through playwright-core, as tests/browser/harness.mjs launches it: the
//     reference for the layout;
//   - Gecko: Firefox ESR through puppeteer-core over WebDriver BiDi (no geckodriver);
//   - WebKit: WebKitGTK's MiniBrowser through selenium-webdriver over classic WebDriver, to
//     WebKitWebDriver running in a virtual X display (xvfb-run).
// Why these libraries: docs/browsers.md.
//
// A tab: goto(url), size(width, height), run(fn, arg) (in the page; fn is sent as source, so
// it may use only its argument), click(selector) and type(selector, text) on the first visible
// match, as a reader would (the driver's own input, not a script's element.click()), back(),
// inFrame(fn, arg) (in the page's first iframe), screenshot(file), and errors(): what the
// engine reported since the last call (page errors and console errors where it reports them).

import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import puppeteer from 'puppeteer-core';
import { Builder, By } from 'selenium-webdriver';
import { launch as launchChromium } from '../browser/harness.mjs';

export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** The first element matching `selector` that a reader can see (or null). */
const VISIBLE = `(selector) => [...document.querySelectorAll(selector)].find((el) =>
  el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden') ?? null`;

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Starts an engine by name: 'chromium', 'gecko' or 'webkit'. */
export function start(name) {
  return { chromium: startChromium, gecko: startGecko, webkit: startWebKit }[name]();
}

/** What a tab does the same through Playwright (Chromium) and Puppeteer (Gecko), whose
 *  pages share these calls: it runs scripts, clicks, reaches into a frame, takes pictures
 *  and records the page's errors. */
function pageTab(page, context) {
  const reported = [];
  page.on('pageerror', (err) => reported.push(`page error: ${err.message}`));
  page.on('console', (msg) => { if (msg.type() === 'error') reported.push(`console error: ${msg.text()}`); });
  return {
    run: (fn, arg) => page.evaluate(fn, arg),
    async click(selector) {
      const el = await page.evaluateHandle(new Function(`return (${VISIBLE})`)(), selector);
      if (!el.asElement()) throw new Error(`nothing visible matches ${selector}`);
      await el.asElement().click();
    },
    async inFrame(fn, arg) {
      const frame = await (await page.$('iframe')).contentFrame();
      return frame.evaluate(fn, arg);
    },
    screenshot: (file) => page.screenshot({ path: file }),
    errors: () => reported.splice(0),
    close: () => context.close(),
  };
}

async function startChromium() {
  const browser = await launchChromium();
  return {
    name: 'chromium',
    label: 'Chromium',
    version: `Chromium ${browser.version()}`,
    async tab({ width = 1280, height = 900 } = {}) {
      const context = await browser.newContext({ viewport: { width, height } });
      const page = await context.newPage();
      return {
        ...pageTab(page, context),
        goto: (url) => page.goto(url),
        size: (w, h) => page.setViewportSize({ width: w, height: h }),
        async type(selector, text) {
          await page.locator(selector).first().pressSequentially(text);
        },
        back: () => page.goBack(),
      };
    },
    close: () => browser.close(),
  };
}

async function startGecko() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // No update checks, telemetry or other traffic: the tests reach 127.0.0.1 only.
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      // Scrollbars over the page, as in headless Chromium and in WebKitGTK here (and on phones
      // and Macs): otherwise the page is 12 px narrower than the window in Gecko alone, and
      // its layout is not comparable with theirs at the same width.
      'ui.useOverlayScrollbars': 1,
      'widget.gtk.overlay-scrollbars.enabled': true,
    },
  });
  const version = (await browser.version()).replace(/^firefox\//, 'Firefox ESR ');
  return {
    name: 'gecko',
    label: 'Gecko',
    version,
    async tab({ width = 1280, height = 900 } = {}) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width, height });
      return {
        ...pageTab(page, context),
        goto: (url) => page.goto(url, { waitUntil: 'load' }),
        size: (w, h) => page.setViewport({ width: w, height: h }),
        async type(selector, text) {
          await page.type(selector, text);
        },
        // The view switches are same-document navigations: going back fires no load.
        back: () => page.evaluate(() => history.back()),
      };
    },
    close: () => browser.close(),
  };
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startWebKit() {
  const port = await freePort();
  // MiniBrowser needs an X display even when nobody looks: a virtual one. The screen is
  // larger than any window the tests ask for.
  const driver = spawn('xvfb-run', ['-a', '-s', '-screen 0 1600x1400x24', WEBKIT_DRIVER, `--port=${port}`, '--host=127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  driver.stderr.on('data', (d) => { stderr += d; });
  const exited = new Promise((resolve) => driver.on('exit', resolve));
  // Ends the driver, so that xvfb-run stops its X server and removes its files, as it does when
  // its command ends (killed itself, it would leave them); then anything left of the group.
  const stop = async () => {
    const children = await fs.readFile(`/proc/${driver.pid}/task/${driver.pid}/children`, 'utf8').catch(() => '');
    for (const pid of children.split(/\s+/).filter(Boolean).map(Number)) {
      const name = await fs.readFile(`/proc/${pid}/comm`, 'utf8').catch(() => '');
      if (name.trim() === 'WebKitWebDriver') {
        try { process.kill(pid, 'SIGTERM'); } catch { /* already gone */ }
      }
    }
    if (driver.exitCode === null) await Promise.race([exited, sleep(5000)]);
    try { process.kill(-driver.pid, 'SIGTERM'); } catch { /* all gone */ }
  };
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    const up = await fetch(`${url}/status`).then((r) => r.ok, () => false);
    if (up) break;
    if (tries > 100 || driver.exitCode !== null) {
      await stop();
      throw new Error(`WebKitWebDriver did not start: ${stderr}`);
    }
    await sleep(100);
  }
  const session = async () => new Builder().usingServer(url).withCapabilities({
    browserName: 'MiniBrowser',
    // Full-screen mode has no toolbar, whose width would keep the window at least 447 px
    // wide: the window is then the viewport, and can be 375 px wide.
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation', '--full-screen'] },
  }).build();
  const probe = await session();
  const caps = await probe.getCapabilities();
  const version = `WebKitGTK ${caps.get('browserVersion')}`;
  await probe.quit();
  return {
    name: 'webkit',
    label: 'WebKit',
    version,
    async tab({ width = 1280, height = 900 } = {}) {
      const d = await session();
      await d.manage().window().setRect({ width, height });
      const reported = [];
      // Classic WebDriver reports nothing the page logs: after each load, the page records its
      // own uncaught errors, rejected promises and console errors, and errors() collects them.
      // What goes wrong before the recorder is in (the start) shows in what the page then does.
      const collect = async () => {
        const got = await d.executeScript('return window.__engineErrors ? window.__engineErrors.splice(0) : []').catch(() => []);
        reported.push(...got);
      };
      const record = () => d.executeScript(`
        if (!window.__engineErrors) {
          const errors = window.__engineErrors = [];
          addEventListener('error', (e) => errors.push('page error: ' + e.message));
          addEventListener('unhandledrejection', (e) => errors.push('page error: ' + (e.reason && e.reason.message || e.reason)));
          const log = console.error.bind(console);
          console.error = (...args) => { errors.push('console error: ' + args.join(' ')); log(...args); };
        }`);
      const run = (fn, arg) => d.executeScript(`return (${fn}).apply(null, arguments)`, arg);
      const visible = async (selector) => {
        const el = await d.executeScript(`return (${VISIBLE})(arguments[0])`, selector);
        if (!el) throw new Error(`nothing visible matches ${selector}`);
        return el;
      };
      return {
        async goto(u) {
          await collect();
          await d.get(u);
          await record();
        },
        size: (w, h) => d.manage().window().setRect({ width: w, height: h }),
        run,
        click: async (selector) => (await visible(selector)).click(),
        type: async (selector, text) => (await visible(selector)).sendKeys(text),
        back: () => d.navigate().back(),
        async inFrame(fn, arg) {
          await d.switchTo().frame(await d.findElement(By.css('iframe')));
          try {
            return await run(fn, arg);
          } finally {
            await d.switchTo().defaultContent();
          }
        },
        screenshot: async (file) => fs.writeFile(file, await d.takeScreenshot(), 'base64'),
        async errors() {
          await collect();
          return reported.splice(0);
        },
        close: () => d.quit(),
      };
    },
    close: stop,
  };
}
