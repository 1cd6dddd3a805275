/**
 * A hand-off: one exercise's words offered to another, so the person does not write them twice (the jealousy
 * journal's feeling, situation and need carried into an I-statement, its agreement to revisit into an
 * agreement). An exercise that has something to offer implements `[offerFor]`: given another exercise's id and
 * that exercise's value now, it returns words in that exercise's own data shape (or undefined: nothing to offer).
 * What is offered only fills what the person left empty there (`fillEmpty`): their own words are never replaced.
 * A flow (src/flow/hand-off.ts) asks its earlier steps when it moves on to a later one; an exercise may also hand
 * its words to an element on the same page when the person asks.
 */

/** The method an exercise offers its words through (a symbol shared by every bundle, so no public name). */
export const offerFor = Symbol.for('tend-widgets.offer-for');

/** What `[offerFor]` does: words for `exercise`, in its data shape, given its `value` now; undefined when there are none. */
export type OfferFor = (exercise: string, value: unknown) => unknown;

/** An element that may offer its words to others. */
export type Offering = Element & { [offerFor]?: OfferFor };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isEmpty = (value: unknown) => value === null || (typeof value === 'string' && !value.trim()) || (Array.isArray(value) && value.length === 0);
const same = (a: unknown, b: unknown) => a !== undefined && JSON.stringify(a) === JSON.stringify(b);
const withId = (value: unknown): value is { id: unknown } => isRecord(value) && 'id' in value;

/**
 * `current` with `offer` put where the person left it empty: a text, a list or a `null` that is empty (or still
 * holds what `last` offered there, so an offer made again follows the words it came from) takes the offer's;
 * objects are filled key by key, lists of objects with an `id` item by item (a section of an agreement by its id).
 * Anything the person wrote stays as it is; keys the offer does not name are untouched.
 */
export function fillEmpty(current: unknown, offer: unknown, last?: unknown): unknown {
  if (offer === undefined) return current;
  if (Array.isArray(current) && current.some(withId) && Array.isArray(offer)) {
    return current.map((item: unknown) => {
      if (!withId(item)) return item;
      const match = (list: unknown) => (Array.isArray(list) ? list.find((other: unknown) => withId(other) && other.id === item.id) : undefined);
      return fillEmpty(item, match(offer), match(last));
    });
  }
  if (isRecord(current) && isRecord(offer)) {
    const lastRecord = isRecord(last) ? last : {};
    return Object.fromEntries(Object.entries(current).map(([key, value]) => [key, key in offer ? fillEmpty(value, offer[key], lastRecord[key]) : value]));
  }
  return isEmpty(current) || same(current, last) ? offer : current;
}

/** Whether `fillEmpty` changed anything. */
export function changes(current: unknown, filled: unknown): boolean {
  return JSON.stringify(current) !== JSON.stringify(filled);
}
