import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/entries/i-statement.js';
import '../../src/entries/stop-timer.js';
import '../../src/entries/agreement.js';
import '../../src/entries/reflection-card.js';
import { accessibilityTree, isChromium, type Widget } from './helpers.js';
import { press, type } from '../helpers/harness.js';
import { skipBecause } from '../helpers/skip.js';

interface AxNode {
  role: string;
  name?: string;
  value?: string;
  description?: string;
  expanded?: boolean;
  invalid?: string;
  disabled?: boolean;
  children?: AxNode[];
}

let counter = 0;
async function mount(template: ReturnType<typeof html>): Promise<Widget> {
  const id = `sr-${++counter}`;
  const stage = await fixture(html`<div id=${id}>${template}</div>`);
  const el = stage.firstElementChild as Widget;
  await el.updateComplete;
  return el;
}

/** The accessibility tree of the element's stage (Chromium, through puppeteer), flattened. */
async function tree(el: Widget): Promise<AxNode[]> {
  await el.updateComplete;
  const root = (await accessibilityTree(`#${el.parentElement!.id}`)) as AxNode | null;
  if (!root) throw new Error('no accessibility tree: add tendA11yCommands() (test/a11y/commands.mjs) to web-test-runner.config.mjs');
  const all: AxNode[] = [];
  const walk = (node: AxNode) => {
    all.push(node);
    node.children?.forEach(walk);
  };
  walk(root);
  return all;
}

const find = (nodes: AxNode[], role: string, name: string | RegExp) => {
  const found = nodes.find((n) => n.role === role && (typeof name === 'string' ? n.name === name : name.test(n.name ?? '')));
  if (!found) throw new Error(`no ${role} named ${name}; have ${nodes.filter((n) => n.role === role).map((n) => n.name).join(' | ')}`);
  return found;
};

/**
 * What the polite live region says after `action`: the announcer clears the region and speaks a
 * moment later, so wait (up to 1.5 s) for a message other than the one before.
 */
async function announced(el: Widget, action: () => Promise<void>): Promise<string> {
  const region = el.shadowRoot!.querySelector('[aria-live=polite]')!;
  const before = region.textContent!.trim();
  await action();
  for (let waited = 0; waited < 1500; waited += 20) {
    const now = region.textContent!.trim();
    if (now && now !== before) return now;
    await aTimeout(20);
  }
  return region.textContent!.trim();
}

describe('screen reader semantics', function () {
  this.timeout(15000);
  afterEach(() => localStorage.clear());

  describe('accessibility tree (Chromium)', () => {
    beforeEach(function () {
      if (!isChromium) skipBecause(this, 'the accessibility tree is read through puppeteer\'s CDP (Chromium only)');
    });

    it('<tend-i-statement>: a region, a combobox, three text boxes, buttons with states; errors make fields invalid', async () => {
      const el = await mount(html`<tend-i-statement></tend-i-statement>`);
      let nodes = await tree(el);
      find(nodes, 'region', 'Say it without blame');
      find(nodes, 'heading', 'Say it without blame');
      const combo = find(nodes, 'combobox', /^I feel/);
      expect(combo.expanded).to.equal(false);
      expect(combo.description).to.match(/^One word for what you feel/);
      for (const name of [/^when/, /^because.*optional/, /^I need/]) find(nodes, 'textbox', name);
      expect(find(nodes, 'button', 'Show an example').expanded).to.equal(false);
      expect(find(nodes, 'button', 'Show feeling words').expanded).to.equal(false);
      find(nodes, 'button', 'Done');
      await press(el, 'button.primary');
      nodes = await tree(el);
      expect(find(nodes, 'combobox', /^I feel/).invalid).to.equal('true');
      expect(find(nodes, 'combobox', /^I feel/).description).to.contain('Error: Write how you feel');
      expect(find(nodes, 'textbox', /^because/).invalid).to.equal(undefined);
      await press(el, 'button.toggle');
      nodes = await tree(el);
      expect(find(nodes, 'combobox', /^I feel/).expanded).to.equal(true);
      find(nodes, 'listbox', 'Feeling words');
      find(nodes, 'option', 'anxious');
    });

    it('<tend-stop-timer>: named steps list and buttons; the visible countdown stays out of the tree', async () => {
      const el = await mount(html`<tend-stop-timer durations="75 2 3 4"></tend-stop-timer>`);
      let nodes = await tree(el);
      const steps = find(nodes, 'list', 'Steps');
      const spoken = (node: AxNode): string => [node.name ?? '', ...(node.children ?? []).map(spoken)].join(' ');
      // The length is read as words ("75 seconds"); the visible "1:15" beside it is hidden.
      expect(spoken(steps).replace(/\s+/g, ' ')).to.match(/Stop.*75 seconds.*Take a breath.*2 seconds/);
      expect(spoken(steps)).to.not.contain('1:15');
      find(nodes, 'button', 'Start');
      await press(el, '[data-main]');
      nodes = await tree(el);
      find(nodes, 'heading', 'Step 1 of 4: Stop');
      expect(nodes.filter((n) => n.role === 'button').map((n) => n.name)).to.deep.equal(['Pause', 'Skip', 'Reset']);
      const visible = el.shadowRoot!.querySelector('[part~=countdown]')!.textContent!.trim();
      expect(visible).to.match(/^1:1\d$/);
      const clocks = nodes.filter((n) => /\d:\d\d/.test(`${n.name ?? ''} ${n.value ?? ''}`));
      expect(clocks.map((n) => n.name), 'no m:ss text in the tree').to.deep.equal([]);
      // The time left, for a screen reader that asks: a timer named in words, to the nearest ten seconds.
      find(nodes, 'timer', /^About 1 minute 10 seconds left in this step\.$|^About 1 minute 20 seconds left in this step\.$/);
    });

    it('<tend-agreement>: labelled fields, named item buttons, a group for taking it away', async () => {
      const el = await mount(html`<tend-agreement with="Alex"></tend-agreement>`);
      await type(el, '#add-0', 'A daily check in');
      await press(el, '#add-0 + button');
      const nodes = await tree(el);
      find(nodes, 'textbox', 'Title');
      expect(find(nodes, 'textbox', 'With').description).to.match(/names of the people/);
      find(nodes, 'textbox', 'Time together, Item 1');
      find(nodes, 'button', 'Move up: A daily check in');
      find(nodes, 'button', 'Remove A daily check in');
      find(nodes, 'button', 'Add to “Boundaries”');
      find(nodes, 'group', 'Take it with you');
      find(nodes, 'group', 'Review every');
      find(nodes, 'radio', 'Month');
      find(nodes, 'button', 'Done');
    });

    it('<tend-reflection-card>: the answer is named by its prompt and described by its position', async () => {
      const el = await mount(html`<tend-reflection-card></tend-reflection-card>`);
      await press(el, '.nav button:nth-child(2)');
      const nodes = await tree(el);
      const answer = find(nodes, 'textbox', 'What makes me feel most secure in relationships?');
      expect(answer.description).to.equal('2 of 5');
      for (const name of ['Previous', 'Next', 'Skip', 'Done']) find(nodes, 'button', name);
    });
  });

  describe('what is announced (polite live region)', () => {
    it('<tend-i-statement>: what is missing, then the checked sentence, then a copy confirmation', async () => {
      const el = await mount(html`<tend-i-statement emotion="calm"></tend-i-statement>`);
      expect(await announced(el, () => press(el, '.actions button:first-child'))).to.equal('Still to write: what happened and what you need.');
      await type(el, '#situation', 'we talk');
      await type(el, '#need', 'more of this');
      expect(await announced(el, () => press(el, '.actions button:first-child'))).to.equal('I feel calm when we talk. I need more of this. Your sentence is ready.');
      expect(await announced(el, () => press(el, '.actions button:nth-child(2)'))).to.be.oneOf([
        'Copied to the clipboard.',
        'Copying is not allowed here. Select the text and copy it yourself.',
      ]);
    });

    it('<tend-stop-timer>: each step with its instruction and length; pauses', async () => {
      const el = await mount(html`<tend-stop-timer durations="60 30 20 10"></tend-stop-timer>`);
      expect(await announced(el, () => press(el, '[data-main]'))).to.equal("Stop. Stop what you're doing. 60 seconds.");
      expect(await announced(el, () => press(el, '[data-skip]'))).to.equal('Take a breath. Take a breath (or several). 30 seconds.');
      expect(await announced(el, () => press(el, '[data-main]'))).to.equal('Paused.');
      // The region carries messages only: never the ticking countdown.
      expect(el.shadowRoot!.querySelector('[aria-live=polite]')!.textContent).to.not.match(/\d:\d\d/);
    });

    it('<tend-agreement>: adding, an empty add, the review date', async () => {
      const el = await mount(html`<tend-agreement reviewed="2025-03-31"></tend-agreement>`);
      expect(await announced(el, () => press(el, '#add-0 + button'))).to.equal('Write the item first, then press Add.');
      await type(el, '#add-1', 'Phones away at dinner');
      expect(await announced(el, () => press(el, '#add-1 + button'))).to.equal('Added to Boundaries: Phones away at dinner');
      expect(await announced(el, () => press(el, 'section[part=review] button'))).to.match(/^Marked reviewed today\. Next review: \w+ \d+, \d{4}\.$/);
    });

    it('<tend-reflection-card>: the new card is said by the focus move alone (its answer, named by the prompt)', async () => {
      const el = await mount(html`<tend-reflection-card deck="check-in"></tend-reflection-card>`);
      expect(await announced(el, () => press(el, '.nav button:nth-child(2)'))).to.equal('');
      expect(el.shadowRoot!.activeElement!.id).to.equal('answer');
      expect(el.shadowRoot!.querySelector('label[for=answer]')!.textContent).to.equal('What needs can I name?');
    });
  });
});
