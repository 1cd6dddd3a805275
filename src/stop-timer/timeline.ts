/**
 * The pure arithmetic of the timer. A run is described by when it started, when it was paused and
 * by how much Skip moved it forward; where it stands is always computed from the clock's current
 * time, never by counting ticks, so a late frame (hidden tab, busy main thread) lands exactly where
 * the clock says.
 */
export interface Timeline {
  /** Milliseconds of each step. */
  readonly durationsMs: readonly number[];
  /** Clock time when the run began. */
  readonly startedAt: number;
  /** Clock time when the current pause began, or null while running. */
  readonly pausedAt: number | null;
  /** Total of the pauses that have ended. */
  readonly pausedMs: number;
  /** Step time jumped over with Skip (not time spent). */
  readonly skippedMs: number;
  /** Clock time when the run was finished (Done, or the last step ran out), or null. */
  readonly endedAt: number | null;
  /** Clock time since which the run is held at the end of a step (the person is still writing its note), or null. */
  readonly heldAt: number | null;
  /** Total of the holds that have ended: time spent in a step beyond its length. */
  readonly heldMs: number;
}

export interface Position {
  /** Index of the current step (the last one once the time is over). */
  index: number;
  /** Milliseconds left in the current step (0 once the time is over). */
  remainingMs: number;
  /** Milliseconds into the current step. */
  stepElapsedMs: number;
  /** Time spent in the steps, pauses and skipped time excluded. */
  elapsedMs: number;
  /** Time spent paused, including a pause still going on. */
  pausedMs: number;
  /** True once the last step's time has run out. */
  timeUp: boolean;
}

export function begin(durationsSeconds: readonly number[], now: number): Timeline {
  return {
    durationsMs: durationsSeconds.map((s) => s * 1000),
    startedAt: now,
    pausedAt: null,
    pausedMs: 0,
    skippedMs: 0,
    endedAt: null,
    heldAt: null,
    heldMs: 0,
  };
}

/** The step time covered at `now`: time spent, plus skipped time, minus time held at a step's end. */
export function progressAt(timeline: Timeline, now: number): number {
  const at = Math.max(timeline.endedAt ?? now, timeline.startedAt);
  return positionAt(timeline, now).elapsedMs + timeline.skippedMs - heldUntil(timeline, at);
}

function heldUntil(timeline: Timeline, at: number): number {
  return timeline.heldMs + (timeline.heldAt === null ? 0 : Math.max(0, at - timeline.heldAt));
}

/**
 * Holds the run at the end of step `index` (which it has reached or passed by `now`): the step does
 * not end while the person is writing. The hold starts when the step's time ran out, not at the
 * (possibly late) frame that noticed it.
 */
export function holdAtEndOf(timeline: Timeline, index: number, now: number): Timeline {
  if (timeline.heldAt !== null || timeline.endedAt !== null || timeline.pausedAt !== null) return timeline;
  const end = timeline.durationsMs.slice(0, index + 1).reduce((sum, ms) => sum + ms, 0);
  const over = Math.max(0, progressAt(timeline, now) - end);
  return { ...timeline, heldAt: now - over };
}

/** Lets a held run go on into the next step. */
export function releaseAt(timeline: Timeline, now: number): Timeline {
  if (timeline.heldAt === null) return timeline;
  return { ...timeline, heldMs: heldUntil(timeline, now), heldAt: null };
}

export function pauseAt(timeline: Timeline, now: number): Timeline {
  if (timeline.pausedAt !== null || timeline.endedAt !== null || timeline.heldAt !== null) return timeline;
  return { ...timeline, pausedAt: now };
}

export function resumeAt(timeline: Timeline, now: number): Timeline {
  if (timeline.pausedAt === null || timeline.endedAt !== null) return timeline;
  return { ...timeline, pausedMs: timeline.pausedMs + Math.max(0, now - timeline.pausedAt), pausedAt: null };
}

/** Jumps to the start of the next step (or to the end of the last one). */
export function skipAt(timeline: Timeline, now: number): Timeline {
  if (timeline.endedAt !== null) return timeline;
  const position = positionAt(timeline, now);
  if (position.timeUp) return timeline;
  return { ...timeline, skippedMs: timeline.skippedMs + position.remainingMs };
}

/** Freezes the run (closing a pause still going on). */
export function finishAt(timeline: Timeline, now: number): Timeline {
  if (timeline.endedAt !== null) return timeline;
  return { ...releaseAt(resumeAt(timeline, now), now), endedAt: now };
}

export function totalMs(timeline: Timeline): number {
  return timeline.durationsMs.reduce((sum, ms) => sum + ms, 0);
}

/** When the steps' time ran out, seen at `now` (at or after it): a late frame still closes the run at its real end. */
export function timeUpAt(timeline: Timeline, now: number): number {
  return now - Math.max(0, progressAt(timeline, now) - totalMs(timeline));
}

export function positionAt(timeline: Timeline, now: number): Position {
  const at = Math.max(timeline.endedAt ?? now, timeline.startedAt);
  const openPause = timeline.pausedAt === null ? 0 : Math.max(0, at - timeline.pausedAt);
  const pausedMs = timeline.pausedMs + openPause;
  const elapsedMs = Math.max(0, at - timeline.startedAt - pausedMs);
  const progress = elapsedMs + timeline.skippedMs - heldUntil(timeline, at);
  const last = timeline.durationsMs.length - 1;
  let stepStart = 0;
  for (let index = 0; index <= last; index++) {
    const duration = timeline.durationsMs[index]!;
    if (progress < stepStart + duration) {
      const stepElapsedMs = progress - stepStart;
      return { index, remainingMs: duration - stepElapsedMs, stepElapsedMs, elapsedMs, pausedMs, timeUp: false };
    }
    stepStart += duration;
  }
  return {
    index: last,
    remainingMs: 0,
    stepElapsedMs: timeline.durationsMs[last] ?? 0,
    elapsedMs,
    pausedMs,
    timeUp: true,
  };
}
