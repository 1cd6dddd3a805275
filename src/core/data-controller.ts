import * as z from 'zod/mini';

interface DataOptions<D> {
  /** What `value`, a stored draft and a restored form state must satisfy. */
  schema: () => z.ZodMiniType<D>;
  /** Puts the widget in its initial state (from its attributes). */
  initialState: () => void;
  /** Puts accepted data into the widget, with what else the stored object holds (a draft's extras). */
  apply: (data: D, stored: Record<string, unknown>) => void;
  /** The stored draft (undefined: none), and the report when it did not fit. */
  draft: { load(): unknown; rejectLoaded(): void };
}

/**
 * When a widget's data comes to be: the initial state made once (at the first read of `value` or at
 * connection, whichever comes first, so data never waits for a deferred render), and outside data
 * (a `value` set, a draft, a form state) put in only when it fits the schema.
 */
export class DataController<D> {
  private initialised = false;
  private prepared = false;
  /** True once outside data (a `value`, a form state, a draft) was put in. */
  given = false;

  constructor(private readonly options: DataOptions<D>) {}

  /** Makes the initial state unless it is made already. */
  ensure(): void {
    if (!this.initialised) this.initialise();
  }

  /** Makes the initial state now (again). */
  initialise(): void {
    this.initialised = true;
    this.options.initialState();
  }

  /** Puts `stored` into the widget when it fits the schema; calls `onReject` otherwise. */
  accept(stored: unknown, onReject?: () => void): boolean {
    this.ensure();
    const result = z.safeParse(this.options.schema(), stored);
    if (!result.success) {
      onReject?.();
      return false;
    }
    this.given = true;
    this.options.apply(result.data, stored as Record<string, unknown>);
    return true;
  }

  /** A function that puts `stored` (a draft's data and extras) back into the widget, as it is now. */
  restorer(stored: object): () => void {
    const copy = structuredClone(stored) as Record<string, unknown>;
    return () => this.options.apply(copy as D, copy);
  }

  /** Once, before the first render or at it: the initial state and the stored draft. True that first time. */
  prepare(): boolean {
    if (this.prepared) return false;
    this.prepared = true;
    this.restoreDraft();
    return true;
  }

  /** Puts the stored draft in, if there is one that fits (else reports it). */
  restoreDraft(): void {
    this.ensure();
    const stored = this.options.draft.load();
    if (stored !== undefined && !this.accept(stored)) this.options.draft.rejectLoaded();
  }
}
