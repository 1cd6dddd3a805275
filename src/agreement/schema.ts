import * as z from 'zod/mini';
import { attributeRule } from '../core/attributes.js';
import { lengthBetween, literalOf, orNull, trimmed } from '../core/checks.js';
import { isIsoDate } from '../core/dates.js';
import { CADENCES } from './review.js';

const isoDate = z.string().check(z.refine(isIsoDate));

/** The agreement's data (`value`, `detail.data`, a stored draft); its types are derived from it. */
export const agreementSchema = z.object({
  title: z.string(),
  with: z.array(z.string()),
  sections: z.array(z.object({ id: z.string(), title: z.string(), items: z.array(z.string()) })).check(lengthBetween(1)),
  review: z.object({
    cadence: literalOf(CADENCES),
    /** `YYYY-MM-DD`: the day it was agreed (a first draft asks for it), or null when not known. */
    agreedOn: z.optional(orNull(isoDate)),
    /** `YYYY-MM-DD`, or null until a review is marked. */
    lastReviewed: orNull(isoDate),
    /** `YYYY-MM-DD`. */
    nextReview: z.string(),
  }),
});

export type AgreementData = z.output<typeof agreementSchema>;
export type AgreementSection = AgreementData['sections'][number];

/** `reviewed`: a date written YYYY-MM-DD (outer spaces ignored). */
export const reviewedRule = attributeRule(
  z.pipe(trimmed(), isoDate),
  null,
  'a calendar date written YYYY-MM-DD, such as "2025-03-31"',
);
