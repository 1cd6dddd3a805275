import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/entries/i-statement.js';
import '../../src/entries/stop-timer.js';
import '../../src/entries/agreement.js';
import '../../src/entries/reflection-card.js';
import type { Widget } from './helpers.js';
import { settle } from '../helpers/harness.js';
import { hit } from '../helpers/keyboard.js';

/**
 * Keyboard-only completion of each widget: only Tab, Shift+Tab, Enter, Space, arrows and typing.
 * After every key, focus is inside the widget (or where the test expects it), and every control
 * that focus reaches shows a focus ring at least 2px wide (computed style under :focus-visible).
 */
class Keyboard {
  /** Controls that focus reached, with a description of any missing focus ring. */
  readonly rings = new Map<HTMLElement, string>();

  constructor(private readonly el: Widget) {}

  get active(): HTMLElement | null {
    return this.el.shadowRoot!.activeElement as HTMLElement | null;
  }

  private describe(node: Element | null): string {
    if (!node) return 'nothing';
    return `${node.localName}${node.id ? `#${node.id}` : ''} "${(node.getAttribute('aria-label') ?? node.textContent ?? '').trim().slice(0, 30)}"`;
  }

  /** Focus is in the widget: on a control of its shadow root. */
  assertInside(): void {
    // Booleans, not elements: chai's message for an element can take the page down.
    expect(document.activeElement === this.el, `focus left the widget (on ${this.describe(document.activeElement)})`).to.equal(true);
    expect(this.active !== null, 'a control of the widget has focus').to.equal(true);
    const active = this.active!;
    if (!this.rings.has(active)) {
      const style = getComputedStyle(active);
      // WebKit focuses a date field's inner parts, and a radio reached by the arrows: neither matches :focus-visible, only :focus.
      const visible = active.matches(':focus-visible') || (active.matches('input[type=date], input[type=radio]') && active.matches(':focus'));
      const ok = visible && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      this.rings.set(active, ok ? '' : `${this.describe(active)}: outline ${style.outlineStyle} ${style.outlineWidth}`);
    }
  }

  async press(key: string): Promise<void> {
    await hit(key);
    await this.settle();
  }

  async type(text: string): Promise<void> {
    await sendKeys({ type: text });
    await this.settle();
    this.assertInside();
  }

  settle(): Promise<void> {
    return settle(this.el);
  }

  /** Tabs (forwards or backwards) until `match` has focus; fails after 30 presses. */
  async tabTo(match: (control: HTMLElement) => boolean, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<HTMLElement> {
    for (let i = 0; i < 30; i++) {
      await this.press(key);
      this.assertInside();
      if (match(this.active!)) return this.active!;
    }
    throw new Error(`${key} never reached the control (last: ${this.describe(this.active)})`);
  }

  /** Presses a key and checks focus stayed inside. */
  async hit(key: string): Promise<void> {
    await this.press(key);
    this.assertInside();
  }

  assertRings(): void {
    expect([...this.rings.values()].filter(Boolean), 'controls without a visible focus ring').to.deep.equal([]);
    expect(this.rings.size).to.be.greaterThan(3);
  }
}

const named = (name: string) => (c: HTMLElement) => (c.getAttribute('aria-label') ?? c.textContent ?? '').trim().startsWith(name);
const byId = (id: string) => (c: HTMLElement) => c.id === id;

async function setUp<T extends Widget>(template: ReturnType<typeof html>, tag: string): Promise<{ el: T; keys: Keyboard }> {
  const stage = await fixture(html`<div><button id="before">before</button>${template}</div>`);
  const el = stage.querySelector(tag) as T;
  await el.updateComplete;
  stage.querySelector<HTMLButtonElement>('#before')!.focus();
  return { el, keys: new Keyboard(el) };
}

describe('keyboard-only completion', function () {
  this.timeout(20000);
  afterEach(() => localStorage.clear());

  it('<tend-i-statement>: Done too early focuses the first missing field; the list, the fields and Done by keyboard', async () => {
    const { el, keys } = await setUp<Widget>(html`<tend-i-statement></tend-i-statement>`, 'tend-i-statement');
    await keys.tabTo(named('Done'));
    await keys.hit('Enter');
    await waitUntil(() => keys.active?.id === 'emotion', 'Done pressed too early moves focus to the first missing field');
    await keys.type('anx');
    await keys.hit('ArrowDown');
    expect(keys.active!.getAttribute('aria-activedescendant')).to.equal('option-0');
    await keys.hit('Enter');
    expect((keys.active as HTMLInputElement).value).to.equal('anxious');
    await keys.tabTo(byId('situation'));
    await keys.type("you don't text back for hours");
    await keys.tabTo(byId('need'));
    await keys.type('us to agree on communication expectations');
    await keys.tabTo(byId('reason'), 'Shift+Tab');
    await keys.type("I start worrying something's wrong");
    await keys.tabTo(named('Show an example'), 'Shift+Tab');
    await keys.hit(' ');
    expect(keys.active!.getAttribute('aria-expanded')).to.equal('true');
    await keys.tabTo(named('Check my sentence'));
    await keys.hit('Enter');
    await keys.tabTo(named('Done'));
    const completed = oneEvent(el, 'tend-complete');
    await keys.hit(' ');
    const { detail } = await completed;
    expect(detail.data.text).to.equal(
      "I feel anxious when you don't text back for hours because I start worrying something's wrong. I need us to agree on communication expectations.",
    );
    await keys.tabTo(named('Start over'));
    keys.assertRings();
  });

  it('<tend-stop-timer notes>: Start, Skip, a note, Done; focus follows when a button goes away', async () => {
    const { el, keys } = await setUp<Widget>(html`<tend-stop-timer notes durations="60 60 60 60"></tend-stop-timer>`, 'tend-stop-timer');
    await keys.tabTo(named('Start'));
    await keys.hit('Enter');
    expect(keys.active!.textContent!.trim(), 'the same button now pauses').to.equal('Pause');
    await keys.hit(' ');
    expect(keys.active!.textContent!.trim()).to.equal('Resume');
    await keys.hit('Enter');
    await keys.tabTo(named('Skip'));
    await keys.hit('Enter'); // → Take a breath
    await keys.hit(' '); // → Observe
    expect(keys.active!.textContent!.trim(), 'focus stays on Skip').to.equal('Skip');
    await keys.tabTo(byId('note-observe'), 'Shift+Tab');
    await keys.type('Tight chest');
    await keys.tabTo(named('Skip'));
    await keys.hit('Enter'); // → Proceed: Skip goes away, focus moves to the main button
    expect(el.shadowRoot!.querySelector('li[aria-current=step]')!.textContent).to.contain('Proceed');
    await keys.tabTo(named('Done'));
    const completed = oneEvent(el, 'tend-complete');
    await keys.hit('Enter'); // Done goes away too: focus moves to Reset
    const { detail } = await completed;
    expect(detail.data.notes.observe).to.equal('Tight chest');
    expect(keys.active!.textContent!.trim()).to.equal('Reset');
    keys.assertRings();
  });

  it('<tend-agreement>: fields, add with Enter, move and remove (focus on "Removed: …", Undo next), review by arrows, Done', async () => {
    const { el, keys } = await setUp<Widget>(html`<tend-agreement></tend-agreement>`, 'tend-agreement');
    await keys.tabTo(byId('with'));
    await keys.type('Alex');
    await keys.tabTo(byId('add-0'));
    await keys.type('A daily check in');
    await keys.hit('Enter');
    await keys.type('A weekly class');
    await keys.hit('Enter');
    expect(keys.active!.id, 'focus stays in the add field').to.equal('add-0');
    const [first, second] = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('li[part=item] textarea')];
    expect([first!.value, second!.value]).to.deep.equal(['A daily check in', 'A weekly class']);
    await keys.tabTo(named('Move down: A daily check in'), 'Shift+Tab');
    await keys.hit(' ');
    expect(keys.active!.getAttribute('aria-label'), 'focus follows the moved item').to.equal('Move down: A daily check in');
    expect([...el.shadowRoot!.querySelectorAll<HTMLInputElement>('li[part=item] textarea')].map((i) => i.value)).to.deep.equal([
      'A weekly class',
      'A daily check in',
    ]);
    await keys.tabTo(named('Remove A weekly class'), 'Shift+Tab');
    await keys.hit('Enter');
    expect(keys.active!.id, 'removing focuses "Removed: …"').to.equal('undo-message');
    await keys.hit('Tab');
    expect(keys.active!.textContent!.trim(), 'Undo is the next Tab').to.equal('Undo');
    await keys.tabTo(byId('cadence-monthly'));
    await keys.hit('ArrowDown');
    expect((keys.active as HTMLInputElement).value, 'the arrows choose among the radios').to.equal('quarterly');
    await keys.tabTo(named('Done'));
    const completed = oneEvent(el, 'tend-complete');
    await keys.hit('Enter');
    const { detail } = await completed;
    expect(detail.data.with).to.deep.equal(['Alex']);
    expect(detail.data.sections[0].items).to.deep.equal(['A daily check in']);
    expect(detail.data.review.cadence).to.equal('quarterly');
    keys.assertRings();
  });

  it('<tend-reflection-card>: Done too early focuses the answer; Next focuses the new card; Skip; Done', async () => {
    const { el, keys } = await setUp<Widget>(html`<tend-reflection-card deck="check-in"></tend-reflection-card>`, 'tend-reflection-card');
    await keys.tabTo(named('Done'));
    await keys.hit('Enter');
    await waitUntil(() => keys.active?.id === 'answer', 'Done pressed too early moves focus to the answer');
    await keys.type('Tired');
    await keys.tabTo(named('Next'));
    await keys.hit('Enter');
    expect(keys.active!.id, 'a new card focuses its answer').to.equal('answer');
    expect(el.shadowRoot!.querySelector('[part=progress]')!.textContent!.trim()).to.equal('2 of 5');
    await keys.tabTo(named('Skip'));
    await keys.hit(' ');
    expect(keys.active!.id).to.equal('answer');
    await keys.type('Lunch with Sam');
    await keys.tabTo(named('Previous'));
    await keys.hit('Enter');
    expect(el.shadowRoot!.querySelector('[part=progress]')!.textContent!.trim()).to.equal('2 of 5');
    await keys.tabTo(named('Done'));
    const completed = oneEvent(el, 'tend-complete');
    await keys.hit('Enter');
    const { detail } = await completed;
    expect(detail.data.answers.map((a: { answer: string }) => a.answer)).to.deep.equal(['Tired', '', 'Lunch with Sam', '', '']);
    keys.assertRings();
  });
});
