import { expect } from '@open-wc/testing';
import { jealousyJournalStrings } from '../../src/jealousy-journal/strings.js';
import { strings as spanishJealousyJournal } from '../../src/locales/es/jealousy-journal.js';
import { summaryCatalog } from '../../src/core/summary.js';
import { summary } from '../../src/jealousy-journal/summary.js';
import { bannedEnglish, bannedSpanish, stringsOf, translationProblems } from '../helpers/catalogue.js';

describe('jealousy journal strings', () => {
  it('name the fields with the contract’s words', () => {
    const s = jealousyJournalStrings;
    expect(s.situationLabel).to.match(/happened/);
    expect(s.needLabel).to.match(/\bneed\b/);
    expect(s.sayLabel).to.match(/\bsay\b/);
    expect(s.agreementLabel).to.match(/\bagreement\b/);
    expect(s.gladLabel).to.match(/\bglad\b/);
    expect(s.feelingsLegend).to.match(/\bfeel\b/);
    expect(s.strengthLabel).to.match(/\bstrong\b/);
    expect(s.historyHeading).to.match(/over time/);
  });

  it('keep the optional ones marked optional, compersion never required', () => {
    for (const key of ['sayLabel', 'agreementLabel', 'gladLabel'] as const) {
      expect(jealousyJournalStrings[key], key).to.match(/\(optional\)$/);
      expect(spanishJealousyJournal[key], key).to.match(/\(opcional\)$/);
    }
    expect(jealousyJournalStrings.gladHint).to.match(/never required/);
    expect(spanishJealousyJournal.gladHint).to.match(/Nunca es obligatoria/);
  });

  it('never judge a number, count streaks or grade the person', () => {
    const all = [...stringsOf(jealousyJournalStrings), ...stringsOf(spanishJealousyJournal)];
    expect(all.filter(([, text]) => /streak|in a row|too high|worrying|red flag|alarming|score|racha|seguidos|demasiado alto|preocupante|alarmante|puntuaci/i.test(text))).to.deep.equal([]);
  });

  it('are all in Spanish, with the same shape and placeholders', () => {
    expect(translationProblems({ ...jealousyJournalStrings, ...summaryCatalog(summary) }, spanishJealousyJournal)).to.deep.equal([]);
  });

  it('read as a therapist would sign them', () => {
    expect(stringsOf(jealousyJournalStrings).filter(([, text]) => bannedEnglish.test(text))).to.deep.equal([]);
    expect(stringsOf(spanishJealousyJournal).filter(([, text]) => bannedSpanish.test(text))).to.deep.equal([]);
  });
});
