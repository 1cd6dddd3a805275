// The I-statement form built from Web Awesome 3 components (cherry-picked: wa-input, wa-select,
// wa-option, wa-button). Needs Web Awesome's default theme CSS on the page for its design tokens.
import '@awesome.me/webawesome/dist/components/input/input.js';
import '@awesome.me/webawesome/dist/components/select/select.js';
import '@awesome.me/webawesome/dist/components/option/option.js';
import '@awesome.me/webawesome/dist/components/button/button.js';
import { defineForm } from './common.js';

defineForm('bench-webawesome-i-statement', {
  inputEvent: 'input',
  changeEvent: 'change',
  field({ id, label, hint }) {
    const input = document.createElement('wa-input');
    input.id = id;
    input.setAttribute('label', label);
    input.setAttribute('hint', hint);
    return input;
  },
  picker(words, label) {
    const select = document.createElement('wa-select');
    select.setAttribute('label', label);
    select.setAttribute('placeholder', 'Feeling words');
    for (const word of words) {
      const option = document.createElement('wa-option');
      option.value = word;
      option.textContent = word;
      select.append(option);
    }
    return select;
  },
  button(label) {
    const button = document.createElement('wa-button');
    button.setAttribute('variant', 'brand');
    button.textContent = label;
    return button;
  },
});
