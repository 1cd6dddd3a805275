import { expect } from '@open-wc/testing';
import { interpolate } from '../../src/core/localize.js';
import { activeListeningStrings as en } from '../../src/active-listening/strings.js';
import { strings as es } from '../../src/locales/es/active-listening.js';
import { summaryCatalog } from '../../src/core/summary.js';
import { summary } from '../../src/active-listening/summary.js';
import { bannedEnglish, bannedSpanish, stringsOf, translationProblems } from '../helpers/catalogue.js';

const names = { speaker: 'Sam', listener: 'Alex' };

describe('active listening strings', () => {
  it('name whose turn it is in the fields: the speaker in "said", the listener in "heard" (and not the other)', () => {
    for (const strings of [en, es]) {
      const said = interpolate(strings.saidLabel, names);
      const heard = interpolate(strings.heardLabel, names);
      expect(said).to.contain('Sam').and.not.to.contain('Alex');
      expect(heard).to.contain('Alex').and.not.to.contain('Sam');
    }
    expect(en.questionLabel).to.match(/question/);
    expect(en.validationLabel).to.match(/makes sense/);
  });

  it('name the buttons with the contract’s first words', () => {
    expect(en.thatsIt).to.match(/^That's it/);
    expect(en.notQuite).to.match(/^Not quite/);
    expect(en.swap).to.match(/^Swap roles/);
    expect(en.takeBreak).to.match(/^Take a break/);
    expect(en.ready).to.match(/^We're ready/);
  });

  it('say a break is calm and gives it a suggested length; say validating is not agreeing', () => {
    expect(en.breakText).to.match(/overwhelmed/);
    expect(en.breakLength).to.match(/twenty minutes/);
    expect(es.breakLength).to.match(/veinte minutos/);
    expect(en.validationHint).to.match(/^Validating is not agreeing/);
    expect(es.validationHint).to.match(/^Validar no es estar de acuerdo/);
  });

  it('have a line for every phase’s turn and the break', () => {
    for (const key of ['turn.say', 'turn.reflect', 'turn.check', 'turn.respond', 'turn.break'] as const) expect(en[key], key).to.be.a('string');
  });

  it('are all in Spanish, with the same shape and placeholders', () => {
    expect(translationProblems({ ...en, ...summaryCatalog(summary) }, es)).to.deep.equal([]);
  });

  it('read as a therapist would sign them, with no gendered plural for the pair', () => {
    expect(stringsOf(en).filter(([, text]) => bannedEnglish.test(text))).to.deep.equal([]);
    expect(stringsOf(es).filter(([, text]) => bannedSpanish.test(text) || /\b(?:listos|juntos|ambos|vuelvan|estén listos)\b/i.test(text))).to.deep.equal([]);
  });
});
