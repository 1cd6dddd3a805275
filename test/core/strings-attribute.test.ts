import { expect, fixture, html } from '@open-wc/testing';
import '../../src/entries/i-statement.js';
import '../../src/entries/stop-timer.js';
import type { TendIStatement } from '../../src/entries/i-statement.js';
import type { TendStopTimer } from '../../src/entries/stop-timer.js';
import { textOf } from '../helpers/harness.js';
import { captureWarnings } from '../helpers/warnings.js';

describe('the strings attribute: reworded strings as JSON (which a server render shows)', () => {
  it('rewords by key, before a JSON child and the locale; the property takes the object', async () => {
    const el = await fixture<TendStopTimer>(html`<tend-stop-timer strings='{"heading": "STOP", "step.breathe.title": "Pause and breathe"}'
      ><script type="application/json" data-tend-strings>
        { "heading": "From the child", "start": "Begin" }
      </script></tend-stop-timer
    >`);
    expect(textOf(el, '[part~=heading]')).to.equal('STOP');
    expect(textOf(el, '[data-main]')).to.equal('Begin');
    el.strings = { heading: 'Set by script' };
    await el.updateComplete;
    expect(textOf(el, '[part~=heading]')).to.equal('Set by script');
  });

  it('bad strings: the element’s own words, with exactly one warning saying what it accepts', async () => {
    for (const bad of ['heading: Mine', '["heading"]', '"Mine"']) {
      const warnings = captureWarnings();
      try {
        const el = await fixture<TendIStatement>(html`<tend-i-statement strings=${bad}></tend-i-statement>`);
        el.requestUpdate();
        await el.updateComplete;
        expect(textOf(el, '[part~=heading]'), bad).to.equal('Say it without blame');
        expect(warnings.messages, bad).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<tend-i-statement>').and.contain('strings=').and.contain('JSON object of strings');
      } finally {
        warnings.restore();
      }
    }
  });
});
