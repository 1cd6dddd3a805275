import { expect, fixture, html } from '@open-wc/testing';
import { es } from '../../src/entries/locales/es.js';
import { iStatementStrings } from '../../src/i-statement/strings.js';
import { englishCatalogues } from '../../src/entries/strings.js';
import '../../src/entries/index.js';

/** Every English catalogue of the registry's elements (and the core's). */
const english = Object.fromEntries(Object.entries(englishCatalogues).map(([namespace, { strings }]) => [namespace, strings])) as Record<string, Record<string, unknown>>;
const spanish = es as unknown as Record<string, Record<string, unknown>>;

/** Every string of a catalogue (content lists and decks included), with its key path. */
function strings(catalogue: Record<string, unknown>, prefix = ''): [string, string][] {
  const found: [string, string][] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') found.push([path, value]);
    else if (Array.isArray(value)) value.forEach((entry, i) => walk(entry, `${path}[${i}]`));
    else if (value && typeof value === 'object') for (const [key, entry] of Object.entries(value)) walk(entry, `${path}.${key}`);
  };
  for (const [key, value] of Object.entries(catalogue)) walk(value, `${prefix}${key}`);
  return found;
}
const all = (bundle: Record<string, Record<string, unknown>>) => Object.entries(bundle).flatMap(([ns, c]) => strings(c, `${ns}.`));

describe('wording a therapist would sign', () => {
  it('Spanish: neutral for Spain and Latin America, no Spain-only idioms, no «cada pareja»', () => {
    const banned = /echar balones fuera|prueba a |bochorno|resquemor|\bpulsa\b|cada pareja|afición|cada quien|cada cierto tiempo, con una frecuencia fija|vosotros|ordenador/i;
    expect(all(spanish).filter(([, text]) => banned.test(text))).to.deep.equal([]);
  });

  it('Spanish STOP steps still spell S·T·O·P', () => {
    const initials = ['stop', 'breathe', 'observe', 'proceed'].map((step) => (spanish['stop-timer']![`step.${step}.title`] as string)[0]).join('');
    expect(initials).to.equal('STOP');
  });

  it('English: no preachy lines, the example need only as the example, device-neutral hints', () => {
    const texts = all(english);
    expect(texts.filter(([, t]) => /reliability, not drama|can't change patterns/i.test(t))).to.deep.equal([]);
    expect(texts.filter(([, t]) => t.includes('us to agree on communication expectations')).map(([path]) => path)).to.deep.equal(['i-statement.example.need']);
    expect(texts.filter(([, t]) => /arrow keys|\bclick\b|\btap\b|swipe/i.test(t))).to.deep.equal([]);
    expect(iStatementStrings.emotionHint).to.match(/what you feel/);
    expect(iStatementStrings.emotionHint).not.to.match(/about you/);
  });

  it('explains NRE wherever it is named, in both languages', () => {
    for (const bundle of [english, spanish]) {
      const prompt = bundle.agreement!['section.new-relationships.prompt'] as string;
      expect(prompt).to.match(/new relationship energy \(NRE\)|energía de una relación nueva \(NRE/);
      const named = all(bundle).filter(([, t]) => /\bNRE\b/.test(t)).map(([path]) => path);
      expect(named.every((path) => path.startsWith('agreement.section.new-relationships.'))).to.equal(true);
    }
  });

  it('each widget closes with its own line, in English and in Spanish', async () => {
    for (const lang of ['en', 'es']) {
      const page = await fixture(html`<div lang=${lang}>
        <tend-i-statement emotion="sad" situation="you leave" need="a hug"></tend-i-statement>
        <tend-stop-timer durations="1 1 1 1"></tend-stop-timer>
        <tend-agreement></tend-agreement>
        <tend-reflection-card></tend-reflection-card>
      </div>`);
      const lines = ['tend-i-statement', 'tend-stop-timer', 'tend-agreement', 'tend-reflection-card'].map((tag) => {
        const el = page.querySelector(tag) as HTMLElement & { t(key: string): string };
        return el.t(tag === 'tend-agreement' ? 'finished' : 'completed');
      });
      expect(new Set(lines).size, lines.join(' | ')).to.equal(4);
    }
  });
});
