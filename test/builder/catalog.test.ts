import { expect } from '@open-wc/testing';
import { catalog, expandCatalog } from '../../src/builder/catalog.js';
import type { CatalogTables } from '../../src/builder/catalog-types.js';

describe('builder catalogue (tables from custom-elements.json)', () => {
  const tables: CatalogTables = {
    attributes: {
      heading: { property: 'heading', boolean: false, description: 'The visible title.' },
      'with@agreement': { property: 'with', boolean: false, description: 'Names for the agreement.' },
      'with@check-in': { property: 'with', boolean: false, description: 'Names for the check-in.' },
      'no-hints': { property: 'noHints', boolean: true, description: 'No hints.' },
    },
    slots: { '@flow': { description: 'The steps.' }, '@agreement': { description: 'A JSON template.' }, support: { description: 'Support text.' } },
    cssProperties: { '--tend-accent': { description: 'Accent colour.' } },
    elements: [
      { tag: 'tend-agreement', exercise: 'agreement', summary: 'A', attributes: ['with@agreement', 'heading'], slots: ['@agreement', 'support'], cssProperties: ['--tend-accent'] },
      { tag: 'tend-check-in', exercise: 'check-in', summary: 'C', attributes: ['heading', 'with@check-in', 'no-hints'], slots: ['support'], cssProperties: [] },
    ],
  };

  it('gives each element its own entries, in its order, under their names (the variant suffix dropped)', () => {
    const [agreement, checkIn] = expandCatalog(tables);
    expect(agreement!.attributes).to.deep.equal([
      { name: 'with', property: 'with', boolean: false, description: 'Names for the agreement.' },
      { name: 'heading', property: 'heading', boolean: false, description: 'The visible title.' },
    ]);
    expect(checkIn!.attributes.map((a) => [a.name, a.description])).to.deep.equal([
      ['heading', 'The visible title.'],
      ['with', 'Names for the check-in.'],
      ['no-hints', 'No hints.'],
    ]);
    expect(checkIn!.attributes[2]!.property).to.equal('noHints');
    expect(agreement!.slots).to.deep.equal([
      { name: '', description: 'A JSON template.' },
      { name: 'support', description: 'Support text.' },
    ]);
    expect(agreement!.cssProperties).to.deep.equal([{ name: '--tend-accent', description: 'Accent colour.' }]);
    expect(checkIn!.cssProperties).to.deep.equal([]);
    expect([agreement!.tag, agreement!.exercise, agreement!.summary]).to.deep.equal(['tend-agreement', 'agreement', 'A']);
  });

  it('fails loudly on a key the tables do not hold (a stale generated file)', () => {
    const broken = { ...tables, elements: [{ ...tables.elements[1]!, attributes: ['heading', 'missing'] }] };
    expect(() => expandCatalog(broken)).to.throw('no entry "missing"');
  });

  it('holds every exercise of the manifest with the attributes every element shares', () => {
    expect(catalog.map((element) => element.tag)).to.include.members(['tend-i-statement', 'tend-stop-timer', 'tend-agreement', 'tend-reflection-card', 'tend-check-in', 'tend-flow']);
    for (const element of catalog) {
      const names = element.attributes.map((attribute) => attribute.name);
      expect(names, element.tag).to.include.members(['heading', 'persist', 'lang', 'theme', 'exit-url', 'send-to', 'share', 'name', 'required']);
      expect(element.attributes.find((attribute) => attribute.name === 'exit-url')!.property, element.tag).to.equal('exitUrl');
      expect(element.slots.map((slot) => slot.name), element.tag).to.include('support');
    }
    const withDescriptions = catalog.flatMap((element) => element.attributes.filter((a) => a.name === 'with').map((a) => a.description));
    // Each element's own `with` (with@agreement, with@check-in, …) is kept apart, not merged into one.
    expect(new Set(withDescriptions).size).to.be.greaterThan(1);
  });
});
