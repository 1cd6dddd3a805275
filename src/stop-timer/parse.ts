import * as z from 'zod/mini';
import { attributeRule, type AttributeRule } from '../core/attributes.js';
import { lengthBetween } from '../core/checks.js';
import { DEFAULT_BREATH, type BreathPattern } from '../core/breath.js';
import { DEFAULT_DURATIONS } from './steps.js';

/** A range through `z.refine` (the core already ships it), like the core's `lengthBetween`, rather than zod's range checks. */
const between = (min: number, max: number) => z.refine<number>((n) => n >= min && n <= max);

// Whole numbers only: splitDurations turns anything but digits into NaN, which z.number() rejects.
const seconds = z.number().check(between(1, 600));

/** Splits "5 30 20 10" or "5, 30, 20, 10" into numbers; anything that is not a whole number becomes NaN. */
export function splitDurations(raw: string): number[] {
  const trimmed = raw.trim();
  if (!trimmed) return [];
  return trimmed.split(/[\s,]+/).map((token) => (/^\d+$/.test(token) ? Number(token) : Number.NaN));
}

/** `durations`: four whole seconds (1–600) separated by spaces or commas. */
export const durationsRule: AttributeRule<number[]> = attributeRule(
  z.pipe(
    z.pipe(z.string(), z.transform(splitDurations)),
    z.array(seconds).check(lengthBetween(4, 4)),
  ),
  [...DEFAULT_DURATIONS],
  'four whole numbers of seconds from 1 to 600, separated by spaces or commas (e.g. "5 30 20 10")',
);

const breathSeconds = z.number().check(between(1, 60));

/** Splits "4-7-8" into numbers; anything that is not a plain decimal number becomes NaN. */
export function splitBreath(raw: string): number[] {
  return raw.split('-').map((token) => {
    const t = token.trim();
    return /^\d+(\.\d+)?$/.test(t) ? Number(t) : Number.NaN;
  });
}

/** Turns 2, 3 or 4 numbers into a pattern: inhale-exhale, inhale-hold-exhale, inhale-hold-exhale-hold. */
export function toPattern(list: number[]): BreathPattern {
  const [inhale = 0, holdIn = 0, exhale = 0, holdOut = 0] = list.length === 2 ? [list[0], 0, list[1]] : list;
  return { inhale, holdIn, exhale, holdOut };
}

/** `breath`: seconds separated by "-" — `4-6` (in-out), `4-7-8` (in-hold-out), `4-4-4-4` (in-hold-out-hold). */
export const breathRule: AttributeRule<BreathPattern> = attributeRule(
  z.pipe(
    z.pipe(z.string(), z.transform(splitBreath)),
    z.pipe(z.array(breathSeconds).check(lengthBetween(2, 4)), z.transform(toPattern)),
  ),
  DEFAULT_BREATH,
  'two to four numbers of seconds from 1 to 60 separated by "-": inhale-exhale ("4-6"), inhale-hold-exhale ("4-7-8") or inhale-hold-exhale-hold ("4-4-4-4")',
);
