// Runs the browser test files, JOBS at a time (each file starts its own server and
// browser), and ends with each file's time, slowest first, so the next slow test is seen when
// it arrives. Usage: node tests/browser/run.mjs [--jobs N] [file ...] (default: every
// *.test.mjs here, two at a time). TESTS=quick keeps to the quick tier (see harness.mjs).
// Exits non-zero if any test fails; the last line is "N passed, N failed, N skipped".

import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
let jobs = 2;
const named = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--jobs') jobs = Number(args[++i]);
  else named.push(args[i]);
}
if (!Number.isInteger(jobs) || jobs < 1) {
  console.error('run.mjs: --jobs takes a whole number of at least 1');
  process.exit(2);
}
// The slowest files first (the axe matrix), so the others fill the second slot beside them.
const SLOWEST_FIRST = ['a11y', 'edition', 'embed', 'through-time'];
const rank = (file) => {
  const k = SLOWEST_FIRST.indexOf(path.basename(file, '.test.mjs'));
  return k < 0 ? SLOWEST_FIRST.length : k;
};
const files = (named.length ? named : (await fs.readdir(HERE)).filter((f) => f.endsWith('.test.mjs')).map((f) => path.join(HERE, f)))
  .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));

/** Runs one file with Node's test runner; resolves to its counts, time and output. */
function runFile(file) {
  const start = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--test', '--test-reporter=spec', file], { env: process.env });
    let output = '';
    child.stdout.on('data', (d) => { output += d; });
    child.stderr.on('data', (d) => { output += d; });
    child.on('close', (code) => {
      // The spec reporter closes with "ℹ pass N", "ℹ fail N", "ℹ skipped N".
      const count = (name) => Number(output.match(new RegExp(`^ℹ ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
      const result = { file: path.basename(file), code, seconds: (Date.now() - start) / 1000, pass: count('pass'), fail: count('fail'), skipped: count('skipped'), output };
      // A file that failed to run at all (a syntax error, say) counts as one failure.
      if (code !== 0 && result.fail === 0) result.fail = 1;
      resolve(result);
    });
  });
}

const results = [];
const queue = [...files];
const started = Date.now();
await Promise.all(Array.from({ length: Math.min(jobs, queue.length) }, async () => {
  while (queue.length) {
    const result = await runFile(queue.shift());
    results.push(result);
    console.log(`\n── ${result.file} (${result.seconds.toFixed(1)} s) ──\n${result.output.trimEnd()}`);
  }
}));

console.log(`\n── time per file (${jobs} at a time, ${((Date.now() - started) / 1000).toFixed(1)} s in all) ──`);
for (const r of [...results].sort((a, b) => b.seconds - a.seconds)) {
  console.log(`${r.seconds.toFixed(1).padStart(7)} s  ${r.file.padEnd(24)} ${r.pass} passed, ${r.fail} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`);
}
const total = (key) => results.reduce((n, r) => n + r[key], 0);
const skipped = total('skipped');
console.log(`${total('pass')} passed, ${total('fail')} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(total('fail') > 0 ? 1 : 0);
