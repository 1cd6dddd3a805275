import type { ReactiveController, ReactiveControllerHost } from 'lit';
import * as z from 'zod/mini';
import { attributeRule, jsonRule, type AttributeReader } from './attributes.js';
import { interpolate, lookup, onLocaleChange, resolveLang, type Catalog } from './localize.js';
import { rendersAsServer } from './server-render.js';
import { coreStrings, type CoreStringKey } from './strings.js';
import { warn } from './warn.js';

type Values = Readonly<Record<string, string | number>>;

/** The keys of a plural string: `seconds` for `seconds.one` / `seconds.other`. */
export type PluralKey<K extends string> = string extends K ? string : K extends `${infer Base}.other` ? Base : never;

/** `lang` (own or inherited) must be a language tag `Intl` accepts: a bad one would throw in every plural and date. */
export const langRule = attributeRule(z.string().check(z.refine(isLanguageTag)), 'en', 'a BCP 47 language tag such as "en" or "es-MX"');

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

type Words = Readonly<Record<string, unknown>>;

/** The `strings` attribute: a JSON object of strings by key. */
export const stringsRule = jsonRule(
  (value): value is Words => value !== null && typeof value === 'object' && !Array.isArray(value),
  {},
  'a JSON object of strings by key, such as \'{"done": "Finished"}\'',
);

export interface LocalizeHost extends ReactiveControllerHost, HTMLElement {
  readonly hasUpdated: boolean;
  /** The embedder's words (the `strings` attribute as JSON, or the property as an object), which come first. */
  readonly strings: string | Words;
}

/** A surrounding `<tend-flow>`'s language and words, which come after the widget's own. */
interface FlowWords {
  lang(): string | undefined;
  string(namespace: string, key: string): unknown;
}

/**
 * A widget's words, in the style of Shoelace's LocalizeController: typed keys (`K`, the widget's own
 * plus the core's, so a misspelt key fails to compile), `{placeholders}`, plurals through
 * `Intl.PluralRules`, and in order the embedder's words, a child `<script data-tend-strings>`, the
 * locale, then English. The language is resolved once per update.
 */
export class LocalizeController<K extends string> implements ReactiveController {
  private lang: string | undefined;
  private childStrings: Readonly<Record<string, unknown>> = {};
  private unsubscribe: (() => void) | undefined;

  private readonly namespace: string;
  private readonly english: Catalog;

  /** `widget`: the element's class, naming its namespace in every locale (`exercise`) and its English `strings`. */
  constructor(
    private readonly host: LocalizeHost,
    widget: { readonly exercise: string; readonly strings: Catalog },
    private readonly flow: FlowWords,
    private readonly attrs: AttributeReader,
  ) {
    this.namespace = widget.exercise;
    this.english = widget.strings;
    host.addController(this);
  }

  hostConnected(): void {
    // Moved under another `lang`: speak it.
    this.lang = undefined;
    if (this.host.hasUpdated) this.host.requestUpdate();
    this.childStrings = this.readChildStrings();
    this.unsubscribe = onLocaleChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }

  /** Resolves the language for the coming update (it walks up the DOM, so once rather than per string). */
  refresh(): void {
    this.lang = undefined;
    this.lang = this.locale;
  }

  /** The language the widget speaks now. */
  get locale(): string {
    // A server sees no ancestor: the render that hydrates its HTML reads the element's own `lang` alone.
    const lang = rendersAsServer(this.host) ? this.host.lang || 'en' : resolveLang(this.host);
    return this.lang ?? this.flow.lang() ?? this.attrs.read('lang', lang, langRule);
  }

  /** A UI string by key, with `{placeholders}` filled. */
  t(key: K | CoreStringKey, values?: Values): string {
    const found = this.entry(key);
    return interpolate(typeof found === 'string' ? found : key, values);
  }

  /** A plural string: `key.one`, `key.other`… chosen by `Intl.PluralRules`, with `{count}` filled. */
  plural(key: PluralKey<K | CoreStringKey>, count: number, values: Values = {}): string {
    const category = new Intl.PluralRules(this.locale).select(count);
    const found = this.entry(`${key}.${category}`) ?? this.entry(`${key}.other`);
    return interpolate(typeof found === 'string' ? found : key, { count, ...values });
  }

  /** Built-in content (a vocabulary, a deck, a template) in the widget's language, or its English original. */
  content<T>(key: K): T {
    return this.entry(key) as T;
  }

  /** The embedder's words: the `strings` property, or the attribute's JSON (one warning when it is not an object). */
  get given(): Words {
    const strings = this.host.strings;
    return typeof strings === 'string' ? this.attrs.read('strings', strings, stringsRule) : (strings ?? {});
  }

  private entry(key: string): unknown {
    const lang = this.locale;
    return (
      this.given[key] ??
      (rendersAsServer(this.host) ? undefined : this.childStrings[key]) ??
      this.flow.string(this.namespace, key) ??
      lookup(lang, this.namespace, key) ??
      lookup(lang, 'core', key) ??
      this.english[key] ??
      (coreStrings as Record<string, unknown>)[key]
    );
  }

  private readChildStrings(): Readonly<Record<string, unknown>> {
    const script = this.host.querySelector(':scope > script[type="application/json"][data-tend-strings]');
    if (!script?.textContent?.trim()) return {};
    try {
      const parsed: unknown = JSON.parse(script.textContent);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
    } catch {
      /* reported below */
    }
    warn(this.host, 'ignored its <script data-tend-strings> child: it must hold a JSON object of strings by key.');
    return {};
  }
}
