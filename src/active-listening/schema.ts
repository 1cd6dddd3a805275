import * as z from 'zod/mini';
import { attributeRule, type AttributeRule } from '../core/attributes.js';
import { parseWordList } from '../core/feelings.js';

const isText = (value: unknown): value is string => typeof value === 'string';
const written = (text: string) => text.trim() !== '';

/** Two names, both written, told apart whatever their case: whose turn it is must be unmistakable. */
export function isPair(value: unknown): value is [string, string] {
  return (
    Array.isArray(value) &&
    value.length === 2 &&
    value.every(isText) &&
    value.every(written) &&
    value[0].trim().toLocaleLowerCase() !== value[1].trim().toLocaleLowerCase()
  );
}

/**
 * One round that counts (a round counts once its validation is written): who spoke, what they said, the
 * reflection they accepted with "That's it", how many reflections it took (counted, never scored), the
 * clarifying question (may be empty) and the validation.
 */
const roundSchema = z.object({
  speaker: z.string(),
  said: z.string().check(z.refine(written)),
  reflection: z.string().check(z.refine(written)),
  tries: z.number().check(z.refine((tries) => Number.isInteger(tries) && tries >= 1)),
  question: z.string(),
  validation: z.string().check(z.refine(written)),
});

/**
 * The active listening's data (`value`, `detail.data`): the two people (the first spoke first), the rounds
 * that count, in order, each spoken by one of them, and how many breaks were taken. Its type is derived from it.
 */
export const activeListeningSchema = z
  .object({
    with: z.custom<[string, string]>(isPair),
    rounds: z.array(roundSchema),
    breaks: z.number().check(z.refine((breaks) => Number.isInteger(breaks) && breaks >= 0)),
  })
  .check(z.refine((data) => data.rounds.every((round) => data.with.includes(round.speaker))));

export type ActiveListeningData = z.output<typeof activeListeningSchema>;
export type ListeningRound = ActiveListeningData['rounds'][number];

/** `rounds`: how many rounds are suggested before Done. */
export const ROUNDS = { min: 1, max: 6, fallback: 2 } as const;

export const roundsRule: AttributeRule<number> = {
  ...attributeRule<number>(
    z.pipe(
      z.pipe(z.string(), z.transform((raw) => (/^\s*\d{1,2}\s*$/.test(raw) ? Number(raw) : Number.NaN))),
      z.number().check(z.refine((rounds) => rounds >= ROUNDS.min && rounds <= ROUNDS.max)),
    ),
    ROUNDS.fallback,
    `a whole number of rounds from ${ROUNDS.min} to ${ROUNDS.max}, such as "2"`,
  ),
  // A short list: the manifest types it as these values and the builder offers them as a menu.
  values: Array.from({ length: ROUNDS.max - ROUNDS.min + 1 }, (_, i) => String(ROUNDS.min + i)),
};

/** `with`: the two people taking turns, comma-separated; absent or invalid → the two neutral names of the widget's language (null here). */
export const pairRule = attributeRule<[string, string] | null>(
  z.pipe(z.pipe(z.string(), z.transform(parseWordList)), z.custom<[string, string]>(isPair)) as unknown as z.ZodMiniType<[string, string] | null, string>,
  null,
  'two different names separated by a comma, such as "Sam, Alex"',
);
