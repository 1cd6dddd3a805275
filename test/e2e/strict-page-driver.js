// Runs inside the strict page: completes every widget as a person would (buttons pressed, fields
// typed through their inputs) and reports to the node side through window.__strictResult.
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));

const tags = ['tend-i-statement', 'tend-stop-timer', 'tend-agreement', 'tend-reflection-card'];
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function buttons(el) {
  return [...el.shadowRoot.querySelectorAll('button')];
}
function press(el, prefix) {
  const button = buttons(el).find((b) => b.textContent.trim().startsWith(prefix));
  button?.click();
  return Boolean(button);
}
function type(input, text) {
  input.focus();
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: text, inputType: 'insertText' }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

async function complete(el) {
  const done = new Promise((resolve) => el.addEventListener('tend-complete', resolve, { once: true }));
  if (el.localName === 'tend-stop-timer') {
    press(el, 'Start');
  } else {
    if (el.localName === 'tend-agreement') {
      const input = [...el.shadowRoot.querySelectorAll('input')].find((i) => !i.value && i.closest('[part~="section"], section, li, div'));
      const add = el.shadowRoot.querySelector('input[id*="new"], input[data-new-item], [part~="new-item"] input, input[part~="new-item"]') ?? input;
      type(add, 'Sunday walks together');
      add.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      await el.updateComplete;
    }
    if (el.localName === 'tend-reflection-card') {
      type(el.shadowRoot.querySelector('textarea'), 'A long walk.');
      await el.updateComplete;
    }
    for (const prefix of ['Copy', 'Download']) {
      for (const button of buttons(el).filter((b) => b.textContent.trim().startsWith(prefix))) button.click();
    }
    await wait(50);
    press(el, 'Done');
  }
  return Promise.race([done.then(() => true), wait(15000).then(() => false)]);
}

const widgets = [];
for (const tag of tags) {
  await customElements.whenDefined(tag);
  const el = document.querySelector(tag);
  await el.updateComplete;
  const styled = el.shadowRoot.adoptedStyleSheets.length > 0 || el.shadowRoot.querySelector('style') !== null;
  let completed = false;
  let error = '';
  try {
    completed = await complete(el);
  } catch (e) {
    error = String(e);
  }
  widgets.push({ tag, styled, completed, error });
}
window.__strictResult = { violations, widgets };
