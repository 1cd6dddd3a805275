import { isJealousyEntry, normaliseHistory, pickEntry } from './history.js';
import type { JealousyEntry } from './schema.js';

/**
 * The kept entries a stored draft holds (under `entries`, beside the draft in the core's envelope): only the
 * contract's fields, newest first, and how many could not be read. Reading the envelope itself (`envelopeData`)
 * and checking what storage kept (`holdsEntry`) are the check-in's, to be shared from the core.
 */
export function readKept(stored: Record<string, unknown>): { entries: JealousyEntry[]; unreadable: number } {
  const entries: unknown[] = Array.isArray(stored['entries']) ? stored['entries'] : [];
  const valid = entries.filter(isJealousyEntry).map(pickEntry);
  return { entries: normaliseHistory(valid), unreadable: entries.length - valid.length };
}
