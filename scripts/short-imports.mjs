// Gives the wasm's imports short names, and the JS glue's import object the same ones.
//
// wasm-bindgen names each import after its function and a hash (`__wbg_getAttribute_c7b8…`),
// in the module "./peace-talks-explainer_bg.js": over a hundred names of 30 to 50 bytes whose
// hashes gzip cannot compress, 2 KB of the wasm's 46 KB gzip. The names only have to agree
// between the wasm and its glue, so after the build (scripts/finish-build.sh) this renames
// them in both: module "w", imports "a", "b", … "Z", "ab", …
//
// The glue must name each import exactly once, as a key of its import object, and the module
// exactly once; otherwise this fails and changes nothing, so a wasm-bindgen that writes its
// glue differently breaks the build rather than the page.
//
//   node scripts/short-imports.mjs DIR    (DIR holds peace-talks-explainer-*_bg.wasm and .js)

import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2];
const wasmName = fs.readdirSync(dir).find((f) => /^peace-talks-explainer-.*_bg\.wasm$/.test(f));
if (!wasmName) throw new Error(`no wasm in ${dir}`);
const wasmPath = path.join(dir, wasmName);
const gluePath = path.join(dir, wasmName.replace(/_bg\.wasm$/, '.js'));
const wasm = fs.readFileSync(wasmPath);
let glue = fs.readFileSync(gluePath, 'utf8');
// wasm-bindgen's own module, "./NAME_bg.js": the glue's import object (there may be others,
// for JS snippets, left as they are).
const GLUE_MODULE = /^\.\/[\w-]+_bg\.js$/;
const SHORT_MODULE = 'w';

// LEB128, as the wasm binary format writes sizes and indices.
function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}
function u32(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}
const name = (text) => Buffer.concat([u32(Buffer.byteLength(text)), Buffer.from(text)]);

/** "a" … "z", "A" … "Z", then "ab", "bb", …: the `n`th short name. */
function shortName(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let text = '';
  do {
    text += letters[n % letters.length];
    n = Math.floor(n / letters.length);
  } while (n > 0);
  return text;
}

// The sections, with the import section (id 2) rewritten.
const parts = [wasm.subarray(0, 8)];
let MODULE;
const renamed = [];
let at = 8;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, start] = readU32(wasm, at + 1);
  const end = start + size;
  if (id !== 2) {
    parts.push(wasm.subarray(at, end));
    at = end;
    continue;
  }
  let [count, p] = readU32(wasm, start);
  const body = [u32(count)];
  for (let i = 0; i < count; i++) {
    const [moduleLength, m] = readU32(wasm, p);
    const module = wasm.toString('utf8', m, m + moduleLength);
    const [fieldLength, f] = readU32(wasm, m + moduleLength);
    const field = wasm.toString('utf8', f, f + fieldLength);
    // The import's kind and type, copied as they are.
    const descStart = f + fieldLength;
    let q = descStart;
    const kind = wasm[q++];
    if (kind === 0) [, q] = readU32(wasm, q); // function: its type
    else if (kind === 1 || kind === 2) {
      if (kind === 1) q++; // table: its element type
      const flags = wasm[q++];
      [, q] = readU32(wasm, q);
      if (flags & 1) [, q] = readU32(wasm, q);
    } else if (kind === 3) q += 2; // global: its type and mutability
    else if (kind === 4) [, q] = readU32(wasm, q + 1); // tag: attribute, type
    else throw new Error(`unknown import kind ${kind}`);
    if (GLUE_MODULE.test(module)) {
      if (MODULE !== undefined && module !== MODULE) throw new Error(`two glue modules: ${MODULE}, ${module}`);
      MODULE = module;
      const short = shortName(renamed.length);
      renamed.push([field, short]);
      body.push(name(SHORT_MODULE), name(short));
    } else {
      body.push(wasm.subarray(p, descStart));
    }
    body.push(wasm.subarray(descStart, q));
    p = q;
  }
  if (p !== end) throw new Error('the import section did not read to its end');
  const section = Buffer.concat(body);
  parts.push(Buffer.from([2]), u32(section.length), section);
  at = end;
}
if (renamed.length === 0) throw new Error(`no imports from the glue in ${wasmName}`);

// The glue: each import is a key of its import object, `name: function(…) {…}`.
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
function replaceOnce(pattern, replacement, what) {
  const found = glue.match(new RegExp(pattern.source, 'g')) ?? [];
  if (found.length !== 1) throw new Error(`${what} occurs ${found.length} times in the glue, not once`);
  glue = glue.replace(pattern, replacement);
}
for (const [field, short] of renamed) {
  const everywhere = glue.match(new RegExp(`(?<![\\w$])${escape(field)}(?![\\w$])`, 'g')) ?? [];
  if (everywhere.length !== 1) throw new Error(`${field} occurs ${everywhere.length} times in the glue, not once`);
  replaceOnce(new RegExp(`(?<![\\w$])${escape(field)}(?=\\s*:)`), short, field);
}
replaceOnce(new RegExp(`(["'])${escape(MODULE)}\\1(?=\\s*:)`), `"${SHORT_MODULE}"`, MODULE);

const shortened = Buffer.concat(parts);
fs.writeFileSync(wasmPath, shortened);
fs.writeFileSync(gluePath, glue);
console.log(`short-imports: ${renamed.length} imports renamed, ${wasm.length - shortened.length} bytes less wasm`);
