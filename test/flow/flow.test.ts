import { aTimeout, expect, fixture, fixtureCleanup, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/entries/flow.js';
import '../../src/entries/i-statement.js';
import '../../src/entries/stop-timer.js';
import '../../src/entries/agreement.js';
import '../../src/entries/reflection-card.js';
import '../../src/entries/locales/es.js';
import type { TendFlow } from '../../src/entries/flow.js';
import type { TendIStatement } from '../../src/entries/i-statement.js';
import type { TendStopTimer } from '../../src/entries/stop-timer.js';
import type { TendReflectionCard } from '../../src/entries/reflection-card.js';
import type { TendChangeEvent, TendCompleteEvent } from '../../src/core/events.js';
import { storageKey } from '../../src/core/persistence.js';
import { axeViolations } from '../a11y/helpers.js';
import { assertNothingInjected, clearPwned, hostileStrings } from '../helpers/hostile.js';
import { captureWarnings } from '../helpers/warnings.js';
import { captureTakeAway, fileText } from '../security/take-away.js';
import { FakeClock } from '../stop-timer/fake-clock.js';
import { button, deepActive, fill, root, text, textOf } from '../helpers/harness.js';
import { tabTo } from '../helpers/keyboard.js';

type Step = HTMLElement & { updateComplete: Promise<unknown>; value: unknown };

const steps = (flow: TendFlow) => [...flow.children].filter((c) => c.localName !== 'p' && c.localName !== 'script') as Step[];
const shown = (flow: TendFlow) => root(flow).querySelector('slot')!.assignedNodes() as Node[];
const ownerOf = (node: Element | null) => (node?.getRootNode() as ShadowRoot | undefined)?.host;
/** A step's title as shown: its heading without the "Step 2 of 3:" a screen reader hears first. */
function titleOf(step: Element): string {
  const heading = root(step).querySelector('[part~=heading]')!.cloneNode(true) as Element;
  heading.querySelector('[data-position]')?.remove();
  return text(heading);
}

/** The flow is settled when it and every step are (a step's update can start the flow's, and back). */
async function settle(flow: TendFlow): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await flow.updateComplete;
    await Promise.all(steps(flow).map((s) => s.updateComplete));
    await aTimeout(0);
  }
}

/** Presses a named button of the flow or of a step, then lets the whole flow settle. */
async function press(el: Element, name: string, flow: TendFlow): Promise<void> {
  button(el, name).click();
  await settle(flow);
}

const named = (name: string) => (el: Element) => el.localName === 'button' && el.textContent!.trim().startsWith(name);
const byId = (id: string) => (el: Element) => el.id === id;

const threeSteps = (attrs = '') => {
  const wrapper = document.createElement('div');
  // Built from a string as a page's HTML would be (the flow sees its children as the parser gives them).
  wrapper.innerHTML = `<tend-flow heading="Before we talk" ${attrs}>
    <p>Read this first.</p>
    <tend-stop-timer durations="1 1 1 1"></tend-stop-timer>
    <p>Now say what you need.</p>
    <tend-i-statement></tend-i-statement>
    <tend-reflection-card prompt="What would help next time?"></tend-reflection-card>
  </tend-flow>`;
  return wrapper;
};

async function mount(attrs = ''): Promise<{ flow: TendFlow; clock: FakeClock }> {
  const stage = await fixture(html`<div><button id="before">before</button></div>`);
  const wrapper = threeSteps(attrs);
  const flow = wrapper.firstElementChild as TendFlow;
  const clock = new FakeClock();
  (flow.querySelector('tend-stop-timer') as TendStopTimer).clock = clock;
  stage.append(flow);
  await settle(flow);
  return { flow, clock };
}

describe('<tend-flow>', function () {
  this.timeout(20000);
  afterEach(() => {
    localStorage.clear();
    clearPwned();
    fixtureCleanup();
  });

  describe('one step at a time', () => {
    it('shows the first step with the instructions before and after it, "Step 1 of 3" as text and progress', async () => {
      const { flow } = await mount();
      const [timer, sentence, cards] = steps(flow);
      expect(textOf(flow, '[part~=progress] p')).to.equal('Step 1 of 3');
      const bar = root(flow).querySelector('progress')!;
      expect([bar.max, bar.value]).to.deep.equal([3, 1]);
      // Named by the flow's heading, its value said as words; the visible "Step 1 of 3" beside it is not read twice.
      expect(bar.getAttribute('aria-labelledby')).to.equal('heading');
      expect(bar.getAttribute('aria-valuetext')).to.equal('Step 1 of 3');
      expect(root(flow).querySelector('#position')!.getAttribute('aria-hidden')).to.equal('true');
      const nodes = shown(flow);
      expect(nodes.map((n) => (n as Element).localName)).to.deep.equal(['p', 'tend-stop-timer', 'p']);
      // The others are hidden but still in the page, with their state.
      expect(sentence!.isConnected && cards!.isConnected).to.equal(true);
      expect(sentence!.getClientRects().length, 'step 2 is not shown').to.equal(0);
      expect(timer!.getClientRects().length, 'step 1 is shown').to.be.greaterThan(0);
      expect(button(flow, 'Back').getAttribute('aria-disabled')).to.equal('true');
      expect(() => button(flow, 'Done'), 'the flow has no Done before the summary').to.throw();
    });

    it('a three-step flow by keyboard only: the timer, the sentence, the card; focus to each heading; the summary; Done', async () => {
      const { flow, clock } = await mount();
      const [timer, sentence, cards] = steps(flow);
      const changes: string[] = [];
      const completes: string[] = [];
      document.addEventListener('tend-change', (e: TendChangeEvent) => changes.push(e.detail.exercise));
      const onComplete = (e: TendCompleteEvent) => completes.push(e.detail.exercise);
      document.addEventListener('tend-complete', onComplete);
      try {
        (flow.parentElement!.querySelector('#before') as HTMLButtonElement).focus();
        await tabTo((el) => named('Start')(el) && ownerOf(el) === timer);
        await sendKeys({ press: 'Enter' });
        clock.run(5000);
        await settle(flow);
        expect(textOf(flow, '[part~=progress] p')).to.equal('Step 2 of 3');
        expect(deepActive()!.localName, 'focus is on the new step’s heading, one level below the flow’s').to.equal('h3');
        expect(ownerOf(deepActive())).to.equal(sentence);
        expect(text(deepActive()), 'the heading says where the step is').to.equal('Step 2 of 3: Say it without blame');
        await aTimeout(80);
        expect(textOf(flow, '[aria-live=polite]'), 'the focus move says it: no live message on top').to.equal('');

        // Back and Skip by keyboard: Back to the timer (its heading focused), Skip to the sentence again.
        await tabTo(named('Back'));
        await sendKeys({ press: 'Enter' });
        await settle(flow);
        expect(textOf(flow, '[part~=progress] p')).to.equal('Step 1 of 3');
        expect(ownerOf(deepActive())).to.equal(timer);
        await tabTo(named('Skip'));
        await sendKeys({ press: ' ' });
        // Space presses a button on its key-up, which WebKit's driver may deliver after sendKeys returns.
        await waitUntil(() => textOf(flow, '[part~=progress] p') === 'Step 2 of 3', 'Skip by Space moves on to step 2');
        await settle(flow);
        expect(deepActive()!.localName).to.equal('h3');
        expect(flow.value.steps[0]!.completedAt, 'the finished timer stays finished').to.be.a('string');

        await tabTo(byId('emotion'));
        await sendKeys({ type: 'hurt' });
        await tabTo(byId('situation'));
        await sendKeys({ type: 'plans change at the last minute' });
        await tabTo(byId('need'));
        await sendKeys({ type: 'a day’s notice' });
        await tabTo((el) => named('Done')(el) && ownerOf(el) === sentence);
        await sendKeys({ press: 'Enter' });
        await settle(flow);
        expect(textOf(flow, '[part~=progress] p')).to.equal('Step 3 of 3');
        expect(ownerOf(deepActive())).to.equal(cards);

        await tabTo(byId('answer'));
        await sendKeys({ type: 'Talking sooner' });
        await tabTo((el) => named('Done')(el) && ownerOf(el) === cards);
        await sendKeys({ press: ' ' });
        await settle(flow);
        expect(textOf(flow, '[part~=progress] p')).to.equal('Summary');
        expect(deepActive()!.id, 'focus on the summary heading').to.equal('summary-heading');
        expect(textOf(flow, '[part~=summary]')).to.contain('I feel hurt when plans change at the last minute. I need a day’s notice.');
        expect(textOf(flow, '[part~=summary]')).to.contain('What would help next time? Talking sooner');

        await tabTo(named('Done'));
        const completed = oneEvent(flow, 'tend-complete');
        await sendKeys({ press: 'Enter' });
        const { detail } = await completed;
        expect(detail.exercise).to.equal('flow');
        const data = detail.data as TendFlow['value'];
        expect(data.steps.map((s) => s.exercise)).to.deep.equal(['stop-timer', 'i-statement', 'reflection-card']);
        expect(data.steps.every((s) => typeof s.completedAt === 'string')).to.equal(true);
        expect(data.steps[1]!.data).to.deep.equal((sentence as TendIStatement).value);
        expect(completes, 'the steps’ own events reach the page, then the flow’s').to.deep.equal(['stop-timer', 'i-statement', 'reflection-card', 'flow']);
        expect(changes).to.include.members(['i-statement', 'reflection-card', 'flow']);
      } finally {
        document.removeEventListener('tend-complete', onComplete);
      }
    });

    it('Skip and Back: a skipped step keeps its value with completedAt null; Back from the summary to the last step', async () => {
      const { flow } = await mount();
      const [timer, sentence] = steps(flow);
      await press(flow, 'Skip', flow);
      expect(textOf(flow, '[part~=progress] p')).to.equal('Step 2 of 3');
      expect(ownerOf(deepActive())).to.equal(sentence);
      fill(sentence!, '#emotion', 'tired');
      await settle(flow);
      await press(flow, 'Back', flow);
      expect(textOf(flow, '[part~=progress] p')).to.equal('Step 1 of 3');
      expect(ownerOf(deepActive())).to.equal(timer);
      await press(flow, 'Skip', flow);
      expect((root(sentence!).querySelector('#emotion') as HTMLInputElement).value, 'the hidden step kept its state').to.equal('tired');
      await press(flow, 'Skip', flow);
      await press(flow, 'Skip', flow);
      expect(textOf(flow, '[part~=progress] p')).to.equal('Summary');
      expect(textOf(flow, '[part~=summary]')).to.contain('Skipped').and.contain('I feel tired');
      expect(() => button(flow, 'Skip')).to.throw();
      await press(flow, 'Back', flow);
      expect(textOf(flow, '[part~=progress] p')).to.equal('Step 3 of 3');
      await press(flow, 'Skip', flow);
      const completed = oneEvent(flow, 'tend-complete');
      button(flow, 'Done').click();
      const { detail } = await completed;
      const data = detail.data as TendFlow['value'];
      expect(data.steps.map((s) => s.completedAt)).to.deep.equal([null, null, null]);
      expect((data.steps[1]!.data as { emotion: string }).emotion).to.equal('tired');
    });

    it('summary: copies, downloads as Markdown and prints every step’s result', async () => {
      const { flow } = await mount();
      const [, sentence, cards] = steps(flow);
      fill(sentence!, '#emotion', 'hurt');
      fill(cards!, '#answer', 'Talk **sooner**');
      for (let i = 0; i < 3; i++) await press(flow, 'Skip', flow);
      const takeAway = captureTakeAway();
      const print = window.print;
      let prints = 0;
      window.print = () => void prints++;
      try {
        await press(flow, 'Copy everything', flow);
        await press(flow, 'Download as Markdown', flow);
        await press(flow, 'Print', flow);
        expect(takeAway.clipboard[0]).to.contain('Before we talk').and.contain('2. Say it without blame (Skipped)').and.contain('I feel: hurt');
        expect(takeAway.files[0]!.name).to.equal('before-we-talk.md');
        const markdown = await fileText(takeAway.files[0]!);
        expect(markdown).to.contain('# Before we talk').and.contain('Talk \\*\\*sooner\\*\\*');
        expect(prints).to.equal(1);
        expect(textOf(flow, 'p[part~=status]')).to.contain('before-we-talk.md');
      } finally {
        takeAway.restore();
        window.print = print;
      }
    });

    it('a timer with autostart starts when its step is shown, not while it waits hidden', async () => {
      const stage = await fixture(html`<div></div>`);
      const wrapper = document.createElement('div');
      wrapper.innerHTML = `<tend-flow><tend-i-statement></tend-i-statement><tend-stop-timer autostart durations="1 1 1 1"></tend-stop-timer></tend-flow>`;
      const flow = wrapper.firstElementChild as TendFlow;
      const timer = flow.querySelector('tend-stop-timer') as TendStopTimer;
      timer.clock = new FakeClock();
      stage.append(flow);
      await settle(flow);
      expect(() => button(timer, 'Start'), 'not started while hidden').to.not.throw();
      expect(timer.hasAttribute('autostart')).to.equal(true);
      await press(flow, 'Skip', flow);
      expect(() => button(timer, 'Pause'), 'started once shown').to.not.throw();
    });

    it('picks up steps added and removed at run time, and keeps the person on their step', async () => {
      const { flow } = await mount();
      await press(flow, 'Skip', flow);
      const card = document.createElement('tend-reflection-card');
      flow.prepend(card);
      await settle(flow);
      expect(textOf(flow, '[part~=progress] p')).to.equal('Step 3 of 4');
      expect(shown(flow).some((n) => (n as Element).localName === 'tend-i-statement')).to.equal(true);
      flow.querySelector('tend-stop-timer')!.remove();
      card.remove();
      await settle(flow);
      expect(textOf(flow, '[part~=progress] p')).to.equal('Step 1 of 2');
      expect(flow.value.steps.map((s) => s.exercise)).to.deep.equal(['i-statement', 'reflection-card']);
    });

    it('a flow without steps says so, and a non-exercise child is never a step', async () => {
      const flow = await fixture<TendFlow>(html`<tend-flow><p>Only words</p><div>More</div></tend-flow>`);
      expect(textOf(flow, '[part~=base]')).to.contain('This session has no exercises yet.');
      expect(flow.value).to.deep.equal({ steps: [] });
    });
  });

  describe('settings reach the steps', () => {
    it('theme: steps without their own take the flow’s colours; a step’s own theme wins', async () => {
      const flow = await fixture<TendFlow>(html`<tend-flow theme="dark">
        <tend-i-statement></tend-i-statement>
        <tend-i-statement theme="light"></tend-i-statement>
        <tend-i-statement theme="auto"></tend-i-statement>
      </tend-flow>`);
      const [inherits, own, auto] = steps(flow);
      await settle(flow);
      const surface = (el: Element) => getComputedStyle(root(el).querySelector('[part~=base]')!).backgroundColor;
      expect(surface(inherits!)).to.equal('rgb(28, 29, 34)');
      expect(getComputedStyle(inherits!).colorScheme).to.equal('dark');
      expect(inherits!.hasAttribute('theme'), 'the step’s attributes are left alone').to.equal(false);
      // The second step is shown only in turn: show it.
      await press(flow, 'Skip', flow);
      expect(surface(own!)).to.equal('rgb(255, 255, 255)');
      expect(getComputedStyle(own!).colorScheme).to.not.equal('dark');
      // `auto` follows the reader's system (light here), not the flow.
      await press(flow, 'Skip', flow);
      expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(false);
      expect(surface(auto!)).to.equal('rgb(255, 255, 255)');
    });

    it('lang: steps speak the flow’s language unless they set their own, and switch with it', async () => {
      const flow = await fixture<TendFlow>(html`<tend-flow lang="es">
        <tend-i-statement></tend-i-statement>
        <tend-i-statement lang="en"></tend-i-statement>
      </tend-flow>`);
      const [inherits, own] = steps(flow);
      expect(titleOf(inherits!)).to.equal('Dilo sin culpar');
      expect(titleOf(own!)).to.equal('Say it without blame');
      expect(textOf(flow, '[part~=progress] p')).to.equal('Paso 1 de 2');
      expect(button(flow, 'Atrás')).to.exist;
      flow.lang = 'en';
      await aTimeout(0);
      await settle(flow);
      expect(titleOf(inherits!)).to.equal('Say it without blame');
    });

    it('strings: the flow’s reworded strings (property and JSON child, `<exercise>.<key>` for one) reach every step; a step’s own win', async () => {
      const wrapper = document.createElement('div');
      wrapper.innerHTML = `<tend-flow>
        <script type="application/json" data-tend-strings>{"done": "Finished", "reflection-card.heading": "Tonight", "flow.skip": "Not now"}</script>
        <tend-i-statement></tend-i-statement>
        <tend-reflection-card prompt="One?"></tend-reflection-card>
        <tend-i-statement><script type="application/json" data-tend-strings>{"done": "Mine"}</script></tend-i-statement>
      </tend-flow>`;
      const flow = wrapper.firstElementChild as TendFlow;
      (await fixture(html`<div></div>`)).append(flow);
      await settle(flow);
      const [first, cards, own] = [...flow.querySelectorAll<Step>('tend-i-statement, tend-reflection-card')];
      expect(() => button(first!, 'Finished')).to.not.throw();
      expect(() => button(cards!, 'Finished')).to.not.throw();
      expect(titleOf(cards!)).to.equal('Tonight');
      expect(titleOf(first!), 'a scoped key rewords its exercise only').to.equal('Say it without blame');
      expect(() => button(own!, 'Mine'), 'the step’s own strings win').to.not.throw();
      expect(() => button(flow, 'Not now'), '`flow.<key>` rewords the flow itself').to.not.throw();
      flow.strings = { done: 'All set' };
      await settle(flow);
      expect(() => button(first!, 'All set'), 'the property wins over the child and reaches the steps at once').to.not.throw();
      expect(titleOf(cards!)).to.equal('Tonight');
    });

    it('persist: one keep notice and one switch for the whole session; the switch forgets and stops keeping every step’s words', async () => {
      const { flow } = await mount('persist="session"');
      const notices = () => [flow, ...steps(flow)].flatMap((el) => [...root(el).querySelectorAll('[part~=privacy]')]);
      const switches = () => [flow, ...steps(flow)].flatMap((el) => [...root(el).querySelectorAll('[role=switch]')]);
      for (let i = 0; i < 3; i++) {
        // On every step: the flow's notice alone ("kept"), never a step's own beside it.
        expect(notices().map(ownerOf), `step ${i + 1}`).to.deep.equal([flow]);
        expect(switches()).to.have.length(1);
        await press(flow, 'Skip', flow);
      }
      await press(flow, 'Back', flow);
      const statement = steps(flow)[1]!;
      await press(flow, 'Back', flow);
      fill(statement, '#emotion', 'hurt');
      await settle(flow);
      expect(localStorage.getItem(storageKey('i-statement', 'session/1'))).to.contain('hurt');
      const onlySwitch = switches()[0] as HTMLButtonElement;
      onlySwitch.click();
      await settle(flow);
      expect(onlySwitch.getAttribute('aria-checked')).to.equal('false');
      expect(localStorage.getItem(storageKey('i-statement', 'session/1')), 'switched off: the step’s words are removed').to.equal(null);
      fill(statement, '#emotion', 'hurt and tired');
      await settle(flow);
      expect(localStorage.getItem(storageKey('i-statement', 'session/1')), 'and no longer kept').to.equal(null);
      expect(notices()).to.have.length(1);
      expect(textOf(flow, '[part~=privacy]')).not.to.match(/is kept/);
      (switches()[0] as HTMLButtonElement).click();
      await settle(flow);
      expect(localStorage.getItem(storageKey('i-statement', 'session/1')), 'switched on again: kept again').to.contain('hurt and tired');
    });

    it('says nothing about keeping where nothing can be written: a timer without notes, alone or as the only step', async () => {
      const stage = await fixture(html`<div></div>`);
      const timer = Object.assign(document.createElement('tend-stop-timer'), { persist: 'breath' }) as TendStopTimer;
      stage.append(timer);
      await timer.updateComplete;
      expect(root(timer).querySelector('[part~=privacy]')).to.equal(null);
      timer.notes = true;
      await timer.updateComplete;
      expect(textOf(timer, '[part~=privacy]')).to.contain('kept');
      const wrapper = document.createElement('div');
      wrapper.innerHTML = '<tend-flow persist="timers"><tend-stop-timer></tend-stop-timer></tend-flow>';
      const flow = wrapper.firstElementChild as TendFlow;
      stage.append(flow);
      await settle(flow);
      expect([flow, ...steps(flow)].flatMap((el) => [...root(el).querySelectorAll('[part~=privacy]')])).to.have.length(0);
    });

    it('persist: each step’s draft under <key>/<index>, the step on show under the flow’s key; a step’s own key wins; a reload restores both', async () => {
      const page = (own = '') => {
        const wrapper = document.createElement('div');
        wrapper.innerHTML = `<tend-flow persist="before-we-talk">
          <tend-i-statement></tend-i-statement>
          <tend-reflection-card prompt="What helps?" ${own}></tend-reflection-card>
          <tend-i-statement></tend-i-statement>
        </tend-flow>`;
        return wrapper.firstElementChild as TendFlow;
      };
      const stage = await fixture(html`<div></div>`);
      let flow = page('persist="mine"');
      stage.append(flow);
      await settle(flow);
      let [first, cards] = steps(flow);
      fill(first!, '#emotion', 'calm');
      await settle(flow);
      await press(flow, 'Skip', flow);
      fill(cards!, '#answer', 'A walk');
      await settle(flow);
      expect(localStorage.getItem(storageKey('i-statement', 'before-we-talk/0'))).to.contain('calm');
      expect(localStorage.getItem(storageKey('reflection-card', 'mine')), 'the step’s own key wins').to.contain('A walk');
      expect(localStorage.getItem(storageKey('reflection-card', 'before-we-talk/1'))).to.equal(null);
      expect(JSON.parse(localStorage.getItem(storageKey('flow', 'before-we-talk'))!).data.index).to.equal(1);

      // A reload: the same page again.
      flow.remove();
      flow = page('persist="mine"');
      stage.append(flow);
      await settle(flow);
      [first, cards] = steps(flow);
      expect(textOf(flow, '[part~=progress] p'), 'back on the step the person was on').to.equal('Step 2 of 3');
      expect(shown(flow)).to.deep.equal([cards]);
      expect((first as TendIStatement).value.emotion).to.equal('calm');
      expect((cards as TendReflectionCard).value.answers[0]!.answer).to.equal('A walk');

      // reset() clears every step's draft and the position.
      flow.reset();
      await settle(flow);
      expect(textOf(flow, '[part~=progress] p')).to.equal('Step 1 of 3');
      expect(localStorage.getItem(storageKey('i-statement', 'before-we-talk/0'))).to.equal(null);
    });

    it('a flow defined after its steps still reaches them: their drafts come back from its key', async () => {
      localStorage.setItem(storageKey('i-statement', 'early/1'), JSON.stringify({ version: 1, savedAt: '', data: { emotion: 'safe', situation: '', reason: '', need: '', text: '' } }));
      localStorage.setItem(storageKey('flow', 'early'), JSON.stringify({ version: 1, savedAt: '', data: { steps: [], index: 1 } }));
      const wrapper = document.createElement('div');
      wrapper.innerHTML = `<tend-early-flow persist="early"><tend-i-statement></tend-i-statement><tend-i-statement></tend-i-statement></tend-early-flow>`;
      (await fixture(html`<div></div>`)).append(wrapper);
      const [, second] = [...wrapper.querySelectorAll<TendIStatement>('tend-i-statement')];
      await second!.updateComplete;
      expect(second!.value.emotion, 'no flow yet: nothing restored').to.equal('');
      const { TendFlow } = await import('../../src/entries/flow.js');
      class EarlyFlow extends TendFlow {}
      EarlyFlow.define('tend-early-flow');
      const flow = wrapper.firstElementChild as TendFlow;
      await settle(flow);
      expect(second!.persist).to.equal('early/1');
      expect(second!.value.emotion).to.equal('safe');
      expect(textOf(flow, '[part~=progress] p')).to.equal('Step 2 of 2');
    });

    it('steps defined after the flow get its settings once they upgrade', async () => {
      const wrapper = document.createElement('div');
      wrapper.innerHTML = `<tend-flow persist="late" theme="dark"><tend-later-step></tend-later-step><tend-i-statement></tend-i-statement></tend-flow>`;
      const flow = wrapper.firstElementChild as TendFlow;
      (await fixture(html`<div></div>`)).append(flow);
      await settle(flow);
      expect(flow.value.steps).to.have.length(1);
      const { TendIStatement } = await import('../../src/entries/i-statement.js');
      class LaterStep extends TendIStatement {}
      LaterStep.define('tend-later-step');
      await aTimeout(0);
      const later = flow.querySelector('tend-later-step') as unknown as TendIStatement;
      // A subclass under its own tag is a step once it upgrades: found by its exercise.
      await settle(flow);
      expect(flow.value.steps.map((s) => s.exercise)).to.deep.equal(['i-statement', 'i-statement']);
      expect(later.persist).to.equal('late/0');
    });
  });

  describe('value, form and bad input', () => {
    it('value: set on the flow, it reaches the steps; invalid data is ignored with one warning', async () => {
      const { flow } = await mount();
      const value = flow.value;
      (value.steps[1]!.data as { emotion: string }).emotion = 'glad';
      value.steps[1]!.completedAt = '2026-01-01T00:00:00.000Z';
      flow.value = value;
      await settle(flow);
      expect((steps(flow)[1] as TendIStatement).value.emotion).to.equal('glad');
      expect(flow.value.steps[1]!.completedAt).to.equal('2026-01-01T00:00:00.000Z');
      const warnings = captureWarnings();
      try {
        flow.value = { steps: 'no' } as unknown as TendFlow['value'];
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('tend-flow');
      } finally {
        warnings.restore();
      }
    });

    it('a bad theme: the default (the steps keep their own) and exactly one warning', async () => {
      const warnings = captureWarnings();
      try {
        const flow = await fixture<TendFlow>(html`<tend-flow theme="neon"><tend-i-statement></tend-i-statement></tend-flow>`);
        flow.requestUpdate();
        await settle(flow);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('tend-flow').and.contain('theme').and.contain('"neon"').and.contain('auto');
        expect(getComputedStyle(steps(flow)[0]!).colorScheme).to.not.equal('dark');
      } finally {
        warnings.restore();
      }
    });

    it('a bad lang: the flow and its steps speak English, with exactly one warning (the flow’s)', async () => {
      const warnings = captureWarnings();
      try {
        const flow = await fixture<TendFlow>(html`<tend-flow lang="not a language!"><tend-i-statement></tend-i-statement><tend-i-statement></tend-i-statement></tend-flow>`);
        await settle(flow);
        expect(textOf(flow, '[part~=progress] p')).to.equal('Step 1 of 2');
        expect(titleOf(steps(flow)[0]!)).to.equal('Say it without blame');
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<tend-flow>').and.contain('lang').and.contain('"not a language!"');
      } finally {
        warnings.restore();
      }
    });

    it('with a name, a form submits the flow’s data as JSON; the form’s reset resets every step', async () => {
      const form = await fixture<HTMLFormElement>(html`<form>
        <tend-flow name="session"><tend-i-statement></tend-i-statement></tend-flow>
      </form>`);
      const flow = form.querySelector('tend-flow') as TendFlow;
      const sentence = steps(flow)[0]!;
      fill(sentence, '#emotion', 'seen');
      await settle(flow);
      const submitted = JSON.parse(new FormData(form).get('session') as string);
      expect(submitted.steps[0].data.emotion).to.equal('seen');
      form.reset();
      await settle(flow);
      expect((sentence as TendIStatement).value.emotion).to.equal('');
    });

    it('renders hostile headings and answers literally in its progress, announcement and summary', async () => {
      for (const hostile of hostileStrings.slice(0, 8)) {
        const wrapper = document.createElement('div');
        const flow = document.createElement('tend-flow') as TendFlow;
        flow.heading = hostile;
        const card = document.createElement('tend-reflection-card') as TendReflectionCard;
        card.heading = hostile;
        card.prompt = hostile;
        flow.append(card);
        wrapper.append(flow);
        (await fixture(html`<div></div>`)).append(wrapper);
        await settle(flow);
        fill(card, '#answer', hostile);
        await press(flow, 'Skip', flow);
        expect(textOf(flow, '[part~=heading]')).to.equal(hostile.replace(/\s+/g, ' ').trim());
        expect(root(flow).querySelector('h4')!.textContent).to.equal(hostile);
        expect(root(flow).querySelector('.entry-text')!.textContent).to.equal(hostile);
        assertNothingInjected(root(flow));
        assertNothingInjected(root(card));
        fixtureCleanup();
      }
    });

    it('takes hostile values in every attribute without an exception, an injected node or a stored key outside its own', async () => {
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error);
      window.addEventListener('error', onError);
      const warnings = captureWarnings();
      try {
        for (const hostile of hostileStrings) {
          const flow = document.createElement('tend-flow') as TendFlow;
          for (const attribute of ['heading', 'persist', 'theme', 'name']) flow.setAttribute(attribute, hostile);
          const step = document.createElement('tend-i-statement');
          flow.append(step);
          (await fixture(html`<div></div>`)).append(flow);
          await settle(flow);
          fill(step, '#emotion', 'calm');
          await press(flow, 'Skip', flow);
          assertNothingInjected(root(flow));
          if (hostile.trim()) {
            expect(Object.keys(localStorage).sort()).to.deep.equal([storageKey('flow', hostile), storageKey('i-statement', `${hostile}/0`)].sort());
          }
          localStorage.clear();
          fixtureCleanup();
        }
      } finally {
        warnings.restore();
        window.removeEventListener('error', onError);
      }
      expect(errors).to.deep.equal([]);
      // One warning per flow at most (its theme), none from its steps.
      expect(warnings.messages.every((message) => message.startsWith('<tend-flow> ignored theme='))).to.equal(true);
      expect(warnings.messages.length).to.be.at.most(hostileStrings.length);
    });
  });

  describe('accessibility', () => {
    it('axe: no WCAG A/AA violation on every step and on the summary, light and dark', async () => {
      const { flow } = await mount();
      const failures: string[] = [];
      for (let i = 0; i <= 3; i++) {
        for (const theme of ['light', 'dark']) {
          flow.setAttribute('theme', theme);
          await settle(flow);
          const violations = await axeViolations(flow);
          if (violations.length) failures.push(`[step ${i + 1}, ${theme}]\n${violations.join('\n')}`);
        }
        if (i < 3) await press(flow, 'Skip', flow);
      }
      expect(failures.join('\n\n')).to.equal('');
    });

    it('mirrors under dir="rtl": heading, progress and the Back/Skip row start on the right, the step inside too', async () => {
      const stage = await fixture(html`<div style="inline-size: 640px">
        <div dir="ltr"><tend-flow><tend-i-statement></tend-i-statement><tend-i-statement></tend-i-statement></tend-flow></div>
        <div dir="rtl"><tend-flow><tend-i-statement></tend-i-statement><tend-i-statement></tend-i-statement></tend-flow></div>
      </div>`);
      const [ltr, rtl] = [...stage.querySelectorAll<TendFlow>('tend-flow')];
      await settle(ltr!);
      await settle(rtl!);
      const insets = (flow: TendFlow, node: Element) => {
        const base = root(flow).querySelector('[part~=base]')!.getBoundingClientRect();
        const box = node.getBoundingClientRect();
        return { start: box.left - base.left, end: base.right - box.right };
      };
      for (const pick of [
        (f: TendFlow) => root(f).querySelector('[part~=heading]')!,
        (f: TendFlow) => root(f).querySelector('[part~=progress] p')!,
        (f: TendFlow) => root(steps(f)[0]!).querySelector('[part~=label]')!,
      ]) {
        const [l, r] = [insets(ltr!, pick(ltr!)), insets(rtl!, pick(rtl!))];
        expect(r.end).to.be.closeTo(l.start, 2);
        expect(r.start).to.be.closeTo(l.end, 2);
      }
      const order = (f: TendFlow) => button(f, 'Back').getBoundingClientRect().left - button(f, 'Skip').getBoundingClientRect().left;
      expect(order(ltr!), 'LTR: Back left of Skip').to.be.lessThan(0);
      expect(order(rtl!), 'RTL: Back right of Skip').to.be.greaterThan(0);
    });
  });
});
