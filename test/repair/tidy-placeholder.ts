import { tidySpacing } from '../../src/i-statement/compose.js';
import type { Tidy } from '../../src/repair/compose.js';

/**
 * A stand-in for the core's phone-input tidying (issue #26), for these tests only: spacing and the
 * punctuation at the ends (the I-statement's `tidySpacing`), the English pronoun "i"/"im"/"ive", and the
 * capital a phone puts on a field's first word lowered, unless the word is "I…" or one of the proper
 * names the corpora use (the real tidying knows names by the word; this list stands in for that).
 * When #26 lands, the corpora run through the real step instead (see corpus tests).
 */
const properNames = new Set(
  'Sam Alex Jordan Maya Chris Jamie Robin Taylor Ana Lucía Tomás Vale Andrés Camila Mateo Sofía Madrid Navidad Christmas Saturday Friday'.split(' '),
);

const englishPronoun: [RegExp, string][] = [
  [/(^|[^\p{L}\p{N}'’])i(?=$|[^\p{L}\p{N}'’]|['’](?:m|ve|d|ll)(?![\p{L}]))/gu, '$1I'],
  [/(^|[^\p{L}\p{N}'’])im(?=$|[^\p{L}\p{N}'’])/giu, "$1I'm"],
  [/(^|[^\p{L}\p{N}'’])ive(?=$|[^\p{L}\p{N}'’])/giu, "$1I've"],
];

export const placeholderTidy: Tidy = (_field, raw, lang) => {
  let text = tidySpacing(raw);
  if (/^en(?:-|$)/i.test(lang)) for (const [pattern, replacement] of englishPronoun) text = text.replace(pattern, replacement);
  const first = /^(\p{Lu})(\p{Ll}*)(?:['’]s)?(?![\p{L}])/u.exec(text);
  if (!first) return text;
  const word = first[1]! + first[2]!;
  if (properNames.has(word) || /^I(?:['’](?:m|ve|d|ll))?$/u.test(first[0])) return text;
  return first[1]!.toLocaleLowerCase() + text.slice(1);
};
