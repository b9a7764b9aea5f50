// Trunk's post-build hook (Trunk.toml): writes gzip -9 and brotli copies beside each text or
// wasm file of the build, in every folder, for hosts that serve precompressed files (nginx gzip_static and
// brotli_static, Caddy's precompressed, Netlify and the like). The originals stay, so any
// static host still works.
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error('no folder: Trunk sets TRUNK_STAGING_DIR, or pass one');
// Recursive: the Ukrainian edition's page and downloads are in uk/.
for (const name of await fs.readdir(dir, { recursive: true })) {
  if (!/\.(html|js|css|wasm|svg|json|xml)$/.test(name)) continue;
  const bytes = await fs.readFile(path.join(dir, name));
  await fs.writeFile(path.join(dir, `${name}.gz`), zlib.gzipSync(bytes, { level: 9 }));
  await fs.writeFile(
    path.join(dir, `${name}.br`),
    zlib.brotliCompressSync(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
  );
}
