/**
 * The CDN autoloader (`dist/cdn/autoloader.js`): one script tag for a page with any of the elements,
 * which downloads only the code of the elements the page has — when they appear, and once. A page
 * with one exercise downloads that exercise and the shared core; a page with all of them, each once.
 *
 *   <script type="module" src="https://cdn.example/tend-widgets/dist/cdn/autoloader.js"></script>
 *   <tend-i-statement></tend-i-statement>
 */
import { loaders } from './entries/loaders.js';

const requested = new Set<string>();

/** Loads the definition of every not-yet-defined element under `root`. */
function discover(root: ParentNode): void {
  for (const tag of Object.keys(loaders)) {
    if (requested.has(tag) || customElements.get(tag) || !root.querySelector(tag)) continue;
    requested.add(tag);
    loaders[tag]!().catch(() => requested.delete(tag));
  }
}

discover(document);
// Elements a page adds later (a single-page app, a CMS preview) load when they arrive.
new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.addedNodes) if (node instanceof Element) discover(node.parentNode ?? node);
  }
}).observe(document.documentElement, { childList: true, subtree: true });
