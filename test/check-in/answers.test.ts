import { expect } from '@open-wc/testing';
import { capitalised, missingFields } from '../../src/check-in/answers.js';
import { allFeelings, feelingGroups, splitFeelings, toggleWord } from '../../src/core/feelings.js';

const empty = { highlight: '', challenge: '', need: '' };
const vocabulary = [
  { label: 'Sad', words: ['sad', 'low'] },
  { label: 'Settled', words: ['calm'] },
];

describe('check-in answers (pure)', () => {
  it('asks, by rhythm, for what is still empty (blank text counts as empty), in the order shown', () => {
    // Only the feeling is required: a bad day needs no highlight.
    expect(missingFields('daily', [], empty)).to.deep.equal(['feelings']);
    expect(missingFields('daily', ['calm'], { ...empty, highlight: '  ' })).to.deep.equal([]);
    expect(missingFields('daily', ['calm'], { highlight: 'tea', challenge: 'rain', need: '' })).to.deep.equal([]);
    expect(missingFields('weekly', [], { ...empty, highlight: 'a win' })).to.deep.equal(['feelings']);
    expect(missingFields('weekly', ['low'], empty)).to.deep.equal([]);
  });

  it('names the string keys after the field', () => {
    expect(capitalised('feelings')).to.equal('Feelings');
    expect(capitalised('need')).to.equal('Need');
  });

  it('joins the chosen words and the person’s own, each once whatever its case, empty ones dropped', () => {
    expect(allFeelings(['calm', 'low'], ' tired,, Calm ,  a bit   lost ')).to.deep.equal(['calm', 'low', 'tired', 'a bit lost']);
    expect(allFeelings([], '')).to.deep.equal([]);
  });

  it('chooses a word, and unchooses it whatever its case, leaving the input untouched', () => {
    const chosen = ['calm'];
    expect(toggleWord(chosen, 'low')).to.deep.equal(['calm', 'low']);
    expect(toggleWord(chosen, 'Calm')).to.deep.equal([]);
    expect(chosen).to.deep.equal(['calm']);
  });

  it('splits given feelings into the vocabulary’s words and the person’s own', () => {
    expect(splitFeelings(['Calm', 'tired', 'low', 'lost'], vocabulary)).to.deep.equal({ chosen: ['Calm', 'low'], own: 'tired, lost' });
  });

  it('keeps chosen words the vocabulary no longer holds visible in a group of their own', () => {
    expect(feelingGroups(vocabulary, ['calm'], 'Your words')).to.equal(vocabulary);
    expect(feelingGroups(vocabulary, ['calm', 'triste'], 'Your words')).to.deep.equal([...vocabulary, { label: 'Your words', words: ['triste'] }]);
  });
});
