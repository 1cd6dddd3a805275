import { expect } from '@open-wc/testing';
import { attributeRule, oneOf } from '../../src/core/attributes.js';
import * as z from 'zod/mini';
import type { CatalogAttribute, CatalogElement } from '../../src/builder/catalog-types.js';
import { elementProblem, fieldKind, fieldsOf, humanize, splitList, wantsCustomTemplateInStep, type ExerciseClass, type Target } from '../../src/builder/fields.js';

const attribute = (name: string, description = '', boolean = false): CatalogAttribute => ({ name, property: name, boolean, description });
const numbers = attributeRule(z.array(z.number()) as unknown as z.ZodMiniType<number[], string>, [5, 30, 20, 10], 'four numbers');

describe('builder fields (from the catalogue and the element\'s rules)', () => {
  it('chooses the kind of control from the attribute and its rule', () => {
    expect(fieldKind(attribute('share', '', true), undefined)).to.equal('boolean');
    expect(fieldKind(attribute('lang'), undefined)).to.equal('language');
    expect(fieldKind(attribute('review'), oneOf(['weekly', 'monthly'], 'monthly'))).to.equal('choice');
    expect(fieldKind(attribute('durations'), numbers)).to.equal('numbers');
    expect(fieldKind(attribute('with', 'Comma-separated names'), undefined)).to.equal('list');
    expect(fieldKind(attribute('reviewed', 'Date of the last review, `YYYY-MM-DD`.'), undefined)).to.equal('date');
    expect(fieldKind(attribute('heading', 'The visible title.'), undefined)).to.equal('text');
  });

  it('puts the title first, groups what is shared, and leaves out of a step what the flow sets', () => {
    const element: CatalogElement = {
      tag: 'tend-x',
      exercise: 'x',
      summary: '',
      attributes: ['review', 'lang', 'theme', 'persist', 'send-to', 'share', 'exit-url', 'name', 'required', 'heading'].map((name) => attribute(name)),
      slots: [],
      cssProperties: [],
    };
    const target = (nested: boolean): Target => ({ element, cls: undefined, attributes: {}, set: () => {}, id: 'f', nested });
    const own = fieldsOf(target(false));
    expect(own.map((field) => field.attribute.name)).to.deep.equal(['heading', 'review', 'lang', 'theme', 'persist', 'send-to', 'share', 'exit-url', 'name', 'required']);
    expect(own.map((field) => field.group)).to.deep.equal(['settings', 'settings', 'look', 'look', 'keeping', 'keeping', 'keeping', 'settings', 'forms', 'forms']);
    expect(fieldsOf(target(true)).map((field) => field.attribute.name)).to.deep.equal(['heading', 'review', 'send-to', 'share']);
  });

  it('asks the element itself what it would reject, and a step never takes template="custom"', () => {
    const cls: ExerciseClass = { attributeRules: {}, strings: {}, checkAttribute: (name, value) => (value === 'bad' ? `${name} is bad` : null) };
    const element: CatalogElement = { tag: 'tend-x', exercise: 'x', summary: '', attributes: [attribute('template'), attribute('share', '', true)], slots: [], cssProperties: [] };
    const target = (attributes: Record<string, string>, nested = false): Target => ({ element, cls, attributes, set: () => {}, id: 'f', nested });
    const [template, share] = fieldsOf(target({}));
    expect(elementProblem(template!, target({ template: 'bad' }))).to.equal('template is bad');
    expect(elementProblem(template!, target({ template: 'full' }))).to.equal(null);
    expect(elementProblem(template!, target({}))).to.equal(null);
    expect(elementProblem(share!, target({ share: 'bad' }))).to.equal(null);
    expect(wantsCustomTemplateInStep(template!, target({ template: ' Custom ' }, true))).to.equal(true);
    expect(wantsCustomTemplateInStep(template!, target({ template: 'custom' }, false))).to.equal(false);
  });

  it('splits comma-separated lists and names attributes plainly', () => {
    expect(splitList(' calm, hurt ,, hopeful ')).to.deep.equal(['calm', 'hurt', 'hopeful']);
    expect(splitList(undefined)).to.deep.equal([]);
    expect(humanize('no-hints')).to.equal('No hints');
  });
});
