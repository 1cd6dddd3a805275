import { expect } from '@open-wc/testing';
import { filterVocabulary, moveActive, optionCount, optionWord } from '../../src/i-statement/vocabulary.js';

describe('i-statement feelings list (pure)', () => {
  const groups = filterVocabulary(
    [
      { label: 'Sad', words: ['sad', 'low'] },
      { label: 'Calm', words: ['calm', 'content', 'relieved'] },
    ],
    '',
  );

  it('counts the options of every shown group', () => {
    expect(optionCount(groups)).to.equal(5);
    expect(optionCount(filterVocabulary([{ label: 'Sad', words: ['sad', 'low'] }], 'lo'))).to.equal(1);
    expect(optionCount([])).to.equal(0);
  });

  it('finds an option’s word by its place in the flat list, across groups', () => {
    expect(optionWord(groups, 0)).to.equal('sad');
    expect(optionWord(groups, 2)).to.equal('calm');
    expect(optionWord(groups, 4)).to.equal('relieved');
    expect(optionWord(groups, 5)).to.equal(undefined);
    expect(optionWord(groups, -1)).to.equal(undefined);
  });

  it('moves the highlight down and up, wrapping around', () => {
    expect(moveActive(0, 5, true)).to.equal(1);
    expect(moveActive(4, 5, true)).to.equal(0);
    expect(moveActive(3, 5, false)).to.equal(2);
    expect(moveActive(0, 5, false)).to.equal(4);
  });

  it('from no highlight, goes to the first option down and the last one up', () => {
    expect(moveActive(-1, 5, true)).to.equal(0);
    expect(moveActive(-1, 5, false)).to.equal(4);
  });
});
