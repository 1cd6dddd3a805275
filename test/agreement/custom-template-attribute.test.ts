import { expect, fixture, html } from '@open-wc/testing';
import '../../src/entries/agreement.js';
import type { TendAgreement } from '../../src/entries/agreement.js';
import { $, press, type } from '../helpers/harness.js';
import { captureWarnings } from '../helpers/warnings.js';

const template = { title: 'Weekdays', sections: [{ id: 'evenings', title: 'Evenings', prompt: 'Which evenings are ours?', examples: ['Tuesday'] }, { title: 'Money' }] };

describe('<tend-agreement custom-template>: the custom template as an attribute (which a server render shows)', () => {
  it('takes the JSON, as a JSON child does, and the person writes into it', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<TendAgreement>(html`<tend-agreement custom-template=${JSON.stringify(template)}></tend-agreement>`);
      expect(el.value.title).to.equal('Weekdays');
      expect(el.value.sections.map((section) => section.title)).to.deep.equal(['Evenings', 'Money']);
      expect($(el, '#prompt-0').textContent).to.equal('Which evenings are ours?');
      expect($<HTMLInputElement>(el, '#add-0').placeholder).to.equal('For example: Tuesday');
      await type(el, '#add-0', 'Tuesday is ours');
      await press(el, '#add-0 + button');
      expect(el.value.sections[0]!.items).to.deep.equal(['Tuesday is ours']);
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('wins over template and over a JSON child; the property takes an object', async () => {
    const el = await fixture<TendAgreement>(html`<tend-agreement template="full" custom-template=${JSON.stringify(template)}
      ><script type="application/json">
        { "sections": [{ "title": "From the child" }] }
      </script></tend-agreement
    >`);
    expect(el.value.sections.map((section) => section.title)).to.deep.equal(['Evenings', 'Money']);
    el.customTemplate = { sections: [{ title: 'Holidays' }] };
    await el.updateComplete;
    expect(el.value.sections.map((section) => section.title)).to.deep.equal(['Holidays']);
  });

  it('a bad template: the default one, with exactly one warning naming custom-template', async () => {
    for (const bad of ['not json', '{"sections": []}', '<b>hi</b>']) {
      const warnings = captureWarnings();
      try {
        const el = await fixture<TendAgreement>(html`<tend-agreement custom-template=${bad}></tend-agreement>`);
        el.requestUpdate();
        await el.updateComplete;
        expect(el.value.sections.map((section) => section.id), bad).to.deep.equal(['time', 'boundaries', 'communication']);
        expect(warnings.messages, bad).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<tend-agreement>').and.contain('(custom-template)').and.contain('three-point');
      } finally {
        warnings.restore();
      }
    }
  });
});
