import type { DangerKind } from './kinds.js';
import { english } from './languages/en.js';
import { spanish } from './languages/es.js';
import { CompiledLanguage, sentencesOf, type FindingKind, type Match, type SafetyLanguage, type Word } from './matcher.js';

export type { SafetyLanguage };

export type { DangerKind };

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

/** A danger-tier finding without its tier (what the widgets read until they read tiers). */
export interface DangerMatch {
  kind: DangerKind | 'own-violence';
  phrase: string;
}

/** Every language is read for every text, whatever the page's language: people write in the language they think in. */
let tables: readonly SafetyLanguage[] = [english, spanish];
/** Built at the first text read with the current tables (never at import). */
let languages: CompiledLanguage[] | undefined;

/**
 * Hands the watch the languages it reads: the tables themselves, or a promise of them, so that a page can load
 * `languages/*.js` (data modules that import nothing) on its own schedule. Until a promise settles, the watch reads
 * with the languages it had; it resolves once the new ones are in use (read the person's words again then).
 */
export async function useSafetyLanguages(load: readonly SafetyLanguage[] | PromiseLike<readonly SafetyLanguage[]>): Promise<void> {
  const next = await load;
  tables = [...next];
  languages = undefined;
}

function finding(tier: SafetyTier, kind: FindingKind, words: readonly Word[], match: Match): SafetyFinding {
  const phrase = words
    .slice(match.start, match.end)
    .map((word) => word.text)
    .filter((text, i, all) => text !== all[i - 1])
    .join(' ');
  return { tier, kind, phrase };
}

/** The strongest sign in one sentence read in one language: danger to the person, then own violence, then caution. */
function assessSentence(language: CompiledLanguage, sentence: readonly string[]): SafetyFinding | null {
  const words = language.words(sentence);
  const ordinary = words.map(() => false);
  language.eachMatch(language.except, words, ordinary, (idiom) => void ordinary.fill(true, idiom.start, idiom.end));
  const notDanger = [...ordinary];
  language.eachMatch(language.soften, words, ordinary, (figure) => void notDanger.fill(true, figure.start, figure.end));

  let caution: Match | null = null;
  const own: Match[] = [];
  language.eachMatch(language.own, words, notDanger, (match) => {
    if (match.caution) caution ??= match;
    else own.push(match);
  });
  let danger: Match | null = null;
  language.eachMatch(language.danger, words, notDanger, (match) => {
    // "I choked her": the person's own violence, not a report of someone else's.
    if (own.some((mine) => mine.start <= match.start && match.end <= mine.end)) return false;
    if (!match.caution) danger = match;
    else caution ??= match;
    return danger !== null;
  });
  if (danger) return finding('danger', (danger as Match).kind, words, danger);
  if (own[0]) return finding('danger', 'own-violence', words, own[0]);
  language.eachMatch(language.caution, words, ordinary, (match) => {
    caution ??= match;
    return true;
  });
  return caution ? finding('caution', (caution as Match).kind, words, caution) : null;
}

const rank = (found: SafetyFinding | null) => (!found ? 0 : found.tier === 'caution' ? 1 : found.kind === 'own-violence' ? 2 : 3);

/**
 * The strongest sign in any of `texts` (danger to the person, then the person's own violence, then
 * caution), read in every language, or null. Pure: it keeps, sends and records nothing.
 */
export function assessSafety(texts: readonly string[]): SafetyFinding | null {
  let best: SafetyFinding | null = null;
  for (const text of texts) {
    if (!text?.trim()) continue;
    // Built at the first words to read: an empty exercise compiles nothing.
    languages ??= tables.map((table) => new CompiledLanguage(table));
    for (const sentence of sentencesOf(text)) {
      for (const language of languages) {
        const found = assessSentence(language, sentence);
        if (rank(found) === 3) return found;
        if (rank(found) > rank(best)) best = found;
      }
    }
  }
  return best;
}

/** The danger-tier sign in any of `texts`, or null (caution is not reported here). */
export function detectDanger(texts: readonly string[]): DangerMatch | null {
  const found = assessSafety(texts);
  return found?.tier === 'danger' ? { kind: found.kind, phrase: found.phrase } : null;
}
