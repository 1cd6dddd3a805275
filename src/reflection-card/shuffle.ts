/**
 * A seeded, stable shuffle: the same seed always gives the same order, so a session's cards stay
 * in one order across re-renders and (with the seed kept in the draft) reloads.
 */

/** A fresh 32-bit seed. */
export function newSeed(): number {
  const buffer = new Uint32Array(1);
  if (typeof crypto !== 'undefined' && typeof crypto.getRandomValues === 'function') crypto.getRandomValues(buffer);
  else buffer[0] = Math.floor(Math.random() * 2 ** 32);
  return buffer[0]!;
}

/** A seed written as text (a server render leaves it on the element), or undefined when it is not one. */
export function seedOf(text: string | null): number | undefined {
  const seed = Number(text ?? '');
  return text && Number.isInteger(seed) && seed >= 0 && seed < 2 ** 32 ? seed : undefined;
}

/** mulberry32: a small, fast PRNG with good enough spread for ordering cards. Returns numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The positions 0…length-1 in the order the seed gives (Fisher–Yates). */
export function shuffledOrder(length: number, seed: number): number[] {
  const order = Array.from({ length }, (_, i) => i);
  const random = seededRandom(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** A new array with the items in the seed's order; the input is left untouched. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  return shuffledOrder(items.length, seed).map((i) => items[i]!);
}
