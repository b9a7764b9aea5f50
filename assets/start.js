// Starts the explainer. Trunk would inline this as a <script> in index.html, which a strict
// Content-Security-Policy (script-src 'self') blocks; as a file of its own it is allowed.
// index.html names the hashed glue and wasm files in data attributes (see Trunk.toml).
const tag = document.getElementById('explainer-start');
const { default: init } = await import(tag.dataset.js);
await init({ module_or_path: tag.dataset.wasm });
