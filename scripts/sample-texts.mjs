// Draws a seeded sample of the explainer's texts for an independent review, as a newsroom
// audits a publication: N record texts and M interface strings, each with its English and
// Ukrainian side by side, so a reviewer who did not write them can judge each one.
// Usage: node scripts/sample-texts.mjs SEED [RECORD=80] [INTERFACE=25] > sample.md
// The same seed always draws the same texts from the same data.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [seedArg, recordArg = '80', interfaceArg = '25'] = process.argv.slice(2);
if (!/^\d+$/.test(seedArg ?? '') || !/^\d+$/.test(recordArg) || !/^\d+$/.test(interfaceArg)) {
  console.error('usage: node scripts/sample-texts.mjs SEED [RECORD=80] [INTERFACE=25]');
  process.exit(2);
}
const read = (file) => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));

/** mulberry32: a small seeded generator, so a sample can be drawn again. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` items of `list`, drawn without replacement (a partial Fisher–Yates shuffle). */
function draw(list, count, next) {
  const pool = [...list];
  for (let i = 0; i < Math.min(count, pool.length); i++) {
    const j = i + Math.floor(next() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, count);
}

/** The English item that a Ukrainian file's key names. */
function englishItem(file, key) {
  const english = read(`data/${file}`);
  if (file === 'meta.json') {
    if (key === 'page') return english;
    const n = Number(key.split('/')[1]);
    return english.state_of_play[n - 1];
  }
  if (file === 'map.json') return english.regions.find((r) => r.id === key);
  if (file === 'stances.json') {
    const [issue, party, from] = key.split('/');
    return english.find((s) => s.issue === issue && s.party === party && s.from === from);
  }
  if (file === 'provisions.json') {
    const [document, issue] = key.split('/');
    return english.find((p) => p.document === document && p.issue === issue);
  }
  return english.find((item) => item.id === key);
}

// Every Ukrainian text of the record, with its English.
const texts = [];
for (const file of fs.readdirSync(path.join(ROOT, 'data/uk')).sort()) {
  const ukrainian = read(`data/uk/${file}`);
  if (Array.isArray(ukrainian)) continue; // the glossary: rules, not copy
  for (const [key, fields] of Object.entries(ukrainian)) {
    const english = englishItem(file, key);
    for (const [field, uk] of Object.entries(fields)) {
      texts.push({ where: `${file} ${key} ${field}`, en: english?.[field] ?? '(see the English file)', uk });
    }
  }
}
const words = Object.entries(read('render/src/words/uk.json')).map(([en, uk]) => ({ where: 'render/src/words/uk.json', en, uk }));

const next = random(Number(seedArg));
const say = (title, list) => {
  console.log(`## ${title}\n`);
  list.forEach((t, i) => console.log(`${i + 1}. \`${t.where}\`\n   - EN: ${t.en}\n   - UK: ${t.uk}\n`));
};
console.log(`# Sample of seed ${seedArg}: ${recordArg} of ${texts.length} record texts, ${interfaceArg} of ${words.length} interface strings\n`);
say('Record texts', draw(texts, Number(recordArg), next));
say('Interface strings', draw(words, Number(interfaceArg), next));
