/**
 * Markup pasted into a text (from a website, a word processor or an e-mail): the exercises show text
 * as text, so `<b>before</b>` would reach clients as those very characters. The builder flags it and
 * writes the text without it. Pure functions.
 */

const TAG = /<\/?[a-z][^<>]*>/gi;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", nbsp: ' ' };
const ENTITY = /&(amp|lt|gt|quot|apos|#39|nbsp);/gi;

/** The first piece of markup in `text` (a tag such as `<b>`, or an entity such as `&amp;`), or null. */
export function findMarkup(text: string): string | null {
  return text.match(TAG)?.[0] ?? text.match(ENTITY)?.[0] ?? null;
}

export const hasMarkup = (text: string): boolean => findMarkup(text) !== null;

/** `text` as clients should read it: tags left out (a line or block tag as a space), the common entities as the characters they stand for, spaces tidied. */
export function plainText(text: string): string {
  if (!hasMarkup(text)) return text;
  return text
    .replace(/<\/?(?:br|p|div|li|ul|ol|h[1-6]|tr|td|th)\b[^<>]*>/gi, ' ')
    .replace(TAG, '')
    .replace(ENTITY, (_, name: string) => ENTITIES[name.toLowerCase()] ?? '')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}
