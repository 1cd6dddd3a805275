import { html } from 'lit';
import '../../src/entries/jealousy-journal.js';
import type { TendJealousyJournal } from '../../src/jealousy-journal/jealousy-journal.js';
import { storageKey } from '../../src/core/persistence.js';
import type { JealousyJournalData } from '../../src/entries/data.js';
import { press, type, type Example } from './example.js';

/** A fixed clock: the examples always show the same dates. */
const clock = { now: () => new Date(2026, 10, 30, 20, 0).getTime() };

const entry = (date: string, strength: number | null, situation: string, feelings: string[], need: string, extra: Partial<JealousyJournalData> = {}): JealousyJournalData => ({
  date,
  with: ['Sam'],
  situation,
  feelings,
  strength,
  need,
  say: '',
  agreement: '',
  glad: '',
  ...extra,
});

/** Four past entries, as a history kept on this device would hold them (two on one day). */
export const sampleJournal: JealousyJournalData[] = [
  entry('2026-11-29', 4, 'Sam texted Alex good night while we were on the sofa.', ['jealous', 'left out'], 'Reassurance', { glad: 'They have a friendship that matters to them.' }),
  entry('2026-11-26', 7, 'Sam posted photos from a weekend away with Alex.', ['jealous', 'afraid of losing you'], 'time together', {
    say: 'I missed you this weekend and I would like a day just for us.',
    agreement: 'A heads-up before weekends away',
  }),
  entry('2026-11-26', 3, 'They made plans without asking me.', ['left out'], 'to be included'),
  entry('2026-11-20', 8, 'Sam came home after midnight and did not text.', ['insecure', 'anxious'], 'reassurance.'),
];

/** Puts the history into storage under `key`, then gives the element that key (as a reload of a page with it would find it). */
async function withHistory(el: TendJealousyJournal, key: string, entries = sampleJournal): Promise<void> {
  el.clock = clock;
  const draft = { ...entry('2026-11-30', null, '', [], ''), with: [], entries };
  localStorage.setItem(storageKey('jealousy-journal', key), JSON.stringify({ version: 1, savedAt: '2026-11-30T20:00:00.000Z', data: draft }));
  el.persist = key;
  await el.updateComplete;
}

const firstFeeling = '[part~=feeling]';

/** `<tend-jealousy-journal>`: blank, mid-way, with errors, carried into an I-statement, with the history, and after words of danger. */
export const jealousyJournalExamples: Example<TendJealousyJournal>[] = [
  { name: 'About one person', template: html`<tend-jealousy-journal with="Sam"></tend-jealousy-journal>` },
  {
    name: 'Mid-way: what happened, two feelings, a strength of 6, a need chosen',
    template: html`<tend-jealousy-journal with="Sam"></tend-jealousy-journal>`,
    setup: async (el) => {
      await type(el, '#situation', 'Sam posted photos from a weekend away with Alex.');
      await press(el, firstFeeling);
      await type(el, '#own-feelings', 'restless');
      await press(el, 'input[name=strength][value="6"]');
      await press(el, '[part~=choice]');
    },
  },
  {
    name: 'Done pressed too early: errors',
    template: html`<tend-jealousy-journal></tend-jealousy-journal>`,
    setup: (el) => press(el, 'button.primary'),
  },
  {
    name: 'Turned into an I-statement: the journal shows one, filled in',
    template: html`<tend-jealousy-journal with="Sam"></tend-jealousy-journal>`,
    setup: async (el) => {
      await type(el, '#situation', 'Sam posted photos from a weekend away');
      await press(el, firstFeeling);
      await press(el, '[part~=choice]');
      await type(el, '#say', 'I missed you and I would like a day for us.');
      await press(el, '.carry button');
    },
  },
  {
    name: 'History: the over-time view',
    template: html`<tend-jealousy-journal history persist="example" with="Sam"></tend-jealousy-journal>`,
    setup: (el) => withHistory(el, 'example-history'),
  },
  {
    name: 'History: an entry kept, Forget all asking to confirm',
    template: html`<tend-jealousy-journal history persist="example"></tend-jealousy-journal>`,
    setup: async (el) => {
      await withHistory(el, 'example-forget');
      await type(el, '#situation', 'They went to the concert without me.');
      await press(el, firstFeeling);
      await press(el, 'button.primary');
      await press(el, '#forget-all');
    },
  },
  {
    name: 'Words of danger, Done pressed: the note beside Done, with "Leave this page"; nothing offered to say',
    template: html`<tend-jealousy-journal history persist="example" with="Sam" exit-url="https://www.bbc.co.uk/weather"
      ><p slot="support">Call our practice on 555 0100 (weekdays), or a crisis line at any hour.</p></tend-jealousy-journal
    >`,
    setup: async (el) => {
      await withHistory(el, 'example-danger');
      await type(el, '#situation', 'he said he would hurt himself if I see her');
      await press(el, firstFeeling);
      await press(el, 'button.primary');
    },
  },
  { name: 'Own feeling words (emotions)', template: html`<tend-jealousy-journal emotions="jealous, tender, restless, hopeful"></tend-jealousy-journal>` },
  {
    name: 'Spanish, with history',
    template: html`<tend-jealousy-journal lang="es" history persist="example" with="Sam"></tend-jealousy-journal>`,
    setup: (el) => withHistory(el, 'example-es'),
  },
  {
    name: 'Right to left, with history',
    template: html`<div dir="rtl"><tend-jealousy-journal history persist="example"></tend-jealousy-journal></div>`,
    setup: (el) => withHistory(el, 'example-rtl'),
  },
];
