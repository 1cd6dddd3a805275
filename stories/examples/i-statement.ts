import { html } from 'lit';
import '../../src/entries/i-statement.js';
import type { TendIStatement } from '../../src/entries/i-statement.js';
import { key, press, type, type Example } from './example.js';

const seed = {
  emotion: 'anxious',
  situation: "you don't text back for hours",
  reason: "I start worrying something's wrong",
  need: 'us to agree on communication expectations',
};

/** `<tend-i-statement>` in each state a person meets it. */
export const iStatementExamples: Example<TendIStatement>[] = [
  { name: 'Empty', template: html`<tend-i-statement></tend-i-statement>` },
  {
    name: 'Filled',
    template: html`<tend-i-statement
      emotion=${seed.emotion}
      situation=${seed.situation}
      reason=${seed.reason}
      need=${seed.need}
    ></tend-i-statement>`,
  },
  {
    name: 'Coaching hints shown',
    template: html`<tend-i-statement></tend-i-statement>`,
    setup: async (el) => {
      await type(el, '#emotion', 'like you ignore me');
      await type(el, '#situation', 'you never reply');
      await type(el, '#need', 'you to be more considerate');
    },
  },
  {
    name: 'Feelings list open, an option active',
    template: html`<tend-i-statement></tend-i-statement>`,
    setup: async (el) => {
      await type(el, '#emotion', 'an');
      await key(el, '#emotion', 'ArrowDown');
    },
  },
  {
    name: 'Example shown',
    template: html`<tend-i-statement></tend-i-statement>`,
    setup: (el) => press(el, 'button[aria-controls=example]'),
  },
  {
    name: 'Done pressed too early: errors',
    template: html`<tend-i-statement reason="it matters"></tend-i-statement>`,
    setup: (el) => press(el, 'button.primary'),
  },
  {
    name: 'Checked, with a tip',
    template: html`<tend-i-statement emotion="sad" situation="you always leave" need="a hug"></tend-i-statement>`,
    setup: (el) => press(el, '.actions button:first-child'),
  },
  {
    name: 'Completed',
    template: html`<tend-i-statement emotion=${seed.emotion} situation=${seed.situation} need=${seed.need}></tend-i-statement>`,
    setup: (el) => press(el, 'button.primary'),
  },
  {
    name: 'Saved in this browser (persist)',
    template: html`<tend-i-statement persist="examples" emotion="calm"></tend-i-statement>`,
  },
  {
    name: 'Your own words as an attribute (strings)',
    template: html`<tend-i-statement strings='{"heading": "Before you talk", "intro": "One calm sentence about what is going on for you."}'></tend-i-statement>`,
  },
  {
    name: 'Spanish',
    template: html`<tend-i-statement lang="es" emotion="ansiedad" situation="pasan horas sin que me contestes"></tend-i-statement>`,
  },
  {
    name: 'Right to left',
    template: html`<div dir="rtl"><tend-i-statement emotion=${seed.emotion}></tend-i-statement></div>`,
  },
  {
    name: 'Words of danger: support note, no coaching',
    template: html`<tend-i-statement></tend-i-statement>`,
    setup: async (el) => {
      await type(el, '#emotion', 'abused');
      await type(el, '#situation', 'you hit me');
    },
  },
  {
    name: "Support note with the host's own text (slot=\"support\")",
    template: html`<tend-i-statement
      ><p slot="support">You can call our practice on 555 0100, or a crisis line at any hour.</p></tend-i-statement
    >`,
    setup: (el) => type(el, '#need', 'I want to die'),
  },
  {
    name: 'Words of danger in the last field, with a way out: the note beside it, "Leave this page" in it',
    template: html`<tend-i-statement exit-url="https://www.bbc.co.uk/weather"></tend-i-statement>`,
    setup: (el) => type(el, '#need', 'him to stop, he hit me'),
  },
  {
    name: 'With a way out (exit-url)',
    template: html`<tend-i-statement exit-url="https://www.bbc.co.uk/weather"></tend-i-statement>`,
  },
  {
    name: 'Started over, Undo offered',
    template: html`<tend-i-statement emotion="calm" persist="examples-undo"></tend-i-statement>`,
    setup: (el) => press(el, '.actions button:last-child'),
  },
  {
    name: 'Kept on this device, switched off',
    template: html`<tend-i-statement persist="examples-off" emotion="calm"></tend-i-statement>`,
    setup: (el) => press(el, '[role=switch]'),
  },
];
