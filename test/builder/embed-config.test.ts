import { expect } from '@open-wc/testing';
import { oneOf } from '../../src/core/attributes.js';
import type { CatalogAttribute, CatalogElement } from '../../src/builder/catalog-types.js';
import { embedConfigOf, takesPrompts, templateJson, templateProblem, validAttributes } from '../../src/builder/embed-config.js';
import type { ExerciseClass, Target } from '../../src/builder/fields.js';
import { emptyState, emptyStep, type BuilderState } from '../../src/builder/state.js';

const attribute = (name: string, extra: Partial<CatalogAttribute> = {}): CatalogAttribute => ({ name, property: name, boolean: false, description: '', ...extra });

const agreement: CatalogElement = {
  tag: 'tend-agreement',
  exercise: 'agreement',
  summary: '',
  attributes: [attribute('template'), attribute('review'), attribute('persist'), attribute('share', { boolean: true }), attribute('heading'), attribute('exit-url', { property: 'exitUrl' })],
  slots: [{ name: '', description: 'A JSON template.' }],
  cssProperties: [],
};
const cards: CatalogElement = { tag: 'tend-reflection-card', exercise: 'reflection-card', summary: '', attributes: [], slots: [{ name: '', description: 'Custom prompts: `<li>` or `<p>` children.' }], cssProperties: [] };
const flow: CatalogElement = { tag: 'tend-flow', exercise: 'flow', summary: '', attributes: [attribute('heading'), attribute('lang')], slots: [{ name: '', description: 'Steps.' }], cssProperties: [] };

/** An exercise class that accepts `review` only as weekly/monthly, and a URL only with http(s). */
const cls: ExerciseClass = {
  attributeRules: { review: oneOf(['weekly', 'monthly'], 'monthly'), template: oneOf(['three-point', 'full', 'custom'], 'three-point') },
  strings: { heading: 'Our agreement' },
  checkAttribute: (name, value) => {
    if (name === 'review' && !['weekly', 'monthly'].includes(value.trim())) return `review: "${value}" is not a rhythm`;
    if (name === 'exit-url' && !/^https?:/.test(value)) return 'exit-url: not an http(s) address';
    return null;
  },
};

const target = (element: CatalogElement, attributes: Record<string, string>, nested = false): Target => ({ element, cls, attributes, set: () => {}, id: 'f', nested });

describe('builder embed configuration (what reaches the code)', () => {
  it('keeps only the values the element accepts, the title first, booleans as true and empty text left out', () => {
    const valid = validAttributes(target(agreement, { review: 'yearly', heading: 'Ours', share: '', persist: '  ', 'exit-url': 'javascript:alert(1)', template: 'full' }));
    expect(valid).to.deep.equal([
      ['heading', 'Ours'],
      ['template', 'full'],
      ['share', true],
    ]);
  });

  it('never lets a flow step take a custom template (a step has no children)', () => {
    expect(validAttributes(target(agreement, { template: 'custom' }, true))).to.deep.equal([]);
    expect(validAttributes(target(agreement, { template: 'custom' }, false))).to.deep.equal([['template', 'custom']]);
  });

  it('trims a custom template to what the parser accepts, and names what it rejects', () => {
    const template = { title: '  Ours ', sections: [{ title: ' Time ', prompt: ' ', items: [' Tuesdays ', ' ', ''] }] };
    expect(templateJson(template)).to.deep.equal({ title: 'Ours', sections: [{ title: 'Time', items: ['Tuesdays'] }] });
    expect(templateProblem(template)).to.equal(null);
    expect(templateProblem({ title: '', sections: [{ title: ' ', prompt: '', items: [] }] })).to.deep.equal({ key: 'sectionNeedsTitle', values: { index: 1 } });
    expect(templateProblem({ title: '', sections: [{ title: 'Time', prompt: '', items: [] }, { title: '', prompt: 'Why', items: [] }] })).to.deep.equal({
      key: 'sectionNeedsTitle',
      values: { index: 2 },
    });
    expect(templateProblem({ title: '', sections: [] })).to.deep.equal({ key: 'templateNoSections' });
    // What the builder does not check itself, the agreement's own parser still names.
    expect(templateProblem({ title: 'x'.repeat(300), sections: [{ title: 'Time', prompt: '', items: [] }] })).to.have.property('key', 'templateInvalid');
  });

  it('writes the custom template only when it is valid; otherwise neither it nor template="custom" reaches the code', () => {
    const state = { ...emptyState('tend-agreement'), attributes: { template: 'Custom' } };
    const good = embedConfigOf({ ...state, template: { title: '', sections: [{ title: 'Time', prompt: '', items: [] }] } }, target(agreement, state.attributes), []);
    expect(good.template).to.deep.equal({ sections: [{ title: 'Time' }] });
    expect(good.attributes).to.deep.equal([['template', 'Custom']]);
    const bad = embedConfigOf({ ...state, template: { title: '', sections: [] } }, target(agreement, state.attributes), []);
    expect(bad.template).to.equal(null);
    expect(bad.attributes).to.deep.equal([]);
  });

  it('carries strings, valid colours only, trimmed prompts, and the properties of every attribute', () => {
    const state = {
      ...emptyState('tend-agreement'),
      strings: { done: 'Finished' },
      styles: { '--tend-accent': 'rebeccapurple', '--tend-surface': 'red; background: url(x)', '--tend-text': 'not a colour' },
      prompts: ['  First? ', '', '  '],
    };
    const config = embedConfigOf(state, target(cards, {}), [], (value) => value === 'rebeccapurple');
    expect(config.styles).to.deep.equal({ '--tend-accent': 'rebeccapurple' });
    expect(config.strings).to.deep.equal({ done: 'Finished' });
    expect(config.strings).not.to.equal(state.strings);
    expect(config.prompts).to.deep.equal(['First?']);
    expect(embedConfigOf(state, target(agreement, {}), []).properties['exit-url']).to.equal('exitUrl');
    expect(config.steps).to.deep.equal([]);
    // The agreement's default slot holds a template, not prompts: "Your own prompts" are the reflection card's only.
    expect(embedConfigOf(state, target(agreement, {}), []).prompts).to.deep.equal([]);
  });

  it('the real colour check refuses declarations smuggled into a value', () => {
    const config = embedConfigOf({ ...emptyState('tend-agreement'), styles: { '--tend-accent': '#123456', '--tend-text': 'red;}body{color:red' } }, target(agreement, {}), []);
    expect(config.styles).to.deep.equal({ '--tend-accent': '#123456' });
  });

  it('a flow: its steps in order, each with its paragraphs and its own valid attributes, and no prompts', () => {
    const state: BuilderState = {
      ...emptyState('tend-flow'),
      prompts: ['ignored'],
      steps: [
        { ...emptyStep('tend-agreement'), instruction: ' First, breathe. \n\n Then write. ', attributes: { review: 'weekly', template: 'custom' } },
        { ...emptyStep('tend-agreement'), attributes: { review: 'never' } },
      ],
    };
    const steps = state.steps.map((step) => target(agreement, step.attributes, true));
    const config = embedConfigOf(state, target(flow, { heading: 'Session' }), steps);
    expect(config.attributes).to.deep.equal([['heading', 'Session']]);
    expect(config.prompts).to.deep.equal([]);
    expect(config.steps.map((step) => step.paragraphs)).to.deep.equal([['First, breathe.', 'Then write.'], []]);
    expect(config.steps.map((step) => step.element.attributes)).to.deep.equal([[['review', 'weekly']], []]);
    expect(config.steps[0]!.element.tag).to.equal('tend-agreement');
    expect(takesPrompts(flow)).to.equal(false);
    expect(takesPrompts(agreement)).to.equal(false);
    expect(takesPrompts(cards)).to.equal(true);
  });
});
