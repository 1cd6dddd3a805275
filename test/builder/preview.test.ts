import { expect } from '@open-wc/testing';
import type { EmbedConfig } from '../../src/builder/embed.js';
import { buildPreview, previewColours } from '../../src/builder/preview.js';

const config = (extra: Partial<EmbedConfig> = {}): EmbedConfig => ({
  tag: 'tend-preview-probe',
  exercise: 'probe',
  attributes: [],
  properties: {},
  strings: {},
  styles: {},
  prompts: [],
  template: null,
  support: '',
  steps: [],
  ...extra,
});

describe('builder preview', () => {
  it('builds the element from the configuration with DOM calls: attributes (never persist), colours, strings, prompts as text', () => {
    const hostile = '<img src=x onerror="window.__pwned = 1">';
    const element = buildPreview(
      config({ attributes: [['heading', hostile], ['persist', 'key'], ['share', true]], styles: { '--tend-accent': '#123456' }, strings: { done: 'Finished' }, prompts: [hostile, 'Second?'] }),
    ) as HTMLElement & { strings?: object };
    expect(element.localName).to.equal('tend-preview-probe');
    expect(element.getAttribute('heading')).to.equal(hostile);
    expect(element.hasAttribute('persist')).to.equal(false);
    expect(element.getAttribute('share')).to.equal('');
    expect(element.style.getPropertyValue('--tend-accent')).to.equal('#123456');
    expect(element.strings).to.deep.equal({ done: 'Finished' });
    expect([...element.querySelectorAll('ol > li')].map((li) => li.textContent)).to.deep.equal([hostile, 'Second?']);
    expect(element.querySelector('img')).to.equal(null);
  });

  it('gives a flow its steps in order, each after its paragraphs, and a template as a JSON child', () => {
    const step = (tag: string) => config({ tag, attributes: [['heading', tag]] });
    const element = buildPreview(config({ tag: 'tend-flow-probe', steps: [{ paragraphs: ['Breathe first.'], element: step('tend-a-probe') }, { paragraphs: [], element: step('tend-b-probe') }] }));
    expect([...element.children].map((child) => child.localName)).to.deep.equal(['p', 'tend-a-probe', 'tend-b-probe']);
    expect(element.children[1]!.getAttribute('heading')).to.equal('tend-a-probe');
    const agreement = buildPreview(config({ template: { sections: [{ title: '</script>' }] } }));
    const script = agreement.querySelector('script')!;
    expect(script.type).to.equal('application/json');
    expect(JSON.parse(script.textContent!)).to.deep.equal({ sections: [{ title: '</script>' }] });
  });

  it('reads the colours the element really shows, and the contrast of the pairs people read', () => {
    const parent = document.createElement('div');
    parent.style.background = '#ffffff';
    const slot = document.createElement('div');
    parent.append(slot);
    document.body.append(parent);
    try {
      const element = document.createElement('div');
      element.style.setProperty('--_surface', '#ffffff');
      element.style.setProperty('--_text', '#777777');
      element.style.setProperty('--_accent', '#000000');
      element.style.setProperty('--_on-accent', '#ffffff');
      slot.append(element);
      const { effective, checks } = previewColours(element, slot, [{ name: '--tend-accent', description: 'Accent colour.' }, { name: '--tend-space', description: 'Spacing.' }]);
      expect(effective['--tend-surface']).to.equal('#ffffff');
      expect(effective['--tend-text']).to.equal('#777777');
      expect(effective['--tend-on-accent']).to.equal('#ffffff');
      expect(effective['--tend-accent']).to.equal('#000000');
      expect(effective).not.to.have.property('--tend-space');
      const ratio = (pair: string) => checks.find((check) => check.pair === pair)!.ratio;
      expect(ratio('pair.text')).to.be.within(4.4, 4.5);
      expect(ratio('pair.accent')).to.be.closeTo(21, 0.01);
      expect(ratio('pair.onAccent')).to.be.closeTo(21, 0.01);
      expect(checks.map((check) => check.pair)).to.deep.equal(['pair.text', 'pair.accent', 'pair.onAccent', 'pair.field', 'pair.danger']);
      expect(slot.querySelector('span')).to.equal(null);
    } finally {
      parent.remove();
    }
  });
});
