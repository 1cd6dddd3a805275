// The I-statement form shared by the anchors: four labelled text fields (feel / when / because /
// need), an emotion picker filled with the same feelings vocabulary as <tend-i-statement>, a live
// preview of the composed sentence and a Done button that says what is still missing.
// Each anchor only supplies its library's components (a "kit"); the form logic is identical.
import { feelingsVocabulary } from '../../src/core/feelings.ts';

export const feelings = feelingsVocabulary.flatMap((group) => group.words);

export const fields = [
  { id: 'emotion', label: 'I feel…', hint: 'One feeling about you, such as anxious, hurt or lonely.' },
  { id: 'situation', label: 'when…', hint: 'What happened, as a camera would have seen it.' },
  { id: 'reason', label: 'because… (optional)', hint: 'Why it matters to you.' },
  { id: 'need', label: 'I need…', hint: 'One thing you would like to happen.' },
];

const clean = (text) => text.replace(/\s+/g, ' ').trim().replace(/[.\s]+$/, '');

/** "I feel … when … because …. I need …." with "…" for what is still missing. */
export function compose(parts) {
  const p = Object.fromEntries(Object.entries(parts).map(([key, value]) => [key, clean(value)]));
  const because = p.reason ? ` because ${p.reason}` : '';
  return `I feel ${p.emotion || '…'} when ${p.situation || '…'}${because}. I need ${p.need || '…'}.`;
}

const baseCss = `
  :host { display: block; font: inherit; color: inherit; }
  .form { display: grid; gap: 0.75rem; max-inline-size: 40rem; }
  .preview { margin: 0; padding: 0.75rem; border: 1px solid currentColor; border-radius: 0.5rem; }
  .status { margin: 0; min-block-size: 1.5em; }
`;

/**
 * Defines `tag` as the I-statement form built from `kit`:
 * - `kit.css`: extra CSS for the shadow root;
 * - `kit.field({ id, label, hint })`: a labelled text field element with a `value` property;
 * - `kit.picker(words, label)`: a select-like element whose `value` is the picked word;
 * - `kit.button(label)`: a button element;
 * - `kit.inputEvent` / `kit.changeEvent`: the events the fields and the picker fire.
 */
export function defineForm(tag, kit) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(baseCss + (kit.css ?? ''));

  class IStatementForm extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [sheet];
      const form = document.createElement('div');
      form.className = 'form';
      const heading = document.createElement('h2');
      heading.textContent = 'Say it without blame';
      this.inputs = fields.map((field) => kit.field(field));
      const picker = kit.picker(feelings, 'Pick a feeling');
      this.preview = document.createElement('p');
      this.preview.className = 'preview';
      this.preview.setAttribute('part', 'sentence');
      this.preview.setAttribute('aria-live', 'polite');
      const done = kit.button('Done');
      const status = document.createElement('p');
      status.className = 'status';
      status.setAttribute('role', 'status');
      form.append(heading, this.inputs[0], picker, ...this.inputs.slice(1), this.preview, done, status);
      root.append(form);

      const update = () => {
        this.preview.textContent = compose(this.value);
      };
      root.addEventListener(kit.inputEvent, update);
      picker.addEventListener(kit.changeEvent, () => {
        if (!picker.value) return;
        this.inputs[0].value = picker.value;
        update();
      });
      done.addEventListener('click', () => {
        const missing = fields.filter((f, i) => f.id !== 'reason' && !clean(this.inputs[i].value)).map((f) => f.label);
        status.textContent = missing.length ? `Still missing: ${missing.join(', ')}` : 'Done.';
        if (!missing.length) this.dispatchEvent(new CustomEvent('complete', { bubbles: true, composed: true, detail: this.value }));
      });
      update();
    }

    get value() {
      return Object.fromEntries(fields.map((field, i) => [field.id, this.inputs?.[i]?.value ?? '']));
    }

    /** Resolves once every library component in the form has rendered. */
    get updateComplete() {
      const parts = this.shadowRoot ? [...this.shadowRoot.querySelectorAll('*')] : [];
      return Promise.all(parts.map((el) => el.updateComplete)).then(() => true);
    }
  }

  if (!customElements.get(tag)) customElements.define(tag, IStatementForm);
}
