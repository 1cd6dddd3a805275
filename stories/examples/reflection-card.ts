import { html } from 'lit';
import '../../src/entries/reflection-card.js';
import type { TendReflectionCard } from '../../src/reflection-card/reflection-card.js';
import { press, type, type Example } from './example.js';

const next = '.nav button:nth-child(2)';

/** `<tend-reflection-card>` from its first card to the finished summary. */
export const reflectionCardExamples: Example<TendReflectionCard>[] = [
  { name: 'First card', template: html`<tend-reflection-card></tend-reflection-card>` },
  {
    name: 'Card two of five, the first answered',
    template: html`<tend-reflection-card></tend-reflection-card>`,
    setup: async (el) => {
      await type(el, '#answer', 'I go quiet and wait.');
      await press(el, next);
    },
  },
  {
    name: 'Word count, writing',
    template: html`<tend-reflection-card word-count deck="check-in"></tend-reflection-card>`,
    setup: (el) => type(el, '#answer', 'Tired but hopeful'),
  },
  {
    name: 'Done pressed too early: error',
    template: html`<tend-reflection-card></tend-reflection-card>`,
    setup: (el) => press(el, 'button.primary'),
  },
  {
    name: 'Completed, with the summary',
    template: html`<tend-reflection-card deck="jealousy"></tend-reflection-card>`,
    setup: async (el) => {
      await type(el, '#answer', 'That I need more time with them.');
      await press(el, 'button.primary');
    },
  },
  {
    name: 'Custom prompts (light-DOM children)',
    template: html`<tend-reflection-card><li>What went well this week?</li><li>What would I like more of?</li></tend-reflection-card>`,
  },
  {
    name: 'Custom prompts as an attribute (a server render shows them)',
    template: html`<tend-reflection-card prompts='["What went well this week?", "What would I like more of?"]'></tend-reflection-card>`,
  },
  {
    name: 'Last card of a deck',
    template: html`<tend-reflection-card deck="repair"></tend-reflection-card>`,
    setup: async (el) => {
      for (let i = 0; i < 5; i++) await press(el, next);
    },
  },
  { name: 'Spanish', template: html`<tend-reflection-card lang="es"></tend-reflection-card>` },
  {
    name: 'Right to left, card two',
    template: html`<div dir="rtl"><tend-reflection-card></tend-reflection-card></div>`,
    setup: (el) => press(el, next),
  },
  {
    name: 'Words of danger: support note',
    template: html`<tend-reflection-card lang="es"><p slot="support">Llama a la línea de ayuda: 016.</p></tend-reflection-card>`,
    setup: (el) => type(el, '#answer', 'A veces quiero morirme'),
  },
];
