// The first command a newcomer runs, as a newcomer runs it: `bash scripts/serve.sh` in a copy
// of the repository, from a cold build folder (a fresh CARGO_TARGET_DIR), until both editions
// are served; then a data file is edited and the page must change; then Trunk is killed and
// the last build must stay served; then it is stopped.
// (In December, Trunk's file watcher panicked during such a first build, and nothing was
// served: scripts/serve.sh.) Run by scripts/test.sh; alone: node --test tests/serve/
//
// SERVE_TEST_TARGET=DIR builds into DIR instead of a fresh folder: warm, for a quick look.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MINUTES = 60_000;

/** A copy of the repository's files as they are now (tracked and new, not ignored). */
async function copyOfTheRepository() {
  const copy = await fs.mkdtemp(path.join(os.tmpdir(), 'serve-test-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT })
    .toString().split('\0').filter(Boolean);
  for (const file of files) {
    // A file deleted but not yet committed is still listed.
    const from = path.join(ROOT, file);
    if (!(await fs.stat(from).catch(() => null))) continue;
    await fs.mkdir(path.dirname(path.join(copy, file)), { recursive: true });
    await fs.copyFile(from, path.join(copy, file));
  }
  // The npm tools as installed here: the set-up script sees them in place and skips npm.
  await fs.symlink(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
  return copy;
}

/** A free port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The page at `url`, or null while nothing answers there. */
async function page(url) {
  try {
    const res = await fetch(url);
    return res.ok ? await res.text() : null;
  } catch {
    return null;
  }
}

/** Waits until `check()` is true, failing with the server's last words if it stops first. */
async function until(check, what, { within, server }) {
  const end = Date.now() + within;
  while (Date.now() < end) {
    if (await check()) return;
    if (server.exitCode !== null || server.signalCode !== null) {
      assert.fail(`serve.sh stopped (${server.exitCode ?? server.signalCode}) before ${what}:\n${server.log.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  assert.fail(`no ${what} within ${within / MINUTES} min:\n${server.log.slice(-3000)}`);
}

test('serve.sh from a cold build folder serves both editions and rebuilds on an edit', { timeout: 40 * MINUTES }, async () => {
  const copy = await copyOfTheRepository();
  const target = process.env.SERVE_TEST_TARGET ?? (await fs.mkdtemp(path.join(os.tmpdir(), 'serve-test-target-')));
  const port = await freePort();
  const site = `http://127.0.0.1:${port}/`;
  // Its own process group, so that stopping it stops Trunk and cargo too.
  const server = spawn('bash', ['scripts/serve.sh'], {
    cwd: copy,
    detached: true,
    env: { ...process.env, CARGO_TARGET_DIR: target, TRUNK_SERVE_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.log = '';
  server.stdout.on('data', (d) => { server.log += d; });
  server.stderr.on('data', (d) => { server.log += d; });
  const started = Date.now();
  try {
    // Each edition's title, from the record: the English in meta.json, the Ukrainian under
    // its `page` item.
    const meta = async (edition) => JSON.parse(await fs.readFile(path.join(copy, 'data', edition, 'meta.json'), 'utf8'));
    const titles = { '': (await meta('')).title, 'uk/': (await meta('uk')).page.title };
    assert.ok(titles[''] && titles['uk/'], 'both titles are in the record');
    await until(async () => {
      for (const [edition, title] of Object.entries(titles)) {
        if (!(await page(site + edition))?.includes(title)) return false;
      }
      return true;
    }, 'both editions served', { within: 30 * MINUTES, server });
    console.log(`both editions served ${((Date.now() - started) / 1000).toFixed(0)} s after serve.sh started`);

    // An edit to the record, as an editor makes it: one event's summary.
    const events = path.join(copy, 'data', 'events.json');
    const before = await fs.readFile(events, 'utf8');
    const edited = before.replace('Two days after a vote', 'Two days after a serve-test vote');
    assert.notEqual(edited, before, 'the event to edit is in data/events.json');
    const editedAt = Date.now();
    await fs.writeFile(events, edited);
    await until(async () => (await page(`${site}timeline/`))?.includes('serve-test vote'),
      'rebuilt timeline with the edit', { within: 10 * MINUTES, server });
    console.log(`the edit was served ${((Date.now() - editedAt) / 1000).toFixed(0)} s after it was saved`);
    assert.doesNotMatch(server.log, /panicked/, 'nothing panicked');

    // Trunk dies, as its watcher did: the last build stays served, and serve.sh says so.
    const trunk = execFileSync('pgrep', ['-P', String(server.pid), '-x', 'trunk']).toString().trim();
    process.kill(Number(trunk), 'SIGKILL');
    await until(async () => /Trunk stopped/.test(server.log) && (await page(`${site}uk/`))?.includes(titles['uk/']),
      'the last build served after Trunk died', { within: 1 * MINUTES, server });
  } finally {
    try { process.kill(-server.pid, 'SIGTERM'); } catch { /* already stopped */ }
    await new Promise((r) => (server.exitCode !== null || server.signalCode !== null ? r() : server.on('close', r)));
    await fs.rm(copy, { recursive: true, force: true });
    if (!process.env.SERVE_TEST_TARGET) await fs.rm(target, { recursive: true, force: true });
  }
  assert.equal(await page(site), null, 'nothing is served once stopped');
});
