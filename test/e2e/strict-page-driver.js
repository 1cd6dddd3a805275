// Runs inside the strict page: completes every widget as a person would (buttons pressed, fields
// typed through their inputs) and reports to the node side through window.__strictResult.
const violations = [];
document.addEventListener('securitypolicyviolation', (event) =>
  violations.push(`${event.violatedDirective} ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber} ${event.sample}`),
);

// Every element on the page (the page holds each of the registry's: test/e2e/strict-page.mjs).
const tags = [...new Set([...document.body.children].map((el) => el.localName).filter((name) => name.startsWith('tend-')))];
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

/** Done on an exercise that keeps a history, then each download the kept entry offers. */
async function keepThenDownload(el) {
  await el.updateComplete;
  if (!press(el, 'Done')) throw new Error('no Done button');
  await el.updateComplete;
  const downloads = buttons(el).filter((b) => b.textContent.trim().startsWith('Download'));
  if (downloads.length < 2) throw new Error(`the kept ${el.localName} offers no downloads`);
  for (const button of downloads) {
    button.click();
    await wait(20);
  }
  pressed.push(...downloads.map((b) => `${el.localName}: ${b.textContent.trim()}`));
}

async function complete(el) {
  const done = new Promise((resolve) => el.addEventListener('tend-complete', resolve, { once: true }));
  if (el.localName === 'tend-stop-timer') {
    press(el, 'Start');
  } else if (el.localName === 'tend-check-in') {
    // A feeling, a highlight and a challenge, Done; the kept check-in then offers its downloads.
    el.shadowRoot.querySelector('[part~="feeling"]').click();
    type(el.shadowRoot.querySelector('#highlight'), 'A long walk.');
    type(el.shadowRoot.querySelector('#challenge'), 'A late train.');
    await keepThenDownload(el);
  } else if (el.localName === 'tend-jealousy-journal') {
    // What happened and a feeling, Done; the kept entry then offers the journal's downloads.
    el.shadowRoot.querySelector('[part~="feeling"]').click();
    type(el.shadowRoot.querySelector('#situation'), 'They went out without me.');
    await keepThenDownload(el);
  } else if (el.localName === 'tend-active-listening') {
    // One round as a pair does it: what was said, passed on, heard, checked ("That's it"), a validation, Done.
    const step = async (act) => {
      if (act() === false) throw new Error('a step of the round is missing');
      await el.updateComplete;
    };
    await step(() => type(el.shadowRoot.querySelector('#said'), 'I felt alone at dinner.'));
    await step(() => press(el, 'Pass to'));
    await step(() => type(el.shadowRoot.querySelector('#heard'), 'You felt alone at dinner.'));
    await step(() => press(el, 'Check with'));
    await step(() => press(el, "That's it"));
    await step(() => type(el.shadowRoot.querySelector('#validation'), 'It makes sense that you felt alone.'));
    if (!press(el, 'Done')) throw new Error('no Done button');
  } else {
    if (el.localName === 'tend-agreement') {
      // The first section's "Add to …" field, then Enter (as a person adds an item).
      const add = el.shadowRoot.querySelector('#add-0');
      type(add, 'Sunday walks together');
      add.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      await el.updateComplete;
      if (!el.value.sections[0].items.includes('Sunday walks together')) throw new Error('the item was not added');
    }
    if (el.localName === 'tend-flow') {
      // Its one step, finished by its own Done: the flow moves on to its summary.
      // The autoloader may define the step's element a moment after the flow's: wait for it to render.
      await customElements.whenDefined('tend-i-statement');
      const step = el.querySelector('tend-i-statement');
      while (!step.hasUpdated) await wait(20);
      await step.updateComplete;
      if (!press(step, 'Done')) throw new Error('no Done in the step');
      await wait(50);
      await el.updateComplete;
      if (!el.shadowRoot.querySelector('[part~=summary]')) throw new Error('the flow did not reach its summary');
    }
    if (el.localName === 'tend-repair') {
      // The four steps Done asks for; the follow-up's calendar reminder is a download too.
      const steps = { part: 'I was on my phone all through dinner', impact: 'You felt alone', apology: 'ignoring you', plan: 'leave my phone in the other room' };
      for (const [id, words] of Object.entries(steps)) type(el.shadowRoot.querySelector(`#${id}`), words);
      await el.updateComplete;
      if (!el.value.text) throw new Error('no words were composed');
      if (!press(el, 'Add the follow-up')) throw new Error('no calendar reminder');
      pressed.push(`${el.localName}: Add the follow-up to my calendar`);
      await wait(20);
    }
    if (el.localName === 'tend-reflection-card') {
      type(el.shadowRoot.querySelector('#answer'), 'A long walk.');
      await el.updateComplete;
      if (el.value.answers[0].answer !== 'A long walk.') throw new Error('the answer was not kept');
    }
    // Every take-away: copy to the clipboard and each download (Markdown, .ics), made from Blobs in the page.
    const takeAway = buttons(el).filter((b) => /^(Copy|Download)/.test(b.textContent.trim()));
    if (el.localName !== 'tend-i-statement' && !takeAway.some((b) => b.textContent.trim().startsWith('Download'))) {
      throw new Error('no download button found');
    }
    for (const button of takeAway) {
      button.click();
      await wait(20);
    }
    pressed.push(...takeAway.map((b) => `${el.localName}: ${b.textContent.trim()}`));
    await wait(50);
    said.push(`${el.localName}: ${el.shadowRoot.querySelector('[part~=status]')?.textContent.trim() ?? ''}`);
    if (!press(el, 'Done')) throw new Error('no Done button');
  }
  return Promise.race([done.then(() => true), wait(15000).then(() => false)]);
}

const widgets = [];
const pressed = [];
/** What each element said after its take-away buttons were pressed. */
const said = [];
for (const tag of tags) {
  await customElements.whenDefined(tag);
  const el = document.querySelector(`${tag}:not([data-danger])`);
  // Far below the fold an element renders once it comes near the screen (the autoloader defines them one by one).
  el.scrollIntoView();
  while (!el.hasUpdated) await wait(20);
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
/** The autoloader's page: words of danger in a second reflection card bring the support note (the watch is a chunk). */
let note = null;
const danger = document.querySelector('[data-danger]');
if (danger) {
  await customElements.whenDefined(danger.localName);
  danger.scrollIntoView();
  while (!danger.hasUpdated) await wait(20);
  await danger.updateComplete;
  type(danger.shadowRoot.querySelector('#answer'), 'he hit me again last night');
  const deadline = Date.now() + 15000;
  while (!danger.shadowRoot.querySelector('[part~=support]') && Date.now() < deadline) await wait(50);
  note = danger.shadowRoot.querySelector('[part~=support]') !== null;
}
window.__strictResult = { violations, widgets, pressed, said, note };
