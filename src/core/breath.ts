/**
 * Paced breathing: where in the breath a moment falls, for a pattern of inhale, hold, exhale, hold
 * (seconds; a hold of 0 is left out). The STOP timer's "Take a breath" step and the active listening's
 * break breathe with it (drawn by `breath-view.ts`).
 */
export interface BreathPattern {
  inhale: number;
  holdIn: number;
  exhale: number;
  holdOut: number;
}

/** Four seconds in, six out: the timer's default, and the break's. */
export const DEFAULT_BREATH: BreathPattern = { inhale: 4, holdIn: 0, exhale: 6, holdOut: 0 };

export type BreathKind = 'in' | 'hold' | 'out';

export interface BreathPhase {
  kind: BreathKind;
  /** 0 to 1 through this phase. */
  progress: number;
  /** Milliseconds left in this phase. */
  remainingMs: number;
  /** How full the lungs are, 0 (empty) to 1 (full), eased: the size of the breathing shape. */
  fullness: number;
}

interface Segment {
  kind: BreathKind;
  ms: number;
  from: number;
  to: number;
}

export function segments(pattern: BreathPattern): Segment[] {
  const all: Segment[] = [
    { kind: 'in', ms: pattern.inhale * 1000, from: 0, to: 1 },
    { kind: 'hold', ms: pattern.holdIn * 1000, from: 1, to: 1 },
    { kind: 'out', ms: pattern.exhale * 1000, from: 1, to: 0 },
    { kind: 'hold', ms: pattern.holdOut * 1000, from: 0, to: 0 },
  ];
  return all.filter((segment) => segment.ms > 0);
}

export function cycleMs(pattern: BreathPattern): number {
  return segments(pattern).reduce((sum, segment) => sum + segment.ms, 0);
}

const ease = (p: number) => (1 - Math.cos(Math.PI * p)) / 2;

/** The phase at `ms` milliseconds after the breathing began (the pattern repeats). */
export function breathAt(pattern: BreathPattern, ms: number): BreathPhase {
  const parts = segments(pattern);
  const cycle = cycleMs(pattern);
  let t = cycle > 0 ? ((Math.max(0, ms) % cycle) + cycle) % cycle : 0;
  for (const part of parts) {
    if (t < part.ms) {
      const progress = t / part.ms;
      return {
        kind: part.kind,
        progress,
        remainingMs: part.ms - t,
        fullness: part.from + (part.to - part.from) * ease(progress),
      };
    }
    t -= part.ms;
  }
  return { kind: 'in', progress: 0, remainingMs: parts[0]?.ms ?? 0, fullness: 0 };
}

/** What a frame of the breathing guide shows (the phase, the shape's size, the progress): a frame re-renders only when it changes. */
export function breathKey(phase: BreathPhase): string {
  return `${phase.kind}|${Math.round(phase.fullness * 200)}|${Math.round(phase.progress * 100)}`;
}
