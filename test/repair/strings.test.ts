import { expect } from '@open-wc/testing';
import { englishTemplates } from '../../src/repair/compose.js';
import { spanishTemplates } from '../../src/repair/compose-es.js';
import { strings as spanishRepair } from '../../src/locales/es/repair.js';
import { repairStrings } from '../../src/repair/strings.js';
import { summaryCatalog } from '../../src/core/summary.js';
import { summary } from '../../src/repair/summary.js';
import { bannedEnglish, bannedSpanish, stringsOf, translationProblems } from '../helpers/catalogue.js';

describe('repair strings', () => {
  it('name the fields with the contract’s words', () => {
    expect(repairStrings.partLabel).to.match(/\bpart\b/);
    expect(repairStrings.impactLabel).to.match(/\bimpact\b/);
    expect(repairStrings.apologyLabel).to.match(/\bsorry\b/);
    expect(repairStrings.planLabel).to.match(/^Next time\b/);
    expect(repairStrings.followUpLabel).to.match(/^Follow\b/);
    expect(repairStrings.reconnectLabel).to.match(/\breconnect\b/);
  });

  it('offer the source’s three ways to reconnect: affection, quality time, the other person’s love language', () => {
    expect(repairStrings.reconnectChoices.map((choice) => choice.label)).to.deep.equal(['Affection', 'Quality time', "{name}'s love language"]);
    expect(spanishRepair.reconnectChoices.map((choice) => choice.label)).to.deep.equal(['Afecto', 'Tiempo de calidad', 'El lenguaje del amor de {name}']);
  });

  it('carry the composition’s sentence patterns, so a host can reword them', () => {
    for (const [key, template] of Object.entries(englishTemplates)) expect(repairStrings[`sentence.${key}` as keyof typeof repairStrings], key).to.equal(template);
    for (const [key, template] of Object.entries(spanishTemplates)) expect(spanishRepair[`sentence.${key}` as keyof typeof spanishRepair], key).to.equal(template);
  });

  it('are all in Spanish, with the same shape and placeholders', () => {
    expect(translationProblems({ ...repairStrings, ...summaryCatalog(summary) }, spanishRepair)).to.deep.equal([]);
  });

  it('read as a therapist would sign them: no device words, no Spain- or America-only words, no «vosotros» or «ustedes»', () => {
    expect(stringsOf(repairStrings).filter(([, text]) => bannedEnglish.test(text))).to.deep.equal([]);
    expect(stringsOf(spanishRepair).filter(([, text]) => bannedSpanish.test(text))).to.deep.equal([]);
  });

  it('never call the words ready or congratulate: the words are prepared, the moment is the pair’s', () => {
    for (const [, text] of [...stringsOf(repairStrings), ...stringsOf(spanishRepair)]) expect(text).not.to.match(/great job|well done|congrat|perfect|felicidades|¡bien hecho/i);
  });
});
