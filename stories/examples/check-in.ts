import { html } from 'lit';
import '../../src/entries/check-in.js';
import type { TendCheckIn } from '../../src/check-in/check-in.js';
import { storageKey } from '../../src/core/persistence.js';
import type { CheckInData } from '../../src/entries/data.js';
import { press, type, type Example } from './example.js';

/** A fixed clock: the examples always show the same dates. */
const clock = { now: () => new Date(2026, 10, 30, 20, 0).getTime() };

/** Three past check-ins, as a history kept on this device would hold them. */
export const sampleHistory: CheckInData[] = [
  { rhythm: 'daily', date: '2026-11-29', with: ['Alex'], feelings: ['tired', 'hopeful'], highlight: 'A long walk after work.', challenge: 'A tense call with my sister.', need: 'An early night.' },
  { rhythm: 'daily', date: '2026-11-28', with: ['Alex'], feelings: ['calm', 'grateful'], highlight: 'Breakfast together.', challenge: 'Too many meetings.', need: 'an early night' },
  { rhythm: 'daily', date: '2026-11-25', with: ['Alex'], feelings: ['tired', 'stressed'], highlight: 'A friend called.', challenge: 'Deadlines.', need: '' },
];

/** Puts the history into storage under `key`, then gives the element that key (as a reload of a page with it would find it). */
async function withHistory(el: TendCheckIn, key: string, entries = sampleHistory): Promise<void> {
  el.clock = clock;
  const draft = { rhythm: 'daily', date: '2026-11-30', with: [], feelings: [], highlight: '', challenge: '', need: '', entries };
  localStorage.setItem(storageKey('check-in', key), JSON.stringify({ version: 1, savedAt: '2026-11-30T20:00:00.000Z', data: draft }));
  el.persist = key;
  await el.updateComplete;
}

const firstFeeling = '[part~=feeling]';

/** `<tend-check-in>`: daily and weekly, mid-way, with errors, and with the history shown. */
export const checkInExamples: Example<TendCheckIn>[] = [
  { name: 'Daily, with a partner', template: html`<tend-check-in with="Alex"></tend-check-in>` },
  {
    name: 'Daily, feelings chosen and a highlight written',
    template: html`<tend-check-in with="Alex, Sam"></tend-check-in>`,
    setup: async (el) => {
      await press(el, firstFeeling);
      await type(el, '#own-feelings', 'restless');
      await type(el, '#highlight', 'A long walk after work.');
    },
  },
  {
    name: 'Done pressed too early: errors',
    template: html`<tend-check-in></tend-check-in>`,
    setup: (el) => press(el, 'button.primary'),
  },
  { name: 'Weekly self check-in', template: html`<tend-check-in rhythm="weekly"></tend-check-in>` },
  {
    name: 'History: the over-time view',
    template: html`<tend-check-in history persist="example" with="Alex"></tend-check-in>`,
    setup: (el) => withHistory(el, 'example-history'),
  },
  {
    name: 'History: today’s check-in kept, Forget all asking to confirm',
    template: html`<tend-check-in history persist="example"></tend-check-in>`,
    setup: async (el) => {
      await withHistory(el, 'example-forget');
      await press(el, firstFeeling);
      await type(el, '#highlight', 'Dinner with friends.');
      await type(el, '#challenge', 'A late train.');
      await press(el, 'button.primary');
      await press(el, '#forget-all');
    },
  },
  {
    name: 'Words of danger, Done pressed: the note beside Done, with "Leave this page"; nothing kept is celebrated',
    template: html`<tend-check-in history persist="example" exit-url="https://www.bbc.co.uk/weather"
      ><p slot="support">Call our practice on 555 0100 (weekdays), or a crisis line at any hour.</p></tend-check-in
    >`,
    setup: async (el) => {
      await withHistory(el, 'example-danger');
      await type(el, '#own-feelings', 'scared');
      await type(el, '#highlight', 'nothing');
      await type(el, '#challenge', 'he said he will kill me if I leave');
      await press(el, 'button.primary');
    },
  },
  { name: 'Own feeling words (emotions)', template: html`<tend-check-in emotions="calm, tender, restless, proud"></tend-check-in>` },
  {
    name: 'Spanish, with history',
    template: html`<tend-check-in lang="es" history persist="example"></tend-check-in>`,
    setup: (el) => withHistory(el, 'example-es'),
  },
  {
    name: 'Right to left, with history',
    template: html`<div dir="rtl"><tend-check-in history persist="example" rhythm="weekly"></tend-check-in></div>`,
    setup: (el) => withHistory(el, 'example-rtl'),
  },
];
