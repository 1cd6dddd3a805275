import { html } from 'lit';
import '../../src/entries/agreement.js';
import type { TendAgreement } from '../../src/entries/agreement.js';
import { key, press, type, type Example } from './example.js';

const addItem = async (el: TendAgreement, section: number, text: string) => {
  await type(el, `#add-${section}`, text);
  await press(el, `#add-${section} + button`);
};

const customTemplate = JSON.stringify({
  title: 'House rules',
  sections: [{ title: 'Evenings', prompt: 'How we spend them.', examples: ['Phones away at dinner'] }],
});

/** `<tend-agreement>` empty, being written, checked and finished. */
export const agreementExamples: Example<TendAgreement>[] = [
  { name: 'Three-point template', template: html`<tend-agreement></tend-agreement>` },
  {
    name: 'Full template, reviewed',
    template: html`<tend-agreement template="full" with="Alex, Sam" review="quarterly" reviewed="2025-03-31"></tend-agreement>`,
  },
  { name: 'Blank template', template: html`<tend-agreement template="blank"></tend-agreement>` },
  {
    name: 'Custom template (JSON child)',
    template: html`<tend-agreement
      ><script type="application/json">
        { "title": "House rules", "sections": [{ "title": "Evenings", "prompt": "How we spend them.", "examples": ["Phones away at dinner"] }] }
      </script></tend-agreement
    >`,
  },
  {
    name: 'Custom template as an attribute (a server render shows it)',
    template: html`<tend-agreement custom-template=${customTemplate}></tend-agreement>`,
  },
  {
    name: 'Items added, one being edited',
    template: html`<tend-agreement with="Alex"></tend-agreement>`,
    setup: async (el) => {
      await addItem(el, 0, 'A daily check in');
      await addItem(el, 0, 'A weekly class on my own');
      await addItem(el, 1, 'Separate homes');
      await type(el, 'li[part=item] textarea', ' after dinner');
    },
  },
  {
    name: 'Done pressed too early: error',
    template: html`<tend-agreement></tend-agreement>`,
    setup: (el) => press(el, 'button.primary'),
  },
  {
    name: 'Reviewed today, weekly',
    template: html`<tend-agreement reviewed="2025-03-31"></tend-agreement>`,
    setup: async (el) => {
      await addItem(el, 2, 'Weekly check ins');
      await press(el, '#cadence-weekly');
      await press(el, 'section[part=review] button');
    },
  },
  {
    name: 'Completed',
    template: html`<tend-agreement></tend-agreement>`,
    setup: async (el) => {
      await addItem(el, 0, 'A daily check in');
      await press(el, 'button.primary');
    },
  },
  { name: 'Spanish', template: html`<tend-agreement lang="es" with="Alex"></tend-agreement>` },
  {
    name: 'Right to left, with items',
    template: html`<div dir="rtl"><tend-agreement></tend-agreement></div>`,
    setup: (el) => addItem(el, 0, 'A daily check in'),
  },
  {
    name: 'Words of danger: support note',
    template: html`<tend-agreement exit-url="https://www.bbc.co.uk/weather"></tend-agreement>`,
    setup: (el) => type(el, '#add-0', 'He checks where I am and takes my phone'),
  },
  {
    name: 'Removed, Undo offered',
    template: html`<tend-agreement></tend-agreement>`,
    setup: async (el) => {
      await type(el, '#add-0', 'Tuesday evenings');
      await key(el, '#add-0', 'Enter');
      await press(el, 'button.remove');
    },
  },
];
