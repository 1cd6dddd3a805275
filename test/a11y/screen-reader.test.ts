import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/entries/index.js';
import { widgets } from '../../src/registry.js';
import { button, deepActive, fill, settle, text, type } from '../helpers/harness.js';
import { hit, tabTo } from '../helpers/keyboard.js';
import { FakeClock } from '../stop-timer/fake-clock.js';

/**
 * What a screen reader hears, checked without one (the real walk with Orca is
 * scripts/screen-reader.mjs, run by hand): where focus lands after each action, how many messages
 * the live region says per action (one, or none when the focus move says it), Undo within one Tab,
 * nothing said on load, and the check-in's tab stops.
 */

type Widget = HTMLElement & { updateComplete: Promise<unknown>; value: unknown; clock?: unknown };

/** Every message the widget's live region says from now on (a message is cleared, then set: each set counts once). */
function listen(el: Element) {
  const region = el.shadowRoot!.querySelector('[aria-live=polite]')!;
  const said: string[] = [];
  const observer = new MutationObserver(() => {
    const now = region.textContent!.trim();
    if (now) said.push(now);
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return {
    said,
    /** Waits past the announcer's delay, then stops listening. */
    async stop(): Promise<string[]> {
      await aTimeout(150);
      observer.disconnect();
      return said;
    },
  };
}

async function mount<T extends Widget = Widget>(template: ReturnType<typeof html>): Promise<T> {
  const stage = await fixture(html`<div><button id="before">before</button>${template}</div>`);
  const el = stage.querySelector('[data-under-test]') as T;
  await el.updateComplete;
  return el;
}

const focusedId = () => deepActive()?.id ?? '';

/** The widget's own Undo is the next Tab from where focus is. */
async function undoIsNextTab(): Promise<void> {
  await hit('Tab');
  expect(text(deepActive()), 'Undo is the next Tab').to.equal('Undo');
}

describe('what a screen reader hears (without one)', function () {
  this.timeout(20000);
  afterEach(() => localStorage.clear());

  describe('nothing is said on load', () => {
    for (const { tag } of widgets) {
      it(`<${tag}>: an empty live region, focus untouched, no select (Chromium speaks a new select's option on load)`, async () => {
        const stage = await fixture(html`<div><button id="before">before</button></div>`);
        stage.querySelector<HTMLButtonElement>('#before')!.focus();
        const el = document.createElement(tag) as Widget;
        el.setAttribute('with', 'Alex, Sam');
        stage.append(el);
        await el.updateComplete;
        const heard = listen(el);
        await aTimeout(300);
        expect(await heard.stop()).to.deep.equal([]);
        expect(deepActive()?.id, 'focus stays where the person left it').to.equal('before');
        expect(el.shadowRoot!.querySelectorAll('select')).to.have.length(0);
        // A live region with role="status" is read as "statusbar" in a read-through, empty or not.
        expect(el.shadowRoot!.querySelectorAll('[role=status]')).to.have.length(0);
      });
    }
  });

  describe('Undo right after what was removed, one Tab away, with no time limit', () => {
    it('<tend-i-statement>: Start over focuses "Started over.", Undo is next; Undo brings the words back to the first field', async () => {
      const el = await mount(html`<tend-i-statement data-under-test></tend-i-statement>`);
      await type(el, '#emotion', 'calm');
      const heard = listen(el);
      button(el, 'Start over').focus();
      await hit('Enter');
      await settle(el);
      expect(focusedId()).to.equal('undo-message');
      expect(text(deepActive())).to.match(/^Started over\. Undo, the next button, brings it back\.$/);
      expect(await heard.stop(), 'the focus move says it: no live message').to.deep.equal([]);
      await aTimeout(100); // no time limit
      await undoIsNextTab();
      const undone = listen(el);
      await hit('Enter');
      await settle(el);
      expect((el.value as { emotion: string }).emotion).to.equal('calm');
      expect(focusedId()).to.equal('emotion');
      expect(await undone.stop()).to.deep.equal(['Your words are back.']);
    });

    it('<tend-check-in> and <tend-reflection-card>: Start over, Undo next', async () => {
      for (const template of [
        html`<tend-check-in data-under-test></tend-check-in>`,
        html`<tend-reflection-card data-under-test></tend-reflection-card>`,
      ]) {
        const el = await mount(template);
        await type(el, el.localName === 'tend-check-in' ? '#highlight' : '#answer', 'Lunch');
        button(el, 'Start over').focus();
        await hit('Enter');
        await settle(el);
        expect(focusedId(), el.localName).to.equal('undo-message');
        await undoIsNextTab();
      }
    });

    it('<tend-stop-timer>: Reset focuses "Started over.", Undo is next', async () => {
      const el = await mount(html`<tend-stop-timer data-under-test durations="5 5 5 5"></tend-stop-timer>`);
      el.clock = new FakeClock();
      button(el, 'Start').focus();
      await hit('Enter');
      await settle(el);
      button(el, 'Reset').focus();
      await hit('Enter');
      await settle(el);
      expect(focusedId()).to.equal('undo-message');
      await undoIsNextTab();
    });

    it('<tend-agreement>: Remove focuses "Removed: …" in its section, Undo is next, the item comes back focused; the last item of a section too', async () => {
      const el = await mount(html`<tend-agreement data-under-test></tend-agreement>`);
      for (const item of ['Dinner on Fridays', 'A walk on Sundays']) {
        fill(el, '#add-0', item);
        button(el, 'Add to “Time together”').click();
        await settle(el);
      }
      await aTimeout(100); // the last "Added to …" said
      const heard = listen(el);
      button(el, 'Remove Dinner on Fridays').focus();
      await hit('Enter');
      await settle(el);
      expect(focusedId()).to.equal('undo-message');
      expect(text(deepActive())).to.match(/^Removed: Dinner on Fridays/);
      expect(deepActive()!.closest('section')!.getAttribute('aria-labelledby'), 'in the item’s own section').to.equal('section-0');
      expect(await heard.stop(), 'said once, by the focus move').to.deep.equal([]);
      await undoIsNextTab();
      await hit('Enter');
      await settle(el);
      expect(text(el.shadowRoot!.querySelector('#items-hint'))).to.not.equal('');
      expect((deepActive() as HTMLTextAreaElement).value, 'the item is back, focused').to.equal('Dinner on Fridays');

      fill(el, '#add-1', 'Phones away at dinner');
      button(el, 'Add to “Boundaries”').click();
      await settle(el);
      button(el, 'Remove Phones away at dinner').focus();
      await hit('Enter');
      await settle(el);
      expect(text(deepActive()), 'removing a section’s last item: focus lands somewhere that is read').to.match(/^Removed: Phones away at dinner/);
      await undoIsNextTab();
    });

    it('Ctrl+Z outside a text field undoes, and the offer ends with the next edit, not with time', async () => {
      const el = await mount(html`<tend-agreement data-under-test></tend-agreement>`);
      fill(el, '#add-0', 'Dinner on Fridays');
      button(el, 'Add to “Time together”').click();
      await settle(el);
      button(el, 'Remove Dinner on Fridays').focus();
      await hit('Enter');
      await settle(el);
      await aTimeout(500);
      expect(el.shadowRoot!.querySelector('[part~=undo]'), 'still offered').to.not.equal(null);
      await hit('Control+z');
      await settle(el);
      expect((el.value as { sections: { items: string[] }[] }).sections[0]!.items).to.deep.equal(['Dinner on Fridays']);
      button(el, 'Remove Dinner on Fridays').click();
      await settle(el);
      await type(el, '#title', ' at home');
      expect(el.shadowRoot!.querySelector('[part~=undo]'), 'the next edit ends it').to.equal(null);
    });
  });

  describe('each change said once, focus where the change is', () => {
    it('<tend-reflection-card>: Next focuses the new card’s answer (named by its prompt, "2 of 5"); nothing more', async () => {
      const el = await mount(html`<tend-reflection-card data-under-test></tend-reflection-card>`);
      const first = el.shadowRoot!.querySelector('#answer');
      const heard = listen(el);
      button(el, 'Next').focus();
      await hit('Enter');
      await settle(el);
      expect(focusedId()).to.equal('answer');
      expect(deepActive(), 'a new field for a new question').to.not.equal(first);
      expect(await heard.stop()).to.deep.equal([]);
    });

    it('<tend-flow>: Skip focuses the next step’s heading, "Step 2 of 3: …", one level below the flow’s; no live message', async () => {
      const flow = await mount(html`<tend-flow data-under-test heading="Before we talk">
        <tend-stop-timer durations="3 3 3 3"></tend-stop-timer><tend-i-statement></tend-i-statement><tend-reflection-card></tend-reflection-card>
      </tend-flow>`);
      await settle(flow);
      const heard = listen(flow);
      button(flow, 'Skip').focus();
      await hit('Enter');
      await waitUntil(() => deepActive()?.localName === 'h3', 'focus on the step heading');
      expect(text(deepActive())).to.equal('Step 2 of 3: Say it without blame');
      expect(flow.shadowRoot!.querySelector('[part~=heading]')!.localName).to.equal('h2');
      expect(await heard.stop()).to.deep.equal([]);
      const bar = flow.shadowRoot!.querySelector('progress')!;
      expect(bar.getAttribute('aria-valuetext')).to.equal('Step 2 of 3');
    });

    it('<tend-agreement>: Done focuses the summary heading, described by the confirmation; no live message', async () => {
      const el = await mount(html`<tend-agreement data-under-test></tend-agreement>`);
      fill(el, '#add-0', 'Dinner on Fridays');
      button(el, 'Add to “Time together”').click();
      await settle(el);
      await aTimeout(100); // "Added to …" said
      const heard = listen(el);
      button(el, 'Done').focus();
      await hit('Enter');
      await waitUntil(() => focusedId() === 'summary-heading', 'focus on the summary heading');
      const described = el.shadowRoot!.getElementById(deepActive()!.getAttribute('aria-describedby')!);
      expect(text(described)).to.match(/^Finished\./);
      expect(await heard.stop()).to.deep.equal([]);
    });

    it('Done too early: focus on the first missing field with its error; the error stays while the person types (no new description under the cursor)', async () => {
      const el = await mount(html`<tend-i-statement data-under-test></tend-i-statement>`);
      button(el, 'Done').focus();
      await hit('Enter');
      await waitUntil(() => focusedId() === 'emotion', 'focus on the first missing field');
      const field = deepActive()!;
      const described = () => field.getAttribute('aria-describedby');
      expect(described()).to.equal('emotion-hint emotion-error');
      await hit('c');
      await hit('a');
      await settle(el);
      expect(described(), 'unchanged while typing').to.equal('emotion-hint emotion-error');
      await hit('Tab');
      await settle(el);
      expect(described(), 'gone once the person leaves the written field').to.equal('emotion-hint');
    });

    it('a coaching tip, once it appears, stays while the person types on (no re-reading at each keystroke)', async () => {
      const el = await mount(html`<tend-i-statement data-under-test></tend-i-statement>`);
      el.shadowRoot!.querySelector<HTMLTextAreaElement>('#need')!.focus();
      const field = deepActive()!;
      const seen = new Set<string>();
      for (const key of 'you to be nicer to me') {
        await hit(key);
        await settle(el);
        seen.add(field.getAttribute('aria-describedby') ?? '');
      }
      // "you to be nice" brings a tip (a trait asked of the other person); typing "r to me" after it keeps it (the describedby changed once: tip added).
      expect([...seen]).to.deep.equal(['need-hint', 'need-coaching need-hint']);
    });

    it('<tend-stop-timer notes>: time up says "Finish your note" only to someone in the note', async () => {
      for (const inNote of [true, false]) {
        const el = await mount(html`<tend-stop-timer data-under-test notes durations="1 1 1 5"></tend-stop-timer>`);
        const clock = new FakeClock();
        el.clock = clock;
        button(el, 'Start').click();
        clock.run(3100);
        await settle(el);
        if (inNote) el.shadowRoot!.querySelector<HTMLTextAreaElement>('#note-proceed')!.focus();
        else button(el, 'Done').focus();
        const heard = listen(el);
        clock.run(6000);
        await settle(el);
        expect(await heard.stop(), inNote ? 'in the note' : 'on Done').to.deep.equal([
          inNote ? 'The time is up. Finish your note, then press Done.' : 'The time is up. Press Done when you are ready.',
        ]);
        expect(el.shadowRoot!.querySelector('[part~=countdown]'), 'no big 0:00 beside "The time is up"').to.equal(null);
      }
    });
  });

  describe('the check-in: one tab stop per feelings group, arrows within', () => {
    it('reaches the highlight in 9 Tabs (7 groups, own words, highlight); arrows move, Space toggles, the stop follows', async () => {
      const el = await mount(html`<tend-check-in data-under-test></tend-check-in>`);
      el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
      let stops = 0;
      await tabTo(() => (stops++, deepActive()?.id === 'highlight'), 'Tab', 12);
      expect(stops).to.equal(9);
      el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
      await hit('Tab');
      expect(text(deepActive())).to.equal('sad');
      await hit('ArrowRight');
      await settle(el);
      expect(text(deepActive())).to.equal('disappointed');
      await hit(' ');
      await settle(el);
      expect(deepActive()!.getAttribute('aria-pressed')).to.equal('true');
      await hit('End');
      await settle(el);
      expect(text(deepActive())).to.equal('low');
      await hit('ArrowRight');
      await settle(el);
      expect(text(deepActive()), 'wraps around').to.equal('sad');
      await hit('ArrowLeft');
      await settle(el);
      await hit('Tab');
      expect(text(deepActive())).to.equal('anxious');
      await hit('Shift+Tab');
      expect(text(deepActive()), 'the group keeps the stop where the person left it').to.equal('low');
      const toolbar = deepActive()!.parentElement!;
      expect(toolbar.getAttribute('role')).to.equal('toolbar');
      expect(toolbar.getAttribute('aria-label')).to.equal('Sad');
    });
  });
});
