import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/entries/repair.js';
import '../../src/entries/locales/es.js';
import type { TendRepair } from '../../src/entries/repair.js';
import { todayIso } from '../../src/core/dates.js';
import { followUpDate } from '../../src/repair/follow-up.js';
import { $, button, deepActive, errorOf, field, root, settle, type, type TextField } from '../helpers/harness.js';
import { hit } from '../helpers/keyboard.js';

/**
 * A person completes a repair the two ways people do, in English and in Spanish, in every engine: by keyboard
 * alone (Tab, Shift+Tab, Space, Enter and typing, through the browser's own key handling), and by touch (taps:
 * pointer events of a finger, then the click; words as a phone's keyboard inserts them; a date from the picker).
 */

interface Words {
  lang: 'en' | 'es';
  name: string;
  part: string;
  impact: string;
  apology: string;
  plan: string;
  choice: string;
  more: string;
  done: string;
  wordsOption: string;
  addReminder: string;
  said: string;
}

const languages: Words[] = [
  {
    lang: 'en',
    name: 'Sam',
    part: 'I was on my phone all through dinner',
    impact: 'You felt alone at the table',
    apology: 'Im sorry for ignoring you',
    plan: 'Next time I will leave my phone in the other room',
    choice: 'Quality time',
    more: ' tonight',
    done: 'Done',
    wordsOption: 'Put my words in the reminder',
    addReminder: 'Add the follow-up to my calendar',
    said: "Sam, I want to own my part: I was on my phone all through dinner. I can see the impact it had on you: you felt alone at the table. I'm sorry for ignoring you. Next time, I will leave my phone in the other room. When you are ready, I'd like us to reconnect: some quality time together, just us tonight.",
  },
  {
    lang: 'es',
    name: 'Ana',
    // As a phone sends it: a capital on each field, no accents, the lead-ins typed again.
    part: 'Estuve con el telefono toda la cena',
    impact: 'Te sentiste sola en la mesa',
    apology: 'Perdon por ignorarte',
    plan: 'La proxima vez voy a dejar el telefono en otra habitacion',
    choice: 'Tiempo de calidad',
    more: ' esta noche',
    done: 'Listo',
    wordsOption: 'Incluir mis palabras en el recordatorio',
    addReminder: 'Guardar la fecha en mi calendario',
    said: 'Ana, quiero reconocer mi parte: estuve con el telefono toda la cena. Veo el impacto que tuvo lo que hice: te sentiste sola en la mesa. Te pido perdón por ignorarte. La próxima vez, voy a dejar el telefono en otra habitacion. Cuando sea un buen momento, me gustaría que volviéramos a acercarnos: tiempo de calidad a solas, sin prisas esta noche.',
  },
];

const named = (name: string) => (control: Element) => (control.getAttribute('aria-label') ?? control.textContent ?? '').trim().startsWith(name);
const byId = (id: string) => (control: Element) => control.id === id;

/** Files saved by the widget (their names), without a download. */
function captureDownloads() {
  const names: string[] = [];
  const create = URL.createObjectURL;
  const revoke = URL.revokeObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = () => 'blob:stub';
  URL.revokeObjectURL = () => {};
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    names.push(this.download);
  };
  return {
    names,
    restore() {
      URL.createObjectURL = create;
      URL.revokeObjectURL = revoke;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

/** Presses Tab (or Shift+Tab) until `match` has focus, checking that focus never leaves the widget. */
async function tabTo(el: TendRepair, match: (control: Element) => boolean, chord = 'Tab'): Promise<Element> {
  for (let i = 0; i < 40; i++) {
    await hit(chord);
    await settle(el);
    expect(document.activeElement === el, 'focus stays in the widget').to.equal(true);
    const focused = deepActive();
    if (focused && match(focused)) return focused;
  }
  throw new Error(`${chord} never reached the control`);
}

async function typeHere(el: TendRepair, text: string): Promise<void> {
  await sendKeys({ type: text });
  await settle(el);
}

/** A finger's tap: the pointer events of a touch, focus where a tap gives it, then the click. */
async function tap(el: TendRepair, target: HTMLElement): Promise<void> {
  const touch = { bubbles: true, composed: true, cancelable: true, pointerType: 'touch', isPrimary: true, pointerId: 7 };
  target.dispatchEvent(new PointerEvent('pointerdown', touch));
  target.dispatchEvent(new PointerEvent('pointerup', touch));
  if (target.matches('textarea, input, button')) target.focus();
  target.click();
  await settle(el);
}

/** A phone's keyboard inserting the words into the field the person tapped. */
async function tapAndWrite(el: TendRepair, id: string, words: string): Promise<void> {
  const area = field(el, `#${id}`);
  await tap(el, area);
  await type(el, area, words);
}

for (const words of languages) {
  describe(`<tend-repair lang="${words.lang}"> completed by a person`, function () {
    this.timeout(60000);
    let downloads: ReturnType<typeof captureDownloads>;
    beforeEach(() => (downloads = captureDownloads()));
    afterEach(() => (downloads.restore(), localStorage.clear()));

    it('by keyboard alone: every step, the reminder with its option, a way to reconnect, Done', async () => {
      const stage = await fixture(html`<div><button id="before">before</button><tend-repair lang=${words.lang} with=${words.name}></tend-repair></div>`);
      const el = stage.querySelector<TendRepair>('tend-repair')!;
      await el.updateComplete;
      stage.querySelector<HTMLButtonElement>('#before')!.focus();
      await tabTo(el, named(words.done));
      await hit('Enter');
      await settle(el);
      // Focus moves once the errors are painted: the field is read with its error once.
      await waitUntil(() => root(el).activeElement?.id === 'part', 'Done too early: focus on the first step to write');
      expect(errorOf(el, 'plan')).to.not.equal('');
      await typeHere(el, words.part);
      await tabTo(el, byId('impact'));
      await typeHere(el, words.impact);
      await tabTo(el, byId('apology'));
      await typeHere(el, words.apology);
      await tabTo(el, byId('plan'));
      await typeHere(el, words.plan);
      await tabTo(el, byId('words-in-reminder'));
      await hit(' ');
      await settle(el);
      expect($<HTMLInputElement>(el, '#words-in-reminder').checked).to.equal(true);
      await tabTo(el, named(words.addReminder));
      await hit('Enter');
      await settle(el);
      expect(downloads.names).to.have.length(1);
      expect(downloads.names[0]).to.match(/\.ics$/);
      await tabTo(el, named(words.choice));
      await hit(' ');
      await settle(el);
      expect(root(el).activeElement!.id, 'a way chosen: focus in the field, to write over').to.equal('reconnect');
      await hit('End');
      await typeHere(el, words.more);
      await tabTo(el, named(words.done));
      const completed = oneEvent(el, 'tend-complete');
      await hit('Enter');
      const { detail } = await completed;
      expect(detail.data.text).to.equal(words.said);
      expect(detail.data.followUp).to.equal(followUpDate(todayIso(), 7));
      expect(detail.data.with).to.deep.equal([words.name]);
      await tabTo(el, byId('part'), 'Shift+Tab');
    });

    it('by touch: taps and a phone keyboard, the date from the picker, a way to reconnect, Done', async () => {
      const el = await fixture<TendRepair>(html`<tend-repair lang=${words.lang} with=${words.name}></tend-repair>`);
      await tap(el, button(el, words.done));
      expect(errorOf(el, 'part')).to.not.equal('');
      await waitUntil(() => root(el).activeElement?.id === 'part', 'Done too early: focus on the first step to write');
      await tapAndWrite(el, 'part', words.part);
      await tapAndWrite(el, 'impact', words.impact);
      await tapAndWrite(el, 'apology', words.apology);
      await tapAndWrite(el, 'plan', words.plan);
      const date = field(el, '#follow-up') as TextField;
      await tap(el, date);
      date.value = '2031-05-04';
      date.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      date.dispatchEvent(new Event('change', { bubbles: true }));
      await settle(el);
      expect(el.value.followUp).to.equal('2031-05-04');
      await tap(el, button(el, words.addReminder));
      expect(downloads.names[0]).to.match(/2031-05-04\.ics$/);
      await tap(el, button(el, words.choice));
      await type(el, '#reconnect', words.more);
      const completed = oneEvent(el, 'tend-complete');
      await tap(el, button(el, words.done));
      const { detail } = await completed;
      expect(detail.data.text).to.equal(words.said);
      expect(detail.data.followUp).to.equal('2031-05-04');
      expect(errorOf(el, 'part')).to.equal('');
    });
  });
}
