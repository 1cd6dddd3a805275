import { replaceLazy } from '../../helpers/lazy.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/entries/index.js';
import { watchReading } from '../../../src/core/safety/safety-controller.js';
import { grammarReading, type Grammar } from '../../../src/i-statement/grammar-reading.js';
import { $$, button, root, settle, status, textOf, type } from '../../helpers/harness.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };
type Watch = (typeof import('../../../src/core/safety/watch.js'))['default'];

/**
 * The safety watch's tables come a moment after the element (a chunk of their own): the time before they arrive,
 * and a page where they never do. The other tests have them before they start (web-test-runner.config.mjs).
 */
describe('the test page', () => {
  it('has the lazily imported modules before the first test (web-test-runner.config.mjs), as a page has them by the time a person types', () => {
    expect(watchReading.value, 'the safety watch').to.exist;
    expect(grammarReading.value, "the I-statement's grammar").to.exist;
  });
});

describe('safety: before the watch arrives', () => {
  let restore: () => void;
  let arrive: () => void;
  let fail: () => void;

  beforeEach(() => {
    let settleWith: { resolve: (watch: Watch) => void; reject: (error: Error) => void };
    const pending = new Promise<Watch>((resolve, reject) => (settleWith = { resolve, reject }));
    restore = replaceLazy(watchReading, () => pending);
    arrive = () => void import('../../../src/core/safety/watch.js').then((watch) => settleWith.resolve(watch.default));
    fail = () => settleWith.reject(new Error('blocked'));
  });
  afterEach(() => {
    restore();
    localStorage.clear();
  });

  const note = (el: Widget) => root(el).querySelector('[part~=support]');
  const hints = (el: Widget) => $$(el, '[part=coaching] p');
  /** Waits for the element to render with what arrived (the watch, or its failure). */
  const arrival = async (el: Widget) => {
    await watchReading.load();
    await settle(el);
  };

  it('reads words of danger typed before it arrived, and shows the note once it is here', async () => {
    const el = await fixture<Widget>(html`<tend-i-statement></tend-i-statement>`);
    await type(el, '#situation', 'he hit me again last night');
    expect(note(el), 'no note can show before the tables').to.equal(null);
    arrive();
    await arrival(el);
    expect(note(el)).to.exist;
    expect(note(el)!.textContent).to.match(/support|help|safe/i);
    expect(hints(el)).to.have.length(0);
  });

  it('reads a check-in written before it arrived too', async () => {
    const el = await fixture<Widget>(html`<tend-check-in></tend-check-in>`);
    await type(el, '#challenge', 'i dont want to be here anymore');
    arrive();
    await arrival(el);
    expect(note(el)).to.exist;
  });

  it('coaches nothing while it is not here: no hint, no sentence called ready, no thanks; then coaches ordinary words', async () => {
    const el = await fixture<Widget>(html`<tend-i-statement></tend-i-statement>`);
    await type(el, '#emotion', 'ignored');
    await type(el, '#situation', 'you came home late');
    await type(el, '#need', 'a text when you are late');
    expect(hints(el), 'a hint before the watch read the words').to.have.length(0);
    expect(root(el).querySelector('[part~=preview]')?.textContent ?? '').to.not.contain('came home late');
    button(el, /check/i).click();
    await settle(el);
    expect(status(el)).to.not.match(/ready/i);
    arrive();
    await arrival(el);
    expect(hints(el).length, 'the hint once the watch found nothing').to.be.greaterThan(0);
  });

  it('keeps coaching off when it cannot be loaded, and still finishes plainly', async () => {
    const el = await fixture<Widget>(html`<tend-i-statement emotion="ignored" situation="you came home late" need="a text"></tend-i-statement>`);
    fail();
    await arrival(el);
    expect(watchReading.failed).to.equal(true);
    expect(hints(el)).to.have.length(0);
    expect(root(el).querySelector('[part~=preview]')?.textContent ?? '').to.not.contain('came home late');
    button(el, /done/i).click();
    await settle(el);
    expect(status(el)).to.equal('Finished.');
    expect(note(el)).to.equal(null);
  });
});

describe('the I-statement before its grammar arrives', () => {
  let restore: () => void;
  let arrive: () => void;

  beforeEach(() => {
    let resolve: (grammar: Grammar) => void;
    const pending = new Promise<Grammar>((settle) => (resolve = settle));
    restore = replaceLazy(grammarReading, () => pending);
    arrive = () => void import('../../../src/i-statement/grammar.js').then((grammar) => resolve(grammar.default));
  });
  afterEach(() => restore());

  it('composes and coaches nothing until it is here, then does; Done still asks for what is missing', async () => {
    const el = await fixture<Widget>(html`<tend-i-statement></tend-i-statement>`);
    await type(el, '#emotion', 'ignored');
    expect($$(el, '[part=coaching] p')).to.have.length(0);
    button(el, /done/i).click();
    await settle(el);
    expect(root(el).querySelector('#situation-error')?.textContent ?? '').to.not.equal('');
    await type(el, '#situation', 'you came home late');
    await type(el, '#need', 'a text when you are late');
    expect(textOf(el, '[part=sentence]')).to.not.contain('came home late');
    expect((el as unknown as { value: { text: string } }).value.text).to.equal('');
    arrive();
    await grammarReading.load();
    await settle(el);
    expect($$(el, '[part=coaching] p').length).to.be.greaterThan(0);
    expect(textOf(el, '[part=sentence]')).to.contain('came home late');
  });
});
