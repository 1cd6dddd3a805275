import * as z from 'zod/mini';
import { lengthBetween } from '../core/checks.js';

/** The reflection card's data (`value`, `detail.data`, a stored draft); its type is derived from it. */
export const reflectionCardSchema = z.object({
  /** The deck id, or `custom` for custom prompts. */
  deck: z.string(),
  answers: z.array(z.object({ prompt: z.string(), answer: z.string() })).check(lengthBetween(1)),
});

export type ReflectionCardData = z.output<typeof reflectionCardSchema>;
