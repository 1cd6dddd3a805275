import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/entries/i-statement.js';
import type { TendIStatement } from '../../src/entries/i-statement.js';

async function typeInto(el: TendIStatement, id: string, text: string): Promise<void> {
  el.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!.focus();
  await sendKeys({ type: text });
}

describe('forms: a therapist\'s intake form (plain HTML, method="post")', () => {
  it('submits the composed sentence under the element\'s name, as the server receives it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <iframe name="intake-result" title="Submission result"></iframe>
      <form method="post" action="/__tend/intake" target="intake-result">
        <input name="client" value="Sam" />
        <tend-i-statement name="i_statement"></tend-i-statement>
        <button>Send</button>
      </form>
    </div>`);
    const form = wrapper.querySelector('form')!;
    const el = wrapper.querySelector<TendIStatement>('tend-i-statement')!;
    await typeInto(el, 'emotion', 'anxious');
    await typeInto(el, 'situation', 'plans change at the last minute');
    await typeInto(el, 'need', 'us to agree on a heads-up');
    const frame = wrapper.querySelector('iframe')!;
    const loaded = oneEvent(frame, 'load');
    form.requestSubmit();
    await loaded;
    const body = new URLSearchParams(frame.contentDocument!.body.textContent!);
    expect(body.get('client')).to.equal('Sam');
    expect(body.get('i_statement')).to.equal('I feel anxious when plans change at the last minute. I need us to agree on a heads-up.');
  });

  it('with required, blocks submission until the sentence can be composed', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><tend-i-statement name="s" required></tend-i-statement></form>`);
    const el = form.querySelector<TendIStatement>('tend-i-statement')!;
    expect(form.checkValidity()).to.equal(false);
    expect(el.validity?.valueMissing).to.equal(true);
    el.value = { emotion: 'calm', situation: 'we talk', reason: '', need: 'more of that', text: '' };
    expect(form.checkValidity()).to.equal(true);
    expect(new FormData(form).get('s')).to.equal('I feel calm when we talk. I need more of that.');
  });

  it('the form reset resets the widget, as reset() does', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><tend-i-statement name="s"></tend-i-statement></form>`);
    const el = form.querySelector<TendIStatement>('tend-i-statement')!;
    await typeInto(el, 'emotion', 'hurt');
    expect(el.value.emotion).to.equal('hurt');
    form.reset();
    expect(el.value.emotion).to.equal('');
    expect(new FormData(form).get('s')).to.equal('');
  });
});
