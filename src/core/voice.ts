/**
 * How the core's controllers speak: the widget's words (looked up through its LocalizeController, so
 * the embedder's wording and the locale apply) and its screen-reader announcer. One per element.
 */
export interface Voice {
  t(key: string, values?: Readonly<Record<string, string | number>>): string;
  plural(key: string, count: number): string;
  announce(message: string): void;
}
