import { expect, fixture, html } from '@open-wc/testing';
import '../../src/entries/reflection-card.js';
import type { TendReflectionCard } from '../../src/entries/reflection-card.js';
import { button, textOf, type } from '../helpers/harness.js';
import { captureWarnings } from '../helpers/warnings.js';

describe('<tend-reflection-card prompts>: custom prompts as an attribute (which a server render shows)', () => {
  it('takes a JSON array of prompts in place of the deck, card by card', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<TendReflectionCard>(html`<tend-reflection-card prompts='["What went well this week?", "  What would I like   more of? "]'></tend-reflection-card>`);
      expect(el.value.deck).to.equal('custom');
      expect(textOf(el, 'label[for="answer"]')).to.equal('What went well this week?');
      await type(el, '#answer', 'A walk together');
      button(el, 'Next').click();
      await el.updateComplete;
      expect(textOf(el, 'label[for="answer"]')).to.equal('What would I like more of?');
      expect(el.value.answers).to.deep.equal([
        { prompt: 'What went well this week?', answer: 'A walk together' },
        { prompt: 'What would I like more of?', answer: '' },
      ]);
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });

  it('the property takes an array; prompt, prompts and children add up, in that order', async () => {
    const el = await fixture<TendReflectionCard>(html`<tend-reflection-card prompt="First?"><li>Last?</li></tend-reflection-card>`);
    el.prompts = ['Second?'];
    await el.updateComplete;
    expect(el.value.answers.map((answer) => answer.prompt)).to.deep.equal(['First?', 'Second?', 'Last?']);
  });

  it('bad prompts: the deck, with exactly one warning saying what it accepts', async () => {
    for (const bad of ['What went well?', '[1, 2]', '{"prompt": "a"}']) {
      const warnings = captureWarnings();
      try {
        const el = await fixture<TendReflectionCard>(html`<tend-reflection-card prompts=${bad}></tend-reflection-card>`);
        el.requestUpdate();
        await el.updateComplete;
        expect(el.value.deck, bad).to.equal('self-awareness');
        expect(warnings.messages, bad).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<tend-reflection-card>').and.contain('prompts=').and.contain('JSON array of prompts');
      } finally {
        warnings.restore();
      }
    }
  });
});
