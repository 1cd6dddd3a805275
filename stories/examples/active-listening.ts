import { html } from 'lit';
import '../../src/entries/active-listening.js';
import type { TendActiveListening } from '../../src/active-listening/active-listening.js';
import { button } from '../../test/helpers/harness.js';
import { press, type, type Example } from './example.js';

/** Presses the button whose name begins with `name`, as a pointer would. */
const pressNamed = (el: TendActiveListening, name: string) => press(el, button(el, name));

/** The first round as Sam and Alex might write it, up to the listener's reflection offered to Sam. */
async function reflected(el: TendActiveListening): Promise<void> {
  await type(el, '#said', 'When you looked at your phone during dinner I felt alone, like I was talking to myself.');
  await pressNamed(el, 'Pass to');
  await type(el, '#heard', 'You felt alone at dinner when I was on my phone, like you were talking to yourself.');
  await pressNamed(el, 'Check with');
}

/** `<tend-active-listening>`: each phase of a round, a second try, coaching tips, no peeking, a break, Spanish, right to left. */
export const activeListeningExamples: Example<TendActiveListening>[] = [
  { name: 'Sam speaks first (two rounds suggested)', template: html`<tend-active-listening with="Sam, Alex"></tend-active-listening>` },
  {
    name: 'Alex reflects, with no peeking: Sam’s words are hidden',
    template: html`<tend-active-listening with="Sam, Alex" no-peeking></tend-active-listening>`,
    setup: async (el) => {
      await type(el, '#said', 'I need a text when you are going to be late.');
      await pressNamed(el, 'Pass to');
      await type(el, '#heard', 'You want a text from me when I will be late.');
    },
  },
  {
    name: 'Sam checks the reflection: "That’s it" or "Not quite"',
    template: html`<tend-active-listening with="Sam, Alex"></tend-active-listening>`,
    setup: reflected,
  },
  {
    name: 'A second try after "Not quite", with a tip: the reflection argues back',
    template: html`<tend-active-listening with="Sam, Alex"></tend-active-listening>`,
    setup: async (el) => {
      await reflected(el);
      await pressNamed(el, 'Not quite');
      await type(el, '#heard', ' But I was only checking the score');
    },
  },
  {
    name: 'Alex asks and validates, with tips beside both fields',
    template: html`<tend-active-listening with="Sam, Alex" rounds="1"></tend-active-listening>`,
    setup: async (el) => {
      await reflected(el);
      await pressNamed(el, "That's it");
      await type(el, '#question', 'Why do you always make a big deal of it?');
      await type(el, '#validation', 'It makes sense that you felt alone, because I was looking at my phone. But it was only a minute.');
    },
  },
  {
    name: 'A break: the calm pause, breathing with the STOP timer',
    template: html`<tend-active-listening with="Sam, Alex"></tend-active-listening>`,
    setup: async (el) => {
      await type(el, '#said', 'I feel overwhelmed when plans change at the last minute.');
      await pressNamed(el, 'Take a break');
      await pressNamed(el, 'Breathe with');
    },
  },
  {
    name: 'Pass pressed before anything is written: the error beside the field',
    template: html`<tend-active-listening></tend-active-listening>`,
    setup: (el) => pressNamed(el, 'Pass to'),
  },
  {
    name: 'Words of danger: the support note beside the field, no tips',
    template: html`<tend-active-listening with="Sam, Alex" exit-url="https://www.bbc.co.uk/weather"
      ><p slot="support">Call our practice on 555 0100 (weekdays), or a crisis line at any hour.</p></tend-active-listening
    >`,
    setup: (el) => type(el, '#said', 'When he gets angry he hits me and I am scared to go home.'),
  },
  {
    name: 'Spanish: the reflection offered to Ana',
    template: html`<tend-active-listening lang="es" with="Ana, Luis"></tend-active-listening>`,
    setup: async (el) => {
      await type(el, '#said', 'Cuando llegas tarde sin avisar me quedo preocupada toda la noche.');
      await pressNamed(el, 'Pasar a');
      await type(el, '#heard', 'Te preocupas toda la noche cuando llego tarde sin avisarte.');
      await pressNamed(el, 'Comprobar con');
    },
  },
  {
    name: 'Right to left, the second round',
    template: html`<div dir="rtl"><tend-active-listening with="Sam, Alex"></tend-active-listening></div>`,
    setup: async (el) => {
      await reflected(el);
      await pressNamed(el, "That's it");
      await type(el, '#validation', 'It makes sense that you felt alone, because dinner is our time.');
      await pressNamed(el, 'Swap roles');
    },
  },
];
