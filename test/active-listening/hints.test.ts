import { expect } from '@open-wc/testing';
import { assessSafety } from '../../src/core/safety/detect.js';
import { englishListeningHints, listeningHints, type ListeningHintRules } from '../../src/active-listening/hints.js';
import { spanishListeningHints } from '../../src/active-listening/hints-es.js';
import { english, spanish, type HintCorpus } from './hints-corpus.js';

const keysOf = (rules: ListeningHintRules, [field, text]: [string, string]) => listeningHints({ [field]: text }, rules).map((hint) => hint.key);

for (const [name, corpus, rules] of [
  ['English', english, englishListeningHints],
  ['Spanish', spanish, spanishListeningHints],
] as [string, HintCorpus, ListeningHintRules][]) {
  describe(`active listening hints corpus: ${name}`, () => {
    for (const [key, { fires, ordinary }] of Object.entries(corpus)) {
      it(`${key}: ${fires.length} phrases raise it, ${ordinary.length} ordinary ones raise no hint`, () => {
        expect(fires.length, 'firing phrases').to.be.at.least(15);
        expect(ordinary.length, 'ordinary phrases').to.be.at.least(15);
        const missed = fires.filter((entry) => keysOf(rules, entry)[0] !== key).map(([f, t]) => `${f}: ${t} → ${keysOf(rules, [f, t]).join(', ') || 'none'}`);
        const wrong = ordinary.filter((entry) => keysOf(rules, entry).length).map(([f, t]) => `${f}: ${t} → ${keysOf(rules, [f, t]).join(', ')}`);
        expect(missed, 'phrases that should raise it').to.deep.equal([]);
        // Words of danger get the support note instead of a hint: the corpus holds none.
        expect([...fires, ...ordinary].filter(([, text]) => assessSafety([text])).map(([, text]) => text), 'words of danger').to.deep.equal([]);
        expect(wrong, 'ordinary words that raised a hint').to.deep.equal([]);
      });
    }
  });
}

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
