import { expect } from '@open-wc/testing';
import { detectHints } from '../../src/i-statement/hints.js';
import { feelingsVocabulary, parseWordList } from '../../src/core/feelings.js';
import { filterVocabulary } from '../../src/i-statement/vocabulary.js';

describe('i-statement vocabulary', () => {
  it('groups the feelings the issue names, with a few settled ones', () => {
    const labels = feelingsVocabulary.map((g) => g.label.toLowerCase());
    expect(labels).to.include.members(['sad', 'anxious', 'angry', 'hurt', 'lonely', 'overwhelmed']);
    expect(feelingsVocabulary.flatMap((g) => g.words)).to.include.members(['anxious', 'overwhelmed', 'frustrated', 'secure', 'hopeful']);
  });

  it('holds only real feelings: no word triggers a coaching hint', () => {
    for (const word of feelingsVocabulary.flatMap((g) => g.words)) {
      expect(detectHints({ emotion: word, situation: 'you leave', reason: '', need: 'a hug' }), word).to.deep.equal([]);
    }
  });

  it('parses a comma-separated list: trims, drops empties and duplicates', () => {
    expect(parseWordList(' calm,  hurt ,,Calm, worn   out ,')).to.deep.equal(['calm', 'hurt', 'worn out']);
    expect(parseWordList(' , ,')).to.deep.equal([]);
  });

  it('filters by word or group, numbering the shown options in order', () => {
    const worr = filterVocabulary(feelingsVocabulary, ' WORR');
    expect(worr.map((g) => g.options.map((o) => o.word))).to.deep.equal([['worried']]);
    expect(worr[0]!.options[0]!.index).to.equal(0);
    const tire = filterVocabulary(feelingsVocabulary, 'tire');
    expect(tire.map((g) => [g.label, g.options.map((o) => o.word)])).to.deep.equal([['Overwhelmed', ['tired']]]);
    const anx = filterVocabulary(feelingsVocabulary, 'anx');
    expect(anx.map((g) => g.options.map((o) => o.word))).to.deep.equal([feelingsVocabulary[1]!.words]);
    const lonely = filterVocabulary(feelingsVocabulary, 'lonely');
    expect(lonely.flatMap((g) => g.options).length).to.equal(feelingsVocabulary.flatMap((g) => g.words).length);
    const sad = filterVocabulary(feelingsVocabulary, 'sa');
    expect(sad[0]!.label).to.equal('Sad');
    expect(sad[0]!.options.map((o) => o.word)).to.deep.equal(feelingsVocabulary[0]!.words);
    expect(filterVocabulary(feelingsVocabulary, 'zzz')).to.deep.equal([]);
    const all = filterVocabulary(feelingsVocabulary, '').flatMap((g) => g.options.map((o) => o.index));
    expect(all).to.deep.equal([...all.keys()]);
  });
});
