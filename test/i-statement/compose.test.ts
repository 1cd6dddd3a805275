import { expect } from '@open-wc/testing';
import { cleanPart, composePreview, composeStatement, missingParts, plainRules, tidySpacing } from '../../src/i-statement/compose.js';

const seedExample =
  "I feel anxious when you don't text back for hours because I start worrying something's wrong. I need us to agree on communication expectations.";
const example = {
  emotion: 'anxious',
  situation: "you don't text back for hours",
  reason: "I start worrying something's wrong",
  need: 'us to agree on communication expectations',
};

describe('i-statement compose', () => {
  it("composes the seed's example exactly", () => {
    expect(composeStatement(example)).to.equal(seedExample);
  });

  it('reads naturally without "because" when the reason is empty or blank', () => {
    const expected = "I feel anxious when you don't text back for hours. I need us to agree on communication expectations.";
    expect(composeStatement({ ...example, reason: '' })).to.equal(expected);
    expect(composeStatement({ ...example, reason: '  \n ' })).to.equal(expected);
    expect(composeStatement({ ...example, reason: ' ... ' })).to.equal(expected);
  });

  it('tidies messy spacing, punctuation, repeated lead-ins and capitals', () => {
    expect(
      composeStatement({
        emotion: '  I feel   Anxious.. ',
        situation: "When  you   don't text back\nfor hours ,",
        reason: "because   i start worrying something's wrong...",
        need: 'I need us to agree on communication expectations..',
      }),
    ).to.equal(seedExample);
    expect(composeStatement({ emotion: 'hurt!!', situation: 'You cancel ,  last minute', reason: '', need: 'a call.' })).to.equal(
      'I feel hurt when you cancel, last minute. I need a call.',
    );
    expect(composeStatement({ emotion: '"lonely"', situation: '“you work late”', reason: '', need: 'time together' })).to.equal(
      'I feel lonely when you work late. I need time together.',
    );
  });

  it('never doubles a period and keeps "when you" as written', () => {
    const text = composeStatement({ emotion: 'sad.', situation: 'you leave.', reason: 'I miss you.', need: 'a hug.' });
    expect(text).to.equal('I feel sad when you leave because I miss you. I need a hug.');
    expect(text).not.to.match(/\.\./);
    expect(composeStatement({ emotion: 'sad', situation: 'when you leave', reason: '', need: 'a hug' })).to.contain('when you leave.');
  });

  it('keeps names, the pronoun I and shouting as written', () => {
    expect(composeStatement({ emotion: 'Hurt', situation: 'Sam cancels our plans', reason: "I'd been looking forward", need: 'notice' })).to.equal(
      "I feel hurt when Sam cancels our plans because I'd been looking forward. I need notice.",
    );
    expect(cleanPart('reason', "i'm scared and i don't know why")).to.equal("I'm scared and I don't know why");
    expect(cleanPart('situation', 'YOU YELL')).to.equal('YOU YELL');
  });

  it('is empty until the feeling, the situation and the need are written', () => {
    expect(composeStatement({ emotion: 'sad', situation: 'you leave', reason: 'x', need: '' })).to.equal('');
    expect(composeStatement({ emotion: '  ', situation: 'you leave', reason: '', need: 'a hug' })).to.equal('');
    expect(composeStatement({ emotion: 'I feel', situation: 'you leave', reason: '', need: 'a hug' })).to.equal('');
    expect(missingParts({ emotion: '', situation: 'x', reason: '', need: '.' })).to.deep.equal(['emotion', 'need']);
  });

  it('previews with a placeholder for what is missing', () => {
    expect(composePreview({ emotion: '', situation: '', reason: '', need: '' })).to.equal('I feel … when … I need …');
    expect(composePreview({ emotion: 'sad', situation: '', reason: 'I care', need: '' })).to.equal('I feel sad when … because I care. I need …');
  });

  it('leaves a language without rules alone apart from spacing (its capitals too), and uses its templates', () => {
    const templates = { withReason: '{feel} {emotion}, wenn {situation}, weil {reason}. Ich brauche {need}.', withoutReason: '{feel} {emotion}, wenn {situation}. Ich brauche {need}.', feelNoun: 'Ich fühle', feelAdjective: 'Ich fühle mich' };
    expect(composeStatement({ emotion: ' Angst ', situation: 'i  ragazzi', reason: '', need: 'Ruhe.' }, { rules: plainRules, templates })).to.equal(
      'Ich fühle Angst, wenn i ragazzi. Ich brauche Ruhe.',
    );
  });

  it('treats text that looks like a template or a replacement pattern literally', () => {
    expect(composeStatement({ emotion: '{need}', situation: "$& $' $1", reason: '', need: '{emotion}' })).to.equal(
      "I feel {need} when $& $' $1. I need {emotion}.",
    );
    expect(tidySpacing('  a  ,  b ;; c.. d... e?? ')).to.equal('a, b; c. d... e');
  });
});
