import { expect } from '@open-wc/testing';
import { assessSafety } from '../../src/core/safety/detect.js';

/** One language's corpus for a widget's coaching hints: per hint, phrases that raise it and ordinary ones that raise none. */
export type HintCorpus<K extends string, F extends string> = Record<K, { fires: [F, string][]; ordinary: [F, string][] }>;

/**
 * Runs a hint corpus (as the composition corpora are run): each firing phrase raises its hint first in its
 * field, each ordinary phrase raises no hint at all, the corpus holds no words of danger (those get the
 * support note instead), and every hint has at least 15 of each. The test titles publish the figures.
 */
export function runHintCorpus<K extends string, F extends string>(title: string, corpus: HintCorpus<K, F>, hintKeys: (field: F, text: string) => K[]): void {
  describe(title, () => {
    for (const [key, { fires, ordinary }] of Object.entries(corpus) as [K, HintCorpus<K, F>[K]][]) {
      it(`${key}: ${fires.length} phrases raise it, ${ordinary.length} ordinary ones raise no hint`, () => {
        expect(fires.length, 'firing phrases').to.be.at.least(15);
        expect(ordinary.length, 'ordinary phrases').to.be.at.least(15);
        const shown = ([field, text]: [F, string]) => `${field}: ${text} → ${hintKeys(field, text).join(', ') || 'none'}`;
        expect(fires.filter(([field, text]) => hintKeys(field, text)[0] !== key).map(shown), 'phrases that should raise it').to.deep.equal([]);
        expect(ordinary.filter(([field, text]) => hintKeys(field, text).length).map(shown), 'ordinary words that raised a hint').to.deep.equal([]);
        expect([...fires, ...ordinary].filter(([, text]) => assessSafety([text])).map(([, text]) => text), 'words of danger').to.deep.equal([]);
      });
    }
  });
}
