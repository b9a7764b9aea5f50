// The build as a host whose address is known gets it: dist/ copied to a temporary folder and
// pre-rendered again there, from the page Trunk wrote (scripts/finish-build.sh keeps it in
// the build folder as page-template.html), by the real pre-render with EXPLAINER_SITE_URL set
// to the address the copy is served at. Only such a build has what needs absolute addresses:
// each page's oEmbed answer and discovery link, the sitemap and robots.txt.

import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/static-server.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = process.env.DIST ? path.resolve(process.env.DIST) : path.join(ROOT, 'dist');
const TEMPLATE = path.join(process.env.CARGO_TARGET_DIR ? path.resolve(process.env.CARGO_TARGET_DIR) : path.join(ROOT, 'target'), 'page-template.html');

/**
 * Pre-renders a copy of dist/ into a temporary folder and serves it on 127.0.0.1; `hosted`
 * false leaves the host's address unset, as dist/ was built. Returns the server (`url`,
 * `origin`), the folder (`dir`) and `close`, which stops the server and removes the folder.
 */
export async function hostedBuild({ hosted = true } = {}) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'explainer-hosted-'));
  await fs.cp(DIST, dir, { recursive: true });
  const server = await serve(dir);
  try {
    await fs.copyFile(TEMPLATE, path.join(dir, 'index.html'));
    const env = { ...process.env, EXPLAINER_SITE_URL: hosted ? server.url : '' };
    await promisify(execFile)('cargo', ['run', '--quiet', '-p', 'render', '--bin', 'prerender', '--', path.join(dir, 'index.html')], { cwd: ROOT, env });
  } catch (error) {
    await server.close();
    await fs.rm(dir, { recursive: true, force: true });
    throw new Error(`pre-rendering a copy of the build for a host failed (is ${TEMPLATE} from the same build as ${DIST}?): ${error.stderr ?? error.message}`);
  }
  return {
    ...server,
    dir,
    close: async () => {
      await server.close();
      await fs.rm(dir, { recursive: true, force: true });
    },
  };
}
