import { expect } from '@open-wc/testing';
import type { AgreementData } from '../../src/agreement/schema.js';
import { agreementStrings } from '../../src/agreement/strings.js';
import writers from '../../src/agreement/files.js';
import { agreementTakeAway } from '../../src/agreement/take-away.js';
import type { AgreementWords } from '../../src/agreement/words.js';
import { interpolate } from '../../src/core/localize.js';

const words: AgreementWords = {
  t: (key, values) => interpolate(String((agreementStrings as Record<string, unknown>)[key] ?? key), values),
  content: <T>(key: string) => (agreementStrings as Record<string, unknown>)[key] as T,
  locale: 'en-GB',
};

const data = (title = 'Our weekdays'): AgreementData => ({
  title,
  with: ['Alex'],
  sections: [{ id: 'time', title: 'Time together', items: ['Tuesday is ours', 'Call at lunch'] }],
  review: { cadence: 'monthly', agreedOn: '2025-01-31', lastReviewed: null, nextReview: '2025-02-28' },
});

describe('agreement take-away (pure)', () => {
  it('writes the text in the reader’s words, dates in full', () => {
    const text = agreementTakeAway(data(), words).text();
    expect(text).to.equal(
      [
        'Our weekdays',
        'With: Alex',
        '',
        'Time together',
        '- Tuesday is ours',
        '- Call at lunch',
        '',
        'Review',
        'Review every: Monthly',
        'Agreed on: 31 January 2025',
        'Last reviewed: Not yet',
        'Next review: 28 February 2025',
        '',
      ].join('\n'),
    );
  });

  it('names the files after the title (the default title when it is blank) with their type', () => {
    const md = agreementTakeAway(data(), words).file('md', false, writers);
    expect([md.name, md.type]).to.deep.equal(['our-weekdays.md', 'text/markdown']);
    expect(md.content).to.contain('# Our weekdays\n').and.contain('- Tuesday is ours');
    const blank = agreementTakeAway(data('   '), words);
    expect(blank.doc.title).to.equal('Our agreement');
    expect(blank.file('ics', false, writers).name).to.equal('our-agreement.ics');
    expect(blank.file('ics', false, writers).type).to.equal('text/calendar');
  });

  it('puts the items in the calendar reminder only when the person chose so', () => {
    const takeAway = agreementTakeAway(data(), words);
    const plain = takeAway.file('ics', false, writers).content;
    expect(plain).to.contain('SUMMARY:Review our agreement: Our weekdays').and.contain('DTSTART;VALUE=DATE:20250228');
    expect(plain).to.contain('DESCRIPTION:Time to review "Our weekdays" together (28 February 2025).');
    expect(plain).to.not.contain('Tuesday');
    expect(takeAway.file('ics', true, writers).content.replace(/\r\n /g, '')).to.contain('Tuesday is ours');
  });
});
