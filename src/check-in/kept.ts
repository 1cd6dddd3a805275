import type { CheckInData } from './schema.js';
import { isCheckIn, normaliseHistory, pickCheckIn } from './history.js';

/** Reading the kept check-ins back from what is stored under the `persist` key (the core's draft envelope). */

/** The check-ins a stored draft holds (only the contract's fields, newest first), and how many could not be read. */
export function readKept(stored: Record<string, unknown>): { entries: CheckInData[]; unreadable: number } {
  const entries: unknown[] = Array.isArray(stored['entries']) ? stored['entries'] : [];
  const valid = entries.filter(isCheckIn).map(pickCheckIn);
  return { entries: normaliseHistory(valid), unreadable: entries.length - valid.length };
}

/** The draft data in a stored envelope (`{ "data": { … } }`); undefined for anything else, unreadable JSON included. */
export function envelopeData(raw: string | null): Record<string, unknown> | undefined {
  try {
    const envelope = JSON.parse(raw ?? 'null') as { data?: unknown } | null;
    return envelope?.data && typeof envelope.data === 'object' ? (envelope.data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the stored text holds `entry` as it was kept (a full or failing storage keeps it on screen only). */
export function holdsEntry(raw: string | null, entry: CheckInData): boolean {
  return raw?.includes(JSON.stringify(entry)) ?? false;
}
