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

/** Sentence patterns with `{emotion}`, `{situation}`, `{reason}` and `{need}` placeholders. */
export interface SentenceTemplates {
  withReason: string;
  withoutReason: string;
}

export interface ComposeOptions {
  /** The sentence patterns (English by default). */
  templates?: SentenceTemplates;
  /**
   * English tidying: drops a repeated lead-in ("I feel", "when", "because", "I need"), lower-cases
   * a capitalised first word where it is a common word, and writes a lone "i" as "I". Default true.
   */
  english?: boolean;
}

export const englishTemplates: SentenceTemplates = {
  withReason: 'I feel {emotion} when {situation} because {reason}. I need {need}.',
  withoutReason: 'I feel {emotion} when {situation}. I need {need}.',
};

/** The words of the formula a person may type again at the start of a field. */
const leadIns: Record<StatementField, RegExp> = {
  emotion: /^(?:i\s+(?:am\s+|was\s+)?(?:feel(?:ing)?|felt)|i['’]m\s+feeling|i\s+am|i['’]m|feel(?:ing)?)(?![\p{L}\p{N}'’])\s*/iu,
  situation: /^when(?:ever)?(?![\p{L}\p{N}'’])\s*/iu,
  reason: /^(?:because|['’]cause)(?![\p{L}\p{N}'’])\s*/iu,
  need: /^(?:i\s+(?:really\s+|also\s+)?need|need)(?![\p{L}\p{N}'’])\s*/iu,
};

/**
 * Common English words that start a fragment in lower case; a capitalised first word is lower-cased
 * only when it is one of these (mobile keyboards capitalise every field), so names keep their capital.
 */
const commonStarters = new Set(
  `a an the this that these those there it its my your our their his her him them us you we they he she me
  someone somebody everyone everybody nobody people anyone something nothing everything
  when while after before during at on in by for from of to with without about over under
  and but or so if then just only even still also not no never always sometimes often
  time times plans work dinner texts messages calls money chores home things`
    .split(/\s+/)
    .filter(Boolean),
);

const pronounI = /^I(?:['’](?:m|ve|ll|d))?$/;

function lowerFirstWord(text: string, always: boolean): string {
  const match = /^(\p{Lu})([\p{Ll}'’-]*)(?![\p{L}])/u.exec(text);
  if (!match) return text;
  const word = match[0];
  if (pronounI.test(word)) return text;
  if (!always && !commonStarters.has(word.toLowerCase())) return text;
  return match[1]!.toLowerCase() + text.slice(1);
}

const quotePairs: Record<string, string> = { '"': '"', '“': '”', "'": "'", '‘': '’', '«': '»' };

/** Collapses spacing, drops punctuation at the ends and stray doubled punctuation inside. */
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
  return text.replace(/^[\s,.;:!?…\-–—•]+/u, '');
}

/** One part tidied for the sentence: spacing, lead-in dropped, sensible capitals. */
export function cleanPart(field: StatementField, raw: string, options: ComposeOptions = {}): string {
  const english = options.english ?? true;
  let text = tidySpacing(raw);
  if (!english) return text;
  // Drop a lead-in the person typed again ("When you…" in the "when" field), repeatedly ("I feel, I feel").
  for (let i = 0; i < 3 && leadIns[field].test(text); i++) text = tidySpacing(text.replace(leadIns[field], ''));
  text = text.replace(/(^|[^\p{L}\p{N}'’])i(?=$|['’](?:m|ve|ll|d)(?![\p{L}])|[^\p{L}\p{N}'’])/gu, '$1I');
  return lowerFirstWord(text, field === 'emotion');
}

/** The sentence pattern for these tidied parts (with or without "because"), filled in with `values`. */
function fill(clean: StatementParts, options: ComposeOptions, values: StatementParts): string {
  const templates = options.templates ?? englishTemplates;
  const template = clean.reason ? templates.withReason : templates.withoutReason;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name as StatementField] ?? match);
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
