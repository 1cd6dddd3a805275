import type { CheckInRhythm } from './schema.js';

/**
 * The check-in's answers as pure functions: what Done asks for by rhythm. The feeling words chosen and
 * written, and the groups to choose from, are the core's (src/core/feelings.ts), shared with the journal.
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
