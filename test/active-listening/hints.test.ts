import { expect } from '@open-wc/testing';
import { listeningHints } from '../../src/active-listening/hints.js';
import { spanishListeningHints } from '../../src/active-listening/hints-es.js';
import { runHintCorpus } from '../helpers/hint-corpus.js';
import { english, spanish } from './hints-corpus.js';

runHintCorpus('active listening hints corpus: English', english, (field, text) => listeningHints({ [field]: text }).map((hint) => hint.key));
runHintCorpus('active listening hints corpus: Spanish', spanish, (field, text) => listeningHints({ [field]: text }, spanishListeningHints).map((hint) => hint.key));

describe('active listening hints (rules)', () => {
  it('reads each field for its own hint only, and names the words as typed', () => {
    expect(listeningHints({ reflection: 'Why do you always do this?', question: 'You felt alone but I was working', validation: '' })).to.deep.equal([]);
    expect(listeningHints({ question: 'WHY DO YOU  ALWAYS do this' })).to.deep.equal([{ field: 'question', key: 'hintAccusingQuestion', word: 'why do you always' }]);
    expect(listeningHints({ validation: 'It makes sense, BUT I was driving' })[0]!.word).to.equal('but');
    expect(listeningHints({ question: '¿Por qué siempre haces lo mismo?' }, spanishListeningHints)[0]!.word).to.equal('por qué siempre');
  });

  it('gives one hint per field, for every field that has one', () => {
    expect(
      listeningHints({ reflection: "That's not true", question: 'How could you?', validation: 'It makes sense, however…' }).map((hint) => hint.field),
    ).to.deep.equal(['reflection', 'question', 'validation']);
  });
});
