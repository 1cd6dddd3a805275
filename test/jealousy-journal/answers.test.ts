import { expect } from '@open-wc/testing';
import { feelingsVocabulary } from '../../src/core/feelings.js';
import { spanishFeelings } from '../../src/locales/es/core.js';
import { chooseWords, journalVocabulary, missingFields, statementPrefill } from '../../src/jealousy-journal/answers.js';
import { composeStatement } from '../../src/i-statement/compose.js';
import { spanishRules } from '../../src/locales/es/i-statement.js';
import { jealousyJournalStrings } from '../../src/jealousy-journal/strings.js';
import { strings as spanishJealousyJournal } from '../../src/locales/es/jealousy-journal.js';

describe('jealousy journal answers (pure)', () => {
  it('needs what happened and one feeling for Done, and nothing else', () => {
    expect(missingFields({ situation: '', feelings: [] })).to.deep.equal(['situation', 'feelings']);
    expect(missingFields({ situation: '   ', feelings: ['  '] })).to.deep.equal(['situation', 'feelings']);
    expect(missingFields({ situation: 'they went away for the weekend', feelings: [] })).to.deep.equal(['feelings']);
    expect(missingFields({ situation: 'x', feelings: ['left out'] })).to.deep.equal([]);
  });

  it('offers jealousy and its neighbours first, then the shared words, each word once', () => {
    for (const [neighbours, shared] of [
      [jealousyJournalStrings.neighbours, feelingsVocabulary],
      [spanishJealousyJournal.neighbours, spanishFeelings.vocabulary],
    ] as const) {
      const groups = journalVocabulary(neighbours, shared);
      expect(groups[0]).to.equal(neighbours);
      const words = groups.flatMap((group) => group.words.map((word) => word.toLocaleLowerCase()));
      expect(new Set(words).size, 'each word once').to.equal(words.length);
      expect(groups.length).to.equal(shared.length + 1);
    }
    expect(jealousyJournalStrings.neighbours.words).to.include.members(['jealous', 'envious', 'left out', 'insecure', 'possessive', 'competitive']);
    expect(jealousyJournalStrings.neighbours.words.some((word) => word.startsWith('afraid of losing'))).to.equal(true);
    // A group left empty by the neighbours disappears.
    expect(journalVocabulary({ label: 'N', words: ['a'] }, [{ label: 'Only a', words: ['A'] }, { label: 'B', words: ['b'] }])).to.deep.equal([
      { label: 'N', words: ['a'] },
      { label: 'B', words: ['b'] },
    ]);
  });

  it('puts a chosen need in the field, replacing another choice but never the person’s own words', () => {
    const choices = jealousyJournalStrings.needChoices;
    const [reassurance, time, , , boundary] = choices;
    expect(chooseWords('', reassurance!, choices)).to.equal('reassurance');
    expect(chooseWords('reassurance', time!, choices)).to.equal('time together');
    expect(chooseWords(' reassurance ', boundary!, choices)).to.equal('a boundary about ');
    expect(chooseWords('to hear from them at night', reassurance!, choices)).to.equal('to hear from them at night, reassurance');
    expect(chooseWords('a check-in,  ', time!, choices)).to.equal('a check-in, time together');
  });

  it('draws the needs from the source: reassurance, time together, being included, a boundary about…', () => {
    expect(jealousyJournalStrings.needChoices.map((choice) => choice.label)).to.include.members(['Reassurance', 'Time together', 'Being included', 'A boundary about…']);
  });

  it('carries an entry into an I-statement, each need choice reading on after "I need…"', () => {
    const entry = { feelings: [' ', 'left out', 'jealous'], situation: ' they went away for the weekend ', need: 'reassurance' };
    expect(statementPrefill(entry)).to.deep.equal({ emotion: 'left out', situation: 'they went away for the weekend', reason: '', need: 'reassurance' });
    expect(statementPrefill({ feelings: [], situation: '', need: '' })).to.deep.equal({ emotion: '', situation: '', reason: '', need: '' });
    const sentences = jealousyJournalStrings.needChoices
      .filter((choice) => !choice.words.endsWith(' '))
      .map((choice) => composeStatement(statementPrefill({ ...entry, need: choice.words })));
    expect(sentences).to.deep.equal([
      'I feel left out when they went away for the weekend. I need reassurance.',
      'I feel left out when they went away for the weekend. I need time together.',
      'I feel left out when they went away for the weekend. I need to be included.',
      'I feel left out when they went away for the weekend. I need to know what to expect.',
    ]);
  });

  it('carries Spanish entries into a grammatical «Dilo sin culpar», whichever neighbour of jealousy was named', () => {
    const compose = (emotion: string, need: string) =>
      composeStatement(statementPrefill({ feelings: [emotion], situation: 'subió fotos del fin de semana', need }), { rules: spanishRules });
    expect(spanishJealousyJournal.neighbours.words.map((word) => compose(word, 'que me tranquilicen'))).to.deep.equal([
      'Siento celos cuando subió fotos del fin de semana. Necesito que me tranquilicen.',
      'Siento envidia cuando subió fotos del fin de semana. Necesito que me tranquilicen.',
      'Me siento al margen cuando subió fotos del fin de semana. Necesito que me tranquilicen.',
      'Siento inseguridad cuando subió fotos del fin de semana. Necesito que me tranquilicen.',
      'Siento miedo a perderte cuando subió fotos del fin de semana. Necesito que me tranquilicen.',
      'Siento posesividad cuando subió fotos del fin de semana. Necesito que me tranquilicen.',
      'Siento rivalidad cuando subió fotos del fin de semana. Necesito que me tranquilicen.',
      'Me siento menos importante cuando subió fotos del fin de semana. Necesito que me tranquilicen.',
    ]);
    expect(spanishJealousyJournal.needChoices.filter((c) => !c.words.endsWith(' ')).map((c) => compose('celos', c.words).replace(/^.*Necesito /, ''))).to.deep.equal([
      'que me tranquilicen.',
      'tiempo compartido.',
      'sentirme parte.',
      'saber qué esperar.',
    ]);
  });
});
