import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/entries/i-statement.js';
import type { TendIStatement } from '../../src/entries/i-statement.js';
import { storageKey } from '../../src/core/persistence.js';
import { assertNothingInjected, hostileStrings } from '../helpers/hostile.js';
import { captureWarnings } from '../helpers/warnings.js';
import { $, $$, button, errorOf, pressButton, root, status } from '../helpers/harness.js';
import { typeKeys } from '../helpers/keyboard.js';

const seedExample =
  "I feel anxious when you don't text back for hours because I start worrying something's wrong. I need us to agree on communication expectations.";

const field = (el: TendIStatement, id: string) => $<HTMLInputElement>(el, `#${id}`);
const sentence = (el: TendIStatement) => $(el, '[part=sentence]').textContent!.trim();
const options = (el: TendIStatement) => $$(el, '[role=option]').map((o) => o.textContent!.trim());
const listbox = (el: TendIStatement) => $(el, '[role=listbox]');

async function filled(): Promise<TendIStatement> {
  return fixture<TendIStatement>(html`<tend-i-statement
    emotion="anxious"
    situation="you don't text back for hours"
    reason="I start worrying something's wrong"
    need="us to agree on communication expectations"
  ></tend-i-statement>`);
}

describe('<tend-i-statement>', () => {
  afterEach(() => localStorage.clear());

  describe('structure and names', () => {
    it('has four labelled fields in the formula order, each with a hint, and a Done button', async () => {
      const el = await fixture<TendIStatement>(html`<tend-i-statement></tend-i-statement>`);
      const ids = [...root(el).querySelectorAll('[part~=input]')].map((f) => f.id);
      expect(ids).to.deep.equal(['emotion', 'situation', 'reason', 'need']);
      const words = ['feel', 'when', 'because', 'need'];
      ids.forEach((id, i) => {
        const label = $(el, `label[for=${id}]`).textContent!;
        expect(label.toLowerCase()).to.contain(words[i]);
        expect(field(el, id).getAttribute('aria-describedby')).to.contain(`${id}-hint`);
        expect($(el, `#${id}-hint`).textContent!.trim()).to.not.equal('');
      });
      expect($(el, 'label[for=reason]').textContent).to.contain('optional');
      expect(button(el, 'Done').hasAttribute('disabled')).to.equal(false);
      expect($(el, '[part=heading]').textContent).to.equal('Say it without blame');
    });

    it('makes the feelings field an accessible combobox with a grouped listbox', async () => {
      const el = await fixture<TendIStatement>(html`<tend-i-statement></tend-i-statement>`);
      const input = field(el, 'emotion');
      expect(input.getAttribute('role')).to.equal('combobox');
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expect(input.getAttribute('aria-controls')).to.equal('emotion-list');
      expect(listbox(el).hidden).to.equal(true);
      button(el, 'Show feeling words').click();
      await el.updateComplete;
      expect(input.getAttribute('aria-expanded')).to.equal('true');
      const groups = [...root(el).querySelectorAll('[role=listbox] > [role=group]')].map((g) => g.getAttribute('aria-label'));
      expect(groups).to.include.members(['Sad', 'Anxious', 'Angry', 'Hurt', 'Lonely', 'Overwhelmed']);
      expect(root(el).activeElement).to.equal(input);
    });
  });

  describe('events', () => {
    it('fires tend-complete with the data when Done is pressed on a complete sentence, and says it is finished', async () => {
      const el = await filled();
      setTimeout(() => button(el, 'Done').click());
      const event = await oneEvent(document, 'tend-complete'); // its envelope: test/contract/
      expect(event.detail.data).to.deep.equal({
        emotion: 'anxious',
        situation: "you don't text back for hours",
        reason: "I start worrying something's wrong",
        need: 'us to agree on communication expectations',
        text: seedExample,
      });
      await el.updateComplete;
      expect(status(el)).to.equal('Finished. Your sentence is ready for when the moment is right.');
    });
  });

  describe('the sentence', () => {
    it('previews as it is typed and reads naturally without "because"', async () => {
      const el = await fixture<TendIStatement>(html`<tend-i-statement></tend-i-statement>`);
      expect(sentence(el)).to.equal('I feel … when … I need …');
      await typeKeys(el, '#emotion', 'Hurt');
      await typeKeys(el, '#situation', 'When  you  cancel plans ,');
      await typeKeys(el, '#need', 'I need a heads-up..');
      expect(sentence(el)).to.equal('I feel hurt when you cancel plans. I need a heads-up.');
      expect(el.value.text).to.equal('I feel hurt when you cancel plans. I need a heads-up.');
      await typeKeys(el, '#reason', "because i'd planned my day.");
      expect(sentence(el)).to.equal("I feel hurt when you cancel plans because I'd planned my day. I need a heads-up.");
    });

    it('is not a live region, so it is not read on every keystroke; "Check my sentence" announces it', async () => {
      const el = await filled();
      const preview = $(el, '[part=preview]');
      expect(preview.closest('[aria-live]')).to.equal(null);
      expect(preview.querySelector('[aria-live]')).to.equal(null);
      button(el, 'Check my sentence').click();
      await aTimeout(80);
      await el.updateComplete;
      expect($(el, '[aria-live=polite]').textContent).to.equal(`${seedExample} Your sentence is ready.`);
      expect(status(el)).to.equal('Your sentence is ready.');
    });

    it('"Check my sentence" says what is still missing', async () => {
      const el = await fixture<TendIStatement>(html`<tend-i-statement situation="you leave"></tend-i-statement>`);
      button(el, 'Check my sentence').click();
      await el.updateComplete;
      expect(status(el)).to.equal('Still to write: how you feel and what you need.');
    });

    it('prefills from attributes, takes value and submits the sentence in a form', async () => {
      const form = await fixture<HTMLFormElement>(html`<form><tend-i-statement name="said" emotion="sad"></tend-i-statement></form>`);
      const el = form.querySelector('tend-i-statement')!;
      await el.updateComplete;
      expect(field(el, 'emotion').value).to.equal('sad');
      expect(new FormData(form).get('said')).to.equal('');
      el.value = { emotion: 'lonely', situation: 'you work late', reason: '', need: 'an evening together', text: 'ignored' };
      await el.updateComplete;
      expect(field(el, 'situation').value).to.equal('you work late');
      expect(el.value.text).to.equal('I feel lonely when you work late. I need an evening together.');
      expect(new FormData(form).get('said')).to.equal('I feel lonely when you work late. I need an evening together.');
    });

    // The contract suite (test/contract/) checks that Start over sends tend-change and leaves no draft.
    it('"Start over" empties every field and focuses "Started over.", Undo right after it', async () => {
      const el = await fixture<TendIStatement>(html`<tend-i-statement></tend-i-statement>`);
      await typeKeys(el, '#need', 'a hug');
      await typeKeys(el, '#reason', 'I care');
      await pressButton(el, 'Start over');
      expect(field(el, 'need').value).to.equal('');
      expect(field(el, 'reason').value).to.equal('');
      expect(root(el).activeElement?.id).to.equal('undo-message');
      expect(root(el).activeElement?.nextElementSibling?.textContent?.trim()).to.equal('Undo');
    });

    it('"Start over" goes back to the prefilled words', async () => {
      const el = await fixture<TendIStatement>(html`<tend-i-statement emotion="sad"></tend-i-statement>`);
      await typeKeys(el, '#emotion', ' and tired');
      button(el, 'Start over').click();
      await el.updateComplete;
      expect(field(el, 'emotion').value).to.equal('sad');
    });
  });

  describe('the feelings picker by keyboard and pointer', () => {
    it('filters as you type; arrows move, Enter picks, Escape closes', async () => {
      const el = await fixture<TendIStatement>(html`<tend-i-statement></tend-i-statement>`);
      const input = field(el, 'emotion');
      await typeKeys(el, '#emotion', 'wor');
      expect(input.getAttribute('aria-expanded')).to.equal('true');
      expect(options(el)).to.deep.equal(['worried']);
      input.value = '';
      input.dispatchEvent(new InputEvent('input'));
      await el.updateComplete;
      expect(input.getAttribute('aria-expanded')).to.equal('false');

      await sendKeys({ type: 'ove' });
      await el.updateComplete;
      // a word or a whole group whose name matches
      expect(options(el)[0]).to.equal('overwhelmed');
      expect($(el, '[role=group]').getAttribute('aria-label')).to.equal('Overwhelmed');
      // a free word stays allowed: the list opens but nothing is chosen until asked
      expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expect(input.value).to.equal('ove');

      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(input.getAttribute('aria-expanded')).to.equal('true');
      expect(input.getAttribute('aria-activedescendant')).to.equal('option-0');
      expect($(el, '#option-0').getAttribute('aria-selected')).to.equal('true');
      setTimeout(() => sendKeys({ press: 'Enter' }));
      const change = await oneEvent(el, 'tend-change');
      expect(change.detail.data.emotion).to.equal('overwhelmed');
      await el.updateComplete;
      expect(input.value).to.equal('overwhelmed');
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expect(root(el).activeElement).to.equal(input);
    });

    it('opens the whole list with ArrowDown/ArrowUp, wraps around and keeps the active option selected', async () => {
      const el = await fixture<TendIStatement>(html`<tend-i-statement emotions="calm, hurt, hopeful"></tend-i-statement>`);
      const input = field(el, 'emotion');
      input.focus();
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(options(el)).to.deep.equal(['calm', 'hurt', 'hopeful']);
      expect(input.getAttribute('aria-activedescendant')).to.equal('option-2');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(input.getAttribute('aria-activedescendant')).to.equal('option-0');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(input.getAttribute('aria-activedescendant')).to.equal('option-1');
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(input.getAttribute('aria-activedescendant')).to.equal('option-2');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.value.emotion).to.equal('hopeful');
      // Tab leaves the field and closes the list
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(input.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(input.getAttribute('aria-expanded')).to.equal('false');
    });

    it('picks a word by click, keeping focus in the field', async () => {
      const el = await fixture<TendIStatement>(html`<tend-i-statement></tend-i-statement>`);
      await typeKeys(el, '#emotion', 'lo');
      const lonely = [...root(el).querySelectorAll<HTMLElement>('[role=option]')].find((o) => o.textContent!.trim() === 'lonely')!;
      lonely.click();
      await el.updateComplete;
      expect(el.value.emotion).to.equal('lonely');
      expect(listbox(el).hidden).to.equal(true);
    });

    it('allows any free word, and still offers every word on request', async () => {
      const el = await fixture<TendIStatement>(html`<tend-i-statement></tend-i-statement>`);
      await typeKeys(el, '#emotion', 'wistful');
      await sendKeys({ press: 'Enter' });
      expect(field(el, 'emotion').getAttribute('aria-expanded')).to.equal('false');
      expect(el.value.emotion).to.equal('wistful');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(options(el)).to.include.members(['sad', 'anxious', 'calm']);
      expect(field(el, 'emotion').getAttribute('aria-activedescendant')).to.equal('option-0');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(el.value.emotion).to.equal('wistful');
      // typing filters again
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(field(el, 'emotion').getAttribute('aria-expanded')).to.equal('false');
    });
  });

  describe('coaching hints', () => {
    const cases = [
      ['emotion', 'I feel that you never listen', 'hintEmotionThought'],
      ['emotion', 'ignored', 'hintEmotionAccusation'],
      ['situation', 'you always come home late', 'hintSituationAbsolute'],
      ['situation', 'you make me feel small', 'hintSituationMakeMe'],
      ['need', 'I need you to be more considerate', 'hintNeedCharacter'],
    ] as const;

    for (const [id, text, key] of cases) {
      it(`shows ${key} under the ${id} field, wired by aria-describedby, and never blocks`, async () => {
        const el = await fixture<TendIStatement>(html`<tend-i-statement></tend-i-statement>`);
        await typeKeys(el, `#${id}`, text);
        const coaching = $(el, `#${id}-coaching`);
        expect(coaching).to.exist;
        expect(coaching.querySelector(`[data-hint=${key}]`)).to.exist;
        expect(field(el, id).getAttribute('aria-describedby')!.split(' ')).to.include(`${id}-coaching`);
        expect(coaching.textContent).to.match(/try/i);
        expect(root(el).querySelectorAll('[part=coaching] p').length).to.equal(1);
      });
    }

    it('names the accusing word', async () => {
      const el = await fixture<TendIStatement>(html`<tend-i-statement emotion="Manipulated"></tend-i-statement>`);
      expect($(el, '#emotion-coaching').textContent).to.contain('"manipulated" tells what happened to you');
    });

    it('stays quiet on a clear I-statement, and with no-hints', async () => {
      const el = await filled();
      expect(root(el).querySelector('[part=coaching]')).to.equal(null);
      expect(field(el, 'emotion').getAttribute('aria-describedby')).to.equal('emotion-hint');
      const quiet = await fixture<TendIStatement>(html`<tend-i-statement no-hints emotion="ignored" situation="you never call"></tend-i-statement>`);
      expect(root(quiet).querySelector('[part=coaching]')).to.equal(null);
      quiet.noHints = false;
      await quiet.updateComplete;
      expect(root(quiet).querySelectorAll('[part=coaching]').length).to.equal(2);
    });

    it('does not stop Done', async () => {
      const el = await fixture<TendIStatement>(html`<tend-i-statement emotion="ignored" situation="you never call" need="you to care"></tend-i-statement>`);
      setTimeout(() => button(el, 'Done').click());
      const event = await oneEvent(el, 'tend-complete');
      expect(event.detail.data.text).to.equal('I feel ignored when you never call. I need you to care.');
    });
  });

  describe('Done pressed too early', () => {
    it('says which field is missing and what to write, wires the error to it and moves focus there', async () => {
      const el = await fixture<TendIStatement>(html`<tend-i-statement emotion="sad"></tend-i-statement>`);
      let completed = 0;
      el.addEventListener('tend-complete', () => completed++);
      const done = button(el, 'Done');
      done.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(completed).to.equal(0);
      // Focus moves once the errors are painted: the field is read with its error once.
      await waitUntil(() => root(el).activeElement === field(el, 'situation'), 'focus on the first missing field');
      for (const id of ['situation', 'need']) {
        const input = field(el, id);
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(input.getAttribute('aria-describedby')!.split(' ')).to.include(`${id}-error`);
        const error = $(el, `#${id}-error`);
        expect(error.querySelector('.visually-hidden')!.textContent).to.equal('Error:');
      }
      expect(errorOf(el, 'situation')).to.equal(
        'Error: Write what happened in the "when" field, such as "you don\'t text back for hours".',
      );
      expect(root(el).querySelector('#emotion-error')).to.equal(null);
      expect(field(el, 'emotion').hasAttribute('aria-invalid')).to.equal(false);
      // writing in the field keeps its error (no description changing under the cursor); leaving it clears it
      await sendKeys({ type: 'you leave' });
      await el.updateComplete;
      expect(root(el).querySelector('#situation-error')).to.not.equal(null);
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(root(el).querySelector('#situation-error')).to.equal(null);
      expect(field(el, 'situation').hasAttribute('aria-invalid')).to.equal(false);
      done.click();
      await waitUntil(() => root(el).activeElement === field(el, 'need'), 'focus on the need');
    });

    it('focuses the feelings field first when everything is empty', async () => {
      const el = await fixture<TendIStatement>(html`<tend-i-statement></tend-i-statement>`);
      button(el, 'Done').click();
      await waitUntil(() => root(el).activeElement === field(el, 'emotion'), 'focus on the feeling');
      expect(root(el).querySelectorAll('.error').length).to.equal(3);
    });
  });

  describe('example and copy', () => {
    it("toggles the seed's example", async () => {
      const el = await fixture<TendIStatement>(html`<tend-i-statement></tend-i-statement>`);
      const toggle = button(el, 'Show an example');
      const example = $(el, '#example');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal('example');
      expect(example.hidden).to.equal(true);
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(example.hidden).to.equal(false);
      expect(example.querySelector('blockquote')!.textContent!.trim()).to.equal(seedExample);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(example.hidden).to.equal(true);
    });

    describe('copy', () => {
      let written: string[];
      let refuse = false;
      const clipboard = navigator.clipboard as unknown as Record<string, unknown>;
      beforeEach(() => {
        written = [];
        refuse = false;
        clipboard.writeText = async (text: string) => {
          if (refuse) throw new DOMException('no', 'NotAllowedError');
          written.push(text);
        };
      });
      afterEach(() => {
        delete clipboard.writeText;
      });

      it('copies the sentence and confirms it visibly and aloud', async () => {
        const el = await filled();
        button(el, 'Copy the sentence').click();
        await aTimeout(80);
        await el.updateComplete;
        expect(written).to.deep.equal([seedExample]);
        expect(status(el)).to.equal('Copied to the clipboard.');
        expect($(el, '[aria-live=polite]').textContent).to.equal('Copied to the clipboard.');
      });

      it('says what is missing instead of copying nothing', async () => {
        const el = await fixture<TendIStatement>(html`<tend-i-statement emotion="sad"></tend-i-statement>`);
        button(el, 'Copy the sentence').click();
        await aTimeout(0);
        await el.updateComplete;
        expect(written).to.deep.equal([]);
        expect(status(el)).to.equal('There is no sentence to copy yet. Still to write: what happened and what you need.');
      });
    });
  });

  describe('persistence', () => {
    it('restores the draft from localStorage, over the prefill', async () => {
      const el = await fixture<TendIStatement>(html`<tend-i-statement persist="p1" emotion="sad"></tend-i-statement>`);
      await typeKeys(el, '#situation', 'you go quiet');
      expect(JSON.parse(localStorage.getItem(storageKey('i-statement', 'p1'))!).data.situation).to.equal('you go quiet');
      const again = await fixture<TendIStatement>(html`<tend-i-statement persist="p1" emotion="calm"></tend-i-statement>`);
      expect(field(again, 'situation').value).to.equal('you go quiet');
      expect(field(again, 'emotion').value).to.equal('sad');
      expect(again.value).to.deep.equal({ emotion: 'sad', situation: 'you go quiet', reason: '', need: '', text: '' });
    });

  });

  describe('hostile text', () => {
    it('shows every hostile string literally in fields, preview and hints', async () => {
      const el = await fixture<TendIStatement>(html`<tend-i-statement></tend-i-statement>`);
      for (const text of hostileStrings) {
        el.value = { emotion: text, situation: text, reason: text, need: text, text: '' };
        await el.updateComplete;
        for (const id of ['emotion', 'situation', 'reason', 'need']) expect(field(el, id).value).to.equal(text);
        expect(el.value.text).to.not.equal('');
        expect(sentence(el)).to.equal(el.value.text);
        assertNothingInjected(root(el));
      }
      expect(el.value.text).to.equal(`I feel ${'x'.repeat(10_000)} when ${'x'.repeat(10_000)} because ${'x'.repeat(10_000)}. I need ${'x'.repeat(10_000)}.`);
    });

    it('shows hostile text typed by a person, and a hostile vocabulary, literally', async () => {
      const hostileVocabulary = `${hostileStrings[0]}, calm`;
      const el = await fixture<TendIStatement>(html`<tend-i-statement emotions=${hostileVocabulary}></tend-i-statement>`);
      await typeKeys(el, '#situation', '<script>window.__tendPwned=1</script>');
      expect(sentence(el)).to.contain('<script>window.__tendPwned=1</script>');
      button(el, 'Show feeling words').click();
      await el.updateComplete;
      expect(options(el)).to.deep.equal(['<img src=x onerror="window.__tendPwned=1">', 'calm']);
      assertNothingInjected(root(el));
    });
  });

  describe('attributes', () => {
    it('uses an emotions list instead of the built-in vocabulary', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<TendIStatement>(html`<tend-i-statement emotions=" calm,hurt ,, calm, worn out"></tend-i-statement>`);
        button(el, 'Show feeling words').click();
        await el.updateComplete;
        expect(options(el)).to.deep.equal(['calm', 'hurt', 'worn out']);
        expect($(el, '[role=group]').getAttribute('aria-label')).to.equal('Your words');
        expect(warnings.messages).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });

    for (const bad of ['', ' , , ']) {
      it(`falls back to the built-in vocabulary with one warning for emotions=${JSON.stringify(bad)}`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await fixture<TendIStatement>(html`<tend-i-statement emotions=${bad}></tend-i-statement>`);
          button(el, 'Show feeling words').click();
          await el.updateComplete;
          await typeKeys(el, '#emotion', 'a');
          el.requestUpdate();
          await el.updateComplete;
          expect(warnings.messages).to.have.length(1);
          expect(warnings.messages[0])
            .to.contain('<tend-i-statement>')
            .and.contain('emotions')
            .and.contain(JSON.stringify(bad))
            .and.contain('comma-separated list of feeling words');
          field(el, 'emotion').value = '';
          field(el, 'emotion').dispatchEvent(new InputEvent('input'));
          button(el, 'Show feeling words').click();
          await el.updateComplete;
          expect(options(el)).to.include.members(['sad', 'anxious', 'angry', 'hurt', 'lonely', 'overwhelmed']);
        } finally {
          warnings.restore();
        }
      });
    }

    it('gives the default theme and one warning for an invalid theme, without breaking', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<TendIStatement>(html`<tend-i-statement theme="neon"></tend-i-statement>`);
        el.requestUpdate();
        await el.updateComplete;
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('theme').and.contain('"neon"');
        expect(field(el, 'emotion')).to.exist;
      } finally {
        warnings.restore();
      }
    });
  });
});
