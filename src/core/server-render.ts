import { isServer } from 'lit';
import { todayIso } from './dates.js';
import { warn } from './warn.js';

/**
 * Left on the host by a server render (`@lit-labs/ssr`), holding the server's date (`YYYY-MM-DD`):
 * the browser's first render of that element shows the same date, and `dist/tend.css` reserves no
 * space for an element that arrives rendered.
 */
export const SERVER_RENDERED = 'data-tend-ssr';

/** Elements whose first update hydrates a server's HTML, with the date the server rendered on. */
const hydrating = new WeakMap<object, string>();

type Host = HTMLElement & { _$needsHydration?: boolean; renderRoot?: HTMLElement | DocumentFragment; renderOptions: { renderBefore?: ChildNode | null } };

/**
 * Whether `host` renders as a server does: with its attributes and properties only (no draft, no
 * light-DOM children, no language inherited from the page, no media query, no share sheet). True on the
 * server, and in the browser for the first render of an element whose shadow root the server sent,
 * which hydrates that HTML and so must render the same; what only the browser knows comes in after it.
 */
export function rendersAsServer(host: object): boolean {
  return isServer || hydrating.has(host);
}

/** Today's date as the render sees it: the server's, while the browser takes over the server's HTML. */
export function renderDate(host: object): string {
  return hydrating.get(host) ?? todayIso();
}

/**
 * At construction: an element upgraded over a declarative shadow root from a server render will
 * hydrate it on its first update when Lit's hydrate support is loaded (it observes `defer-hydration`).
 */
export function noteServerRender(host: Host): void {
  if (isServer || !host.shadowRoot) return;
  const observed = (host.constructor as { observedAttributes?: string[] }).observedAttributes ?? [];
  if (observed.includes('defer-hydration')) hydrating.set(host, host.getAttribute(SERVER_RENDERED) ?? todayIso());
}

/** On the server: the date the render used, left on the host (see `SERVER_RENDERED`). */
export function stampServerRender(host: Element): void {
  if (isServer) host.setAttribute(SERVER_RENDERED, todayIso());
}

/**
 * Wraps LitElement's `createRenderRoot`. Without Lit's hydrate support, LitElement would render beside
 * the server's HTML (the widget twice): the server's nodes go, and the browser's render replaces them.
 */
export function takeRenderRoot<R extends Node>(host: Host, create: () => R): R {
  const server = isServer || hydrating.has(host) ? [] : [...(host.shadowRoot?.childNodes ?? [])];
  const root = create();
  for (const node of server) node.remove();
  // LitElement renders before the root's first node, which was the server's.
  if (server.length) host.renderOptions.renderBefore = root.firstChild;
  return root;
}

/**
 * Runs the first update of an element that hydrates. When the server's HTML does not fit this render
 * (Lit throws a hydration mismatch), the server's nodes go but its styles, and the element renders afresh.
 */
export function hydrateOrRender(host: Host, update: () => void): void {
  if (!hydrating.has(host)) return update();
  try {
    update();
  } catch (error) {
    warn(host, `rendered afresh: the server's HTML did not match (${String(error)}).`);
    for (const node of [...(host.renderRoot?.childNodes ?? [])]) if (!(node instanceof HTMLStyleElement)) node.remove();
    host._$needsHydration = false;
    update();
  }
}

/** After the first update: true when it hydrated a server's HTML (the element now renders as a browser). */
export function hydrated(host: object): boolean {
  return hydrating.delete(host);
}
