import { expect } from '@open-wc/testing';
import type { SectionState } from '../../src/agreement/edits.js';
import {
  hasItems,
  keepWritten,
  sectionExamples,
  sectionText,
  sectionsData,
  sectionsFromData,
  templateSections,
  type SectionWords,
} from '../../src/agreement/sections.js';
import { agreementStrings } from '../../src/agreement/strings.js';
import { builtInTemplate, type AgreementTemplate } from '../../src/agreement/templates.js';

/** The English catalogue, or a "translation" that marks every string, to see which words follow the reader's language. */
const catalogue = (mark = ''): SectionWords => {
  const entry = (key: string): unknown => (agreementStrings as Record<string, unknown>)[key];
  const marked = (value: unknown): unknown =>
    typeof value === 'string' ? `${mark}${value}` : Array.isArray(value) ? value.map(marked) : value;
  return {
    t: (key) => String(marked(entry(key)) ?? key),
    content: <T>(key: string) => marked(entry(key)) as T,
  };
};
const english = catalogue();
const lookup = (key: string): unknown => (agreementStrings as Record<string, unknown>)[key];
const keys = () => {
  let key = 0;
  return () => key++;
};
const custom: AgreementTemplate = {
  id: 'custom',
  sections: [
    { id: 'money', title: 'Money', prompt: 'Who pays for what?', examples: ['We split rent'], items: ['Groceries: turns'] },
    { id: 'time', title: 'Our time', prompt: '', examples: [], items: [] },
  ],
};

describe('agreement sections (pure)', () => {
  it('builds a template’s sections with a fresh key per item; a built-in template’s follow the reader’s language', () => {
    const nextKey = keys();
    const sections = templateSections(custom, nextKey);
    expect(sections.map((s) => [s.id, s.builtIn, s.items])).to.deep.equal([
      ['money', false, [{ key: 0, text: 'Groceries: turns' }]],
      ['time', false, []],
    ]);
    expect(sections[0]!.examples).to.not.equal(custom.sections[0]!.examples);
    const builtIn = templateSections(builtInTemplate('three-point', lookup), nextKey);
    expect(builtIn.map((s) => [s.id, s.builtIn])).to.deep.equal([
      ['time', true],
      ['boundaries', true],
      ['communication', true],
    ]);
    const spanish = catalogue('ES ');
    expect(sectionText(builtIn[0]!, 'title', spanish)).to.equal('ES Time together');
    expect(sectionExamples(builtIn[1]!, spanish)[0]).to.equal('ES I protect my personal time and space');
    // A custom section keeps its own words whatever the language.
    expect(sectionText(sections[0]!, 'prompt', spanish)).to.equal('Who pays for what?');
    expect(sectionExamples(sections[0]!, spanish)).to.deep.equal(['We split rent']);
  });

  it('reads given data back: prompt and examples from the template’s or the built-in section, items trimmed, empty ones dropped', () => {
    const sections = sectionsFromData(
      [
        { id: 'money', title: 'Money matters', items: ['  Rent  ', ' ', 'Bills'] },
        { id: 'boundaries', title: 'Boundaries', items: [] },
        { id: 'boundaries-2', title: 'Boundaries', items: [] },
        { id: 'time', title: 'Time with friends', items: ['Fridays'] },
      ],
      custom,
      english,
      keys(),
    );
    expect(sections.map((s) => [s.id, s.builtIn, s.title, s.prompt, s.items.map((i) => i.text)])).to.deep.equal([
      ['money', false, 'Money matters', 'Who pays for what?', ['Rent', 'Bills']],
      // Its title is the built-in one: it follows the reader's language.
      ['boundaries', true, 'Boundaries', agreementStrings['section.boundaries.prompt'], []],
      ['boundaries-2', false, 'Boundaries', '', []],
      // The template's section of that id comes before the built-in one, and a renamed built-in section keeps its name.
      ['time', false, 'Time with friends', '', ['Fridays']],
    ]);
    expect(sections.flatMap((s) => s.items.map((i) => i.key))).to.deep.equal([0, 1, 2]);
  });

  it('keeps what was written in the sections another template shares, and only those', () => {
    const old = templateSections(custom, keys());
    const fresh = templateSections({ id: 'custom', sections: [{ ...custom.sections[1]!, items: ['new'] }, { ...custom.sections[0]!, id: 'other' }] }, keys());
    const kept = keepWritten(old, fresh);
    // "time" had no item in the old template: the new one's item stays.
    expect(kept.map((s) => [s.id, s.items.map((i) => i.text)])).to.deep.equal([
      ['time', ['new']],
      ['other', ['Groceries: turns']],
    ]);
    const written: SectionState[] = old.map((s) => (s.id === 'time' ? { ...s, items: [{ key: 9, text: 'Sundays' }] } : s));
    expect(keepWritten(written, fresh)[0]!.items).to.deep.equal([{ key: 9, text: 'Sundays' }]);
  });

  it('gives the data in the reader’s words and says whether any item has words', () => {
    const sections = templateSections(builtInTemplate('blank', lookup), keys());
    expect(hasItems(sections)).to.equal(false);
    const withBlank: SectionState[] = [{ ...sections[0]!, items: [{ key: 0, text: '   ' }] }];
    expect(hasItems(withBlank)).to.equal(false);
    const written: SectionState[] = [{ ...sections[0]!, items: [{ key: 0, text: '  ' }, { key: 1, text: ' Be kind ' }] }];
    expect(hasItems(written)).to.equal(true);
    expect(sectionsData(written, catalogue('ES '))).to.deep.equal([{ id: 'agreements', title: `ES ${agreementStrings['section.agreements.title']}`, items: ['Be kind'] }]);
  });
});
