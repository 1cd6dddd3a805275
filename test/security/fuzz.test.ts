/**
 * Attribute fuzzing (fast-check): any value of any attribute of any widget renders without an
 * uncaught error; a value the widget warns about leaves it exactly as with the default (same data,
 * same text), with one warning that names the element, the attribute and what it accepts; values
 * that are valid are taken without a warning. Bounded runs keep it fast.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { hostileCorpusSmall } from '../helpers/hostile.js';
import { captureWarnings } from '../helpers/warnings.js';
import { cleanup, create, widgets, type Widget, type WidgetSpec } from './widgets.js';
import { root } from '../helpers/harness.js';

const RUNS = 40;
// A fixed seed keeps CI reproducible; to explore new values, change it (or remove it) and run the suite again.
fc.configureGlobal({ seed: 20261123 });

const whitespace = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r', '\u00A0', '\u2003', '\u3000'), maxLength: 8 });
const huge = fc
  .tuple(fc.string({ minLength: 1, maxLength: 4 }), fc.integer({ min: 1_000, max: 60_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));
const numbers = fc.oneof(fc.integer().map(String), fc.double().map(String), fc.bigInt().map(String));
const separated = (separator: fc.Arbitrary<string>, item: fc.Arbitrary<string>) =>
  fc.tuple(fc.array(item, { maxLength: 6 }), separator).map(([items, sep]) => items.join(sep));

/** Values near the valid ones, per attribute, so the fuzzer also probes the edges of each rule. */
const nearValid: Record<string, fc.Arbitrary<string>> = {
  durations: separated(fc.constantFrom(' ', ',', ', ', '  ', '-', ';'), fc.oneof(fc.integer({ min: -5, max: 700 }).map(String), fc.constantFrom('1.5', '', 'x', '1e2', '0x10'))),
  breath: separated(fc.constantFrom('-', ' - ', '--', ' '), fc.oneof(fc.integer({ min: -2, max: 80 }).map(String), fc.constantFrom('2.5', '.5', '', 'x'))),
  theme: fc.constantFrom('light', 'dark', 'auto', ' DARK ', 'Light', 'darker', 'none', 'light dark'),
  review: fc.constantFrom('weekly', 'monthly', 'quarterly', ' Weekly ', 'daily', 'yearly', 'month'),
  template: fc.constantFrom('three-point', 'full', 'blank', 'custom', ' FULL ', 'three point', 'empty'),
  reviewed: fc.oneof(
    fc.date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    fc.constantFrom('2025-02-29', '2024-02-29', '2025-13-01', '2025-1-1', '20250101', ' 2025-03-31 ', 'yesterday'),
  ),
  lang: fc.constantFrom('en', 'es', 'es-MX', 'zz', 'x-private', 'en_US', 'e', '123', 'en--us', 'i-klingon'),
  emotions: separated(fc.constantFrom(',', ', ', ',,', ' '), fc.oneof(fc.string({ maxLength: 12 }), whitespace)),
};

function values(attribute: string): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.string(), weight: 3 },
    { arbitrary: fc.string({ unit: 'binary' }), weight: 2 },
    { arbitrary: fc.string({ unit: 'grapheme' }), weight: 1 },
    { arbitrary: numbers, weight: 2 },
    { arbitrary: fc.constant(''), weight: 1 },
    { arbitrary: whitespace, weight: 1 },
    { arbitrary: huge, weight: 1 },
    { arbitrary: fc.constantFrom(...hostileCorpusSmall), weight: 2 },
    { arbitrary: nearValid[attribute] ?? fc.string(), weight: nearValid[attribute] ? 4 : 1 },
  );
}

/** What the widget shows and holds: its data and the text of its shadow root. */
async function snapshot(el: Widget): Promise<{ data: string; text: string }> {
  await el.updateComplete;
  return { data: JSON.stringify(el.value), text: root(el).textContent!.replace(/\s+/g, ' ').trim() };
}

describe('attribute fuzzing', function () {
  // Hundreds of generated values per attribute: room for a loaded machine and slower engines.
  this.timeout(30000);
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  afterEach(() => cleanup());

  for (const spec of widgets) {
    describe(`<${spec.tag}>`, () => {
      let defaults: { data: string; text: string };
      before(async () => {
        const el = await create(spec);
        defaults = await snapshot(el);
        cleanup();
      });

      for (const attribute of [...spec.attributes, ...spec.booleans]) {
        it(`${attribute}: any value renders; a value it warns about gives the default and one warning`, async () => {
          await fc.assert(
            fc.asyncProperty(values(attribute), async (raw) => {
              errors.length = 0;
              const warnings = captureWarnings();
              let el: Widget;
              try {
                el = await create(spec as WidgetSpec, { [attribute]: raw });
                // Re-render and set the same value again: still at most one warning for it.
                el.requestUpdate();
                await el.updateComplete;
                el.setAttribute(attribute, raw);
                el.requestUpdate();
                await el.updateComplete;
              } finally {
                warnings.restore();
              }
              expect(errors, 'uncaught errors').to.deep.equal([]);
              expect(root(el).querySelector('[part~=base]'), 'rendered').to.exist;
              const mine = warnings.messages.filter((m) => m.includes(`${attribute}=`));
              expect(warnings.messages.length, `warnings: ${warnings.messages.join(' | ')}`).to.equal(mine.length);
              expect(mine.length, 'one warning per bad value').to.be.at.most(1);
              if (mine.length) {
                expect(mine[0]).to.contain(`<${spec.tag}>`);
                // What it accepts (the agreement's `template="custom"` says what it needs: a JSON child).
                expect(mine[0]).to.match(/accepts|needs/);
                expect(mine[0]!.length, 'a huge value is shortened in the warning').to.be.below(1_000);
                const shown = await snapshot(el);
                if (attribute === 'theme') expect(getComputedStyle(root(el).querySelector('[part~=base]')!).color).to.be.a('string');
                expect(shown.data, 'the default data').to.equal(defaults.data);
                expect(shown.text, 'the default text').to.equal(defaults.text);
              }
              el.remove();
              localStorage.clear();
            }),
            { numRuns: RUNS },
          );
        });
      }
    });
  }

  describe('valid values are taken, silently', () => {
    const cases: [WidgetSpec, string, fc.Arbitrary<string>, (el: Widget, raw: string) => void][] = [
      [
        widgets[1]!,
        'durations',
        fc
          .tuple(fc.array(fc.integer({ min: 1, max: 600 }), { minLength: 4, maxLength: 4 }), fc.constantFrom(' ', ',', ', ', ' , ', '\t'))
          .map(([list, sep]) => ` ${list.join(sep)} `),
        (el, raw) => expect((el.value as { durations: number[] }).durations).to.deep.equal(raw.trim().split(/[\s,]+/).map(Number)),
      ],
      [
        widgets[1]!,
        'breath',
        fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 2, maxLength: 4 }).map((list) => list.join('-')),
        () => {},
      ],
      [
        widgets[2]!,
        'reviewed',
        fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
        (el, raw) => expect((el.value as { review: { lastReviewed: string } }).review.lastReviewed).to.equal(raw),
      ],
      [
        widgets[0]!,
        'emotions',
        fc.array(fc.stringMatching(/^[a-z]{1,10}$/), { minLength: 1, maxLength: 8 }).map((words) => words.join(', ')),
        () => {},
      ],
    ];
    for (const [spec, attribute, arbitrary, check] of cases) {
      it(`<${spec.tag}> ${attribute}`, async () => {
        await fc.assert(
          fc.asyncProperty(arbitrary, async (raw) => {
            const warnings = captureWarnings();
            try {
              const el = await create(spec, { [attribute]: raw });
              check(el, raw);
              el.remove();
            } finally {
              warnings.restore();
            }
            expect(warnings.messages).to.deep.equal([]);
          }),
          { numRuns: 25 },
        );
      });
    }
  });
});
