import { capitalise, fold, listForm, plainPhoneText, replaceStart, tidyFragment, type PhoneTextRules } from '../core/phone-text.js';
import type { FeelingGroup, FeelingKind } from '../core/feelings.js';
import { englishRules } from './english.js';
import { statementFields, type StatementField, type StatementParts } from './parts.js';

export { tidySpacing } from '../core/phone-text.js';
export { englishRules } from './english.js';
export { partsFrom, statementFields, type StatementField, type StatementParts } from './parts.js';

/**
 * Sentence patterns with `{feel}`, `{emotion}`, `{situation}`, `{reason}` and `{need}` placeholders.
 * `{feel}` is `feelNoun` before a noun ("Siento ansiedad") and `feelAdjective` before an adjective
 * ("Me siento ansiosa"); languages that do not tell them apart give both the same words. A feeling
 * said as a clause of its own ("It hurts", «Tengo miedo») takes no `{feel}`: the sentence starts with it.
 */
export interface SentenceTemplates {
  withReason: string;
  withoutReason: string;
  feelNoun: string;
  feelAdjective: string;
}

export type { FeelingKind };

/** The kind the vocabulary gives a word, if it lists it in a group tagged with a kind. */
export type KnownKind = (word: string) => FeelingKind | undefined;

/**
 * How one language turns what a person typed into the four fields into the sentence. The phone's
 * capitals and punctuation are the core's (`typing`, shared with other exercises); the rest is the
 * formula's. Patterns are written for folded text (lower case, no accents: see `fold`), so accents
 * and capitals are optional. English ships with the widget; other languages register theirs with
 * their locale.
 */
export interface CompositionRules {
  /** How the language is typed on a phone: which capitals are a phone's, which punctuation to restore. */
  typing: PhoneTextRules;
  /** The feeling's first word is lowered whatever it is (a feeling is never a name); off where nouns keep a capital. */
  lowerFeeling?: boolean;
  /** The formula's words typed again at the start of a field ("When…" in the "when" field, «Porque…»): dropped. */
  leadIns: Partial<Record<StatementField, RegExp>>;
  /** Other ways of asking at the start of the need, in order, and what each becomes ("can you" → "you to", «quiero que» → «que»). */
  asks?: readonly (readonly [RegExp, string])[];
  /** Words that end a request without adding to it ("please", «por favor»): dropped from the end of the need. */
  needTail?: RegExp;
  /** The need once its asks are replaced, reworded into what "I need" takes ("Listen" → "you to listen", «Avísame» → «que me avises»). */
  reshapeNeed?: (need: string) => string;
  /** A feeling said as a clause of its own ("It hurts", «Tengo miedo», «Me da rabia»): kept as typed, the sentence starts with it. */
  feelingClause?: RegExp;
  /** The default sentence patterns (the widget's strings may replace them). */
  templates: SentenceTemplates;
  /** The kind of the typed feeling, where the sentence depends on it; without it `feelNoun` is used. */
  feelingKind?: (emotion: string, known: KnownKind) => FeelingKind;
}

export interface ComposeOptions {
  /** The language's rules (English by default). */
  rules?: CompositionRules;
  /** Sentence patterns that replace the rules' own (the widget passes its reworded strings). */
  templates?: Partial<SentenceTemplates>;
  /** The feelings vocabulary shown: its tagged groups tell nouns from adjectives, and its words are never names. */
  vocabulary?: readonly FeelingGroup[];
}

/** A language without rules of its own: spacing and punctuation only, its own capitals kept. */
export const plainRules: CompositionRules = {
  typing: plainPhoneText,
  leadIns: {},
  templates: englishRules.templates,
};

const vocabularyWords = new WeakMap<readonly FeelingGroup[], Set<string>>();

/** The words of the vocabulary, folded: the feeling field never treats them as names. */
function wordsOf(vocabulary: readonly FeelingGroup[] | undefined): Set<string> | undefined {
  if (!vocabulary) return undefined;
  let words = vocabularyWords.get(vocabulary);
  if (!words) {
    words = new Set(vocabulary.flatMap((group) => group.words.flatMap((word) => word.split(/\s+/u).map(listForm))));
    vocabularyWords.set(vocabulary, words);
  }
  return words;
}

/** The need with its other ways of asking replaced ("I'd like…", «quiero que…»), the end's "please" dropped, reshaped for "I need". */
function tidyNeed(text: string, rules: CompositionRules): string {
  for (const [pattern, replacement] of rules.asks ?? []) text = replaceStart(text, pattern, replacement);
  const tail = rules.needTail?.exec(fold(text));
  if (tail) text = text.slice(0, tail.index);
  return rules.reshapeNeed?.(text) ?? text;
}

/** The last parts tidied, per language: a render asks for the same parts several times (sentence, preview, hints, what is missing). */
const tidied = new WeakMap<CompositionRules, Map<string, string>>();
const vocabularyIds = new WeakMap<readonly FeelingGroup[], number>();
let vocabularies = 0;

/** One part tidied for the sentence: lead-in dropped, a phone's capitals lowered, punctuation inside joined, asks reworded. */
export function cleanPart(field: StatementField, raw: string, options: ComposeOptions = {}): string {
  const rules = options.rules ?? englishRules;
  const cache = tidied.get(rules) ?? new Map<string, string>();
  tidied.set(rules, cache);
  // The vocabulary changes the feeling field's capitals only: it is part of that field's key.
  const vocabulary = field === 'emotion' ? options.vocabulary : undefined;
  if (vocabulary && !vocabularyIds.has(vocabulary)) vocabularyIds.set(vocabulary, ++vocabularies);
  const key = `${field}\u0000${vocabulary ? vocabularyIds.get(vocabulary) : 0}\u0000${raw}`;
  let text = cache.get(key);
  if (text === undefined) {
    text = tidyPart(field, raw, rules, vocabulary);
    if (cache.size >= 16) cache.delete(cache.keys().next().value!);
    cache.set(key, text);
  }
  return text;
}

function tidyPart(field: StatementField, raw: string, rules: CompositionRules, vocabulary: readonly FeelingGroup[] | undefined): string {
  const text = tidyFragment(raw, rules.typing, {
    leadIn: rules.leadIns[field],
    lowerFirst: field === 'emotion' && rules.lowerFeeling,
    ordinary: wordsOf(vocabulary),
  });
  return field === 'need' && text ? tidyNeed(text, rules) : text;
}

/** The kind a tagged vocabulary group gives `word` (accents optional). */
function knownKind(vocabulary: readonly FeelingGroup[] | undefined): KnownKind {
  return (word) => {
    const wanted = fold(word);
    return vocabulary?.find((group) => group.kind && group.words.some((w) => fold(w) === wanted))?.kind;
  };
}

/** The kind of the (tidied) feeling under these options: `noun` where the language does not tell. */
export function feelingKind(emotion: string, options: ComposeOptions = {}): FeelingKind {
  const rules = options.rules ?? englishRules;
  return emotion && rules.feelingKind ? rules.feelingKind(emotion, knownKind(options.vocabulary)) : 'noun';
}

/** Whether the (tidied) feeling is a clause of its own ("It hurts"), which starts the sentence without "I feel". */
export function feelingIsClause(emotion: string, options: ComposeOptions = {}): boolean {
  return !!emotion && (options.rules ?? englishRules).feelingClause?.test(fold(emotion)) === true;
}

/** The sentence pattern for these tidied parts (with or without "because"), filled in with `values`. */
function fill(clean: StatementParts, options: ComposeOptions, values: StatementParts): string {
  const templates = { ...(options.rules ?? englishRules).templates, ...options.templates };
  const template = clean.reason ? templates.withReason : templates.withoutReason;
  const clause = feelingIsClause(clean.emotion, options);
  const feel = clause ? '' : feelingKind(clean.emotion, options) === 'adjective' ? templates.feelAdjective : templates.feelNoun;
  const sentence = template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name === 'feel' ? feel : statementFields.includes(name as StatementField) ? values[name as StatementField] : match,
  );
  return clause ? capitalise(sentence.replace(/^\s+/u, '')) : sentence;
}

/** All four parts tidied. */
export function cleanParts(parts: StatementParts, options: ComposeOptions = {}): StatementParts {
  const clean = {} as StatementParts;
  for (const field of statementFields) clean[field] = cleanPart(field, parts[field], options);
  return clean;
}

/** The sentence in every form the widget shows it, from one tidying of the parts. */
export interface Composition {
  /** The I-statement, `''` until the emotion, the situation and the need are all given. */
  text: string;
  /** The sentence as far as it goes, with a placeholder where a required part is still missing. */
  preview: string;
  /** The required parts still empty (after tidying), in the formula's order. */
  missing: StatementField[];
}

/**
 * The I-statement, "I feel [emotion] when [situation] because [reason]. I need [request].", tidy however
 * it was typed (without a reason the "because" clause is left out), its preview and what it still lacks.
 */
export function composition(parts: StatementParts, options: ComposeOptions & { placeholder?: string } = {}): Composition {
  const placeholder = options.placeholder ?? '…';
  const clean = cleanParts(parts, options);
  const missing = (['emotion', 'situation', 'need'] as const).filter((field) => !clean[field]);
  const preview = fill(clean, options, {
    emotion: clean.emotion || placeholder,
    situation: clean.situation || placeholder,
    reason: clean.reason,
    need: clean.need || placeholder,
  });
  return { text: missing.length ? '' : fill(clean, options, clean), preview: preview.split(`${placeholder}.`).join(placeholder), missing };
}

/** The required parts still empty (after tidying), in the formula's order. */
export function missingParts(parts: StatementParts, options: ComposeOptions = {}): StatementField[] {
  return composition(parts, options).missing;
}

/** The I-statement alone (see `composition`): `''` until the emotion, the situation and the need are all given. */
export function composeStatement(parts: StatementParts, options: ComposeOptions = {}): string {
  return composition(parts, options).text;
}

/** The preview alone (see `composition`): the sentence as far as it goes, with `placeholder` where a part is missing. */
export function composePreview(parts: StatementParts, options: ComposeOptions & { placeholder?: string } = {}): string {
  return composition(parts, options).preview;
}
