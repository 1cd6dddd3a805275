import { expect } from '@open-wc/testing';
import { detectDanger, normaliseForSafety } from '../../../src/core/safety/detect.js';
import { english, spanish } from '../../../src/core/safety/phrases.js';

const kindOf = (text: string) => detectDanger([text])?.kind ?? null;

describe('safety: detectDanger', () => {
  it('finds violence, abuse, threats, coercion, self-harm and suicide in English', () => {
    expect(kindOf('abused')).to.equal('abuse');
    expect(kindOf('you hit me')).to.equal('violence');
    expect(kindOf('like I want to die')).to.equal('suicide');
    expect(kindOf('He THREATENED to take the kids')).to.equal('threat');
    expect(kindOf("he won’t let me leave the house")).to.equal('coercion');
    expect(kindOf('I want to hurt myself')).to.equal('self-harm');
    expect(kindOf('I keep thinking about suicide.')).to.equal('suicide');
    expect(kindOf('she said she would kill me')).to.equal('threat');
    expect(kindOf("I don't feel safe at home")).to.equal('threat');
  });

  it('finds them in Spanish, with or without accents', () => {
    expect(kindOf('me pega')).to.equal('violence');
    expect(kindOf('Me pegó ayer')).to.equal('violence');
    expect(kindOf('me pego ayer')).to.equal('violence');
    expect(kindOf('quiero morirme')).to.equal('suicide');
    expect(kindOf('me amenaza con irse con los niños')).to.equal('threat');
    expect(kindOf('no me deja salir sola')).to.equal('coercion');
    expect(kindOf('sufro maltrato')).to.equal('abuse');
    expect(kindOf('a veces me hago daño')).to.equal('self-harm');
  });

  it('leaves ordinary feelings and idioms alone', () => {
    for (const text of [
      'anxious',
      'hurt',
      'ignored',
      'I could kill for a coffee',
      'you forget to text back',
      'when you hit the snooze button',
      'hit me up when you are free',
      'it hit me that I miss you',
      'you are killing it at work',
      'I feel nervous speaking up in meetings',
      'me duele cuando no me contestas',
      'me muero de ganas de verte',
      'tengo miedo de perderte',
      'me corto el pelo mañana',
      '',
    ]) {
      expect(detectDanger([text]), text).to.equal(null);
    }
  });

  it('needs whole words: "abuser" is listed, "disabused" is not a match for "abused"', () => {
    expect(kindOf('I was disabused of that idea')).to.equal(null);
    expect(kindOf('violently')).to.equal(null);
  });

  it('reads every text given and reports the phrase found', () => {
    expect(detectDanger(['calm', 'a walk', 'you hit me'])).to.deep.equal({ kind: 'violence', phrase: 'hit me' });
  });

  it('keeps every listed phrase findable (no phrase hidden by normalising)', () => {
    for (const list of [english, spanish]) {
      for (const phrases of Object.values(list.phrases)) {
        for (const phrase of phrases) {
          expect(detectDanger([`so ${phrase} today`]), phrase).to.not.equal(null);
          expect(normaliseForSafety(phrase).trim(), phrase).to.not.equal('');
        }
      }
    }
  });
});
