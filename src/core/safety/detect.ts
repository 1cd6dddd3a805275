import { safetyPhrases, type DangerKind, type PhraseList } from './phrases.js';

export type { DangerKind };

/** What the detector found: the kind of danger and the listed phrase (in its normalised form). */
export interface DangerMatch {
  kind: DangerKind;
  phrase: string;
}

/** The words of a text as the lists are written against: lower case, accents and apostrophes dropped. */
function wordsOf(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A text as one normalised string, a space at each end: how a phrase is seen ("won’t" → " wont "). */
export function normaliseForSafety(text: string): string {
  return ` ${wordsOf(text).join(' ')} `;
}

interface Phrase {
  kind: DangerKind | null; // null: an idiom that means no danger
  words: string[];
}

/** Phrases by their first word, so a text is read once, word by word, however long it is. */
type Index = Map<string, Phrase[]>;

function index(list: PhraseList): Index {
  const byFirst: Index = new Map();
  const add = (kind: DangerKind | null, phrase: string) => {
    const words = wordsOf(phrase);
    const bucket = byFirst.get(words[0]!) ?? [];
    bucket.push({ kind, words });
    byFirst.set(words[0]!, bucket);
  };
  // Idioms first: at one position an idiom wins over the phrase inside it ("hit me up" over "hit me").
  for (const idiom of list.except) add(null, idiom);
  for (const [kind, phrases] of Object.entries(list.phrases)) for (const phrase of phrases) add(kind as DangerKind, phrase);
  return byFirst;
}

function startsAt(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((word, i) => words[at + i] === word);
}

let indexes: Index[] | undefined;

/**
 * The first sign of danger in any of `texts` (violence, abuse, threats, coercion, self-harm,
 * suicide, in every language listed), or null. Pure: it keeps, sends and records nothing.
 */
export function detectDanger(texts: readonly string[]): DangerMatch | null {
  indexes ??= safetyPhrases.map(index);
  for (const text of texts) {
    if (!text?.trim()) continue;
    const words = wordsOf(text);
    for (const byFirst of indexes) {
      for (let at = 0; at < words.length; at++) {
        const found = byFirst.get(words[at]!)?.find((phrase) => startsAt(words, at, phrase.words));
        if (!found) continue;
        if (found.kind) return { kind: found.kind, phrase: found.words.join(' ') };
        at += found.words.length - 1; // an idiom: read on after it
      }
    }
  }
  return null;
}

/**
 * How sure the watch is. `danger`: the support note shows and coaching stops. `caution` (a broad,
 * cheap pass: a harm verb near a person, a death or pill word, fear of someone, a controlled object):
 * no note, but no coaching either (no hints, no composed sentence, no congratulations).
 */
export type SafetyTier = 'danger' | 'caution';

/**
 * What the watch found in the person's words. `kind` says what it is about; `own-violence` is the
 * person's own violence ("I hit her"), whose note points to help to stop.
 */
export interface SafetyFinding {
  tier: SafetyTier;
  kind: DangerKind | 'own-violence';
  /** The words that were matched, normalised (for tests and reviewers; never stored or sent). */
  phrase: string;
}

/** The strongest sign in any of `texts`, or null. Pure: it keeps, sends and records nothing. */
export function assessSafety(texts: readonly string[]): SafetyFinding | null {
  const found = detectDanger(texts);
  return found ? { tier: 'danger', ...found } : null;
}
