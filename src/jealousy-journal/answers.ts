/**
 * The journal's answers as pure functions: what Done asks for, the feelings offered (jealousy and its
 * neighbours first), and the needs and boundaries to start from.
 */
import type { FeelingGroup } from '../core/feelings.js';
import type { JealousyEntry } from './schema.js';

/** The fields Done needs, in the order they are shown: what happened and one feeling. Everything else is optional. */
export type RequiredField = 'situation' | 'feelings';

export function missingFields(entry: Pick<JealousyEntry, 'situation' | 'feelings'>): RequiredField[] {
  const missing: RequiredField[] = [];
  if (!entry.situation.trim()) missing.push('situation');
  if (!entry.feelings.some((feeling) => feeling.trim())) missing.push('feelings');
  return missing;
}

/**
 * The feelings offered: jealousy and its neighbours as the first group, then the shared vocabulary without the
 * words the first group already holds (each word is offered once).
 */
export function journalVocabulary(neighbours: FeelingGroup, shared: readonly FeelingGroup[]): FeelingGroup[] {
  const offered = new Set(neighbours.words.map((word) => word.toLocaleLowerCase()));
  const rest = shared
    .map((group) => ({ ...group, words: group.words.filter((word) => !offered.has(word.toLocaleLowerCase())) }))
    .filter((group) => group.words.length);
  return [neighbours, ...rest];
}

/** Choices to start a field from live in the core (the repair offers its ways to reconnect the same way). */
export { chooseWords, type WordsChoice } from '../core/choose-words.js';

/** The four parts of an I-statement, as the journal hands them on ("I feel [emotion] when [situation]… I need [need]."). */
export interface StatementPrefill {
  emotion: string;
  situation: string;
  reason: string;
  need: string;
}

/**
 * What the journal carries into an I-statement ("What I'd like to say", on the same page or as the next step
 * of a flow): the first feeling named, what happened, and the need. The need choices are worded to follow
 * "I need…" («Necesito…»); the person rewrites anything there.
 */
export function statementPrefill(entry: Pick<JealousyEntry, 'feelings' | 'situation' | 'need'>): StatementPrefill {
  return { emotion: entry.feelings.find((feeling) => feeling.trim())?.trim() ?? '', situation: entry.situation.trim(), reason: '', need: entry.need.trim() };
}
