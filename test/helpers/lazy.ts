import type { Lazy } from '../../src/core/lazy.js';

/**
 * Forgets a lazily imported module and imports it with `importer` the next time it is asked for (a blocked chunk is
 * `() => Promise.reject(…)`, a slow one a promise the test settles). Returns a function that puts it back.
 */
export function replaceLazy<T>(lazy: Lazy<T>, importer: () => Promise<T>): () => void {
  const saved = { importer: lazy.importer, value: lazy.value, failed: lazy.failed, promise: lazy.promise };
  Object.assign(lazy, { importer, value: undefined, failed: false, promise: undefined });
  return () => void Object.assign(lazy, saved);
}
