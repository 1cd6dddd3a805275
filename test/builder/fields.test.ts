import { expect } from '@open-wc/testing';
import { attributeRule, oneOf } from '../../src/core/attributes.js';
import * as z from 'zod/mini';
import type { CatalogAttribute, CatalogElement } from '../../src/builder/catalog-types.js';
import { fieldKind, fieldsOf, humanize, requiredBy, setTogether, splitList, type ExerciseClass, type Target } from '../../src/builder/fields.js';
import { fieldProblem } from '../../src/builder/problems.js';

const attribute = (name: string, description = '', boolean = false, values?: string[]): CatalogAttribute => ({ name, property: name, boolean, description, ...(values ? { values } : {}) });
const numbers = attributeRule(z.array(z.number()) as unknown as z.ZodMiniType<number[], string>, [5, 30, 20, 10], 'four numbers');

describe('builder fields (from the catalogue and the element\'s rules)', () => {
  it('chooses the kind of control from the attribute and its rule', () => {
    expect(fieldKind(attribute('share', '', true), undefined)).to.equal('boolean');
    expect(fieldKind(attribute('lang'), undefined)).to.equal('language');
    // A menu where the manifest types the attribute as a union of literals (not from a rule of the builder's own).
    expect(fieldKind(attribute('review', '', false, ['weekly', 'monthly']), undefined)).to.equal('choice');
    expect(fieldKind(attribute('review'), oneOf(['weekly', 'monthly'], 'monthly'))).to.equal('text');
    expect(fieldKind(attribute('durations', 'Seconds of the four steps'), numbers)).to.equal('durations');
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
    expect(own.map((field) => field.group)).to.deep.equal(['settings', 'settings', 'look', 'look', 'keeping', 'keeping', 'keeping', 'safety', 'forms', 'forms']);
    expect(fieldsOf(target(true)).map((field) => field.attribute.name)).to.deep.equal(['heading', 'review', 'send-to', 'share']);
  });

  it('asks the element itself what it would reject, and a step never takes template="custom"', () => {
    const cls: ExerciseClass = { attributeRules: {}, strings: {}, checkAttribute: (name, value) => (value === 'bad' ? `${name} is bad` : null) };
    const element: CatalogElement = { tag: 'tend-x', exercise: 'x', summary: '', attributes: [attribute('template'), attribute('share', '', true)], slots: [], cssProperties: [] };
    const target = (attributes: Record<string, string>, nested = false): Target => ({ element, cls, attributes, set: () => {}, id: 'f', nested });
    const [template, share] = fieldsOf(target({}));
    expect(fieldProblem(template!, target({ template: 'bad' }))).to.deep.equal({ key: 'problem.template', values: { fallback: 'template is bad' } });
    expect(fieldProblem(template!, target({ template: 'full' }))).to.equal(null);
    expect(fieldProblem(template!, target({}))).to.equal(null);
    expect(fieldProblem(share!, target({ share: 'bad' }))).to.equal(null);
    expect(fieldProblem(template!, target({ template: ' Custom ' }, true))).to.deep.equal({ key: 'stepNoCustomTemplate' });
    expect(fieldProblem(template!, target({ template: 'custom' }, false))).to.equal(null);
  });

  it('sets what depends on each other together: history brings a key of its own, and goes with it', () => {
    const history = attribute('history', 'Only with `persist`: keeps each day\'s check-in on this device.', true);
    expect(requiredBy(history)).to.equal('persist');
    const element: CatalogElement = { tag: 'tend-check-in', exercise: 'check-in', summary: '', attributes: [attribute('persist'), history], slots: [], cssProperties: [] };
    const attributes: Record<string, string> = {};
    setTogether(element, attributes, 'history', '');
    expect(attributes).to.deep.equal({ history: '', persist: 'check-in' });
    setTogether(element, attributes, 'persist', 'mine');
    expect(attributes).to.deep.equal({ history: '', persist: 'mine' });
    setTogether(element, attributes, 'persist', undefined);
    expect(attributes).to.deep.equal({});
    const flow: Record<string, string> = {};
    const step: Record<string, string> = {};
    setTogether(element, step, 'history', '', flow, 'session');
    expect([step, flow]).to.deep.equal([{ history: '' }, { persist: 'session' }]);
    const [, field] = fieldsOf({ element, cls: undefined, attributes: { history: '' }, set: () => {}, id: 'f', nested: false });
    expect(fieldProblem(field!, { element, cls: undefined, attributes: { history: '' }, set: () => {}, id: 'f', nested: false })).to.deep.equal({ key: 'needs', values: { name: 'persist' } });
  });

  it('splits comma-separated lists and names attributes plainly', () => {
    expect(splitList(' calm, hurt ,, hopeful ')).to.deep.equal(['calm', 'hurt', 'hopeful']);
    expect(splitList(undefined)).to.deep.equal([]);
    expect(humanize('no-hints')).to.equal('No hints');
  });
});
