import { expect } from '@open-wc/testing';
import { assessSafety } from '../../src/core/safety/detect.js';
import { composeRepair, type RepairInput } from '../../src/repair/compose.js';
import { englishRepairRules } from '../../src/repair/compose.js';
import { spanishRepairRules } from '../../src/repair/compose-es.js';
import { englishCases, spanishCases, type CompositionCase } from './compose-corpus.js';
import '../../src/entries/locales/es.js';
import { repairTidy } from '../../src/repair/tidy.js';

const input = (entry: CompositionCase, lang: string, rules: RepairInput['rules']): RepairInput => ({
  parts: { part: entry.part, impact: entry.impact, apology: entry.apology, plan: entry.plan, reconnect: entry.reconnect ?? '' },
  names: entry.names ?? [],
  lang,
  rules,
  tidy: repairTidy,
});

for (const [name, cases, lang, rules] of [
  ['English', englishCases, 'en', englishRepairRules],
  ['Spanish', spanishCases, 'es', spanishRepairRules],
] as const) {
  describe(`repair composition corpus: ${name}`, () => {
    it('holds at least 40 phone-typed inputs, a few of them still missing a step', () => {
      expect(cases.length).to.be.at.least(40);
      expect(cases.filter((entry) => !entry.said).length).to.be.at.least(3);
    });

    it('is ordinary words: the safety watch finds nothing in any of them (else nothing would be composed)', () => {
      const flagged = cases.filter((entry) => assessSafety([entry.part, entry.impact, entry.apology, entry.plan, entry.reconnect ?? '']));
      expect(flagged.map((entry) => entry.part)).to.deep.equal([]);
    });

    it('composes every input as written down', () => {
      const wrong = cases
        .map((entry) => ({ entry, got: composeRepair(input(entry, lang, rules)) }))
        .filter(({ entry, got }) => got !== entry.said)
        .map(({ entry, got }) => `${entry.apology} | ${entry.plan}\n   got: ${got}\n  want: ${entry.said}`);
      expect(wrong, `${wrong.length} of ${cases.length} composed otherwise`).to.deep.equal([]);
    });
  });
}
