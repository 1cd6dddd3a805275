// The I-statement form built from Material Web components (md-outlined-text-field,
// md-outlined-select, md-select-option, md-filled-button). No theme CSS is required.
import '@material/web/textfield/outlined-text-field.js';
import '@material/web/select/outlined-select.js';
import '@material/web/select/select-option.js';
import '@material/web/button/filled-button.js';
import { defineForm } from './common.js';

defineForm('bench-material-i-statement', {
  inputEvent: 'input',
  changeEvent: 'change',
  field({ id, label, hint }) {
    const input = document.createElement('md-outlined-text-field');
    input.id = id;
    input.setAttribute('label', label);
    input.setAttribute('supporting-text', hint);
    return input;
  },
  picker(words, label) {
    const select = document.createElement('md-outlined-select');
    select.setAttribute('label', label);
    for (const word of words) {
      const option = document.createElement('md-select-option');
      option.value = word;
      const headline = document.createElement('div');
      headline.slot = 'headline';
      headline.textContent = word;
      option.append(headline);
      select.append(option);
    }
    return select;
  },
  button(label) {
    const button = document.createElement('md-filled-button');
    button.textContent = label;
    return button;
  },
});
