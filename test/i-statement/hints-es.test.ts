import { expect, fixture, html } from '@open-wc/testing';
import { registerLocale } from '../../src/core/localize.js';
import { detectHints } from '../../src/i-statement/hints.js';
import { languageFor, plainLanguage } from '../../src/i-statement/language.js';
import { spanishHints, spanishLanguage, spanishRules } from '../../src/locales/es/i-statement.js';
import { es } from '../../src/entries/locales/es.js';
import '../../src/entries/i-statement.js';
import type { TendIStatement } from '../../src/entries/i-statement.js';

const base = { emotion: 'ansiedad', situation: 'pasan horas sin que me contestes', reason: '', need: 'que acordemos qué esperamos al escribirnos' };
const hints = (parts: Partial<typeof base>) => detectHints({ ...base, ...parts }, spanishHints, spanishRules);
const keys = (parts: Partial<typeof base>) => hints(parts).map((hint) => hint.key);

describe('i-statement hints in Spanish', () => {
  it('finds nothing in the Spanish example, in any vocabulary word, or in an empty statement', () => {
    expect(keys({})).to.deep.equal([]);
    expect(keys({ emotion: '', situation: '', need: '' })).to.deep.equal([]);
    for (const word of es['i-statement'].vocabulary.flatMap((group) => group.words)) expect(keys({ emotion: word }), word).to.deep.equal([]);
  });

  it('notices «siento que…» and «como si…»: a thought, not a feeling', () => {
    for (const emotion of ['Siento que no te importo', 'que no me escuchas', 'Me siento como si no existiera', 'siento como que sobro']) {
      expect(keys({ emotion }), emotion).to.deep.equal(['hintEmotionThought']);
    }
    for (const emotion of ['tristeza', 'Me siento sola', 'quebrada', 'como una niña pequeña', 'queja']) {
      expect(keys({ emotion }), emotion).to.deep.equal([]);
    }
  });

  it('notices words that say what the other person did, in either gender and number, and names the word', () => {
    for (const [emotion, word] of [
      ['ignorada', 'ignorada'],
      ['Me siento ignorado', 'ignorado'],
      ['abandonada y triste', 'abandonada'],
      ['juzgados', 'juzgados'],
      ['muy Manipulada', 'manipulada'],
      ['rechazado', 'rechazado'],
      ['dejada  de lado', 'dejada de lado'],
      ['invisible', 'invisible'],
      ['no escuchada', 'no escuchada'],
    ]) {
      const found = hints({ emotion: emotion! });
      expect(found.map((h) => h.key), emotion).to.deep.equal(['hintEmotionAccusation']);
      expect(found[0]!.word).to.equal(word);
    }
    for (const emotion of ['dolida', 'cansado', 'confundida', 'frustración', 'agotada', 'usualmente tranquila', 'ignorancia']) {
      expect(keys({ emotion }), emotion).to.deep.equal([]);
    }
  });

  it('notices «siempre», «nunca», «todo el tiempo» and «me haces sentir» in the situation', () => {
    expect(keys({ situation: 'siempre llegas tarde' })).to.deep.equal(['hintSituationAbsolute']);
    expect(keys({ situation: 'Cuando NUNCA contestas' })).to.deep.equal(['hintSituationAbsolute']);
    expect(hints({ situation: 'miras el móvil todo  el tiempo' })[0]!.word).to.equal('todo el tiempo');
    expect(keys({ situation: 'me haces sentir pequeña' })).to.deep.equal(['hintSituationMakeMe']);
    expect(keys({ situation: 'hacés que me sienta tonta' })).to.deep.equal(['hintSituationMakeMe']);
    expect(keys({ situation: 'siempre me haces sentir mal' })).to.deep.equal(['hintSituationAbsolute', 'hintSituationMakeMe']);
    for (const situation of ['llegaste tarde anoche', 'me haces la cena', 'cancelas los planes sin avisar', 'siempreviva en la mesa']) {
      expect(keys({ situation }), situation).to.deep.equal([]);
    }
  });

  it('notices a demand on character («que seas más…») rather than a request for an action', () => {
    for (const need of ['que seas más considerado', 'Necesito que seas menos egoísta', 'que seas otra persona', 'que dejes de ser así', 'que cambies', 'que madures de una vez', 'que seas cariñosa', 'Quiero que seas más atento']) {
      expect(keys({ need }), need).to.deep.equal(['hintNeedCharacter']);
    }
    for (const need of ['que me avises si vas a llegar tarde', 'que acordemos un día para hablar', 'que seas puntual el viernes', 'que cambies las sábanas el domingo', 'un abrazo', 'que me respetes el turno de hablar', 'que me respetes', 'que te importe más', 'que me quieras', 'que seas sincera conmigo']) {
      expect(keys({ need }), need).to.deep.equal([]);
    }
  });

  it('declares its hints with its language; a language registered without any gets none', () => {
    expect(languageFor('es-AR')).to.equal(spanishLanguage);
    expect(languageFor('fr').hints).to.equal(undefined);
    expect(languageFor('fr')).to.equal(plainLanguage);
  });
});

describe('<tend-i-statement> coaching by language', () => {
  const coaching = (el: TendIStatement) => [...el.shadowRoot!.querySelectorAll('[data-hint]')].map((p) => p.getAttribute('data-hint'));

  it('shows Spanish hints in Spanish, naming the word found', async () => {
    const el = await fixture<TendIStatement>(
      html`<tend-i-statement lang="es" emotion="Siento que no te importo" situation="siempre llegas tarde" need="que seas más atento"></tend-i-statement>`,
    );
    expect(coaching(el)).to.deep.equal(['hintEmotionThought', 'hintSituationAbsolute', 'hintNeedCharacter']);
    expect(el.shadowRoot!.querySelector('[data-hint=hintSituationAbsolute]')!.textContent).to.contain('«siempre»');
    el.emotion = 'ignorada';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[data-hint=hintEmotionAccusation]')!.textContent).to.contain('«ignorada»');
  });

  it('shows no hints in a language whose locale declares none, and English patterns never run on it', async () => {
    registerLocale('de', { 'i-statement': { heading: 'Ohne Vorwurf' } });
    const el = await fixture<TendIStatement>(html`<tend-i-statement lang="de" emotion="ignored" situation="you always leave" need="you to be nicer"></tend-i-statement>`);
    expect(coaching(el)).to.deep.equal([]);
    expect(el.value.text).to.match(/^I feel ignored when you always leave/);
  });
});
