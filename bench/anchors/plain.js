// The floor: the same I-statement form as a plain custom element, no library at all. Native
// <input>s with <label>s; the emotion picker is a <datalist> of the feelings vocabulary on the
// "I feel" field (the browser's own type-to-filter suggestions).
import { defineForm } from './common.js';

let hints = 0;

defineForm('bench-plain-i-statement', {
  inputEvent: 'input',
  changeEvent: 'change',
  css: `
    .field { display: grid; gap: 0.25rem; }
    input, button { font: inherit; padding: 0.4rem 0.6rem; border-radius: 0.4rem; border: 1px solid #767676; }
    button { justify-self: start; background: #2a5bd7; color: white; border-color: #2a5bd7; }
  `,
  field({ id, label, hint }) {
    const wrapper = document.createElement('div');
    wrapper.className = 'field';
    const labelEl = document.createElement('label');
    const input = document.createElement('input');
    input.id = id;
    input.type = 'text';
    if (id === 'emotion') input.setAttribute('list', 'feelings');
    labelEl.htmlFor = id;
    labelEl.textContent = label;
    const hintEl = document.createElement('small');
    hintEl.id = `hint-${++hints}`;
    hintEl.textContent = hint;
    input.setAttribute('aria-describedby', hintEl.id);
    wrapper.append(labelEl, input, hintEl);
    Object.defineProperty(wrapper, 'value', {
      get: () => input.value,
      set: (value) => {
        input.value = value;
      },
    });
    return wrapper;
  },
  picker(words) {
    const list = document.createElement('datalist');
    list.id = 'feelings';
    for (const word of words) list.append(new Option(word, word));
    // Picking a suggestion fills the "I feel" field itself (an input event): nothing to copy.
    Object.defineProperty(list, 'value', { get: () => '' });
    return list;
  },
  button(label) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    return button;
  },
});
