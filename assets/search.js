// The search over the whole record: the box in every page's masthead (render/src/views/
// search.rs), loaded only when the reader first focuses it (assets/start.js imports this
// module then), with the edition's index (search-index.json, render/src/search_index.rs).
// The index carries the rules that fold and stem a word (model/src/search.rs), so they are
// written once; this file applies them to the reader's words, finds the items that have
// every word, and lists them grouped by kind in a listbox (the WAI-ARIA combobox pattern).
// Choosing one follows its link: the page's own script moves to it (data-go) where it can.

/** Attaches the search to its box, `index` being the promise of the parsed index (start.js
 *  fetches it while this module loads). */
export async function attach(input, index) {
  const list = document.getElementById(input.getAttribute('aria-controls'));
  const status = document.getElementById(input.dataset.status);
  index = await index;
  // The edition's root, which the index sits in and its addresses start from.
  const root = new URL('.', new URL(input.dataset.index, location.href));
  const plain = new Map();
  for (let i = 0; i < index.plain.length; i += 2) plain.set(index.plain[i], index.plain[i + 1]);

  // model::search::words: lower case, no accents, no apostrophes, cut at what is not a
  // letter or a digit.
  const words = (text) => {
    let folded = '';
    for (const c of text.toLowerCase()) {
      if (index.apostrophes.includes(c)) continue;
      folded += plain.get(c) ?? c;
    }
    return folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  };
  // model::search::beginnings: the word, its stem, and the stem's allowed changes.
  const beginnings = (word) => {
    const ending = index.endings.find((e) => word.endsWith(e) && [...word].length - [...e].length >= index.keep);
    const stem = ending ? word.slice(0, word.length - ending.length) : word;
    const out = new Set([word, stem]);
    for (const [from, to] of index.changes) if (stem.endsWith(from)) out.add(stem.slice(0, stem.length - from.length) + to);
    return [...out];
  };
  const items = index.items.map(([kind, title, texts, date, address, go]) => {
    const titleWords = words(title);
    return { kind, title, texts, date, address, go, titleWords, all: titleWords.concat(...texts.map(words)) };
  });
  const has = (list, starts) => list.some((w) => starts.some((b) => w.startsWith(b)));

  // render/src/search_index.rs's `search`: every word, best first by the words in titles,
  // then by kind, then newest first (the index lists each kind newest last).
  const search = (query) => {
    const asked = words(query.slice(0, 200)).slice(0, 8).map(beginnings);
    if (!asked.length) return [];
    return items
      .map((item, order) => ({ item, order, score: asked.every((b) => has(item.all, b)) ? asked.filter((b) => has(item.titleWords, b)).length : -1 }))
      .filter((x) => x.score >= 0)
      .sort((a, b) => b.score - a.score || a.item.kind - b.item.kind || b.order - a.order)
      .map((x) => x.item);
  };

  const LIMIT = 20; // results shown per kind, the list scrolling
  let options = [];
  let active = -1;
  const show = (open) => {
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) setActive(-1);
  };
  const setActive = (i) => {
    options.forEach((o, j) => o.setAttribute('aria-selected', String(i === j)));
    active = i;
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', options[i].id);
      options[i].scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  // A text in pieces, words and what is between them; a word is found if one of the query's
  // beginnings starts it.
  const pieces = (text) => text.split(/([\p{L}\p{N}'’ʼ]+)/u);
  // A piece's words, kept: the same pieces come back with every keystroke.
  const foldedPieces = new Map();
  const wordsOf = (piece) => {
    let folded = foldedPieces.get(piece);
    if (!folded) foldedPieces.set(piece, (folded = words(piece)));
    return folded;
  };
  const isFound = (piece, asked) => {
    const folded = wordsOf(piece);
    return folded.length > 0 && asked.some((b) => has(folded, b));
  };
  const mark = (element, text, asked) => {
    for (const piece of pieces(text)) {
      if (isFound(piece, asked)) {
        const m = document.createElement('mark');
        m.textContent = piece;
        element.append(m);
      } else element.append(piece);
    }
  };
  // About a line of `text` from `start` (a word's beginning), cut at a word.
  const LINE = 110;
  const cut = (text, start) => {
    let part = text.slice(start);
    if (part.length > LINE) {
      const end = part.lastIndexOf(' ', LINE);
      part = `${part.slice(0, end > 0 ? end : LINE).replace(/[,;:.]+$/, '')}…`;
    }
    return start > 0 ? `…${part}` : part;
  };
  // The line under a result's title: its first text's beginning, or, when a word found is
  // in neither the title nor that line, the part of a text around the first such word.
  const contextLine = (item, asked) => {
    const [first = ''] = item.texts;
    // The words a result shows without more, kept on the item.
    const shown = (item.shown ??= words(`${item.title} ${cut(first, 0)}`));
    const missing = asked.filter((b) => !has(shown, b));
    for (const text of missing.length ? item.texts : []) {
      let at = 0;
      for (const piece of pieces(text)) {
        if (isFound(piece, missing)) {
          // A few words before it, from a word's beginning.
          const from = text.lastIndexOf(' ', Math.max(0, at - 30));
          return cut(text, from > 0 ? from + 1 : 0);
        }
        at += piece.length;
      }
    }
    return cut(first, 0);
  };

  const render = () => {
    const query = input.value;
    const found = search(query);
    const asked = words(query).map(beginnings);
    list.replaceChildren();
    options = [];
    let shown = 0;
    index.kinds.forEach((label, kind) => {
      const ofKind = found.filter((item) => item.kind === kind).slice(0, LIMIT);
      if (!ofKind.length) return;
      const group = document.createElement('div');
      group.setAttribute('role', 'group');
      const heading = document.createElement('div');
      heading.className = 'search-group';
      heading.id = `search-group-${kind}`;
      heading.textContent = label;
      group.setAttribute('aria-labelledby', heading.id);
      group.append(heading);
      for (const item of ofKind) {
        const option = document.createElement('a');
        option.setAttribute('role', 'option');
        option.id = `search-option-${options.length}`;
        option.href = new URL(item.address, root).href;
        if (item.go) option.dataset.go = item.go;
        option.tabIndex = -1;
        const title = document.createElement('span');
        title.className = 'search-title';
        mark(title, item.title, asked);
        option.append(title);
        const context = contextLine(item, asked);
        if (item.date || context) {
          const line = document.createElement('span');
          line.className = 'search-context';
          if (item.date) line.append(`${item.date} · `);
          mark(line, context, asked);
          option.append(line);
        }
        option.addEventListener('click', () => { show(false); input.value = ''; });
        group.append(option);
        options.push(option);
        shown++;
      }
      list.append(group);
    });
    active = -1;
    input.removeAttribute('aria-activedescendant');
    // Anything typed gets an answer, if only that nothing was found.
    const typed = query.trim() !== '';
    status.textContent = !typed ? '' : found.length ? status.dataset.found.replace('{n}', String(found.length)) : status.dataset.none;
    show(typed && shown > 0);
  };

  input.addEventListener('input', render);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!options.length) return;
      event.preventDefault();
      if (list.hidden) show(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + options.length) % options.length);
    } else if (event.key === 'Enter' && active >= 0) {
      event.preventDefault();
      options[active].click();
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        show(false);
      } else input.value = '';
    }
  });
  // Leaving the box closes the list, unless the focus came back (or went into the list).
  input.addEventListener('blur', () => setTimeout(() => {
    if (document.activeElement !== input && !list.contains(document.activeElement)) show(false);
  }, 150));
  render();
}
