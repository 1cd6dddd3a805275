import * as z from 'zod/mini';

/** The I-statement's data (`value`, `detail.data`, a stored draft); its type is derived from it. */
export const iStatementSchema = z.object({
  emotion: z.string(),
  situation: z.string(),
  reason: z.string(),
  need: z.string(),
  /** The composed sentence; `''` until emotion, situation and need are all given. */
  text: z.string(),
});

export type IStatementData = z.output<typeof iStatementSchema>;
