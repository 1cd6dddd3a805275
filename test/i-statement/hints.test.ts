import { expect } from '@open-wc/testing';
import { detectHints } from '../../src/i-statement/hints.js';

const base = { emotion: 'anxious', situation: "you don't text back for hours", reason: '', need: 'us to agree on communication expectations' };
const keys = (parts: Partial<typeof base>) => detectHints({ ...base, ...parts }).map((hint) => hint.key);

describe('i-statement hints', () => {
  it('finds nothing in the seed example or an empty statement', () => {
    expect(keys({})).to.deep.equal([]);
    expect(keys({ emotion: '', situation: '', need: '' })).to.deep.equal([]);
  });

  it('notices a thought dressed as a feeling', () => {
    for (const emotion of ['that you never listen', 'I feel that you never listen', 'like you don\'t care', 'I feel like nobody cares', 'as if I am invisible', 'you are selfish', "It's not fair"]) {
      expect(keys({ emotion }), emotion).to.deep.equal(['hintEmotionThought']);
    }
    // "Like crap", "like crying": feelings, however they are put.
    for (const emotion of ['anxious', 'I feel hurt', 'lonely and tired', 'likeable', 'thankful', 'like crap', 'like crying', 'It hurts']) {
      expect(keys({ emotion }), emotion).to.deep.equal([]);
    }
  });

  it('notices feeling words that describe the other person\'s act, and names the word', () => {
    for (const [emotion, word] of [
      ['ignored', 'ignored'],
      ['I feel so Manipulated', 'manipulated'],
      ['attacked and hurt', 'attacked'],
      ['abandoned', 'abandoned'],
      ['betrayed', 'betrayed'],
      ['rejected', 'rejected'],
      ['disrespected', 'disrespected'],
      ['used', 'used'],
      ['judged', 'judged'],
      ['criticized', 'criticized'],
      ['unappreciated', 'unappreciated'],
      ['taken  for granted', 'taken for granted'],
      ['let down', 'let down'],
    ]) {
      const hints = detectHints({ ...base, emotion: emotion! });
      expect(hints.map((h) => h.key), emotion).to.deep.equal(['hintEmotionAccusation']);
      expect(hints[0]!.word).to.equal(word);
    }
    for (const emotion of ['confused', 'sad', 'hurt', 'overwhelmed', 'disappointed', 'unsettled']) {
      expect(keys({ emotion }), emotion).to.deep.equal([]);
    }
  });

  it('notices "always", "never" and "you make me feel…" in the situation', () => {
    expect(keys({ situation: 'you always come home late' })).to.deep.equal(['hintSituationAbsolute']);
    expect(keys({ situation: 'you NEVER call' })).to.deep.equal(['hintSituationAbsolute']);
    expect(keys({ situation: 'you make me feel small' })).to.deep.equal(['hintSituationMakeMe']);
    expect(keys({ situation: "you're making me anxious" })).to.deep.equal(['hintSituationMakeMe']);
    expect(keys({ situation: 'You Made Me Cry' })).to.deep.equal(['hintSituationMakeMe']);
    expect(keys({ situation: 'you always make me feel stupid' })).to.deep.equal(['hintSituationAbsolute', 'hintSituationMakeMe']);
    expect(detectHints({ ...base, situation: 'you never call' })[0]!.word).to.equal('never');
    expect(detectHints({ ...base, situation: 'You Make Me  Feel small' })[0]!.word).to.equal('you make me');
    // "You make me wait" says what they did: a camera would see it.
    for (const situation of ['you came home late last night', 'you make plans without me', 'you made dinner', 'the nevermore book', 'you make me wait', "you're making me late", 'you make me cook']) {
      expect(keys({ situation }), situation).to.deep.equal([]);
    }
  });

  it('notices a demand on character rather than a request for an action', () => {
    for (const need of [
      'I need you to be more considerate',
      'you to be a better partner',
      'stop being so selfish',
      'you to stop being selfish',
      'you to change',
      'Can you be more patient',
    ]) {
      expect(keys({ need }), need).to.deep.equal(['hintNeedCharacter']);
    }
    for (const need of [
      'us to agree on communication expectations',
      'you to text me when you will be late',
      'you to be home by seven',
      'you to care for the dog on Tuesdays',
      'you to change the sheets on Sunday',
      'a hug',
      // Respect, love, care and honesty are needs, not a demand to be someone else.
      'you to respect me',
      'I need you to care',
      'you to care about me',
      'you to love me',
      'you to be honest with me',
    ]) {
      expect(keys({ need }), need).to.deep.equal([]);
    }
  });
});
