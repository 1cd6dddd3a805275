import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { interpolate, lookup, onLocaleChange, resolveLang } from '../core/localize.js';
import { builderStrings } from './strings.js';

type Values = Readonly<Record<string, string | number>>;

/** The builder's words: the locale's `builder` namespace, else English; the host re-renders when a locale arrives. */
export class BuilderText implements ReactiveController {
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = onLocaleChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
  }

  /** The language the builder speaks: its own `lang`, else the nearest ancestor's. */
  get lang(): string {
    return resolveLang(this.host);
  }

  /** The text of `key` with its `{placeholders}` filled (an arrow, so views can take it apart from the controller). */
  readonly t = (key: string, values?: Values): string => {
    const found = lookup(this.lang, 'builder', key) ?? (builderStrings as Record<string, string>)[key];
    return interpolate(typeof found === 'string' ? found : key, values);
  };

  /** The builder's text of `key` in another language (what it prints for clients in the exercise's language). */
  readonly tIn = (lang: string, key: string): string => {
    const found = lookup(lang, 'builder', key) ?? (builderStrings as Record<string, string>)[key];
    return typeof found === 'string' ? found : key;
  };

  readonly has = (key: string): boolean => lookup(this.lang, 'builder', key) !== undefined || key in builderStrings;
}
