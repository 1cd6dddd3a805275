import { expect } from '@open-wc/testing';
import {
  composeRepair,
  dropLeadIns,
  englishRepairRules,
  fieldWords,
  formOf,
  missingFields,
  type RepairInput,
  type RepairParts,
} from '../../src/repair/compose.js';
import { spanishRepairRules } from '../../src/repair/compose-es.js';
import '../../src/entries/locales/es.js';
import { repairTidy } from '../../src/repair/tidy.js';

const parts: RepairParts = {
  part: 'I was on my phone',
  impact: 'you felt alone',
  apology: 'ignoring you',
  plan: 'leave it in the hall',
  reconnect: '',
};
const input = (overrides: Partial<RepairInput> & { with?: Partial<RepairParts> } = {}): RepairInput => ({
  parts: { ...parts, ...overrides.with },
  names: overrides.names ?? [],
  lang: overrides.lang ?? 'en',
  rules: overrides.rules ?? englishRepairRules,
  tidy: overrides.tidy ?? repairTidy,
  templates: overrides.templates,
});

describe('repair composition (pure)', () => {
  it('composes the four steps, and the reconnection only when there is one', () => {
    expect(composeRepair(input())).to.equal(
      "I want to own my part: I was on my phone. I can see the impact it had on you: you felt alone. I'm sorry for ignoring you. Next time, I will leave it in the hall.",
    );
    expect(composeRepair(input({ with: { reconnect: 'a walk' } }))).to.match(/ When you are ready, I'd like us to reconnect: a walk\.$/);
  });

  it('is empty while the part, the impact, the apology or the plan is missing, and says which', () => {
    for (const field of ['part', 'impact', 'apology', 'plan'] as const) {
      expect(composeRepair(input({ with: { [field]: '  ' } })), field).to.equal('');
      expect(missingFields(input({ with: { [field]: '' } })), field).to.deep.equal([field]);
    }
    expect(missingFields(input({ with: { part: '', impact: '', apology: '', plan: '' } }))).to.deep.equal(['part', 'impact', 'apology', 'plan']);
    // A lead-in alone says nothing yet.
    expect(missingFields(input({ with: { apology: "I'm sorry.", plan: 'Next time I will' } }))).to.deep.equal(['apology', 'plan']);
    expect(missingFields(input({ with: { reconnect: '' } }))).to.deep.equal([]);
  });

  it('names the people it is with, in the language’s own way of listing them', () => {
    expect(composeRepair(input({ names: ['Sam'] }))).to.match(/^Sam, I want to own my part: /);
    expect(composeRepair(input({ names: ['Sam', 'Alex', 'Robin'] }))).to.match(/^Sam, Alex, and Robin, I want/);
    const spanish = input({ rules: spanishRepairRules, lang: 'es', with: { part: 'grité', impact: 'te asustaste', apology: 'gritarte', plan: 'respirar antes' } });
    expect(composeRepair({ ...spanish, names: ['Ana'] })).to.contain('Ana, quiero reconocer mi parte: grité.').and.to.contain('Te pido perdón por gritarte.');
    // More than one person: no «te», and no «os» or «ustedes» either.
    expect(composeRepair({ ...spanish, names: ['Ana', 'Tomás'] })).to.contain('Ana y Tomás, quiero').and.to.contain('Pido perdón por gritarte.');
  });

  it('takes reworded sentence patterns over the language’s own', () => {
    expect(composeRepair(input({ templates: { part: 'My part: {part}.', apologyFor: 'I apologise for {apology}.' } }))).to.equal(
      "My part: I was on my phone. I can see the impact it had on you: you felt alone. I apologise for ignoring you. Next time, I will leave it in the hall.",
    );
  });

  it('drops lead-ins typed again (up to three), whatever their capitals, accents and punctuation', () => {
    expect(dropLeadIns('apology', "  I’M SO SORRY, for yelling", englishRepairRules)).to.equal('yelling');
    expect(dropLeadIns('apology', 'Sorry sorry sorry sorry', englishRepairRules)).to.equal('sorry');
    expect(dropLeadIns('plan', 'Next time, I will, take a break', englishRepairRules)).to.equal('take a break');
    expect(dropLeadIns('plan', 'Totally will take a break', englishRepairRules)).to.equal('Totally will take a break');
    expect(dropLeadIns('apology', 'PERDON POR gritarte', spanishRepairRules)).to.equal('gritarte');
    expect(dropLeadIns('plan', 'la proxima vez voy a avisarte', spanishRepairRules)).to.equal('avisarte');
    // Whole words only: "sorrows", «perdonar» and "tomorrow" are not lead-ins.
    expect(dropLeadIns('apology', 'sorrows of the day', englishRepairRules)).to.equal('sorrows of the day');
    expect(dropLeadIns('plan', 'tomorrow I call', englishRepairRules)).to.equal('tomorrow I call');
    expect(dropLeadIns('apology', 'perdonar tan poco', spanishRepairRules)).to.equal('perdonar tan poco');
    expect(dropLeadIns('reconnect', 'a walk', englishRepairRules)).to.equal('a walk');
  });

  it('hands each field to the tidying step after the lead-ins are dropped, with its field and language', () => {
    const seen: string[] = [];
    const tidy: RepairInput['tidy'] = (field, text, lang) => (seen.push(`${field}|${text}|${lang}`), text.trim());
    expect(fieldWords('apology', input({ tidy, lang: 'en-GB', with: { apology: 'Sorry for Yelling!' } }))).to.equal('Yelling!');
    expect(seen).to.deep.equal(['apology|Yelling!|en-GB']);
  });

  it('chooses how the apology and the plan are said by how their words begin', () => {
    const apology = (words: string) => formOf(words, englishRepairRules.apologyForms, englishRepairRules.apologyDefault).form;
    expect(['yelling', 'the way I spoke', 'what I said', 'not calling', 'my tone', 'everything'].map(apology)).to.deep.equal(Array(6).fill('for'));
    expect(['I yelled', 'that I left', 'if I hurt you', 'you feel that way', "it's been hard", 'we fought'].map(apology)).to.deep.equal(Array(6).fill('as'));
    expect(apology('but I was tired')).to.equal('comma');
    const plan = (words: string) => formOf(words, englishRepairRules.planForms, englishRepairRules.planDefault).form;
    expect(['take a break', 'not yell', 'try to call', 'never raise my voice'].map(plan)).to.deep.equal(Array(4).fill('will'));
    expect(["I won't yell", 'when I feel it, I stop', "let's agree", 'instead of yelling, I walk away'].map(plan)).to.deep.equal(Array(4).fill('as'));
    expect(["won't yell", 'WONT yell', 'will not yell'].map(plan)).to.deep.equal(Array(3).fill('negative'));

    const es = (words: string) => formOf(words, spanishRepairRules.apologyForms, spanishRepairRules.apologyDefault).form;
    expect(['gritarte', 'haberte gritado', 'no escucharte', 'decírtelo así', 'irme', 'la forma en que te hablé', 'lo que dije', 'eso', 'eso que dije', 'mi tono', 'cómo te hablé'].map(es)).to.deep.equal(
      Array(11).fill('for'),
    );
    expect(['te grité', 'no te escuché', 'ayer te grité', 'la ignoré', 'lo hice mal', 'eso no fue justo', 'pero estaba cansada'].map(es)).to.deep.equal(Array(7).fill('comma'));
    expect(es('que te sientas así')).to.equal('that');
    expect(es('si te ofendí')).to.equal('as');
    const esPlan = (words: string) => formOf(words, spanishRepairRules.planForms, spanishRepairRules.planDefault);
    expect(esPlan('avisarte antes')).to.deep.equal({ form: 'will', words: 'avisarte antes' });
    expect(esPlan('No levantar la voz')).to.deep.equal({ form: 'negative', words: 'levantar la voz' });
    expect(esPlan('te aviso antes')).to.deep.equal({ form: 'as', words: 'te aviso antes' });
    expect(esPlan('no te grito')).to.deep.equal({ form: 'as', words: 'no te grito' });
  });

  it('keeps a pause or a full stop typed after "sorry": "Sorry, I was unkind" stays two clauses, "Sorry. It was unfair" two sentences', () => {
    expect(composeRepair(input({ with: { apology: 'Sorry, I was unkind' } }))).to.contain("I'm sorry, I was unkind.");
    expect(composeRepair(input({ with: { apology: 'Sorry I was unkind' } }))).to.contain("I'm sorry I was unkind.");
    expect(composeRepair(input({ with: { apology: 'Sorry. i was unkind!' } }))).to.contain("I'm sorry. I was unkind. Next");
    expect(composeRepair(input({ with: { apology: 'Sorry. For yelling' } }))).to.contain("I'm sorry for yelling.");
  });

  it('puts hostile text in literally: it is words, never markup or placeholders', () => {
    const text = composeRepair(input({ with: { part: '<img src=x onerror=alert(1)>', impact: '{impact} {names}', apology: '$& $1', plan: '{{plan}}' } }));
    expect(text).to.contain('my part: <img src=x onerror=alert(1)>').and.to.contain(': {impact} {names}.').and.to.contain('$& $1').and.to.contain('{{plan}}');
  });
});
