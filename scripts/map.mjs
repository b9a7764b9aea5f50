// Writes data/map.json, the regions of the land maps, from the npm package @svg-maps/ukraine
// 2.0.0 (MapSVG, CC BY 4.0; pinned in package-lock.json). Its paths (140 KB) are simplified
// here, once, so the page carries a few KB of them; the result is committed, so the build
// needs no Node, and `node scripts/map.mjs --check` (run by the tests) proves it is what
// this script makes from the pinned package.
//
// Simplification: each outline is turned into absolute points, thinned with the
// Ramer–Douglas–Peucker algorithm at TOLERANCE units of the 1000 × 670 view box (a map drawn
// 300 px wide moves no edge by more than half a pixel), and rounded to whole units.

import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'data', 'map.json');
const TOLERANCE = 1.5;
// The package's English names, in the spellings Ukrainian usage and this explainer follow.
const NAMES = { odessa: 'Odesa', zaporizhia: 'Zaporizhzhia', kyiv: 'Kyiv region', 'kyiv-city': 'Kyiv city' };

const source = await fs.readFile(path.join(ROOT, 'node_modules', '@svg-maps', 'ukraine', 'index.js'), 'utf8');
const map = JSON.parse(source.replace(/^export default\s*/, '').replace(/;?\s*$/, ''));

/** The outlines of a path made of M, m, l and z commands, as lists of absolute points. */
function outlines(d) {
  const rings = [];
  let ring = null;
  let [x, y] = [0, 0];
  for (const [, cmd, args] of d.matchAll(/([MmLlZz])([^MmLlZz]*)/g)) {
    const nums = (args.match(/-?\d*\.?\d+(?:e-?\d+)?/g) ?? []).map(Number);
    if (cmd === 'z' || cmd === 'Z') {
      if (ring) rings.push(ring);
      ring = null;
      continue;
    }
    for (let i = 0; i < nums.length; i += 2) {
      const relative = cmd === 'm' || cmd === 'l';
      [x, y] = relative ? [x + nums[i], y + nums[i + 1]] : [nums[i], nums[i + 1]];
      // A moveto starts an outline; its further pairs are linetos.
      if ((cmd === 'M' || cmd === 'm') && i === 0) {
        if (ring) rings.push(ring);
        ring = [];
      }
      ring.push([x, y]);
    }
  }
  if (ring) rings.push(ring);
  return rings;
}

/** Ramer–Douglas–Peucker: the points that keep the outline within `tolerance`. */
function simplify(points, tolerance) {
  if (points.length < 4) return points;
  const keep = new Array(points.length).fill(false);
  keep[0] = keep[points.length - 1] = true;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [a, b] = stack.pop();
    const [[ax, ay], [bx, by]] = [points[a], points[b]];
    const len = Math.hypot(bx - ax, by - ay);
    let [worst, at] = [0, -1];
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i];
      const dist = len === 0 ? Math.hypot(px - ax, py - ay) : Math.abs((bx - ax) * (ay - py) - (ax - px) * (by - ay)) / len;
      if (dist > worst) [worst, at] = [dist, i];
    }
    if (worst > tolerance) {
      keep[at] = true;
      stack.push([a, at], [at, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** An outline as a compact path: absolute start, then relative whole-unit steps. */
function pathOf(rings) {
  return rings
    .map((ring) => simplify(ring, TOLERANCE).map(([x, y]) => [Math.round(x), Math.round(y)]))
    .filter((ring) => ring.length >= 3)
    .map((ring) => {
      let [px, py] = ring[0];
      const steps = ring.slice(1).map(([x, y]) => {
        const step = `${x - px} ${y - py}`;
        [px, py] = [x, y];
        return step;
      });
      return `M${ring[0][0]} ${ring[0][1]}l${steps.join(' ').replace(/ -/g, '-')}z`;
    })
    .join('');
}

const result = {
  source: '@svg-maps/ukraine 2.0.0 by MapSVG, CC BY 4.0; simplified by scripts/map.mjs. Generated: do not edit.',
  viewBox: map.viewBox,
  regions: map.locations.map((l) => ({ id: l.id, name: NAMES[l.id] ?? l.name, path: pathOf(outlines(l.path)) })),
};
const text = JSON.stringify(result, null, 1) + '\n';
if (process.argv.includes('--check')) {
  const current = await fs.readFile(OUT, 'utf8').catch(() => '');
  if (current !== text) {
    console.error('data/map.json is not what scripts/map.mjs makes from the pinned @svg-maps/ukraine: run node scripts/map.mjs');
    process.exit(1);
  }
  console.log('data/map.json matches the pinned @svg-maps/ukraine');
} else {
  await fs.writeFile(OUT, text);
  const bytes = result.regions.reduce((n, r) => n + r.path.length, 0);
  console.log(`wrote data/map.json: ${result.regions.length} regions, ${bytes} bytes of paths (from ${map.locations.reduce((n, l) => n + l.path.length, 0)})`);
}
