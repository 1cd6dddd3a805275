import { expect, fixture, html } from '@open-wc/testing';
import { es } from '../../src/entries/locales/es.js';
import { coreStrings } from '../../src/core/strings.js';
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
    const banned = /echar balones fuera|prueba a |bochorno|resquemor|cada pareja|afición|cada quien|cada cierto tiempo, con una frecuencia fija|vosotros|ordenador|una tarjeta cada vez/i;
    expect(all(spanish).filter(([, text]) => banned.test(text))).to.deep.equal([]);
  });

  it('Spanish: no calques, «pulsa» for every button, «registro» for a saved check-in', () => {
    const calques = /acuerdo vivo|documentos vivos|intervalos previsibles|con intención, no por reacción|procede con conciencia|un momento bajo/i;
    expect(all(spanish).filter(([, text]) => calques.test(text))).to.deep.equal([]);
    // One verb for pressing a button: «pulsa» (not «presiona», «oprime», «haz clic» or «elige Listo»).
    const otherPress = /presiona|oprim|haz clic|\belige (?:Continuar|Listo|Añadir|«Cambiar»|Empezar|Siguiente)/i;
    expect(all(spanish).filter(([, text]) => otherPress.test(text))).to.deep.equal([]);
    const checkIn = spanish['check-in']!;
    for (const key of ['kept', 'historyHeading', 'historyEmpty', 'eachCheckIn', 'older.one', 'older.other', 'forgetAll', 'confirmForget', 'forgotAll']) {
      expect(checkIn[key], key).to.match(/registro/);
      expect(checkIn[key], key).not.to.match(/momento/);
    }
  });

  it('hints never doubt the person, in either language; a request for respect or love is no defect', () => {
    for (const bundle of [english, spanish]) {
      const hints = Object.entries(bundle['i-statement']!).filter(([key]) => key.startsWith('hint'));
      expect(hints.filter(([, text]) => /you think|crees que|different person|sea otra persona/i.test(text as string))).to.deep.equal([]);
    }
  });

  it('the support note says what to do now and promises nothing a line may not offer', () => {
    expect(coreStrings.supportText).to.match(/emergency number: 999 in the UK, 112 across the EU, 911 in the US/);
    expect(spanish.core!.supportText).to.contain('112 en España y la UE; 911 en México, Argentina y gran parte de América');
    for (const text of [coreStrings.supportText, spanish.core!.supportText as string]) {
      expect(text).not.to.match(/sounds serious|not meant|any hour|in confidence|suena serio|no está pensado|cualquier hora|confidencial/i);
    }
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
