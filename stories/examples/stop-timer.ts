import { html } from 'lit';
import '../../src/entries/stop-timer.js';
import type { TendStopTimer } from '../../src/entries/stop-timer.js';
import { press, type, type Example } from './example.js';

const skipTo = async (el: TendStopTimer, skips: number) => {
  await press(el, '[data-main]');
  for (let i = 0; i < skips; i++) await press(el, '[data-skip]');
};

/** `<tend-stop-timer>` before, during (each kind of step) and after the exercise. */
export const stopTimerExamples: Example<TendStopTimer>[] = [
  { name: 'Before Start', template: html`<tend-stop-timer></tend-stop-timer>` },
  { name: 'Running: Stop', template: html`<tend-stop-timer></tend-stop-timer>`, setup: (el) => skipTo(el, 0) },
  { name: 'Breathing guide', template: html`<tend-stop-timer></tend-stop-timer>`, setup: (el) => skipTo(el, 1) },
  {
    name: 'Breathing guide, reduced motion',
    template: html`<div data-tend-motion="reduce"><tend-stop-timer breath="4-4-4-4"></tend-stop-timer></div>`,
    setup: (el) => skipTo(el, 1),
  },
  {
    name: 'Paused',
    template: html`<tend-stop-timer></tend-stop-timer>`,
    setup: async (el) => {
      await skipTo(el, 0);
      await press(el, '[data-main]');
    },
  },
  {
    name: 'Observe, writing a note',
    template: html`<tend-stop-timer notes></tend-stop-timer>`,
    setup: async (el) => {
      await skipTo(el, 2);
      await type(el, '#note-observe', 'Tight chest, racing thoughts');
    },
  },
  { name: 'Proceed, with Done', template: html`<tend-stop-timer notes></tend-stop-timer>`, setup: (el) => skipTo(el, 3) },
  {
    name: 'Completed',
    template: html`<tend-stop-timer notes></tend-stop-timer>`,
    setup: async (el) => {
      await skipTo(el, 3);
      await press(el, '[data-done]');
    },
  },
  { name: 'Spanish, running', template: html`<tend-stop-timer lang="es"></tend-stop-timer>`, setup: (el) => skipTo(el, 1) },
  { name: 'Right to left, running', template: html`<div dir="rtl"><tend-stop-timer></tend-stop-timer></div>`, setup: (el) => skipTo(el, 0) },
  {
    name: 'Words of danger in a note: support note',
    template: html`<tend-stop-timer notes exit-url="https://www.bbc.co.uk/weather"></tend-stop-timer>`,
    setup: async (el) => {
      await skipTo(el, 2);
      await type(el, '#note-observe', 'I am scared he will hurt me');
    },
  },
  {
    name: 'Reset, Undo offered',
    template: html`<tend-stop-timer></tend-stop-timer>`,
    setup: async (el) => {
      await skipTo(el, 1);
      await press(el, '[data-reset]');
    },
  },
];
