// Starts the explainer. A script file of its own, not Trunk's inline <script>, so the page
// runs under a Content-Security-Policy of script-src 'self'; index.html names the hashed glue
// and wasm files in data attributes (see Trunk.toml).
//
// It is a plain script in <head>, run before the pre-rendered page is first drawn, so that
// embed mode and a link's theme show from the first paint rather than after the app has
// loaded: it marks the root element, and the stylesheet shows the page accordingly. The app
// itself reads the full address; this only previews the choices that change the whole page.
(() => {
  const root = document.documentElement;
  const tag = document.currentScript;
  const params = new URLSearchParams(location.search);
  const one = (key) => (params.getAll(key).length === 1 ? params.get(key) : null);

  // Links published before each view had a page of its own said `?view=timeline`, on the
  // edition's page. Such a link is moved to its view's page (`timeline/`) with the rest of
  // its address as it was, before anything is drawn. The page's own view is in `data-page`;
  // the positions are the edition's page, the other views a folder below it. This is the
  // only place old addresses are moved (the app ignores `view`); tests/addresses.json lists
  // the published forms and where they land.
  const views = ['positions', 'plans', 'timeline', 'people', 'sources'];
  const here = root.dataset.page;
  const asked = one('view');
  if (views.includes(here) && views.includes(asked) && asked !== here) {
    const rest = location.search.slice(1).split('&').filter((pair) => !/^view(=|$)/.test(pair));
    const folder = (here === 'positions' ? '' : '../') + (asked === 'positions' ? '' : `${asked}/`);
    const target = new URL(folder || './', location.href);
    target.search = rest.length ? `?${rest.join('&')}` : '';
    target.hash = location.hash;
    location.replace(target.href);
    return;
  }

  root.classList.add('js');
  if (['light', 'dark'].includes(one('theme'))) root.dataset.theme = one('theme');
  const framed = (() => {
    try {
      return window.top !== window;
    } catch {
      return true;
    }
  })();
  if (framed || ['1', 'true'].includes(one('embed'))) root.classList.add('embedded');
  if (framed) reportHeight();

  // Resolved against the page's address, not its <base> (a card's only sets a target) nor
  // this script's: the page may be folders below the assets.
  const glue = new URL(tag.dataset.js, location.href).href;
  const wasmUrl = new URL(tag.dataset.wasm, location.href).href;
  let started = null;
  let live = false;
  // The wasm is fetched at low priority, so that the page's own content (its HTML and
  // stylesheet) comes first. The script works on the page's markup, so it starts once the
  // whole body is parsed.
  const start = () => {
    if (started) return started;
    const wasm = fetch(wasmUrl, { priority: 'low' });
    const parsed = new Promise((resolve) => {
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', resolve, { once: true });
      else resolve();
    });
    started = Promise.all([import(glue), parsed])
      .then(([glue]) => glue.default({ module_or_path: wasm }))
      .then(() => { live = true; });
    return started;
  };

  // A card (`data-card`) is complete without the script: it needs it only for a control (the
  // date, the texts compared, a "Details" button) or for an address that asks for another
  // state than the one drawn. So it fetches the script when the reader first points at,
  // touches or tabs to a control, and a click made before the script has started is made
  // again once it has. A page starts it once its whole content is first drawn, so that the
  // wasm's bytes do not share a slow network with the page's own: just after the first frame
  // once the body is parsed (a timeout queued in the frame's callback), or half a second
  // after the parse, whichever comes first (an iframe out of view may get no frames).
  const controls = '.needs-app';
  if (!root.dataset.card || ['asof', 'docs'].some((key) => params.has(key))) {
    const drawn = () => {
      requestAnimationFrame(() => setTimeout(start, 0));
      setTimeout(start, 500);
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', drawn, { once: true });
    else drawn();
  } else {
    const wake = (event) => {
      if (event.target instanceof Element && event.target.closest(controls)) start();
    };
    const early = (event) => {
      const target = event.target;
      if (live || !(target instanceof HTMLElement) || !target.closest(controls)) return;
      event.preventDefault();
      event.stopPropagation();
      start().then(() => target.click());
    };
    for (const type of ['pointerover', 'touchstart', 'focusin']) {
      document.addEventListener(type, wake, { capture: true, passive: true });
    }
    document.addEventListener('click', early, { capture: true });
  }

  // "Cite this" (render/src/views/cite_this.rs, common/src/hooks.rs): each field's template
  // with what only the reader's browser knows filled in, the page's address (as the address
  // bar has it, with the reader's choices, less what only a frame needs) and the day it is
  // read, when the reader opens it and before a copy. Here, not in the wasm: a card needs no
  // wasm for it.
  // The page's address as the address bar has it (the script keeps the reader's choices
  // there), less what only a frame needs.
  const ownAddress = () => {
    const query = location.search.slice(1).split('&').filter((pair) => pair && !/^(embed|id|childId)(=|$)/.test(pair));
    return location.origin + location.pathname + (query.length ? `?${query.join('&')}` : '');
  };
  const citeBlanks = () => {
    const address = ownAddress();
    const now = new Date();
    const [y, m, d] = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0'));
    const iso = `${y}-${m}-${d}`;
    // In figures, as each edition cites a date: ДСТУ 8302 writes 06.12.2026.
    const read = root.lang === 'uk' ? `${d}.${m}.${y}` : iso;
    for (const id of ['cite-text', 'cite-bibtex']) {
      const field = document.getElementById(id);
      const template = field && field.dataset.template;
      if (template) {
        field.value = template.replace('{address}', () => address).replace('{read-iso}', () => iso).replace('{read}', () => read);
      }
    }
  };
  document.addEventListener('toggle', (event) => {
    if (event.target instanceof Element && event.target.matches('.cite-this[open]')) citeBlanks();
  }, true);
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element && event.target.closest('[data-copy]');
    const field = button && document.getElementById(button.dataset.copy);
    if (!field) return;
    citeBlanks();
    const status = button.closest('.cite-this').querySelector('.cite-status');
    const say = (done) => { status.textContent = done ? status.dataset.copied : status.dataset.failed; };
    const byHand = () => {
      field.select();
      try { return document.execCommand('copy'); } catch { return false; }
    };
    if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(field.value).then(() => say(true), () => say(byHand()));
    else say(byHand());
  });

  // Share (the Web Share API, which most desktop browsers lack): its button, beside Copy
  // link, shows only where the browser has it, and hands it the page's title and address. A
  // reader who cancels is no error.
  if (navigator.share) {
    document.addEventListener('DOMContentLoaded', () => {
      for (const button of document.querySelectorAll('[data-share]')) button.hidden = false;
    });
    document.addEventListener('click', (event) => {
      if (!(event.target instanceof Element && event.target.closest('[data-share]'))) return;
      navigator.share({ title: document.title, url: ownAddress() }).catch(() => {});
    });
  }

  // The search box (render/src/views/search.rs): its module and the edition's index load
  // only when the reader first focuses it, both at once (one round trip, not two, before
  // the first results on a slow network).
  document.addEventListener('focusin', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.id !== 'site-search' || input.dataset.loaded) return;
    input.dataset.loaded = 'true';
    const index = fetch(new URL(input.dataset.index, location.href)).then((response) => response.json());
    import(new URL('search.js', tag.src).href).then((search) => search.attach(input, index));
  });

  // In an iframe: says the page's height to the embedding page whenever it changes, in the
  // formats newsroom pages listen for (model/src/embed.rs defines them, and a test holds this
  // file to it): Pym.js (when the frame's address names its `childId`, and in answer to the
  // parent's width notices), Datawrapper-style (`datawrapper-height`, for embed.js, keyed by
  // the frame's `id` parameter), AMP (`embed-size`) and WordPress's (below). embed.js may load
  // after the frame has spoken (the embed code loads it `async`): it then asks again.
  function reportHeight() {
    const valid = (id) => (id && /^[A-Za-z0-9_.:-]{1,64}$/.test(id) ? id : null);
    const child = valid(one('childId'));
    const id = valid(one('id')) || 'peace-talks-explainer';
    // WordPress embeds a pasted address's oEmbed frame with a secret in its address
    // (`#?secret=`), in a sandbox of its own origin, and shows it only once the frame says its
    // height as `{message: 'height', value, secret}`, which it holds to 200-1000 px
    // (wp-includes/js/wp-embed.js).
    const secret = (/^#\?secret=([A-Za-z0-9]{1,64})$/.exec(location.hash) || [])[1];
    let last = 0;
    const height = () => Math.ceil(root.getBoundingClientRect().height);
    const send = (px) => {
      last = px;
      if (child) parent.postMessage(`pymxPYMx${child}xPYMxheightxPYMx${px}`, '*');
      parent.postMessage({ 'datawrapper-height': { [id]: px } }, '*');
      parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: px }, '*');
      if (secret) parent.postMessage({ message: 'height', value: px, secret }, '*');
    };
    const changed = () => {
      if (secret) fit();
      const px = height();
      if (px > 0 && px !== last) send(px);
    };
    new ResizeObserver(changed).observe(root);
    // Chromium draws nothing in a frame of another origin while it is hidden, as WordPress
    // hides its frame until it hears the height, so no ResizeObserver runs there: the height
    // is also measured once the page has loaded.
    document.addEventListener('DOMContentLoaded', changed);
    window.addEventListener('load', changed);
    // WordPress listens only once its script has run, and says it is ready only once, on its
    // page's DOMContentLoaded, which may come before this page listens: a height said too
    // early is lost both ways. So in WordPress the height is said again a few times.
    if (secret) for (const ms of [300, 1000, 3000]) setTimeout(() => send(height()), ms);
    window.addEventListener('message', (event) => {
      const asked = typeof event.data === 'string' && child && event.data.startsWith(`pymxPYMx${child}xPYMxwidthxPYMx`);
      if (asked && /^[0-9.]+$/.test(event.data.slice(`pymxPYMx${child}xPYMxwidthxPYMx`.length))) send(height());
      if (event.data === 'peace-talks-explainer:height?') send(height());
      if (secret && event.data && event.data.message === 'ready' && event.data.secret === secret) send(height());
    });
    // WordPress's sandbox opens no tab and leaves the article's page alone, so a link is
    // handed to WordPress, which follows it in the article's tab when it leads to the host the
    // frame came from (the explainer's pages; a source elsewhere cannot open).
    if (secret) {
      document.addEventListener('click', (event) => {
        const link = event.target instanceof Element && event.target.closest('a[href]');
        if (!link || event.defaultPrevented || link.getAttribute('href').startsWith('#')) return;
        event.preventDefault();
        parent.postMessage({ message: 'link', value: link.href, secret }, '*');
      });
    }
  }

  // A card taller than WordPress lets a frame grow (1000 px) is cut to fit, over the end of
  // its content a link to the rest in the full explainer (hooks.rs: CARD_BODY, CARD_MORE,
  // FITTED). Run before each height is said: the content's own height (`scrollHeight`) tells
  // whether it fits, whether or not it is cut already.
  function fit() {
    const body = document.querySelector('.card-body');
    const more = document.querySelector('.card-more');
    if (!body || !more) return;
    const limit = 1000;
    const rest = root.getBoundingClientRect().height - body.getBoundingClientRect().height;
    const fits = Math.ceil(rest + body.scrollHeight) <= limit;
    root.classList.toggle('fitted', !fits);
    more.hidden = fits;
    body.style.maxHeight = fits ? '' : `${Math.floor(limit - rest)}px`;
  }
})();
