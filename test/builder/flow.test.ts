import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TendBuilder } from '../../src/builder/builder.js';
import { active, fieldByLabel } from '../helpers/harness.js';
import { CDN, byLabel, byName, choose, code, copyEmbedCode, newBuilder, pasteIntoBlankPage, root, settle, texts, type } from './helpers.js';

/** The section of step `index` (0-based), as a person sees it: under its "Step N of M" heading. */
const stepSection = (b: TendBuilder, index: number) => root(b).getElementById(`step-${index}-title`)!.closest('section')!;

/** A control inside one step, found by its label's text. */
const stepField = <T extends HTMLElement = HTMLInputElement>(b: TendBuilder, index: number, text: string): T =>
  fieldByLabel<T>(b, text, stepSection(b, index));

/** Focuses a control and presses a key on it, as a keyboard user does. */
async function press(b: TendBuilder, control: HTMLElement, key: string): Promise<void> {
  control.focus();
  await sendKeys({ press: key });
  await settle(b);
  await new Promise((resolve) => setTimeout(resolve, 80)); // the announcer speaks a moment later
}

/** Types into an empty text field with the keyboard. */
async function keyIn(b: TendBuilder, control: HTMLInputElement | HTMLTextAreaElement, text: string): Promise<void> {
  control.focus();
  await sendKeys({ type: text });
  await settle(b);
}

async function addStep(b: TendBuilder, tag: string): Promise<void> {
  await choose(b, byLabel<HTMLSelectElement>(b, 'Exercise for a new step'), tag);
  await press(b, byName(b, 'button', 'Add step'), 'Enter');
}

const announced = (b: TendBuilder) => root(b).querySelector('.visually-hidden[aria-live=polite]')!.textContent!.trim();
const stepTitles = (b: TendBuilder) => [...root(b).querySelectorAll('section.step h3')].map((h) => h.textContent!.trim());
const stepTags = (flow: Element) => [...flow.children].filter((child) => child.localName.startsWith('tend-')).map((child) => child.localName);

async function threeStepFlow(): Promise<TendBuilder> {
  const b = await newBuilder();
  await choose(b, byLabel(b, 'Exercise'), 'tend-flow');
  await addStep(b, 'tend-stop-timer');
  await addStep(b, 'tend-i-statement');
  await addStep(b, 'tend-reflection-card');
  return b;
}

describe('<tend-builder> with <tend-flow>', () => {
  beforeEach(() => history.replaceState(null, '', location.pathname + location.search));
  afterEach(() => {
    document.querySelectorAll('iframe.blank-page').forEach((frame) => frame.remove());
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('builds a three-step flow by keyboard; the pasted code gives that flow with those steps on a blank page', async function () {
    // The blank page loads each step's own module graph through the autoloader, from source here.
    this.timeout(30000);
    const b = await newBuilder();
    await choose(b, byLabel(b, 'Exercise'), 'tend-flow');
    expect(root(b).textContent).to.contain('No steps yet');
    await keyIn(b, byLabel(b, 'Title'), 'Before we talk');
    await choose(b, byLabel(b, 'Theme'), 'dark');

    await addStep(b, 'tend-stop-timer');
    expect(active(b)?.id).to.equal('step-0-title');
    expect(announced(b)).to.equal('Step 1 of 1 added: The STOP skill, timed.');
    await addStep(b, 'tend-i-statement');
    await addStep(b, 'tend-reflection-card');
    expect(active(b)?.id).to.equal('step-2-title');
    expect(stepTitles(b)).to.have.length(3);
    expect(stepTitles(b)[2]).to.match(/^Step 3 of 3: /);

    // Each step has its exercise's own controls; the flow's settings are not repeated in them.
    await type(b, stepField(b, 0, 'Stop'), '3 s');
    await choose(b, stepField<HTMLSelectElement>(b, 2, 'Deck'), 'repair');
    await keyIn(b, stepField(b, 1, 'Title'), 'Say what you need');
    expect(() => stepField(b, 1, 'Theme')).to.throw();
    const hostile = 'Now one calm sentence: <b>you</b> & "me" </p><script>alert(1)</script>';
    await type(b, stepField<HTMLTextAreaElement>(b, 1, 'Your instructions'), hostile);

    const preview = root(b).querySelector('.preview-slot tend-flow')!;
    expect(stepTags(preview)).to.deep.equal(['tend-stop-timer', 'tend-i-statement', 'tend-reflection-card']);

    const copied = await copyEmbedCode(b);
    expect(copied).to.contain('<tend-flow heading="Before we talk" theme="dark" exit-url="https://www.google.com/">');
    expect(copied).to.contain('<tend-stop-timer durations="3 30 20 10"></tend-stop-timer>');
    expect(copied).not.to.contain('<b>');
    const flow = await pasteIntoBlankPage(copied, 'tend-flow');
    expect([...flow.children].map((child) => child.localName)).to.deep.equal(['tend-stop-timer', 'p', 'tend-i-statement', 'tend-reflection-card']);
    expect(flow.getAttribute('theme')).to.equal('dark');
    expect(texts(flow, 'h2')).to.deep.equal(['Before we talk']);
    expect(texts(flow, '#position')).to.deep.equal(['Step 1 of 3']);
    const [timer, paragraph, statement, card] = [...flow.children] as HTMLElement[];
    expect(timer!.getAttribute('durations')).to.equal('3 30 20 10');
    // Her words reach the client; pasted tags are left out (the builder flagged them), never run.
    expect(paragraph!.textContent).to.equal('Now one calm sentence: you & "me" alert(1)');
    expect(statement!.getAttribute('heading')).to.equal('Say what you need');
    expect(card!.getAttribute('deck')).to.equal('repair');
    expect(flow.ownerDocument.querySelectorAll('b, script:not([src])')).to.have.length(0);
  });

  it('moves and removes steps by keyboard, keeps focus on the control used and says what happened', async () => {
    const b = await threeStepFlow();
    await press(b, byName(b, 'button', 'Move step 1 up'), 'Enter'); // already first: nothing moves
    expect(stepTitles(b)[0]).to.contain('STOP');
    await press(b, byName(b, 'button', 'Move step 1 down'), 'Enter');
    expect(stepTitles(b)[1]).to.contain('STOP');
    expect(active(b)?.id).to.equal('step-1-down');
    expect(announced(b)).to.equal('The STOP skill, timed is now step 2 of 3.');
    await press(b, byName(b, 'button', 'Move step 3 up'), 'Enter');
    expect(active(b)?.id).to.equal('step-1-up');
    let order = stepTags(root(b).querySelector('.preview-slot tend-flow')!);
    expect(order).to.deep.equal(['tend-i-statement', 'tend-reflection-card', 'tend-stop-timer']);
    expect(code(b).indexOf('<tend-reflection-card')).to.be.lessThan(code(b).indexOf('<tend-stop-timer'));

    await press(b, byName(b, 'button', 'Remove step 2'), 'Enter');
    expect(active(b)?.id).to.equal('step-1-title');
    expect(announced(b)).to.match(/^Step 2 removed \(.+\)\. 2 left\.$/);
    order = stepTags(root(b).querySelector('.preview-slot tend-flow')!);
    expect(order).to.deep.equal(['tend-i-statement', 'tend-stop-timer']);
    expect(code(b)).not.to.contain('tend-reflection-card');
    await press(b, byName(b, 'button', 'Remove step 2'), 'Enter');
    await press(b, byName(b, 'button', 'Remove step 1'), 'Enter');
    expect(active(b)?.id).to.equal('new-step');
    expect(code(b)).to.contain('<tend-flow exit-url="https://www.google.com/"></tend-flow>');
  });

  it('keeps the steps in the link: reopening it restores them', async () => {
    const first = await threeStepFlow();
    await type(first, stepField(first, 0, 'Proceed'), '12');
    await type(first, stepField<HTMLTextAreaElement>(first, 2, 'Your instructions'), 'Last one.\nTake your time.');
    const configured = code(first);
    expect(configured).to.contain('<p>Last one.</p>').and.contain('<p>Take your time.</p>');
    first.remove();
    const reopened = await newBuilder();
    expect(code(reopened)).to.equal(configured);
    expect(stepTitles(reopened)).to.have.length(3);
    expect(stepField<HTMLTextAreaElement>(reopened, 2, 'Your instructions').value).to.equal('Last one.\nTake your time.');
  });

  it('loads a pasted flow with its steps; a step value the element rejects is flagged and left out', async () => {
    const b = await newBuilder();
    const pasted = `<script type="module" src="x/tend.min.js"></script>
      <tend-flow heading="Tonight" persist="tonight">
        <p>Start here.</p>
        <tend-stop-timer durations="0 30 20 10" notes></tend-stop-timer>
        <p>Then this.</p><p>And this.</p>
        <tend-agreement with="Robin" template="custom"></tend-agreement>
        <img src=x onerror="window.__ran = true">
      </tend-flow>`;
    await type(b, byLabel(b, 'Paste an embed code'), pasted);
    byName(b, 'button', 'Load this code').click();
    await settle(b);
    expect((window as { __ran?: boolean }).__ran).to.equal(undefined);
    expect(byLabel<HTMLSelectElement>(b, 'Exercise').value).to.equal('tend-flow');
    expect(stepTitles(b)).to.have.length(2);
    expect(stepField<HTMLTextAreaElement>(b, 0, 'Your instructions').value).to.equal('Start here.');
    expect(stepField<HTMLTextAreaElement>(b, 1, 'Your instructions').value).to.equal('Then this.\nAnd this.');
    expect(root(b).getElementById('s0-f-durations-error')!.textContent).to.contain('Stop needs at least one second.');
    expect(root(b).getElementById('s1-f-template-error')!.textContent).to.contain('built-in templates');
    const loaded = code(b);
    expect(loaded).to.contain('<tend-flow heading="Tonight" persist="tonight">');
    expect(loaded).to.contain('<tend-stop-timer notes></tend-stop-timer>');
    expect(loaded).to.contain('<tend-agreement with="Robin"></tend-agreement>');
    expect(loaded).not.to.contain('durations').and.not.to.contain('template=').and.not.to.contain('<img');
  });

  it('gives the React and Vue forms with the steps as children', async () => {
    const b = await threeStepFlow();
    await type(b, stepField<HTMLTextAreaElement>(b, 1, 'Your instructions'), 'Say it "gently" {now}');
    const [react, vue] = [...root(b).querySelectorAll('pre')].map((pre) => pre.textContent!);
    expect(react).to.contain("import { TendFlow, TendStopTimer, TendIStatement, TendReflectionCard } from 'tend-widgets/react';");
    expect(react).to.contain('<p>{"Say it \\"gently\\" {now}"}</p>').and.contain('<TendStopTimer />').and.contain('</TendFlow>');
    expect(vue).to.contain("import 'tend-widgets/flow';").and.contain("import 'tend-widgets/reflection-card';");
    expect(vue).to.contain('<p>Say it "gently" {now}</p>').and.contain('<tend-i-statement></tend-i-statement>').and.contain('</tend-flow>');
  });

  it('speaks Spanish in the steps editor under lang="es"', async () => {
    const b = await fixture<TendBuilder>(html`<div lang="es"><tend-builder cdn=${CDN}></tend-builder></div>`).then((d) => d.querySelector('tend-builder')!);
    await settle(b);
    await choose(b, byLabel(b, 'Ejercicio'), 'tend-flow');
    await choose(b, byLabel<HTMLSelectElement>(b, 'Ejercicio para un paso nuevo'), 'tend-i-statement');
    await press(b, byName(b, 'button', 'Añadir paso'), 'Enter');
    expect(stepTitles(b)[0]).to.match(/^Paso 1 de 1: /);
    expect(byName(b, 'button', 'Quitar el paso 1')).to.exist;
  });

  it('is accessible (axe) with a flow of every exercise and every section open', async function () {
    this.timeout(60000);
    const b = await threeStepFlow();
    await addStep(b, 'tend-agreement');
    await addStep(b, 'tend-check-in');
    root(b).querySelectorAll('details').forEach((d) => (d.open = true));
    await settle(b);
    await expect(b).to.be.accessible();
  });
});
