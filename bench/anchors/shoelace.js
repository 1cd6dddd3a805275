// The I-statement form built from Shoelace 2 components (cherry-picked: sl-input, sl-select,
// sl-option, sl-button). Needs Shoelace's light theme CSS on the page for its design tokens.
import '@shoelace-style/shoelace/dist/components/input/input.js';
import '@shoelace-style/shoelace/dist/components/select/select.js';
import '@shoelace-style/shoelace/dist/components/option/option.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import { defineForm } from './common.js';

defineForm('bench-shoelace-i-statement', {
  inputEvent: 'sl-input',
  changeEvent: 'sl-change',
  field({ id, label, hint }) {
    const input = document.createElement('sl-input');
    input.id = id;
    input.setAttribute('label', label);
    input.setAttribute('help-text', hint);
    return input;
  },
  picker(words, label) {
    const select = document.createElement('sl-select');
    select.setAttribute('label', label);
    select.setAttribute('placeholder', 'Feeling words');
    for (const word of words) {
      const option = document.createElement('sl-option');
      option.value = word;
      option.textContent = word;
      select.append(option);
    }
    return select;
  },
  button(label) {
    const button = document.createElement('sl-button');
    button.setAttribute('variant', 'primary');
    button.textContent = label;
    return button;
  },
});
