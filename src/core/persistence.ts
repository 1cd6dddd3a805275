import { warn } from './warn.js';
import type { ExerciseId } from './types.js';

export const STORAGE_VERSION = 1;

export function storageKey(exercise: ExerciseId, key: string): string {
  return `tend:v${STORAGE_VERSION}:${exercise}:${key}`;
}

interface Envelope {
  version: number;
  savedAt: string;
  data: unknown;
}

type Fault = 'unavailable' | 'full' | 'corrupt' | 'newer' | 'elsewhere';

const faultMessages: Record<Fault, string> = {
  unavailable: 'cannot use localStorage here; your draft is kept in this page only.',
  full: 'localStorage is full; your draft is kept in this page only.',
  corrupt: 'found an unreadable saved draft; starting fresh and keeping the new draft in this page until it can be saved.',
  newer: 'found a draft saved by a newer version of tend-widgets; it is left untouched and this draft is kept in this page only.',
  elsewhere:
    'another tab or window changed this draft; this page keeps what was written here (and saves it at the next edit), the other keeps its own.',
};

/**
 * The opt-in draft store behind the `persist` attribute. Every storage call can fail
 * (private mode, a sandboxed iframe, a full quota, another version's data): a failure
 * warns once, and the element keeps working from the state it holds in memory.
 */
export class DraftStore {
  private warned = new Set<Fault>();
  /** Set when the key holds a newer version's draft: that draft is never overwritten. */
  private readOnly = false;

  constructor(
    private readonly element: Element,
    private readonly exercise: ExerciseId,
  ) {}

  load(key: string): unknown {
    let raw: string | null;
    try {
      raw = localStorage.getItem(storageKey(this.exercise, key));
    } catch {
      this.fault('unavailable');
      return undefined;
    }
    if (raw === null) return undefined;
    let envelope: Partial<Envelope>;
    try {
      envelope = JSON.parse(raw) as Partial<Envelope>;
    } catch {
      this.fault('corrupt');
      return undefined;
    }
    if (typeof envelope !== 'object' || envelope === null || typeof envelope.version !== 'number') {
      this.fault('corrupt');
      return undefined;
    }
    if (envelope.version > STORAGE_VERSION) {
      this.readOnly = true;
      this.fault('newer');
      return undefined;
    }
    return envelope.data;
  }

  /**
   * Another tab or window wrote (or removed) this draft. This page keeps the state it holds, so
   * nothing written here is lost, and saves it at its next edit. It does not write back at once:
   * two open tabs would then overwrite each other in a loop.
   */
  changedElsewhere(): void {
    this.fault('elsewhere');
  }

  /** Reports data that loaded but did not fit the exercise's shape. */
  rejectLoaded(): void {
    this.fault('corrupt');
  }

  save(key: string, data: unknown): void {
    if (this.readOnly) return;
    const envelope: Envelope = { version: STORAGE_VERSION, savedAt: new Date().toISOString(), data };
    try {
      localStorage.setItem(storageKey(this.exercise, key), JSON.stringify(envelope));
    } catch (error) {
      this.fault(isQuotaError(error) ? 'full' : 'unavailable');
    }
  }

  clear(key: string): void {
    this.readOnly = false;
    try {
      localStorage.removeItem(storageKey(this.exercise, key));
    } catch {
      this.fault('unavailable');
    }
  }

  private fault(kind: Fault): void {
    if (this.warned.has(kind)) return;
    this.warned.add(kind);
    warn(this.element, `persist: ${faultMessages[kind]}`);
  }
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
}
