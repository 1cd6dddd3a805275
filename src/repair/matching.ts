/**
 * Reading typed words the way people type them on a phone, for rules written as plain lower-case words:
 * capitals, accents and curly apostrophes aside. Shared by the repair's and the active listening's rules
 * (lead-ins, sentence forms, coaching hints); generic, so it belongs in `src/core/` once the core refactor
 * (#29) lands.
 */

const apostrophes = /[’‘ʼ`´]/;

/**
 * `text` lower-cased, its accents and curly apostrophes dropped, **character for character**: the result
 * has the same length as `text`, so a match found in it is cut from `text` at the same place.
 * (`text` should be NFC, as typed text is: a letter and its accent are then one character.)
 */
export function fold(text: string): string {
  return text.replace(/[A-Z`\u0080-\uffff]/g, (char) => {
    if (apostrophes.test(char)) return "'";
    const base = char.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
    return base.length === 1 ? base : char;
  });
}

/** One rule's words, as a pattern: a phrase of the list at a word boundary (spaces inside match any spacing). */
export function phrases(list: readonly string[]): string {
  return [...list]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** A word boundary after a pattern: no letter, digit or apostrophe follows. */
export const END = "(?![\\p{L}\\p{N}'])";
/** A word boundary before a pattern. */
export const START = "(?<![\\p{L}\\p{N}'])";

/** A pattern found anywhere in folded text, at word boundaries (`source` written in folded words). */
export function wordRule(source: string): RegExp {
  return new RegExp(`${START}(?:${source})${END}`, 'u');
}

/**
 * One coaching hint's rule: the fields it reads, a pattern over the folded text (its first group, when it
 * has one, is the word the hint names) and, optionally, when to hold it back.
 */
export interface HintRule<K extends string, F extends string> {
  key: K;
  fields: readonly F[];
  pattern: RegExp;
  /** True when the folded text says enough besides the pattern's words (a plan with a what): no hint. */
  unless?: (folded: string) => boolean;
}

/** A hint found: the field it sits beside, its string key, and the words that raised it, as typed. */
export interface FoundHint<K extends string, F extends string> {
  field: F;
  key: K;
  word: string;
}

/** The hints for what was typed: at most one per field, the first rule (in the table's order) that fires. */
export function findHints<K extends string, F extends string>(rules: readonly HintRule<K, F>[], texts: Partial<Record<F, string>>): FoundHint<K, F>[] {
  const found: FoundHint<K, F>[] = [];
  for (const field of Object.keys(texts) as F[]) {
    const typed = (texts[field] ?? '').normalize('NFC');
    if (!typed.trim()) continue;
    const folded = fold(typed);
    for (const rule of rules) {
      if (!rule.fields.includes(field)) continue;
      const match = rule.pattern.exec(folded);
      if (!match || rule.unless?.(folded)) continue;
      const at = match[1] === undefined ? match.index : match.index + match[0].indexOf(match[1]);
      const length = (match[1] ?? match[0]).length;
      found.push({ field, key: rule.key, word: typed.slice(at, at + length).replace(/\s+/gu, ' ').toLocaleLowerCase() });
      break;
    }
  }
  return found;
}
