import { expect, fixture, html } from '@open-wc/testing';
import '../../src/entries/i-statement.js';
import type { TendIStatement } from '../../src/entries/i-statement.js';
import { sendKeys } from '@web/test-runner-commands';

/**
 * What one keystroke costs: the calls of the compose and safety modules are counted by the test runner
 * (test/helpers/count-calls.mjs wraps their exported functions), the element's data by wrapping its
 * `currentData`. One edit computes its data once and hands it to the draft, the form and the event
 * (src/core/state-controller.ts); the sentence is composed once for the data and the preview alike.
 */
const calls: Record<string, number> = {};
(globalThis as Record<symbol, unknown>)[Symbol.for('tend-widgets.calls')] = (name: string) => (calls[name] = (calls[name] ?? 0) + 1);

type Counted = TendIStatement & { currentData(): unknown };

/** Counts what typing `key` into the "when" field computes, until its render is done. */
async function oneKeystroke(el: TendIStatement, key: string) {
  const counted = el as Counted;
  const own = counted.currentData.bind(el);
  let data = 0;
  counted.currentData = () => (data++, own());
  const events: Event[] = [];
  el.addEventListener('tend-change', (event) => events.push(event));
  const field = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#situation')!;
  field.focus();
  field.setSelectionRange(field.value.length, field.value.length);
  for (const name of Object.keys(calls)) delete calls[name];
  await sendKeys({ type: key });
  await el.updateComplete;
  return { sentence: calls.composition ?? 0, safety: calls.assessSafety ?? 0, data, events };
}

describe('one keystroke in the I-statement', () => {
  it('composes the sentence once, checks for danger once and reads the data once before one tend-change leaves (a kept draft, in a form)', async () => {
    localStorage.removeItem('tend:v1:i-statement:keystroke');
    const form = await fixture<HTMLFormElement>(html`<form>
      <tend-i-statement name="statement" persist="keystroke" emotion="hurt" situation="you are late" need="a call"></tend-i-statement>
    </form>`);
    const el = form.querySelector('tend-i-statement')!;
    await el.updateComplete;
    const counted = await oneKeystroke(el, 'r');

    expect(counted.events).to.have.length(1);
    expect(counted.sentence, 'compositions of the sentence').to.equal(1);
    expect(counted.safety, 'danger checks').to.equal(1);
    expect(counted.data, "readings of the element's data").to.equal(1);
    // What the one reading was handed to: the event, the kept draft and the form's value agree.
    const sentence = 'I feel hurt when you are later. I need a call.';
    expect((counted.events[0] as CustomEvent<{ data: { text: string } }>).detail.data.text).to.equal(sentence);
    expect(JSON.parse(localStorage.getItem('tend:v1:i-statement:keystroke')!).data.text).to.equal(sentence);
    expect(new FormData(form).get('statement')).to.equal(sentence);
    expect(el.shadowRoot!.querySelector('#sentence')!.textContent).to.equal(sentence);
    localStorage.removeItem('tend:v1:i-statement:keystroke');
  });
});
