// Every word of the record ships once, in the HTML: the WebAssembly that makes the controls
// work knows the record only by ids, dates and links. This reads the built .wasm and looks
// for the record's prose in it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { DIST, record } from './harness.mjs';

const wasmFile = (await fs.readdir(DIST)).find((f) => f.endsWith('.wasm'));
const wasm = await fs.readFile(path.join(DIST, wasmFile));
const contains = (text) => wasm.includes(Buffer.from(text, 'utf8'));

/** Texts long enough to be distinctive: no interface string or id is that long. */
const distinctive = (texts) => texts.filter((t) => typeof t === 'string' && t.length >= 16);

test("the wasm holds none of the record's words", async () => {
  const { meta, events, stances, people, sources, corrections, issues, documents, provisions } = record;
  const prose = {
    'state of play': distinctive(meta.state_of_play.flatMap((p) => [p.heading, p.text]).concat(meta.standfirst)),
    'event titles': distinctive(events.map((e) => e.title)),
    'event summaries': distinctive(events.map((e) => e.summary)),
    'stance texts': distinctive(stances.flatMap((s) => [s.summary, s.details])),
    'roles': distinctive(people.map((p) => p.role)),
    'source addresses': distinctive(sources.map((s) => s.url)),
    'corrections': distinctive(corrections.flatMap((c) => [c.claim, c.correction])),
    'issue questions': distinctive(issues.map((i) => i.question)),
    'documents': distinctive(documents.flatMap((d) => [d.title, d.public]).concat(provisions.map((p) => p.text))),
  };
  for (const [kind, texts] of Object.entries(prose)) {
    assert.ok(texts.length > 0, `${kind}: nothing to look for`);
    const found = texts.filter(contains);
    assert.deepEqual(found, [], `${kind} found in ${wasmFile}`);
  }
});

test("nor the Ukrainian edition's words, record or interface", async () => {
  const read = async (file) => JSON.parse(await fs.readFile(path.join(DIST, '..', file), 'utf8'));
  const scriptWords = await fs.readFile(path.join(DIST, '..', 'common/src/labels.rs'), 'utf8');
  const texts = (file) => Object.values(file).flatMap((fields) => Object.values(fields));
  const ukrainian = {
    'record': distinctive(
      (await Promise.all(['meta', 'events', 'stances', 'people', 'corrections', 'issues', 'documents', 'provisions']
        .map((name) => read(`data/uk/${name}.json`)))).flatMap(texts),
    ),
    // The pre-render's interface words; the script's own few (common/src/labels.rs) may share some.
    'interface': distinctive(Object.values(await read('render/src/words/uk.json')))
      .filter((text) => !scriptWords.includes(text)),
  };
  for (const [kind, found] of Object.entries(ukrainian)) {
    assert.ok(found.length > 50, `${kind}: nothing to look for`);
    assert.deepEqual(found.filter(contains), [], `Ukrainian ${kind} texts found in ${wasmFile}`);
  }
});

test('the wasm knows the record by its ids', async () => {
  // The other side of the check above: the same search does find what the script must
  // know, so the check reads the right file the right way.
  const { events } = record;
  const missing = events.map((e) => e.id).filter((id) => !contains(id));
  assert.deepEqual(missing, []);
});
