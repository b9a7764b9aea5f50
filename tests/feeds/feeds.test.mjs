// The files other programs read, read by real readers: each edition's Atom feed fetched and
// parsed by Python's feedparser (tests/feeds/read_feed.py) as a feed reader does, from the
// build and from a copy pre-rendered for a host whose address is known; the sitemap parsed by
// Python's XML parser; and a rebuild with no change writing the same feeds byte for byte.
// Run against the release build in dist/ (scripts/test.sh).

import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/static-server.mjs';
import { hostedBuild } from '../browser/hosted.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = process.env.DIST ? path.resolve(process.env.DIST) : path.join(ROOT, 'dist');
const PYTHON = path.join(ROOT, '.tools/python/bin/python');
const run = promisify(execFile);
const data = async (file) => JSON.parse(await fs.readFile(path.join(ROOT, 'data', file), 'utf8'));

const server = await serve(DIST);
after(() => server.close());

/** What feedparser understood of the feed at `address`. */
async function read(address) {
  const { stdout } = await run(PYTHON, [path.join(ROOT, 'tests/feeds/read_feed.py'), address]);
  return JSON.parse(stdout);
}

const meta = await data('meta.json');
const revisions = await data('revisions.json');
const later = (await data('events.json')).filter((e) => e.date > meta.as_of);
const laterStances = (await data('stances.json')).filter((s) => s.from > meta.as_of);
const laterDocuments = (await data('documents.json')).filter((d) => d.date > meta.as_of);

for (const edition of ['', 'uk/']) {
  test(`feedparser reads ${edition || 'the English '}feed.xml without a fault, and it holds every correction and later event, linked`, async () => {
    const feed = await read(`${server.url}${edition}feed.xml`);
    assert.equal(feed.bozo, false, feed.problem);
    assert.equal(feed.version, 'atom10');
    assert.equal(feed.language, edition ? 'uk' : 'en');
    assert.ok(feed.title && feed.author, 'a title and an author');
    assert.equal(feed.links.find((l) => l.rel === 'alternate').href, `${server.url}${edition}`);
    assert.equal(feed.entries.length, revisions.length + later.length + laterStances.length + laterDocuments.length);
    assert.equal(new Set(feed.entries.map((e) => e.id)).size, feed.entries.length, 'ids are unique');
    for (const entry of feed.entries) {
      assert.match(entry.id, /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      assert.match(entry.updated, /^\d{4}-\d\d-\d\dT00:00:00Z$/);
      assert.ok(entry.title && entry.content, `${entry.id}: a title and a text`);
    }
    const updated = feed.entries.map((e) => e.updated);
    assert.deepEqual(updated, [...updated].sort().reverse(), 'newest first');
    assert.equal(feed.updated, updated[0], "the feed's date is its newest entry's");

    const links = new Map(feed.entries.map((e) => [e.link, e]));
    for (const revision of revisions) {
      const link = `${server.url}${edition}sources/#revision-${revision.id}`;
      assert.ok(links.has(link), link);
      assert.ok(links.get(link).terms.includes('correction'));
      assert.equal(links.get(link).updated, `${revision.date}T00:00:00Z`);
    }
    for (const event of later) assert.ok(links.has(`${server.url}${edition}timeline/?event=${event.id}`), event.id);
    for (const stance of laterStances) {
      assert.ok(links.has(`${server.url}${edition}?issue=${stance.issue}&party=${stance.party}&asof=${stance.from}`), `${stance.issue} ${stance.party}`);
    }
    // Each link leads to a page that has the item.
    const sources = await (await fetch(`${server.url}${edition}sources/`)).text();
    for (const revision of revisions) assert.ok(sources.includes(`id="revision-${revision.id}"`) || sources.includes(`id=revision-${revision.id}`), revision.id);
    const timeline = await (await fetch(`${server.url}${edition}timeline/`)).text();
    for (const event of later) assert.ok(timeline.includes(event.id), event.id);
  });
}

test('a rebuild with no change writes the same feeds; with the host known, the same ids, absolute links, a sitemap', async () => {
  const again = await hostedBuild({ hosted: false });
  try {
    for (const edition of ['', 'uk/']) {
      const [before, after] = await Promise.all([DIST, again.dir].map((dir) => fs.readFile(path.join(dir, edition, 'feed.xml'))));
      assert.ok(before.equals(after), `${edition}feed.xml changed on a rebuild`);
    }
  } finally {
    await again.close();
  }

  const hosted = await hostedBuild();
  try {
    for (const edition of ['', 'uk/']) {
      const feed = await read(`${hosted.url}${edition}feed.xml`);
      assert.equal(feed.bozo, false, feed.problem);
      assert.equal(feed.links.find((l) => l.rel === 'self').href, `${hosted.url}${edition}feed.xml`);
      const plain = await read(`${server.url}${edition}feed.xml`);
      assert.deepEqual(feed.entries.map((e) => e.id), plain.entries.map((e) => e.id), 'the ids do not depend on the host');
      assert.deepEqual(feed.entries.map((e) => e.link), plain.entries.map((e) => e.link.replace(server.url, hosted.url)));
    }
    // The sitemap: well-formed XML, every page of both editions with its alternates and the
    // record's date, each answering.
    const { stdout } = await run(PYTHON, ['-c', `
import json, sys, xml.etree.ElementTree as ET
ns = {'s': 'http://www.sitemaps.org/schemas/sitemap/0.9', 'x': 'http://www.w3.org/1999/xhtml'}
root = ET.parse(sys.argv[1]).getroot()
print(json.dumps([{'loc': u.find('s:loc', ns).text, 'lastmod': u.find('s:lastmod', ns).text,
  'alternates': {l.get('hreflang'): l.get('href') for l in u.findall('x:link', ns)}} for u in root.findall('s:url', ns)]))
`, path.join(hosted.dir, 'sitemap.xml')]);
    const urls = JSON.parse(stdout);
    const views = ['', 'plans/', 'timeline/', 'people/', 'sources/'];
    assert.deepEqual(urls.map((u) => u.loc).sort(), ['', 'uk/'].flatMap((e) => views.map((v) => `${hosted.url}${e}${v}`)).sort());
    const newest = [...revisions.map((r) => r.date), ...later.map((e) => e.date)].sort().at(-1);
    for (const url of urls) {
      assert.equal(url.lastmod, newest, url.loc);
      const view = url.loc.replace(hosted.url, '').replace(/^uk\//, '');
      assert.deepEqual(url.alternates, { en: `${hosted.url}${view}`, uk: `${hosted.url}uk/${view}`, 'x-default': `${hosted.url}${view}` });
      assert.equal((await fetch(url.loc)).status, 200, url.loc);
    }
    const robots = await (await fetch(`${hosted.url}robots.txt`)).text();
    assert.ok(robots.includes(`Sitemap: ${hosted.url}sitemap.xml`), robots);
  } finally {
    await hosted.close();
  }
});
