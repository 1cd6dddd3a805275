import * as z from 'zod/mini';
import { orNull } from '../core/checks.js';
import { isIsoDate } from '../core/dates.js';

/** The strength scale: whole numbers from 0 (barely there) to 10 (as strong as it gets). */
export const STRENGTH = { min: 0, max: 10 } as const;

/** A strength on the scale: a whole number 0–10. */
export const isStrength = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= STRENGTH.min && value <= STRENGTH.max;

/**
 * One journal entry (`value`, `detail.data`, a stored draft, each kept entry of the history): its type is
 * derived from this schema. Jealousy as data (seed 000): what happened, the feeling and its strength, the
 * need or boundary behind it, and, if wanted, what to say, an agreement to revisit, and compersion. At run
 * time the history reads kept entries with `isJealousyEntry` (history.ts), the same shape in plain checks; a
 * test holds the two to the same answers.
 */
export const jealousyJournalSchema = z.object({
  /** The local `YYYY-MM-DD` of the entry; several a day are kept. */
  date: z.string().check(z.refine(isIsoDate)),
  with: z.array(z.string()),
  /** What happened, as a camera would have seen it. */
  situation: z.string(),
  feelings: z.array(z.string()),
  /** How strong, 0–10; null until chosen. */
  strength: orNull(z.number().check(z.refine(isStrength))),
  /** What the feeling tells about a need or a boundary. */
  need: z.string(),
  /** What I'd like to say (optional). */
  say: z.string(),
  /** An agreement to revisit (optional). */
  agreement: z.string(),
  /** Anything I can feel glad about for them (optional, never required). */
  glad: z.string(),
});

export type JealousyJournalData = z.output<typeof jealousyJournalSchema>;
/** One entry of the journal: its data (`JealousyJournalData`). */
export type JealousyEntry = JealousyJournalData;

/** A strength from a slider's or a radio's value ("7"), or null for anything that is not a whole number 0–10. */
export function strengthFrom(raw: string | number | null | undefined): number | null {
  const value = typeof raw === 'string' && /^\s*\d{1,2}\s*$/.test(raw) ? Number(raw) : raw;
  return isStrength(value) ? value : null;
}
