// A static server for a built dist/ on 127.0.0.1, as static hosts serve it: index.html for a
// folder, the site's 404.html for a missing file. The browser tests serve dist/ with it
// (tests/browser/harness.mjs), and scripts/serve.sh falls back on it when Trunk stops.
// Run alone: node scripts/static-server.mjs DIR PORT [--gzip]

import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

// Every file may be read from any origin, as GitHub Pages serves it: a card in a sandboxed
// frame (WordPress's, whose origin is opaque) fetches its script and wasm with CORS.
const SHARED = { 'access-control-allow-origin': '*' };

/**
 * Serves `dir` at `prefix` (such as "/" or "/a/sub/folder/") on `port` of 127.0.0.1 (a free
 * one by default),
 * adding `headers` to every page (a Content-Security-Policy, say). `hold(pathname)` may
 * return a promise to wait for before answering: a slow network for one file. With `gzip`,
 * files go out gzip-compressed (level 9) to browsers that accept it, as a real host sends
 * them: for timings on a throttled network.
 */
export async function serve(dir, prefix = '/', headers = {}, { hold = () => null, gzip = false, port = 0 } = {}) {
  const compressed = new Map();
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    await hold(url.pathname);
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    let file = path.join(dir, decodeURIComponent(url.pathname.slice(prefix.length)));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    if (url.pathname.endsWith('/')) file = path.join(file, 'index.html');
    try {
      let body = await fs.readFile(file);
      const type = { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' };
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        if (!compressed.has(file)) compressed.set(file, zlib.gzipSync(body, { level: 9 }));
        body = compressed.get(file);
        type['content-encoding'] = 'gzip';
      }
      res.writeHead(200, { ...type, ...SHARED, ...headers });
      res.end(body);
    } catch {
      // As static hosts do (GitHub Pages, Netlify, Cloudflare Pages): the site's 404.html.
      const missing = await fs.readFile(path.join(dir, '404.html')).catch(() => 'not found');
      res.writeHead(404, { 'content-type': TYPES['.html'], ...headers }).end(missing);
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, url: origin + prefix, close: () => new Promise((r) => server.close(r)) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, port, flag] = process.argv.slice(2);
  if (!dir || !/^\d+$/.test(port ?? '') || (flag && flag !== '--gzip')) {
    console.error('usage: node scripts/static-server.mjs DIR PORT [--gzip]');
    process.exit(2);
  }
  const { url } = await serve(path.resolve(dir), '/', {}, { port: Number(port), gzip: flag === '--gzip' });
  console.log(`serving ${dir} on ${url}`);
}
