// Starts the explainer. A script file of its own, not Trunk's inline <script>, so the page
// runs under a Content-Security-Policy of script-src 'self'; index.html names the hashed glue
// and wasm files in data attributes (see Trunk.toml).
//
// It is a plain script in <head>, run before the pre-rendered page is first drawn, so that
// a link's view, embed mode and theme show from the first paint rather than after the app
// has loaded: it marks the root element, and the stylesheet shows the page accordingly until
// the app takes over and removes the marks it no longer needs. The app itself reads the full
// address; this only previews the three choices that change the whole page.
(() => {
  const root = document.documentElement;
  const tag = document.currentScript;
  root.classList.add('js');
  const params = new URLSearchParams(location.search);
  const one = (key) => (params.getAll(key).length === 1 ? params.get(key) : null);
  if (['plans', 'timeline', 'people', 'sources'].includes(one('view'))) root.dataset.view = one('view');
  if (['light', 'dark'].includes(one('theme'))) root.dataset.theme = one('theme');
  const framed = (() => {
    try {
      return window.top !== window;
    } catch {
      return true;
    }
  })();
  if (framed || ['1', 'true'].includes(one('embed'))) root.classList.add('embedded');

  // The wasm is fetched at once but at low priority, so that the page's own content (its
  // HTML and stylesheet) comes first. The script works on the page's markup, so it starts once
  // the whole body is parsed.
  const wasm = fetch(tag.dataset.wasm, { priority: 'low' });
  const parsed = new Promise((resolve) => {
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', resolve, { once: true });
    else resolve();
  });
  // Resolved against the page, not this script: the Ukrainian edition's page is a folder below.
  const glue = new URL(tag.dataset.js, document.baseURI).href;
  Promise.all([import(glue), parsed]).then(([glue]) => glue.default({ module_or_path: wasm }));
})();
