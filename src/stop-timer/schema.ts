import * as z from 'zod/mini';

/** The timer's data (`value`, `detail.data`, a stored draft); its type is derived from it. */
export const stopTimerSchema = z.object({
  /** Seconds of each of the four steps. */
  durations: z.array(z.number()),
  /** Time spent in the steps, pauses excluded. */
  elapsedMs: z.number(),
  /** Time spent paused. */
  pausedMs: z.number(),
  notes: z.object({ observe: z.string(), proceed: z.string() }),
});

export type StopTimerData = z.output<typeof stopTimerSchema>;
