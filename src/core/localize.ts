/**
 * The locale registry. English ships inside each widget; other locales are modules that
 * call `registerLocale()` when loaded, and every connected element re-renders in its language.
 */
export type Catalog = Readonly<Record<string, unknown>>;
/** A locale: one catalogue per namespace (`core` and each exercise id). */
export type LocaleBundle = Readonly<Record<string, Catalog>>;

interface SharedState {
  registry: Map<string, Map<string, Catalog>>;
  subscribers: Set<() => void>;
}
// Kept on globalThis so that a locale file loaded by its own script tag reaches the elements of
// dist/tend.min.js, and the npm modules and the bundle on one page share one registry.
const shared = ((globalThis as Record<symbol, unknown>)[Symbol.for('tend-widgets.locales')] ??= {
  registry: new Map(),
  subscribers: new Set(),
}) as SharedState;
const { registry, subscribers } = shared;

export function registerLocale(lang: string, bundle: LocaleBundle): void {
  const code = lang.toLowerCase();
  const namespaces = registry.get(code) ?? new Map<string, Catalog>();
  for (const [namespace, catalog] of Object.entries(bundle)) {
    namespaces.set(namespace, { ...namespaces.get(namespace), ...catalog });
  }
  registry.set(code, namespaces);
  subscribers.forEach((notify) => notify());
}

export function registeredLocales(): string[] {
  return ['en', ...[...registry.keys()].filter((code) => code !== 'en')];
}

/** The entry for `key` in the closest registered match of `lang` (`es-MX`, then `es`). */
export function lookup(lang: string, namespace: string, key: string): unknown {
  const code = lang.toLowerCase();
  for (const candidate of [code, code.split('-')[0]!]) {
    const value = registry.get(candidate)?.get(namespace)?.[key];
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The language an element speaks: its own `lang`, else the nearest ancestor's (across shadow roots), else `en`. */
export function resolveLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    // The property first: an element's own `lang` may be set but not yet reflected.
    const lang = (node as HTMLElement).lang || node.getAttribute('lang');
    if (lang) return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  }
  return 'en';
}

/** Fills `{name}` placeholders. */
export function interpolate(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

let observer: MutationObserver | undefined;

/**
 * Calls `notify` when a locale registers or any `lang`/`dir` attribute in the document changes;
 * one observer serves every element. Returns the unsubscribe function.
 */
export function onLocaleChange(notify: () => void): () => void {
  subscribers.add(notify);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => subscribers.forEach((fn) => fn()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
  }
  return () => {
    subscribers.delete(notify);
    if (subscribers.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

const listFormats = new Map<string, Intl.ListFormat>();

/** "a, b and c" in `lang`'s words (one formatter per language: renders call this). */
export function listOf(lang: string, items: readonly string[]): string {
  let format = listFormats.get(lang);
  if (!format) listFormats.set(lang, (format = new Intl.ListFormat(lang, { type: 'conjunction' })));
  return format.format(items);
}

/** A locale's catalogue for English catalogue `T`: every key has an entry (the compiler checks it, and test/locales/ too). */
export type Complete<T> = Record<keyof T, unknown>;
