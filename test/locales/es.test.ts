import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { es } from '../../src/entries/locales/es.js';
import { lookup } from '../../src/core/localize.js';
import '../../src/entries/i-statement.js';
import '../../src/entries/stop-timer.js';
import '../../src/entries/agreement.js';
import '../../src/entries/reflection-card.js';
import type { TendIStatement } from '../../src/entries/i-statement.js';
import type { TendStopTimer } from '../../src/entries/stop-timer.js';
import type { TendAgreement } from '../../src/entries/agreement.js';
import type { TendReflectionCard } from '../../src/entries/reflection-card.js';
import { FakeClock } from '../stop-timer/fake-clock.js';
import { button, buttons, fill, nameOf, textOf } from '../helpers/harness.js';

const spanish = es as unknown as Record<string, Record<string, unknown>>;

// Every key in Spanish, with its shape and placeholders: test/locales/every-language.test.ts (for every language).
describe('Spanish locale (src/locales/es/)', () => {
  it('registers itself when loaded, under es and for every es-* variant', () => {
    expect(lookup('es', 'core', 'done')).to.equal('Listo');
    expect(lookup('es-MX', 'i-statement', 'heading')).to.equal('Dilo sin culpar');
    expect(lookup('en', 'core', 'done')).to.equal(undefined);
  });

  it('gives every feeling word once', () => {
    const words = es['i-statement'].vocabulary.flatMap((group) => group.words);
    expect(new Set(words).size).to.equal(words.length);
    expect(Object.keys(spanish)).to.include('core');
  });
});

const buttonNames = (el: Element) => buttons(el).map(nameOf);

describe('widgets in Spanish', () => {
  it('<tend-i-statement lang="es">: labels, hints, buttons and the composed sentence read in Spanish', async () => {
    const el = await fixture<TendIStatement>(html`<tend-i-statement lang="es"></tend-i-statement>`);
    expect(textOf(el, '[part=heading]')).to.equal('Dilo sin culpar');
    expect(['emotion', 'situation', 'reason', 'need'].map((id) => textOf(el, `label[for=${id}]`))).to.deep.equal([
      'Siento… / Me siento…',
      'cuando…',
      'porque… (opcional)',
      'Necesito…',
    ]);
    expect(buttonNames(el)).to.include.members(['Ver un ejemplo', 'Revisar mi frase', 'Copiar la frase', 'Listo', 'Empezar de nuevo']);
    el.value = { emotion: ' ansiedad ', situation: 'pasan horas sin que me contestes.', reason: '', need: 'que me avises si vas a tardar', text: '' };
    await el.updateComplete;
    expect(el.value.text).to.equal('Siento ansiedad cuando pasan horas sin que me contestes. Necesito que me avises si vas a tardar.');
    el.value = { ...el.value, reason: 'empiezo a temer que algo va mal' };
    expect(el.value.text).to.equal(
      'Siento ansiedad cuando pasan horas sin que me contestes porque empiezo a temer que algo va mal. Necesito que me avises si vas a tardar.',
    );
    // The example and the vocabulary are Spanish content, not English words in a Spanish frame.
    expect(textOf(el, '[part=example] blockquote')).to.equal(
      'Siento ansiedad cuando pasan horas sin que me contestes porque empiezo a temer que haya pasado algo. Necesito que acordemos qué esperamos al escribirnos.',
    );
    (el.shadowRoot!.querySelector('button.toggle') as HTMLButtonElement).click();
    await el.updateComplete;
    const groups = [...el.shadowRoot!.querySelectorAll('[role=listbox] > [role=group]')].map((g) => g.getAttribute('aria-label'));
    expect(groups[0]).to.equal('Tristeza');
    expect(textOf(el, '[role=option]')).to.equal('tristeza');
  });

  it('<tend-i-statement lang="es-MX">: typed phone input becomes a grammatical sentence, in the preview and the data', async () => {
    const el = await fixture<TendIStatement>(html`<tend-i-statement lang="es-MX"></tend-i-statement>`);
    const type = async (id: string, value: string) => {
      fill(el, `#${id}`, value);
      await el.updateComplete;
    };
    await type('emotion', 'Me siento triste');
    await type('situation', 'Cuando llegas tarde');
    await type('reason', 'Porque me preocupo');
    await type('need', 'Necesito que me avises');
    const sentence = 'Me siento triste cuando llegas tarde porque me preocupo. Necesito que me avises.';
    expect(textOf(el, '#sentence')).to.equal(sentence);
    expect(el.value.text).to.equal(sentence);
    await type('emotion', 'Frustración');
    expect(el.value.text).to.match(/^Siento frustración cuando llegas tarde/);
  });

  it('<tend-i-statement>: lists what is missing with Intl.ListFormat in Spanish', async () => {
    const el = await fixture<TendIStatement>(html`<tend-i-statement lang="es"></tend-i-statement>`);
    button(el, /^Revisar mi frase$/).click();
    await el.updateComplete;
    expect(textOf(el, 'p[part=status]')).to.equal('Aún falta escribir cómo te sientes, qué pasó y qué necesitas.');
  });

  it('<tend-stop-timer>: takes Spanish from an ancestor, announces steps and counts seconds in Spanish', async () => {
    const wrapper = await fixture(html`<div lang="es-ES"><tend-stop-timer durations="1 2 3 4"></tend-stop-timer></div>`);
    const el = wrapper.querySelector('tend-stop-timer') as TendStopTimer;
    const clock = new FakeClock();
    el.clock = clock;
    await el.updateComplete;
    expect(textOf(el, '[part=heading]')).to.equal('La técnica STOP');
    expect(textOf(el, 'ol[part=steps]')).to.contain('Stop (detente) 0:01 , 1 segundo');
    expect(textOf(el, 'ol[part=steps]')).to.contain('Toma aire 0:02 , 2 segundos');
    expect(buttonNames(el)).to.deep.equal(['Empezar']);
    el.start();
    await el.updateComplete;
    expect(textOf(el, '[part=step-title]')).to.equal('Paso 1 de 4: Stop (detente)');
    expect(buttonNames(el)).to.deep.equal(['Pausar', 'Saltar', 'Reiniciar']);
    await aTimeout(80);
    expect(textOf(el, '[aria-live=polite]')).to.equal('Stop (detente). Deja lo que estás haciendo. 1 segundo.');
  });

  it('<tend-agreement>: switches to Spanish when lang changes at runtime, with dates from Intl', async () => {
    const el = await fixture<TendAgreement>(html`<tend-agreement reviewed="2025-03-31" review="monthly"></tend-agreement>`);
    expect(textOf(el, '[part=heading]')).to.equal('Our living agreement');
    expect(textOf(el, '#last-reviewed')).to.equal('March 31, 2025');
    el.lang = 'es';
    await el.updateComplete;
    expect(textOf(el, '[part=heading]')).to.equal('Nuestro acuerdo, abierto a cambios');
    expect(textOf(el, '#last-reviewed')).to.equal('31 de marzo de 2025');
    expect(textOf(el, '#next-review')).to.equal('30 de abril de 2025');
    expect([...el.shadowRoot!.querySelectorAll('[part=section-title]')].map((h) => h.textContent!.trim())).to.deep.equal([
      'Tiempo en común',
      'Límites',
      'Forma de comunicarnos',
    ]);
    expect(el.shadowRoot!.querySelector('#add-0')!.getAttribute('placeholder')).to.match(/^Por ejemplo: Un rato de 15 minutos/);
    expect(buttonNames(el)).to.include.members(['Añadir a «Tiempo en común»', 'Marcar como revisado hoy', 'Listo']);
    // And back, from an ancestor's change: the element's own lang removed, the page's lang set.
    const host = document.createElement('div');
    host.lang = 'en';
    el.replaceWith(host);
    host.append(el);
    el.removeAttribute('lang');
    await el.updateComplete;
    expect(textOf(el, '[part=heading]')).to.equal('Our living agreement');
    host.lang = 'es';
    await aTimeout(0);
    await el.updateComplete;
    expect(textOf(el, '[part=heading]')).to.equal('Nuestro acuerdo, abierto a cambios');
    host.remove();
  });

  it('<tend-reflection-card>: the deck, its cards and the count in Spanish, from an ancestor and at runtime', async () => {
    const wrapper = await fixture(html`<section lang="en"><tend-reflection-card word-count></tend-reflection-card></section>`);
    const el = wrapper.querySelector('tend-reflection-card') as TendReflectionCard;
    expect(textOf(el, '[part=heading]')).to.equal('Self-awareness');
    wrapper.setAttribute('lang', 'es');
    await aTimeout(0);
    await el.updateComplete;
    expect(textOf(el, '[part=heading]')).to.equal('Conocerte mejor');
    expect(textOf(el, 'label[for=answer]')).to.equal('¿Cómo suelo reaccionar cuando mi pareja parece distante?');
    expect(textOf(el, '[part=progress]')).to.equal('1 de 5');
    expect(buttonNames(el)).to.include.members(['Anterior', 'Siguiente', 'Saltar', 'Listo', 'Copiar las respuestas']);
    const answer = el.shadowRoot!.querySelector('textarea')!;
    answer.value = 'Me callo y espero';
    answer.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    expect(textOf(el, '.word-count')).to.equal('4 palabras');
    expect(el.value.answers[0]).to.deep.equal({ prompt: '¿Cómo suelo reaccionar cuando mi pareja parece distante?', answer: 'Me callo y espero' });
  });

  it('writes the timer clock with Intl digits in the reader’s locale', async () => {
    const el = await fixture<TendStopTimer>(html`<tend-stop-timer lang="ar-EG" durations="75 2 3 4"></tend-stop-timer>`);
    // Arabic (Egypt) writes its own digits: the countdown is formatted by Intl, not by hand.
    expect(textOf(el, 'ol[part=steps] li .length')).to.equal('١:١٥');
  });
});
