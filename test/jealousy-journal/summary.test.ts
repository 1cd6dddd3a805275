import { expect } from '@open-wc/testing';
import { journalEntries, journalResponse } from '../../src/jealousy-journal/summary.js';
import type { JournalLabels } from '../../src/jealousy-journal/export.js';
import type { JealousyEntry } from '../../src/jealousy-journal/schema.js';

const entry: JealousyEntry = {
  date: '2026-03-01',
  with: ['Sam'],
  situation: 'they went away for the weekend',
  feelings: ['jealous', 'left out'],
  strength: 8,
  need: 'reassurance',
  say: '',
  agreement: '',
  glad: '',
};
const labels = { strength: 'Intensidad', strengthValue: (n: number) => `${n} de 10`, with: 'Con', situation: 'Qué pasó', feelings: 'Emociones', need: 'Necesidad' } as JournalLabels;

describe('jealousy journal summary (pure)', () => {
  it('shows each answer under its label, the strength as words, no names and no empty answers', () => {
    expect(journalEntries(entry, labels)).to.deep.equal([
      { label: 'Qué pasó', text: 'they went away for the weekend' },
      { label: 'Emociones', text: 'jealous, left out' },
      { label: 'Intensidad', text: '8 de 10' },
      { label: 'Necesidad', text: 'reassurance' },
    ]);
  });

  it('answers xAPI with each answer on its line', () => {
    expect(journalResponse(entry)).to.equal('What happened: they went away for the weekend\nFeelings: jealous, left out\nStrength: 8 of 10\nNeed or boundary: reassurance');
    expect(journalResponse({ ...entry, strength: 0 })).to.contain('Strength: 0 of 10');
    expect(journalResponse({ ...entry, strength: null })).not.to.contain('Strength');
  });
});
