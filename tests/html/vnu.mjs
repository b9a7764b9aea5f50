// Checks every HTML file of a build with the Nu Html Checker (vnu.jar from the pinned npm
// package vnu-jar, run on Debian's Java): the pages and cards of both editions, the 404 page
// and the fragments the script fetches later (stance-versions.html and the like). Prints each
// error with its file and line, then each kind of error and warning with its count, and the
// totals; fails on any error. Warnings pass.
//
// Usage: node tests/html/vnu.mjs [folder]   (default: dist/, or the folder DIST names)

import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = path.resolve(process.argv[2] ?? process.env.DIST ?? path.join(ROOT, 'dist'));
const JAR = path.join(ROOT, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
const JAVA = process.env.JAVA ?? 'java';

const files = (await fs.readdir(DIST, { recursive: true }))
  .filter((f) => f.endsWith('.html'))
  .map((f) => path.join(DIST, f))
  .sort();
if (files.length === 0) {
  console.error(`vnu: no HTML files in ${DIST}: build first`);
  process.exit(2);
}

const started = Date.now();
// The report, as JSON, on stdout. Info messages are left out. The checker needs a thread
// stack of at least 512 KB (it says so, and stops, with less).
const args = ['-Xss1m', '-jar', JAR, '--format', 'json', '--stdout', '--skip-info-messages', ...files];
const output = await new Promise((resolve, reject) => {
  const child = spawn(JAVA, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.on('error', reject);
  // vnu exits 1 when it found errors: the report says which.
  child.on('close', (code) => (code <= 1 ? resolve(out) : reject(new Error(`vnu exited with ${code}`))));
});
if (!output.trim()) {
  console.error('vnu: the checker reported nothing (see above)');
  process.exit(2);
}
const { messages } = JSON.parse(output);
const relative = (url) => path.relative(DIST, fileURLToPath(url));
const errors = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
const warnings = messages.filter((m) => m.type === 'info' && m.subType === 'warning');

for (const m of errors) console.log(`${relative(m.url)}:${m.lastLine ?? '?'}: error: ${m.message}`);
// Each kind of message, most frequent first: the same mistake is usually on many pages.
for (const [label, list] of [['warning', warnings], ['error', errors]]) {
  const kinds = new Map();
  for (const m of list) kinds.set(m.message, (kinds.get(m.message) ?? 0) + 1);
  for (const [message, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)} × ${label}: ${message}`);
}
const inFiles = new Set(errors.map((m) => m.url)).size;
console.log(`Nu Html Checker: ${errors.length} errors in ${inFiles} of ${files.length} files, ${warnings.length} warnings (${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exit(errors.length > 0 ? 1 : 0);
