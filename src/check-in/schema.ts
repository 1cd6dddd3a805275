import * as z from 'zod/mini';
import { literalOf } from '../core/checks.js';
import { isIsoDate } from '../core/dates.js';

/**
 * One check-in (`value`, `detail.data`, a stored draft, each kept entry of the history): its type is derived
 * from this schema. At run time the element checks with `isCheckIn` (history.ts), the same shape in plain checks
 * (a history of 1,000 is read on every load, and a standalone check-in needs no more of zod): a test holds the two
 * to the same answers.
 */
export const checkInSchema = z.object({
  rhythm: literalOf(['daily', 'weekly'] as const),
  /** The local `YYYY-MM-DD` of the check-in; one per date in the history. */
  date: z.string().check(z.refine(isIsoDate)),
  with: z.array(z.string()),
  feelings: z.array(z.string()),
  /** The highlight of the day (weekly: the small win of the week). */
  highlight: z.string(),
  challenge: z.string(),
  need: z.string(),
});

export type CheckInData = z.output<typeof checkInSchema>;
export type CheckInRhythm = CheckInData['rhythm'];
