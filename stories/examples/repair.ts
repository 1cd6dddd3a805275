import { html } from 'lit';
import '../../src/entries/repair.js';
import type { TendRepair } from '../../src/repair/repair.js';
import { press, type, type Example } from './example.js';

/** The four steps as a person types them on a phone: capitals, a lead-in typed again, no apostrophe. */
async function writeSteps(el: TendRepair): Promise<void> {
  await type(el, '#part', 'I was on my phone all through dinner');
  await type(el, '#impact', 'You felt alone at the table');
  await type(el, '#apology', 'Im sorry for ignoring you');
  await type(el, '#plan', 'Next time I will leave my phone in the other room');
}

/** `<tend-repair>`: empty, written (with the words composed), with hints, Done too early, danger, Spanish, right to left. */
export const repairExamples: Example<TendRepair>[] = [
  { name: 'A repair with Sam', template: html`<tend-repair with="Sam"></tend-repair>` },
  {
    name: 'Written, with a way to reconnect: what you could say',
    template: html`<tend-repair with="Sam"></tend-repair>`,
    setup: async (el) => {
      await writeSteps(el);
      await press(el, '.choices button:nth-child(2)');
    },
  },
  {
    name: 'Coaching hints: deflecting, a non-apology, a vague plan',
    template: html`<tend-repair with="Alex"></tend-repair>`,
    setup: async (el) => {
      await type(el, '#part', 'I raised my voice but you started it');
      await type(el, '#impact', 'you felt attacked');
      await type(el, '#apology', 'sorry you feel that way');
      await type(el, '#plan', 'try harder');
    },
  },
  {
    name: 'Done pressed too early: what is still to write',
    template: html`<tend-repair></tend-repair>`,
    setup: async (el) => {
      await type(el, '#part', 'I forgot our anniversary');
      await press(el, 'button.primary');
    },
  },
  {
    name: 'Words about the person’s own violence: the note pointing to help to stop, nothing composed',
    template: html`<tend-repair with="Sam" exit-url="https://www.bbc.co.uk/weather"
      ><p slot="support">Our practice: 555 0100 (weekdays).</p></tend-repair
    >`,
    setup: async (el) => {
      await type(el, '#part', 'I hit her when she said she was leaving');
      await type(el, '#impact', 'she was scared');
      await type(el, '#apology', 'hitting her');
      await type(el, '#plan', 'walk away');
    },
  },
  { name: 'Follow-up in 14 days, no coaching hints', template: html`<tend-repair follow-up="14" no-hints></tend-repair>` },
  {
    name: 'Spanish, written',
    template: html`<tend-repair lang="es" with="Ana"></tend-repair>`,
    setup: async (el) => {
      await type(el, '#part', 'Estuve con el teléfono toda la cena');
      await type(el, '#impact', 'Te sentiste sola en la mesa');
      await type(el, '#apology', 'Perdón por ignorarte');
      await type(el, '#plan', 'La próxima vez voy a dejar el teléfono en otra habitación');
    },
  },
  { name: 'Right to left', template: html`<div dir="rtl"><tend-repair with="Sam"></tend-repair></div>` },
];
