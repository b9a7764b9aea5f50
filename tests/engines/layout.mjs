// The layout of a page as boxes: where the main blocks are, compared between engines. Fonts
// differ by engine (metrics, hinting, fallbacks), so pixels would differ everywhere; boxes
// differ only a little, unless the layout itself differs: a block missing or extra, a grid
// that does not lay out its columns, a picture drawn at another size, something wider than
// the page. The thresholds, and why: docs/browsers.md.

/** The main blocks: [kind, selector]. */
export const BLOCKS = [
  ['heading', 'h1, h2, h3'],
  ['table', 'table'],
  ['map', 'figure.land-map'],
  ['tracks picture', 'figure.tracks'],
  ['card', 'main.card-page, li.person'],
];

/**
 * Horizontal: a block's left edge and width may differ by this much. Block-level layout does not
 * depend on the font, except where a box shrinks to its text (a table's auto layout), so a few
 * pixels; a grid that lays out its columns otherwise moves a block by a column (over 200 px at
 * 1280, a whole column at 375), and a block sticking out of the page by more than this is seen.
 */
export const HORIZONTAL_PX = 12;
/**
 * Vertical: a block's height may differ by this share of Chromium's, or by a few lines of text
 * if that is more: a paragraph wraps a line sooner or later in another engine's font, and a
 * long table or list adds these up.
 */
export const HEIGHT_SHARE = 0.1;
export const HEIGHT_PX = 60;
/**
 * Its place down the page: everything above a block adds its small differences, so a place is
 * compared after scaling Chromium's by the ratio of the two pages' heights, and may then differ
 * by this share of the page's height, or by PLACE_PX if that is more (short pages, cards). A
 * block put elsewhere (before another, or left out of the flow) moves by more.
 */
export const PLACE_SHARE = 0.02;
export const PLACE_PX = 60;

/**
 * Runs in the page (sent as source: self-contained). The document-relative box of every
 * visible block, in document order per kind, and the page's size. Sections that skip their
 * layout while off-screen (`content-visibility: auto`) are laid out first, so that every engine
 * measures the same thing, whatever it has drawn so far.
 */
export function boxesInPage(blocks) {
  for (const el of document.querySelectorAll('*')) {
    if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
  }
  const name = (el) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + (el.classList.length ? `.${[...el.classList].join('.')}` : '');
  const boxes = [];
  for (const [kind, selector] of blocks) {
    let k = 0;
    for (const el of document.querySelectorAll(selector)) {
      if (!el.getClientRects().length || el.closest('.visually-hidden')) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 2 || r.height < 2) continue;
      boxes.push({ kind, index: k++, what: name(el), x: Math.round(r.left + scrollX), y: Math.round(r.top + scrollY), w: Math.round(r.width), h: Math.round(r.height) });
    }
  }
  const doc = document.documentElement;
  return { boxes, width: doc.clientWidth, scrollWidth: doc.scrollWidth, height: doc.scrollHeight };
}

/** Where `mine` (another engine's boxes) differs from `theirs` (Chromium's) beyond the thresholds. */
export function compareLayouts(theirs, mine) {
  const problems = [];
  if (mine.scrollWidth > mine.width + 1 && mine.scrollWidth - mine.width > theirs.scrollWidth - theirs.width + 1) {
    problems.push(`the page is ${mine.scrollWidth - mine.width} px wider than the window (Chromium: ${theirs.scrollWidth - theirs.width})`);
  }
  const kinds = [...new Set([...theirs.boxes, ...mine.boxes].map((b) => b.kind))];
  for (const kind of kinds) {
    const a = theirs.boxes.filter((b) => b.kind === kind);
    const b = mine.boxes.filter((x) => x.kind === kind);
    if (a.length !== b.length) {
      problems.push(`${a.length} ${kind} blocks in Chromium, ${b.length} here`);
      continue;
    }
    for (let i = 0; i < a.length; i++) {
      const [c, m] = [a[i], b[i]];
      const off = [];
      if (Math.abs(c.x - m.x) > HORIZONTAL_PX) off.push(`x ${c.x} → ${m.x}`);
      if (Math.abs(c.w - m.w) > HORIZONTAL_PX) off.push(`width ${c.w} → ${m.w}`);
      if (Math.abs(c.h - m.h) > Math.max(HEIGHT_PX, HEIGHT_SHARE * c.h)) off.push(`height ${c.h} → ${m.h}`);
      const scaled = c.y * (mine.height / theirs.height);
      if (Math.abs(m.y - scaled) > Math.max(PLACE_PX, PLACE_SHARE * theirs.height)) {
        off.push(`y ${c.y} of ${theirs.height} → ${m.y} of ${mine.height}`);
      }
      if (off.length) problems.push(`${kind} ${c.what}: ${off.join(', ')} (Chromium → here)`);
    }
  }
  return problems;
}
