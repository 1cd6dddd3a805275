import { parseWordList, type FeelingGroup } from '../core/feelings.js';
import type { CheckInRhythm } from './schema.js';

/**
 * The check-in's answers as pure functions: what Done asks for by rhythm, the feeling words chosen and
 * written, and the groups of words to choose from.
 */

export type TextField = 'highlight' | 'challenge' | 'need';
export type Field = 'feelings' | TextField;
export type Texts = Record<TextField, string>;

/**
 * What Done needs, by rhythm: a feeling, and nothing more. A bad day has no highlight, and a person
 * who can only name how they feel has checked in (the contract's data line).
 */
const REQUIRED: Record<CheckInRhythm, readonly Field[]> = {
  daily: ['feelings'],
  weekly: ['feelings'],
};

/** `feelings` → `Feelings`: the part of a string key named after a field (`errorFeelings`, `partFeelings`). */
export const capitalised = <F extends Field>(field: F): Capitalize<F> => (field[0]!.toUpperCase() + field.slice(1)) as Capitalize<F>;

/** The fields the rhythm asks for that are still empty, in the order they are shown. */
export function missingFields(rhythm: CheckInRhythm, feelings: readonly string[], texts: Texts): Field[] {
  return REQUIRED[rhythm].filter((field) => (field === 'feelings' ? !feelings.length : !texts[field].trim()));
}

/** Every feeling named: the chosen words, then the person's own (comma-separated), each once. */
export function allFeelings(chosen: readonly string[], own: string): string[] {
  return parseWordList([...chosen, own].join(','));
}

const lower = (word: string) => word.toLocaleLowerCase();

/** Chooses a word, or unchooses it when it is chosen (ignoring case). */
export function toggleWord(chosen: readonly string[], word: string): string[] {
  const key = lower(word);
  return chosen.some((w) => lower(w) === key) ? chosen.filter((w) => lower(w) !== key) : [...chosen, word];
}

function known(vocabulary: readonly FeelingGroup[]): Set<string> {
  return new Set(vocabulary.flatMap((group) => group.words.map(lower)));
}

/** Given feelings split into the vocabulary's words (chosen) and the person's own (written, comma-separated). */
export function splitFeelings(feelings: readonly string[], vocabulary: readonly FeelingGroup[]): { chosen: string[]; own: string } {
  const words = known(vocabulary);
  return { chosen: feelings.filter((word) => words.has(lower(word))), own: feelings.filter((word) => !words.has(lower(word))).join(', ') };
}

/**
 * The groups of words to choose from. Chosen words the vocabulary no longer holds (another language,
 * other `emotions`) stay visible in a group of their own, so they can be unchosen.
 */
export function feelingGroups(vocabulary: readonly FeelingGroup[], chosen: readonly string[], ownLabel: string): readonly FeelingGroup[] {
  const words = known(vocabulary);
  const extra = chosen.filter((word) => !words.has(lower(word)));
  return extra.length ? [...vocabulary, { label: ownLabel, words: extra }] : vocabulary;
}
