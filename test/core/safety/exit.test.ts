import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/entries/index.js';
import { exitNavigation, keyboardSignal } from '../../../src/core/safety/exit-controller.js';
import { captureWarnings } from '../../helpers/warnings.js';
import { findButton, settle, type } from '../../helpers/harness.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const leaveButton = (el: Widget) => findButton(el, /^Leave this page$/) ?? null;

function key(type: 'keydown' | 'keyup', name: string, target: EventTarget = document.body): void {
  target.dispatchEvent(new KeyboardEvent(type, { key: name, bubbles: true, composed: true, shiftKey: name === 'Shift' }));
}

const pressShift = () => {
  key('keydown', 'Shift');
  key('keyup', 'Shift');
};

describe('safety: exit-url ("Leave this page")', () => {
  let visited: string[];
  const replace = exitNavigation.replace;
  beforeEach(() => {
    visited = [];
    exitNavigation.replace = (url: string) => void visited.push(url);
  });
  afterEach(() => {
    exitNavigation.replace = replace;
  });

  for (const tag of ['tend-i-statement', 'tend-stop-timer', 'tend-agreement', 'tend-reflection-card', 'tend-check-in']) {
    it(`<${tag}>: a "Leave this page" button replaces the page with the URL at once and hides the widget`, async () => {
      const el = await fixture<Widget>(html`<div></div>`);
      el.innerHTML = `<${tag} exit-url="https://www.bbc.co.uk/weather"></${tag}>`;
      const widget = el.firstElementChild as Widget;
      await widget.updateComplete;
      const button = leaveButton(widget)!;
      expect(button, 'Leave this page').to.exist;
      button.click();
      await widget.updateComplete;
      expect(visited).to.deep.equal(['https://www.bbc.co.uk/weather']);
      expect(widget.shadowRoot!.querySelector('[part~=heading]')).to.equal(null);
    });
  }

  it('leaves after Shift is pressed on its own three times, saying how many presses are left', async () => {
    const el = await fixture<Widget>(html`<tend-i-statement exit-url="https://example.com/safe"></tend-i-statement>`);
    pressShift();
    pressShift();
    expect(visited).to.deep.equal([]);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(el.shadowRoot!.querySelector('[aria-live=polite]')!.textContent).to.contain('press once more');
    pressShift();
    expect(visited).to.deep.equal(['https://example.com/safe']);
  });

  it('does not count Shift used to type a capital letter, nor presses broken by another key', async () => {
    await fixture<Widget>(html`<tend-i-statement exit-url="https://example.com/safe"></tend-i-statement>`);
    for (let i = 0; i < 3; i++) {
      key('keydown', 'Shift');
      key('keydown', 'I');
      key('keyup', 'I');
      key('keyup', 'Shift');
    }
    pressShift();
    pressShift();
    key('keydown', 'a');
    pressShift();
    expect(visited).to.deep.equal([]);
  });

  it('without exit-url: no button, and Shift does nothing', async () => {
    const el = await fixture<Widget>(html`<tend-i-statement></tend-i-statement>`);
    expect(leaveButton(el)).to.equal(null);
    pressShift();
    pressShift();
    pressShift();
    expect(visited).to.deep.equal([]);
  });

  for (const bad of ['javascript:alert(1)', 'not a url', '/relative/path', 'data:text/html,hi', 'ftp://example.com']) {
    it(`rejects exit-url=${JSON.stringify(bad)} with one warning and no button`, async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<Widget>(html`<tend-agreement exit-url=${bad}></tend-agreement>`);
        await el.updateComplete;
        expect(leaveButton(el)).to.equal(null);
        const mine = warnings.messages.filter((m) => m.includes('exit-url'));
        expect(mine).to.have.length(1);
        expect(mine[0]).to.contain('<tend-agreement>');
        expect(mine[0]).to.contain(JSON.stringify(bad));
        pressShift();
        pressShift();
        pressShift();
        expect(visited).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });
  }

  describe('within reach, and the Shift hint only where there is a keyboard', () => {
    const finePointer = keyboardSignal.finePointer;
    afterEach(() => (keyboardSignal.finePointer = finePointer));
    const hint = (el: Widget) => el.shadowRoot!.querySelector('.exit-hint');

    it('stays at the top of the screen while the person is anywhere in the widget (sticky)', async () => {
      const el = await fixture<Widget>(html`<tend-check-in exit-url="https://example.com/safe"></tend-check-in>`);
      const row = el.shadowRoot!.querySelector<HTMLElement>('.exit')!;
      expect(getComputedStyle(row).position).to.equal('sticky');
      expect(getComputedStyle(row).top).to.equal('0px');
      expect(getComputedStyle(row).backgroundColor, 'opaque over what scrolls beneath').not.to.equal('rgba(0, 0, 0, 0)');
    });

    it('a touch phone (no fine pointer, no key of a physical keyboard) never sees "press Shift three times"', async () => {
      keyboardSignal.finePointer = () => false;
      const el = await fixture<Widget>(html`<tend-i-statement exit-url="https://example.com/safe"></tend-i-statement>`);
      expect(hint(el)).to.equal(null);
      expect(leaveButton(el)!.hasAttribute('aria-describedby')).to.equal(false);
      // An on-screen keyboard's letters are no sign of a physical keyboard.
      await type(el, '#emotion', 'calm');
      key('keydown', 'a');
      await settle(el);
      expect(hint(el)).to.equal(null);
    });

    it('shows the hint once a key only a physical keyboard has is pressed (Tab, Shift…)', async () => {
      keyboardSignal.finePointer = () => false;
      const el = await fixture<Widget>(html`<tend-i-statement exit-url="https://example.com/safe"></tend-i-statement>`);
      key('keydown', 'Tab');
      await settle(el);
      expect(hint(el)!.textContent).to.contain('Shift three times');
      expect(leaveButton(el)!.getAttribute('aria-describedby')).to.equal('exit-hint');
    });

    it('shows the hint with a mouse or trackpad (any-pointer: fine)', async () => {
      keyboardSignal.finePointer = () => true;
      const el = await fixture<Widget>(html`<tend-i-statement exit-url="https://example.com/safe"></tend-i-statement>`);
      expect(hint(el)!.textContent).to.contain('Shift three times');
    });
  });

  it("a flow's exit-url and support line: one \"Leave this page\" at the flow's top, one in a step's note with the flow's line; Shift three times leaves once", async () => {
    const flow = await fixture<Widget>(
      html`<tend-flow exit-url="https://example.com/safe"
        ><p slot="support">Call our practice on 555 0100.</p><tend-reflection-card></tend-reflection-card
      ></tend-flow>`,
    );
    const step = flow.querySelector<Widget>('tend-reflection-card')!;
    await step.updateComplete;
    expect(leaveButton(flow), "the flow's").to.exist;
    expect(leaveButton(step), 'none at the top of the step').to.equal(null);
    await type(step, '#answer', 'he hit me');
    const inNote = step.shadowRoot!.querySelector<HTMLButtonElement>('[part~=support] [part~=exit]')!;
    expect(inNote.textContent!.trim()).to.equal('Leave this page');
    expect(step.shadowRoot!.querySelector('[part~=support]')!.textContent).to.contain('Call our practice on 555 0100.').and.not.to.contain('crisis line');
    pressShift();
    pressShift();
    pressShift();
    expect(visited).to.deep.equal(['https://example.com/safe']);
    inNote.click();
    expect(visited).to.deep.equal(['https://example.com/safe', 'https://example.com/safe']);
  });
});
