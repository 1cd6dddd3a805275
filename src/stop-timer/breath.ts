/**
 * Paced breathing: where in the breath a moment falls, for a pattern of inhale, hold, exhale, hold
 * (seconds; a hold of 0 is left out).
 */
export interface BreathPattern {
  inhale: number;
  holdIn: number;
  exhale: number;
  holdOut: number;
}

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
