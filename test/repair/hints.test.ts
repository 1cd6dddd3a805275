import { expect } from '@open-wc/testing';
import { repairHints } from '../../src/repair/hints.js';
import { spanishRepairHints } from '../../src/repair/hints-es.js';
import { runHintCorpus } from '../helpers/hint-corpus.js';
import { english, spanish } from './hints-corpus.js';

runHintCorpus('repair hints corpus: English', english, (field, text) => repairHints({ [field]: text }).map((hint) => hint.key));
runHintCorpus('repair hints corpus: Spanish', spanish, (field, text) => repairHints({ [field]: text }, spanishRepairHints).map((hint) => hint.key));

describe('repair hints (rules)', () => {
  it('names the words that raised the hint, as typed (spacing collapsed, lower case, accents kept)', () => {
    expect(repairHints({ apology: 'SORRY   IF that came out wrong' })).to.deep.equal([{ field: 'apology', key: 'hintNonApology', word: 'sorry if' }]);
    expect(repairHints({ part: 'I yelled But You started it' })[0]!.word).to.equal('but you');
    expect(repairHints({ apology: 'for yelling, though I was tired' })[0]!.word).to.equal('though');
    expect(repairHints({ plan: 'I will Try  Harder' })[0]!.word).to.equal('try harder');
    expect(repairHints({ apology: 'Perdón si te ofendí' }, spanishRepairHints)[0]!.word).to.equal('perdón si');
    expect(repairHints({ plan: 'Esforzarme más' }, spanishRepairHints)[0]!.word).to.equal('esforzarme más');
  });

  it('gives at most one hint per field, the first rule of the table, and reads only its fields', () => {
    // "sorry if" (a non-apology) before "but you" (deflecting) in the same apology.
    expect(repairHints({ apology: 'sorry if you were hurt but you started it' }).map((h) => h.key)).to.deep.equal(['hintNonApology']);
    // "but you" deflects before it is a "sorry, but".
    expect(repairHints({ apology: 'Sorry but you started it' }).map((h) => h.key)).to.deep.equal(['hintDeflecting']);
    // The impact speaks of "you": "because you" and "but you" are ordinary there.
    expect(repairHints({ impact: 'You felt alone because you knew no one there, but you stayed' })).to.deep.equal([]);
    // A non-apology in the part field is not a non-apology.
    expect(repairHints({ part: 'I said sorry if you were hurt' })).to.deep.equal([]);
    expect(
      repairHints({ part: 'I yelled because you were late', impact: 'you cried', apology: 'Sorry you feel that way', plan: 'Be better' }).map((h) => [h.field, h.key]),
    ).to.deep.equal([
      ['part', 'hintDeflecting'],
      ['apology', 'hintNonApology'],
      ['plan', 'hintVaguePlan'],
    ]);
  });

  it('holds a vague plan back once it says what', () => {
    expect(repairHints({ plan: 'I will try harder' })).to.have.length(1);
    expect(repairHints({ plan: 'I will try harder to text you before 6' })).to.deep.equal([]);
    expect(repairHints({ plan: 'No volverá a pasar' }, spanishRepairHints)).to.have.length(1);
    expect(repairHints({ plan: 'No volverá a pasar: pondré una alarma' }, spanishRepairHints)).to.deep.equal([]);
  });

  it('reads nothing into empty fields', () => {
    expect(repairHints({ part: '', impact: '   ', apology: '', plan: '' })).to.deep.equal([]);
    expect(repairHints({})).to.deep.equal([]);
  });
});
