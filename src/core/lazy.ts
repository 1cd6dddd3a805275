import { isServer } from 'lit';

const created = new Set<Lazy<unknown>>();

/**
 * Imports every lazily loaded module of the modules imported so far, now: what a server can await before it renders
 * (so that it reads the words it renders), and what the tests await before they type.
 */
export async function loadLazyModules(): Promise<void> {
  await Promise.all([...created].map((lazy) => lazy.load()));
}

/**
 * Code a page needs only once the person uses an element (the safety watch's tables, an exercise's grammar) or
 * only on a click (an export, the calendar file): a module imported the first time it is asked for, from the
 * same place as the rest (a chunk beside the element's file in `dist/cdn/`, a module of the package for a
 * bundler to split, inline in `dist/tend.min.js`). Nothing is fetched or built at import.
 *
 * On a server (Lit's SSR, no page to load quickly) it is imported at once, so that a server's render reads
 * with it, as the browser's does once it is there.
 */
export class Lazy<T> {
  /** The module, once it arrived. */
  value: T | undefined;
  /** The import failed (blocked, offline): whatever waits for it stays off. */
  failed = false;
  /** The import under way or done (tests replace it and `importer`: test/helpers/lazy.ts). */
  promise: Promise<T | undefined> | undefined;

  constructor(public importer: () => Promise<T>) {
    created.add(this as Lazy<unknown>);
    if (isServer) void this.load();
  }

  /** Whether the import finished, one way or the other. */
  get settled(): boolean {
    return this.value !== undefined || this.failed;
  }

  /** Imports the module once (later calls share the first); resolves `undefined` when it cannot be had. */
  load(): Promise<T | undefined> {
    return (this.promise ??= this.importer().then(
      (module) => (this.value = module),
      () => {
        this.failed = true;
        return undefined;
      },
    ));
  }
}
