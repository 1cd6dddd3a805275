import { expect, fixture, html } from '@open-wc/testing';
import '../../src/entries/i-statement.js';
import '../../src/entries/locales/es.js';
import type { TendIStatement } from '../../src/entries/i-statement.js';
import { textOf } from '../helpers/harness.js';
import { typeKeys } from '../helpers/keyboard.js';

type Typed = [feel: string, when: string, because: string, need: string];

/** Types the four fields key by key, as a phone's keyboard sends them (its capitals, no accents, lead-ins typed again). */
async function typeAll(el: TendIStatement, [feel, when, because, need]: Typed): Promise<void> {
  for (const [id, text] of [['#emotion', feel], ['#situation', when], ['#reason', because], ['#need', need]] as const) {
    if (text) await typeKeys(el, id, text);
  }
}

const hints = (el: TendIStatement) => [...el.shadowRoot!.querySelectorAll('[data-hint]')].map((p) => p.getAttribute('data-hint'));

describe('<tend-i-statement> typed as on a phone', () => {
  const english: [Typed, string][] = [
    [['Hurt', 'You Forget To Call', '', 'Help with bedtime'], 'I feel hurt when you forget to call. I need help with bedtime.'],
    [['Im worried', 'You dont answer. Again.', 'Becuase i worry', "I'd like us to make a rota"], "I feel worried when you don't answer, again because I worry. I need us to make a rota."],
    [['It hurts', 'Sam Cancels Our Plans', '', 'Can you call me?'], 'It hurts when Sam cancels our plans. I need you to call me.'],
  ];
  for (const [typed, sentence] of english) {
    it(`composes "${typed.join(' | ')}" as a native speaker would write it`, async () => {
      const el = await fixture<TendIStatement>(html`<tend-i-statement></tend-i-statement>`);
      await typeAll(el, typed);
      expect(el.value.text).to.equal(sentence);
      expect(textOf(el, '[part=sentence]')).to.equal(sentence);
    });
  }

  const spanish: [Typed, string][] = [
    [['Tengo miedo', 'Gritas y das portazos', '', 'Que hablemos con calma'], 'Tengo miedo cuando gritas y das portazos. Necesito que hablemos con calma.'],
    [['Frustracion', 'Dejas los platos sin lavar', 'Xq siempre los lavo yo', 'Quiero que nos turnemos'], 'Siento frustracion cuando dejas los platos sin lavar porque siempre los lavo yo. Necesito que nos turnemos.'],
    [['Poco valorada', 'Llegas Tarde Sin Avisar', 'Siento que no confias en mi', 'Avisame si vas a llegar tarde'], 'Me siento poco valorada cuando llegas tarde sin avisar porque siento que no confias en mi. Necesito que me avises si vas a llegar tarde.'],
  ];
  for (const [typed, sentence] of spanish) {
    it(`compone «${typed.join(' | ')}» como lo escribiría una persona nativa`, async () => {
      const el = await fixture<TendIStatement>(html`<tend-i-statement lang="es"></tend-i-statement>`);
      await typeAll(el, typed);
      expect(el.value.text).to.equal(sentence);
      expect(textOf(el, '[part=sentence]')).to.equal(sentence);
    });
  }

  it('brings a hint for «que seas mas atento» typed without accents, none for «que me respetes»', async () => {
    const el = await fixture<TendIStatement>(html`<tend-i-statement lang="es"></tend-i-statement>`);
    await typeAll(el, ['Triste', 'Nunca me escuchas', '', 'Que me respetes']);
    expect(hints(el)).to.deep.equal(['hintSituationAbsolute']);
    await typeKeys(el, '#need', ' y que seas mas atento');
    expect(hints(el)).to.deep.equal(['hintSituationAbsolute', 'hintNeedCharacter']);
  });
});
