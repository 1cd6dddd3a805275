import { expect } from '@open-wc/testing';
import { repairEntries, repairResponse, type RepairLabels } from '../../src/repair/summary.js';
import type { RepairData } from '../../src/repair/schema.js';

const labels: RepairLabels = {
  part: 'My part',
  impact: 'The impact',
  apology: 'My apology',
  plan: 'Next time',
  followUp: 'Follow up on',
  reconnect: 'A way to reconnect',
  date: (iso) => `on ${iso}`,
};
const data: RepairData = {
  with: ['Sam'],
  part: 'I was on my phone',
  impact: 'you felt alone',
  apology: 'ignoring you',
  plan: 'leave it in the hall',
  followUp: '2026-03-08',
  reconnect: '',
  text: 'Sam, I want to own my part: I was on my phone. …',
};

describe('repair summary (pure)', () => {
  it('shows the composed words and the follow-up date when there are words', () => {
    expect(repairEntries(data, labels)).to.deep.equal([{ text: data.text }, { label: 'Follow up on', text: 'on 2026-03-08' }]);
    expect(repairEntries({ ...data, followUp: null }, labels)).to.deep.equal([{ text: data.text }]);
  });

  it('shows each written step under its label while nothing is composed (a step skipped half-way, words of danger)', () => {
    expect(repairEntries({ ...data, text: '', impact: '  ', plan: '' }, labels)).to.deep.equal([
      { label: 'My part', text: 'I was on my phone' },
      { label: 'My apology', text: 'ignoring you' },
      { label: 'Follow up on', text: 'on 2026-03-08' },
    ]);
    expect(repairEntries({ ...data, text: '', part: '', impact: '', apology: '', plan: '' }, labels), 'a date alone says nothing').to.deep.equal([]);
  });

  it('answers xAPI with the words, else the steps on their lines', () => {
    expect(repairResponse(data)).to.equal(data.text);
    expect(repairResponse({ ...data, text: '', impact: '', apology: '', plan: '', followUp: null })).to.equal('My part: I was on my phone');
  });
});
