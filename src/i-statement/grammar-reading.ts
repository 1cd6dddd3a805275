import { Lazy } from '../core/lazy.js';

/**
 * How the I-statement tidies and composes the sentence, and its hints' patterns (`grammar.ts`): imported with the
 * safety watch, a moment after the element (see `TendElement.readings`), never with the page's first load.
 */
export const grammarReading = new Lazy(() => import('./grammar.js').then((module) => module.default));

export type Grammar = NonNullable<typeof grammarReading.value>;
