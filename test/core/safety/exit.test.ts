import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/index.js';
import { exitNavigation } from '../../../src/core/safety/exit.js';
import { captureWarnings } from '../../helpers/warnings.js';
import { findButton } from '../../helpers/harness.js';

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
});
