import type { FeelingGroup } from '../core/feelings.js';

/** The four parts of an I-statement as the person typed them. */
export interface StatementParts {
  emotion: string;
  situation: string;
  reason: string;
  need: string;
}

export type StatementField = keyof StatementParts;

/** The four fields in the formula's order. */
export const statementFields: readonly StatementField[] = ['emotion', 'situation', 'reason', 'need'];

/** The four parts taken from `source` (a prefill, saved data), `''` where one is missing. */
export function partsFrom(source: Partial<StatementParts>): StatementParts {
  const parts = {} as StatementParts;
  for (const field of statementFields) parts[field] = source[field] ?? '';
  return parts;
}

/**
 * Sentence patterns with `{feel}`, `{emotion}`, `{situation}`, `{reason}` and `{need}` placeholders.
 * `{feel}` is `feelNoun` before a noun ("Siento ansiedad") and `feelAdjective` before an adjective
 * ("Me siento ansiosa"); languages that do not tell them apart give both the same words.
 */
export interface SentenceTemplates {
  withReason: string;
  withoutReason: string;
  feelNoun: string;
  feelAdjective: string;
}

/** Whether a feeling is said with a noun ("ansiedad") or an adjective ("ansiosa"). */
import type { FeelingKind } from '../core/feelings.js';

export type { FeelingKind };

/** The kind the vocabulary gives a word, if it lists it in a group tagged with a kind. */
export type KnownKind = (word: string) => FeelingKind | undefined;

/**
 * How one language tidies what a person typed into the four fields and builds the sentence.
 * English ships with the widget; other languages register theirs with their locale.
 */
export interface CompositionRules {
  /** The words of the formula a person may type again at the start of a field ("When…" in the "when" field): dropped. */
  leadIns: Partial<Record<StatementField, RegExp>>;
  /** Common words that start a fragment in lower case: a capitalised first word is lowered only when it is one of these, so names keep their capital. */
  lowerStarters: ReadonlySet<string>;
  /** Word shapes lowered as well (a verb ending no name has). */
  lowerShapes?: RegExp;
  /** The feeling is lowered whatever it is (phones capitalise every field); off where nouns keep a capital. */
  lowerFeeling: boolean;
  /** Words that keep their capital even at the start (English "I", "I'm"). */
  keepCapital?: RegExp;
  /** Replacements applied to every part (English: a lone "i" becomes "I"). */
  fixes?: readonly (readonly [RegExp, string])[];
  /** The default sentence patterns (the widget's strings may replace them). */
  templates: SentenceTemplates;
  /** The kind of the typed feeling, where the sentence depends on it; without it `feelNoun` is used. */
  feelingKind?: (emotion: string, known: KnownKind) => FeelingKind;
}

export interface ComposeOptions {
  /** The language's tidying rules (English by default). */
  rules?: CompositionRules;
  /** Sentence patterns that replace the rules' own (the widget passes its reworded strings). */
  templates?: Partial<SentenceTemplates>;
  /** The feelings vocabulary shown: its tagged groups tell nouns from adjectives. */
  vocabulary?: readonly FeelingGroup[];
}

export const englishTemplates: SentenceTemplates = {
  withReason: '{feel} {emotion} when {situation} because {reason}. I need {need}.',
  withoutReason: '{feel} {emotion} when {situation}. I need {need}.',
  feelNoun: 'I feel',
  feelAdjective: 'I feel',
};

const wordEnd = "(?![\\p{L}\\p{N}'’])";

/** English: "I feel", "when", "because" and "I need" typed again; common lower-case starters; the pronoun I. */
export const englishRules: CompositionRules = {
  leadIns: {
    emotion: new RegExp(`^(?:i\\s+(?:am\\s+|was\\s+)?(?:feel(?:ing)?|felt)|i['’]m\\s+feeling|i\\s+am|i['’]m|feel(?:ing)?)${wordEnd}\\s*`, 'iu'),
    situation: new RegExp(`^when(?:ever)?${wordEnd}\\s*`, 'iu'),
    reason: new RegExp(`^(?:because|['’]cause)${wordEnd}\\s*`, 'iu'),
    need: new RegExp(`^(?:i\\s+(?:really\\s+|also\\s+)?need|need)${wordEnd}\\s*`, 'iu'),
  },
  lowerStarters: new Set(
    `a an the this that these those there it its my your our their his her him them us you we they he she me
    someone somebody everyone everybody nobody people anyone something nothing everything
    when while after before during at on in by for from of to with without about over under
    and but or so if then just only even still also not no never always sometimes often
    time times plans work dinner texts messages calls money chores home things`
      .split(/\s+/)
      .filter(Boolean),
  ),
  lowerFeeling: true,
  keepCapital: /^I(?:['’](?:m|ve|ll|d))?$/,
  fixes: [[/(^|[^\p{L}\p{N}'’])i(?=$|['’](?:m|ve|ll|d)(?![\p{L}])|[^\p{L}\p{N}'’])/gu, '$1I']],
  templates: englishTemplates,
};

/** A language without rules of its own: spacing and punctuation only, its own capitals kept. */
export const plainRules: CompositionRules = {
  leadIns: {},
  lowerStarters: new Set(),
  lowerFeeling: false,
  templates: englishTemplates,
};

function lowerFirstWord(text: string, always: boolean, rules: CompositionRules): string {
  const match = /^(\p{Lu})([\p{Ll}'’-]*)(?![\p{L}])/u.exec(text);
  if (!match) return text;
  const word = match[0];
  if (rules.keepCapital?.test(word)) return text;
  const lower = word.toLocaleLowerCase();
  if (!always && !rules.lowerStarters.has(lower) && !rules.lowerShapes?.test(lower)) return text;
  return match[1]!.toLocaleLowerCase() + text.slice(1);
}

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
  let text = raw.replace(/\s+/gu, ' ').trim();
  text = text.replace(/ +([,.;:!?…])/g, '$1');
  text = text.replace(/([,;:!?])\1+/g, '$1');
  text = text.replace(/\.{4,}/g, '...').replace(/(^|[^.])\.\.(?!\.)/g, '$1.');
  text = text.replace(/[\s,.;:!?…]+$/u, '');
  const closing = quotePairs[text[0] ?? ''];
  if (closing && text.length > 1 && text.endsWith(closing)) {
    text = text.slice(1, -1).trim().replace(/[\s,.;:!?…]+$/u, '');
  }
  return balanceInvertedMarks(text.replace(/^[\s,.;:!?…\-–—•]+/u, ''));
}

/** One part tidied for the sentence: spacing, lead-in dropped, sensible capitals. */
export function cleanPart(field: StatementField, raw: string, options: ComposeOptions = {}): string {
  const rules = options.rules ?? englishRules;
  let text = tidySpacing(raw);
  const leadIn = rules.leadIns[field];
  // Drop a lead-in the person typed again ("When you…" in the "when" field), repeatedly ("I feel, I feel").
  for (let i = 0; leadIn && i < 3 && leadIn.test(text); i++) text = tidySpacing(text.replace(leadIn, ''));
  for (const [pattern, replacement] of rules.fixes ?? []) text = text.replace(pattern, replacement);
  return lowerFirstWord(text, field === 'emotion' && rules.lowerFeeling, rules);
}

/** The kind a tagged vocabulary group gives `word` (the whole feeling, or its first word). */
function knownKind(vocabulary: readonly FeelingGroup[] | undefined): KnownKind {
  return (word) => {
    const wanted = word.toLocaleLowerCase();
    return vocabulary?.find((group) => group.kind && group.words.some((w) => w.toLocaleLowerCase() === wanted))?.kind;
  };
}

/** The kind of the (tidied) feeling under these options: `noun` where the language does not tell. */
export function feelingKind(emotion: string, options: ComposeOptions = {}): FeelingKind {
  const rules = options.rules ?? englishRules;
  return emotion && rules.feelingKind ? rules.feelingKind(emotion, knownKind(options.vocabulary)) : 'noun';
}

/** The sentence pattern for these tidied parts (with or without "because"), filled in with `values`. */
function fill(clean: StatementParts, options: ComposeOptions, values: StatementParts): string {
  const templates = { ...(options.rules ?? englishRules).templates, ...options.templates };
  const template = clean.reason ? templates.withReason : templates.withoutReason;
  const feel = feelingKind(clean.emotion, options) === 'adjective' ? templates.feelAdjective : templates.feelNoun;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name === 'feel' ? feel : statementFields.includes(name as StatementField) ? values[name as StatementField] : match,
  );
}

/** All four parts tidied. */
export function cleanParts(parts: StatementParts, options: ComposeOptions = {}): StatementParts {
  const clean = {} as StatementParts;
  for (const field of statementFields) clean[field] = cleanPart(field, parts[field], options);
  return clean;
}

/** The required parts still empty (after tidying), in the formula's order. */
export function missingParts(parts: StatementParts, options: ComposeOptions = {}): StatementField[] {
  const clean = cleanParts(parts, options);
  return (['emotion', 'situation', 'need'] as const).filter((field) => !clean[field]);
}

/**
 * The I-statement, "I feel [emotion] when [situation] because [reason]. I need [request].",
 * tidy however it was typed; without a reason the "because" clause is left out. `''` until the
 * emotion, the situation and the need are all given.
 */
export function composeStatement(parts: StatementParts, options: ComposeOptions = {}): string {
  const clean = cleanParts(parts, options);
  if (!clean.emotion || !clean.situation || !clean.need) return '';
  return fill(clean, options, clean);
}

/** The sentence as far as it goes, with `placeholder` where a required part is still missing (for a preview). */
export function composePreview(parts: StatementParts, options: ComposeOptions & { placeholder?: string } = {}): string {
  const placeholder = options.placeholder ?? '…';
  const clean = cleanParts(parts, options);
  const sentence = fill(clean, options, {
    emotion: clean.emotion || placeholder,
    situation: clean.situation || placeholder,
    reason: clean.reason,
    need: clean.need || placeholder,
  });
  return sentence.split(`${placeholder}.`).join(placeholder);
}
