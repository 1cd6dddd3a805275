import * as z from 'zod/mini';
import { attributeRule } from '../core/attributes.js';
import { orNull } from '../core/checks.js';
import { isIsoDate } from '../core/dates.js';

/**
 * The repair's data (`value`, `detail.data`, a stored draft); its type is derived from it. The six steps of the
 * repair process (seed 001, "The Repair Process"): take responsibility for your part, acknowledge the impact,
 * express genuine remorse, plan what you will do differently, follow through, reconnect.
 */
export const repairSchema = z.object({
  /** The people the repair is with (the `with` attribute), as shown in the words. */
  with: z.array(z.string()),
  /** "My part in what happened". */
  part: z.string(),
  /** "The impact on…". */
  impact: z.string(),
  /** "I'm sorry for…". */
  apology: z.string(),
  /** "Next time I will…". */
  plan: z.string(),
  /** The follow-up date, `YYYY-MM-DD`, or null when the person cleared it. */
  followUp: orNull(z.string().check(z.refine(isIsoDate))),
  /** "A way to reconnect" (optional). */
  reconnect: z.string(),
  /** What the person could say, composed from their words; `''` while part, impact, apology or plan is missing, and after words of danger. */
  text: z.string(),
});

export type RepairData = z.output<typeof repairSchema>;

/** The `follow-up` attribute's range and default: whole days from today to the follow-up date offered. */
export const FOLLOW_UP_DAYS = { min: 1, max: 90, fallback: 7 } as const;

/** A whole number written with digits only ("7", " 14 "); anything else becomes NaN, which the range refuses. */
export function wholeNumber(raw: string): number {
  const text = raw.trim();
  return /^\d{1,9}$/.test(text) ? Number(text) : Number.NaN;
}

/** `follow-up`: whole days from today, 1–90 (default 7). */
export const followUpRule = attributeRule<number>(
  z.pipe(
    z.pipe(z.string(), z.transform(wholeNumber)),
    z.number().check(z.refine((days) => days >= FOLLOW_UP_DAYS.min && days <= FOLLOW_UP_DAYS.max)),
  ),
  FOLLOW_UP_DAYS.fallback,
  `a whole number of days from ${FOLLOW_UP_DAYS.min} to ${FOLLOW_UP_DAYS.max}, such as "7"`,
);
