import { expect } from '@open-wc/testing';
import { englishPhoneText, phoneTextFor } from '../../src/core/phone-text-en.js';
import { dropLeadIn, fold, plainPhoneText, replaceStart, tidyFragment, tidySentences } from '../../src/core/phone-text.js';
import { spanishPhoneText } from '../../src/locales/es/phone-text.js';
import '../../src/entries/locales/es.js';

const en = (text: string) => tidyFragment(text, englishPhoneText);
const es = (text: string) => tidyFragment(text, spanishPhoneText);

describe('phone text (core)', () => {
  it('folds case and accents and keeps every character where it was', () => {
    for (const text of ['Porqué SENTÍA Ñandú', 'I’m “fine” 😢 ok', 'İstanbul ß']) {
      expect(fold(text).length, text).to.equal(text.normalize('NFC').length);
    }
    expect(fold('Porqué SENTÍA Ñandú')).to.equal('porque sentia nandu');
    // A keyboard that sends accents as separate marks (NFD) gets the same reading.
    const decomposed = 'Porque\u0301 me preocupo'.normalize('NFD');
    expect(dropLeadIn(tidyFragment(decomposed, spanishPhoneText), /^porque(?![\p{L}])[\s,]*/u)).to.equal('me preocupo');
  });

  it("lowers a phone's capital on an ordinary first word, keeps a name's and I's", () => {
    expect(en('Help with bedtime')).to.equal('help with bedtime');
    expect(en('One evening a week')).to.equal('one evening a week');
    expect(en('Forgets to call')).to.equal('forgets to call');
    expect(en('Sam forgets to call')).to.equal('Sam forgets to call');
    expect(en('I forget')).to.equal('I forget');
    expect(en("Mum's birthday")).to.equal("Mum's birthday");
    expect(en('Will forgets')).to.equal('Will forgets');
    expect(en('Will you call')).to.equal('will you call');
    expect(es('Revisas mi celular')).to.equal('revisas mi celular');
    expect(es('Tomás llega tarde')).to.equal('Tomás llega tarde');
    expect(es('Laura no contesta')).to.equal('Laura no contesta');
  });

  it('reads Title Case On Every Word as a phone setting, and keeps a capital typed mid-sentence', () => {
    expect(en('You Forget To Call Grandma On Sundays')).to.equal('you forget to call Grandma on Sundays');
    expect(en('Your Sister Calls Every Night')).to.equal('your sister calls every night');
    expect(es('Tu Hermano Se Queda En Casa Sin Avisar')).to.equal('tu hermano se queda en casa sin avisar');
    expect(es('En Navidad No Vamos A Ver A Mi Familia')).to.equal('en Navidad no vamos a ver a mi familia');
    expect(en('when Sam and Alex argue')).to.equal('when Sam and Alex argue');
    expect(en('you Forget')).to.equal('you Forget');
    expect(en('you NEVER listen, the TV is on')).to.equal('you NEVER listen, the TV is on');
  });

  it('never ends the sentence inside a field: a full stop, "!" or "?" becomes a comma, "…" stays', () => {
    expect(en('You forgot. Again.')).to.equal('you forgot, again');
    expect(en('You shout! And leave')).to.equal('you shout, and leave');
    expect(en('you say you are fine... But you are not')).to.equal('you say you are fine... but you are not');
    expect(en('gaming\nI can not sleep')).to.equal('gaming, I can not sleep');
    expect(en('weekends\n and evenings')).to.equal('weekends and evenings');
    expect(en('Dr. Patel calls at 10 a.m. and I miss it')).to.equal('Dr. Patel calls at 10 a.m. and I miss it');
    expect(en('you say "I\'ll do it. Later." and go')).to.equal('you say "I\'ll do it. Later." and go');
    expect(es('me preguntas ¿dónde estabas? delante de todos')).to.equal('me preguntas ¿dónde estabas? delante de todos');
    expect(es('Llegas a las 11. No avisas.')).to.equal('llegas a las 11, no avisas');
  });

  it('restores the apostrophes a phone left out, and the pronoun I', () => {
    expect(en('im sure you dont care and youre late, i think')).to.equal("I'm sure you don't care and you're late, I think");
    expect(en('its fine, well, we were, ill')).to.equal('its fine, well, we were, ill');
  });

  it('drops a lead-in typed again, accents and capitals optional, as often as it repeats', () => {
    const porque = /^(?:porque|xq)(?![\p{L}])[\s,]*/u;
    expect(dropLeadIn('Porqué, porque me preocupo', porque)).to.equal('me preocupo');
    expect(dropLeadIn('XQ me preocupo', porque)).to.equal('me preocupo');
    expect(dropLeadIn('porquería', porque)).to.equal('porquería');
    expect(replaceStart('Me gustaría que vengas', /^me\s+gustaria\s+(?=que)/u, '')).to.equal('que vengas');
    expect(replaceStart('¿Me puedes avisar', /^((?:me)\s+)?puedes\s+/u, 'que $1puedas ')).to.equal('¿Me puedes avisar');
    expect(replaceStart('Me puedes avisar', /^((?:me)\s+)?puedes\s+/u, 'que $1puedas ')).to.equal('que me puedas avisar');
  });

  it('gives sentences of their own for "what you could say", each with its capital and its end', () => {
    expect(tidySentences('i yelled at you. im sorry', englishPhoneText)).to.equal("I yelled at you. I'm sorry.");
    expect(tidySentences('I Yelled At You In Front Of Sam', englishPhoneText)).to.equal('I yelled at you in front of Sam.');
    expect(tidySentences('can we talk tonight?', englishPhoneText)).to.equal('Can we talk tonight?');
    expect(tidySentences('lo siento mucho!!  te grité', spanishPhoneText)).to.equal('Lo siento mucho! Te grité.');
    expect(tidySentences(' ... ', englishPhoneText)).to.equal('');
  });

  it('finds each language its rules: English built in, Spanish with its locale, capitals kept for the others', () => {
    expect(phoneTextFor('en-GB')).to.equal(englishPhoneText);
    expect(phoneTextFor('es-MX')).to.equal(spanishPhoneText);
    expect(phoneTextFor('de')).to.equal(plainPhoneText);
    expect(tidyFragment('Angst Vor Dem Streit. Immer', phoneTextFor('de'))).to.equal('Angst Vor Dem Streit, Immer');
  });
});
