// Checks that every relative link in README.md and docs/*.md resolves: the file or folder it
// names exists (relative to the markdown file that links to it), and a `#fragment` matches a
// heading of the target markdown file, slugged as GitHub does (lower case, spaces to hyphens,
// punctuation dropped, a repeated heading numbered -1, -2, …). Links inside code are not
// links and are skipped; absolute addresses (https:, mailto:, …) are not checked.
//
//   node scripts/check-links.mjs [--root DIR]
//
// --root DIR checks the README and guides of another tree (by default, this script's
// repository). Prints each broken link as file:line, then "N passed, N failed"; exits 1 if
// any failed. Node 20, no dependencies.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
let root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--root' && args[i + 1]) root = path.resolve(args[++i]);
  else if (args[i].startsWith('--root=')) root = path.resolve(args[i].slice('--root='.length));
  else {
    console.error(`usage: node scripts/check-links.mjs [--root DIR] (unknown argument ${args[i]})`);
    process.exit(2);
  }
}

/** The markdown files to check, relative to the root. */
function filesToCheck() {
  const files = [];
  if (fs.existsSync(path.join(root, 'README.md'))) files.push('README.md');
  const docs = path.join(root, 'docs');
  if (fs.existsSync(docs)) {
    for (const name of fs.readdirSync(docs).sort()) {
      if (name.endsWith('.md')) files.push(path.join('docs', name));
    }
  }
  return files;
}

/**
 * The text with fenced code blocks blanked out (newlines kept, so positions and line numbers
 * stay where they were): nothing in them is a link or a heading.
 */
function withoutFences(text) {
  const lines = text.split('\n');
  let fence = null;
  for (let i = 0; i < lines.length; i++) {
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(lines[i]);
    if (fence) {
      if (open && open[1][0] === fence[0] && open[1].length >= fence.length && /^ {0,3}[`~]+\s*$/.test(lines[i])) fence = null;
      lines[i] = '';
    } else if (open) {
      fence = open[1];
      lines[i] = '';
    }
  }
  return lines.join('\n');
}

/** The text without fenced code blocks and code spans: nothing in code is a link. */
function withoutCode(text) {
  return withoutFences(text).replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (span) => span.replace(/[^\n]/g, ' '));
}

/** GitHub's anchor for a heading's text (as github-slugger makes it). */
function slug(heading) {
  const text = heading
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images: their alt text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1') // links: their text
    .replace(/<[^>]+>/g, '') // HTML tags
    .replace(/`/g, '')
    .replace(/(^|[^\p{L}\p{N}])_(.+?)_(?=[^\p{L}\p{N}]|$)/gu, '$1$2'); // _emphasis_
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

const anchorCache = new Map();
/** Every anchor a markdown file has: its headings' slugs, and ids and names in its HTML. */
function anchorsOf(file) {
  if (anchorCache.has(file)) return anchorCache.get(file);
  const text = withoutFences(fs.readFileSync(file, 'utf8'));
  const anchors = new Set();
  const seen = new Map();
  const add = (heading) => {
    const base = slug(heading);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  };
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const atx = /^ {0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$/.exec(lines[i]);
    if (atx) add(atx[1] ?? '');
    else if (i > 0 && lines[i - 1].trim() && /^ {0,3}(=+|-+)\s*$/.test(lines[i]) && !/^\s*([-*+]|\d+[.)])\s/.test(lines[i - 1]) && !lines[i - 1].includes('|')) add(lines[i - 1]);
  }
  for (const m of text.matchAll(/<[a-z][^>]*\s(?:id|name)\s*=\s*["']([^"']+)["']/gi)) anchors.add(m[1]);
  anchorCache.set(file, anchors);
  return anchors;
}

/** Each link in a markdown text, with the line it is on. */
function linksIn(text) {
  const found = [];
  const lineAt = (index) => text.slice(0, index).split('\n').length;
  const inline = /!?\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\(\s*(<[^>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
  for (const m of text.matchAll(inline)) {
    found.push({ target: m[2], line: lineAt(m.index + m[0].lastIndexOf('](')) });
  }
  for (const m of text.matchAll(/^ {0,3}\[[^\]\n]+\]:\s*(<[^>\n]*>|\S+)/gm)) {
    found.push({ target: m[1], line: lineAt(m.index) });
  }
  for (const m of text.matchAll(/<(?:a|img)\b[^>]*?\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
    found.push({ target: m[1] ?? m[2], line: lineAt(m.index) });
  }
  return found.map(({ target, line }) => ({ target: target.replace(/^<|>$/g, ''), line }));
}

/** Why a relative link does not resolve, or null if it does. */
function problem(fromFile, target) {
  const hash = target.indexOf('#');
  const pathPart = (hash < 0 ? target : target.slice(0, hash)).replace(/\?.*$/, '');
  const fragment = hash < 0 ? null : decodeURIComponent(target.slice(hash + 1));
  let resolved;
  try {
    const decoded = decodeURIComponent(pathPart);
    resolved = pathPart === ''
      ? fromFile
      : decoded.startsWith('/')
        ? path.join(root, decoded)
        : path.resolve(path.dirname(fromFile), decoded);
  } catch {
    return `${target}: not a valid address`;
  }
  const relative = path.relative(root, resolved);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return `${target}: leads out of the repository`;
  if (!fs.existsSync(resolved)) return `${target}: no file or folder ${relative}`;
  if (fragment === null || fragment === '') return null;
  if (fs.statSync(resolved).isDirectory()) return `${target}: #${fragment} points into a folder`;
  if (!/\.(md|markdown)$/i.test(resolved)) {
    // GitHub's line anchors in a code file.
    return /^L\d+(-L\d+)?$/.test(fragment) ? null : `${target}: #${fragment} in a file that is not markdown`;
  }
  if (anchorsOf(resolved).has(fragment)) return null;
  return `${target}: no heading #${fragment} in ${relative}`;
}

let passed = 0;
let failed = 0;
for (const file of filesToCheck()) {
  const full = path.join(root, file);
  const text = withoutCode(fs.readFileSync(full, 'utf8'));
  for (const { target, line } of linksIn(text)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//')) continue; // absolute
    const why = problem(full, target);
    if (why) {
      failed++;
      console.log(`${file}:${line}: ${why}`);
    } else {
      passed++;
    }
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
