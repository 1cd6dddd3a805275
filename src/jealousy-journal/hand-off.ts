/**
 * What the journal offers the exercises that come after it (src/core/hand-off.ts): to an I-statement, the first
 * feeling, what happened and the need ("I feel [jealous] when [they posted the photos]… I need [reassurance]"); to
 * an agreement, the names and the agreement to revisit, as an item of its boundaries (or its first section). Only
 * the words the person wrote, and only where the other exercise is still empty. Pure.
 */
import { statementPrefill } from './answers.js';
import type { JealousyEntry } from './schema.js';

interface SectionsValue {
  sections: readonly { id: string }[];
}

const hasSections = (value: unknown): value is SectionsValue =>
  typeof value === 'object' && value !== null && Array.isArray((value as Partial<SectionsValue>).sections);

/** The section an agreement to revisit goes to: the boundaries, where the template has them (seed 000: "adjust agreements or boundaries"), else the first. */
const sectionFor = (sections: readonly { id: string }[]) => sections.find((section) => section.id === 'boundaries') ?? sections[0];

/** The journal's words for exercise `exercise` (whose value is `value` now), in its data shape; undefined when it has none for it. */
export function journalOffer(exercise: string, value: unknown, entry: JealousyEntry): Record<string, unknown> | undefined {
  const offer: Record<string, unknown> = {};
  if (exercise === 'i-statement') {
    for (const [part, text] of Object.entries(statementPrefill(entry))) if (text) offer[part] = text;
  } else if (exercise === 'agreement' && hasSections(value)) {
    if (entry.with.length) offer['with'] = entry.with;
    const section = sectionFor(value.sections);
    const text = entry.agreement.trim();
    if (text && section) offer['sections'] = [{ id: section.id, items: [text] }];
  }
  return Object.keys(offer).length ? offer : undefined;
}
