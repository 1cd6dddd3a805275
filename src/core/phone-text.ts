import { lookup, type LocaleBundle } from './localize.js';

/**
 * Words as people type them on a phone, made ready to stand in a sentence: what every exercise that
 * composes a sentence from a person's words shares (the I-statement; the repair's "what you could
 * say"). Only capitals, spacing and punctuation change; the words stay the person's.
 *
 * A phone puts a capital on the first word of a field, after a full stop, and (in title-case mode)
 * on every word. Such a capital is lowered when the word is an ordinary word of the language — found
 * in its list, by its shape, or after a word that only ordinary words follow ("the", "your", «me»)
 * — and kept otherwise, so names keep theirs. A capital the person typed in the middle of a
 * sentence is theirs and stays; so do words in capitals ("NEVER", "TV").
 */
export interface PhoneTextRules {
  /** Whether a word (folded: lower case, no accents, no apostrophes) is an ordinary word of the language, never a name. */
  ordinary(word: string): boolean;
  /** Folded words after which the next word is ordinary whatever it is (articles, possessives, subject and object pronouns). */
  before?: ReadonlySet<string>;
  /** Folded words that are names though they look ordinary («soledad», «laura», "florence"): never lowered. */
  names?: ReadonlySet<string>;
  /** Ordinary words that are also first names ("Will", "Mark"): kept when the next word shows a name (`nameNext`). */
  alsoNames?: ReadonlySet<string>;
  /** The folded word after one of `alsoNames` that makes it a name ("Will forgets", "Will to call"). */
  nameNext?: RegExp;
  /** Words that keep their capital wherever they stand (English "I", "I'm"), tested on the word as typed. */
  keepCapital?: RegExp;
  /** Punctuation restored, applied last: `[pattern, replacement]` (English: "dont" → "don't", "i" → "I"). */
  fixes?: readonly (readonly [RegExp, string])[];
  /** Folded words whose full stop is an abbreviation's, not a sentence's end ("dr", "etc"). */
  abbreviations?: ReadonlySet<string>;
}

export interface TidyOptions {
  /** The first word is lowered whatever it is (a field that never starts with a name, such as a feeling). */
  lowerFirst?: boolean;
  /** More folded words to treat as ordinary (the feelings vocabulary shown beside the field). */
  ordinary?: ReadonlySet<string>;
}

/** A language without rules: its capitals kept, only spacing and punctuation tidied. */
export const plainPhoneText: PhoneTextRules = { ordinary: () => false };

const NAMESPACE = 'core:phone-text';

/** The part of a locale bundle that registers a language's phone-text rules. */
export function phoneTextRules(rules: PhoneTextRules): LocaleBundle {
  return { [NAMESPACE]: { rules } };
}

/** The rules registered for `lang` (`es-MX` falls back to `es`), else `fallback` (English's, for English). */
export function registeredPhoneText(lang: string, fallback: PhoneTextRules = plainPhoneText): PhoneTextRules {
  return (lookup(lang, NAMESPACE, 'rules') as PhoneTextRules | undefined) ?? fallback;
}

/**
 * `text` in lower case without accents, each character where it was (the same length), so that a
 * pattern written without accents finds «porqué», «Sentía» or «PORQUE» and slices the original.
 */
export function fold(text: string): string {
  if (!/[^\0-\x7f]/.test(text)) return text.toLowerCase();
  return text.normalize('NFC').replace(/[^\0-\x7f]|[A-Z]/g, (char) => {
    const base = char.normalize('NFD')[0]!.toLowerCase();
    return base.length === char.length ? base : char;
  });
}

/** A folded word as the lists hold it: apostrophes dropped ("don't" → "dont"). */
export const listForm = (word: string): string => fold(word).replace(/['’]/g, '');

const quotePairs: Record<string, string> = { '"': '"', '“': '”', "'": "'", '‘': '’', '«': '»' };
const invertedMarks: Record<string, string> = { '?': '¿', '!': '¡' };

/** Drops an opening «¿» or «¡» whose closing mark is gone (the sentence's own punctuation follows the part). */
function balanceInvertedMarks(text: string): string {
  if (!text.includes('¿') && !text.includes('¡')) return text;
  const open: Record<string, number[]> = { '¿': [], '¡': [] };
  const chars = [...text];
  chars.forEach((char, index) => {
    if (char in open) open[char]!.push(index);
    else if (char in invertedMarks) open[invertedMarks[char]!]!.pop();
  });
  const unmatched = new Set([...open['¿']!, ...open['¡']!]);
  if (!unmatched.size) return text;
  return chars
    .filter((_, index) => !unmatched.has(index))
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Collapses spacing, drops punctuation at the ends and stray doubled punctuation inside, keeps ¿…? and ¡…! whole. */
export function tidySpacing(raw: string): string {
  // Composed characters (NFC), as most keyboards send them, so that `fold` keeps every character where it was.
  let text = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
  text = text.replace(/ +([,.;:!?…])/g, '$1');
  text = text.replace(/([,;:!?])\1+/g, '$1');
  text = text.replace(/\.{4,}/g, '...').replace(/(^|[^.])\.\.(?!\.)/g, '$1.');
  text = text.replace(/[\s,.;:!?…]+$/u, '');
  const closing = quotePairs[text[0] ?? ''];
  if (closing && text.length > 1 && text.endsWith(closing)) {
    text = text.slice(1, -1).trim().replace(/[\s,.;:!?…]+$/u, '');
  }
  return balanceInvertedMarks(text.replace(/^[\s,.;:!?…\-–—•*]+/u, ''));
}

/**
 * Drops a lead-in the person typed again at the start ("When…" in the "when" field, «Porque…»),
 * as often as it repeats ("I feel, I feel"). `leadIn` is anchored (`^`) and written for folded
 * text, so accents and capitals are optional.
 */
export function dropLeadIn(text: string, leadIn: RegExp | undefined): string {
  for (let i = 0; leadIn && i < 3; i++) {
    const match = leadIn.exec(fold(text));
    if (!match?.[0]) break;
    text = tidySpacing(text.slice(match[0].length));
  }
  return text;
}

/**
 * Replaces the start of `text` when `pattern` (anchored, for folded text) matches it: the match's
 * folded words become `replacement` (`$1`… refer to its groups), the rest stays as typed.
 */
export function replaceStart(text: string, pattern: RegExp, replacement: string): string {
  const match = pattern.exec(fold(text));
  if (!match) return text;
  const head = replacement.replace(/\$(\d)/g, (_, group: string) => match[Number(group)] ?? '');
  return tidySpacing(`${head} ${text.slice(match[0].length)}`);
}

const closers = '"”’»)';

/**
 * A sentence's end typed inside a field (". ", "! ", "? ", a line break). Not ends: an abbreviation's
 * or an initial's full stop, «¿…?» and «¡…!», marks inside quotes. In a fragment (`keep` false) an end
 * becomes a comma ("…" and a quotation's own end stay); with `keep` each end stays, one mark. Returns the text and the
 * indices of the words after the ends, where a phone puts its capital.
 */
function sentenceEnds(text: string, rules: PhoneTextRules, keep: boolean): { text: string; starts: number[] } {
  const starts: number[] = [];
  let out = '';
  let last = 0;
  // What the text before the current end holds, kept up to date in one pass (a long paste stays fast).
  const seen = { quotes: 0, '«': -1, '»': -1, '“': -1, '”': -1, '¿': -1, '?': -1, '¡': -1, '!': -1 } as Record<string, number>;
  let scanned = 0;
  const end = new RegExp(`([.!?]+|…)([${closers}]*) (?=\\S)`, 'gu');
  for (let match = end.exec(text); match; match = end.exec(text)) {
    for (; scanned < match.index; scanned++) {
      const char = text[scanned]!;
      if (char === '"') seen.quotes! += 1;
      else if (char in seen) seen[char] = scanned;
    }
    const [marks, closing] = [match[1]!, match[2]!];
    const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, match.index - 40), match.index))?.[0] ?? '';
    const insideQuotes =
      (seen.quotes! % 2 === 1 && !closing.includes('"')) ||
      (seen['«']! > seen['»']! && !closing.includes('»')) ||
      (seen['“']! > seen['”']! && !closing.includes('”'));
    const questionKept = marks[0] === '?' && seen['¿']! > seen['?']!;
    const exclamationKept = marks[0] === '!' && seen['¡']! > seen['!']!;
    const abbreviation =
      marks === '.' && (/^\p{L}$/u.test(word) || word.includes('.') || rules.abbreviations?.has(listForm(word)) === true);
    if (insideQuotes || questionKept || exclamationKept || abbreviation) continue;
    // "…" and a quotation's own end ('"I'll do it later." and…') stay; the word after them may carry a phone's capital.
    const stays = marks === '…' || marks === '...' || !!closing;
    const kept = stays ? marks : marks[0];
    out += text.slice(last, match.index) + (keep || stays ? `${kept}${closing} ` : ', ');
    last = match.index + match[0].length;
    starts.push(out.length);
  }
  return { text: out + text.slice(last), starts };
}

/** A line break typed in a field: a space before a lower-case word, a sentence's end before a capital. */
function joinLines(raw: string): string {
  return raw.replace(/([.!?…]?)\s*\n\s*(?=(\S?))/gu, (_, mark: string, next: string) => (mark ? `${mark} ` : /\p{Lu}/u.test(next) ? '. ' : ' '));
}

const wordPattern = /\p{L}[\p{L}\p{M}'’]*/gu;

/** Whether a word as typed is Capitalised (first letter upper case, the rest lower case). */
const capitalised = (word: string) => /^\p{Lu}[^\p{Lu}]*$/u.test(word);

/** The words of `text` with their index; a hyphenated word is decided part by part ("Lie-In", "Phone-Free"). */
function wordsOf(text: string): { word: string; index: number }[] {
  const words: { word: string; index: number }[] = [];
  for (const match of text.matchAll(wordPattern)) {
    if (!match[0].includes('-')) {
      words.push({ word: match[0], index: match.index });
      continue;
    }
    let index = match.index;
    for (const part of match[0].split('-')) {
      if (part) words.push({ word: part, index });
      index += part.length + 1;
    }
  }
  return words;
}

/** `text` with the letters at `indices` changed by `change` (one pass, however many). */
function recase(text: string, indices: readonly number[], change: (letter: string) => string): string {
  let out = '';
  let from = 0;
  for (const index of [...indices].sort((a, b) => a - b)) {
    out += text.slice(from, index) + change(text[index]!);
    from = index + 1;
  }
  return out + text.slice(from);
}

/**
 * Lowers the capitals a phone put on ordinary words: at `starts` (the first word, the words after a
 * sentence's end) and, in title-case mode (most words Capitalised), on every word.
 */
function lowerPhoneCapitals(text: string, starts: readonly number[], rules: PhoneTextRules, options: TidyOptions): string {
  const words = wordsOf(text);
  const counted = words.filter(({ word }) => !rules.keepCapital?.test(word));
  const titleCase = counted.filter(({ word }) => capitalised(word)).length;
  const titleMode = titleCase >= 2 && titleCase * 2 > counted.length;
  const isOrdinary = (word: string) => rules.ordinary(word) || options.ordinary?.has(word) === true;
  const afterEnd = new Set(starts);
  const lowered: number[] = [];
  words.forEach(({ word, index }, at) => {
    if (!capitalised(word) || rules.keepCapital?.test(word)) return;
    if (at > 0 && !titleMode && !afterEnd.has(index)) return;
    const folded = listForm(word.replace(/['’]s$/u, ''));
    const after = (word: { word: string } | undefined) => (word ? listForm(word.word) : '');
    const lower =
      (at === 0 && options.lowerFirst) ||
      (rules.names?.has(folded) !== true &&
        (rules.alsoNames?.has(folded)
          ? !rules.nameNext?.test(after(words[at + 1]))
          : isOrdinary(folded) || rules.before?.has(after(words[at - 1])) === true));
    if (lower) lowered.push(index);
  });
  return recase(text, lowered, (letter) => letter.toLocaleLowerCase());
}

function applyFixes(text: string, rules: PhoneTextRules): string {
  for (const [pattern, replacement] of rules.fixes ?? []) text = text.replace(pattern, replacement);
  return text;
}

/**
 * A person's words made ready to stand inside a sentence: spacing tidied, a sentence's end typed
 * inside joined with a comma, the capitals a phone added lowered (names and "I" keep theirs),
 * punctuation restored. `leadIn`, if given, is dropped from the start first.
 */
export function tidyFragment(raw: string, rules: PhoneTextRules, options: TidyOptions & { leadIn?: RegExp } = {}): string {
  const text = dropLeadIn(tidySpacing(joinLines(raw)), options.leadIn);
  const joined = sentenceEnds(text, rules, false);
  return applyFixes(lowerPhoneCapitals(joined.text, joined.starts, rules, options), rules);
}

/**
 * A person's words as sentences of their own ("what you could say"): as `tidyFragment`, but the
 * sentences they typed stay sentences, each starting with a capital, and the last ends with a full
 * stop unless it ends with "?" or "!". `''` for nothing but spacing and punctuation.
 */
export function tidySentences(raw: string, rules: PhoneTextRules, options: TidyOptions & { leadIn?: RegExp } = {}): string {
  const lines = joinLines(raw);
  const ending = /([?!])[\s"”’»)]*$/u.exec(lines)?.[1] ?? '.';
  const text = dropLeadIn(tidySpacing(lines), options.leadIn);
  if (!/[\p{L}\p{N}]/u.test(text)) return '';
  const joined = sentenceEnds(text, rules, true);
  const out = lowerPhoneCapitals(joined.text, [], rules, options);
  // The first letter of each sentence (within the few marks that may open it: «¿», a quote).
  const firsts = [0, ...joined.starts].flatMap((start) => {
    const at = out.slice(start, start + 8).search(/[\p{L}\p{N}]/u);
    return at < 0 ? [] : [start + at];
  });
  return `${applyFixes(recase(out, firsts, (letter) => letter.toLocaleUpperCase()), rules)}${ending}`;
}

/** The text with its first letter in upper case. */
export function capitalise(text: string): string {
  const at = text.search(/\p{L}/u);
  return at < 0 ? text : recase(text, [at], (letter) => letter.toLocaleUpperCase());
}
