import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/entries/reflection-card.js';
import type { TendReflectionCard } from '../../src/entries/reflection-card.js';
import { escapeMarkdown } from '../../src/core/markdown.js';
import { storageKey } from '../../src/core/persistence.js';
import type { TendCompleteEvent } from '../../src/core/events.js';
import { builtInDecks, DECK_IDS, normalizePrompt } from '../../src/reflection-card/decks.js';
import { answersToText } from '../../src/reflection-card/export.js';
import { answersToMarkdown } from '../../src/reflection-card/markdown.js';
import { seededShuffle } from '../../src/reflection-card/shuffle.js';
import { assertNothingInjected, clearPwned, hostileStrings } from '../helpers/hostile.js';
import { captureWarnings } from '../helpers/warnings.js';
import { captureTakeAway, fileText } from '../security/take-away.js';
import { engine, skipBecause } from '../helpers/skip.js';
import { $, active, announced, button, fill, pressButton, root, status } from '../helpers/harness.js';

type El = TendReflectionCard;
const selfAwareness = builtInDecks['self-awareness'].prompts;

const answer = (el: El) => $<HTMLTextAreaElement>(el, '#answer');
const prompt = (el: El) => $(el, 'label[for=answer]').textContent!.trim();
const position = (el: El) => $(el, '[part~=progress]').textContent!.trim();
const prompts = (el: El) => el.value.answers.map((a) => a.prompt);

describe('<tend-reflection-card>', () => {
  afterEach(() => {
    localStorage.clear();
    clearPwned();
  });

  describe('decks', () => {
    for (const id of DECK_IDS) {
      it(`loads the ${id} deck: its count, first prompt and title`, async () => {
        const el = await fixture<El>(html`<tend-reflection-card deck=${id}></tend-reflection-card>`);
        const deck = builtInDecks[id];
        expect(prompt(el)).to.equal(deck.prompts[0]);
        expect(position(el)).to.equal(`1 of ${deck.prompts.length}`);
        expect($(el, '[part~=heading]').textContent!.trim()).to.equal(deck.title);
        expect(el.value).to.deep.equal({ deck: id, answers: deck.prompts.map((p) => ({ prompt: p, answer: '' })) });
      });
    }

    it('uses self-awareness by default, the five reflection questions of seed 001', async () => {
      const el = await fixture<El>(html`<tend-reflection-card></tend-reflection-card>`);
      expect(el.value.deck).to.equal('self-awareness');
      expect(prompts(el)).to.deep.equal(selfAwareness);
      expect(position(el)).to.equal('1 of 5');
    });

    it('falls back to the default deck with exactly one warning for a bad deck', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<El>(html`<tend-reflection-card deck="romance"></tend-reflection-card>`);
        el.requestUpdate();
        await el.updateComplete;
        fill(el, '#answer', 'still works');
        await el.updateComplete;
        expect(el.value.deck).to.equal('self-awareness');
        expect(prompt(el)).to.equal(selfAwareness[0]);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('tend-reflection-card').and.contain('deck').and.contain('"romance"').and.contain('self-awareness');
        expect(warnings.messages[0]).to.contain('progress');
      } finally {
        warnings.restore();
      }
    });

    it('switches deck when the attribute changes', async () => {
      const el = await fixture<El>(html`<tend-reflection-card></tend-reflection-card>`);
      el.setAttribute('deck', 'repair');
      await el.updateComplete;
      expect(prompt(el)).to.equal(builtInDecks.repair.prompts[0]);
      expect(position(el)).to.equal('1 of 6');
      expect(el.value.deck).to.equal('repair');
    });
  });

  describe('custom prompts', () => {
    it('takes one prompt from the prompt attribute, as a custom deck', async () => {
      const el = await fixture<El>(html`<tend-reflection-card prompt="What helped today?"></tend-reflection-card>`);
      expect(prompt(el)).to.equal('What helped today?');
      expect(position(el)).to.equal('1 of 1');
      expect(el.value).to.deep.equal({ deck: 'custom', answers: [{ prompt: 'What helped today?', answer: '' }] });
      expect($(el, '[part~=heading]').textContent!.trim()).to.equal('Reflection cards');
    });

    it('takes <li> and <p> children (and the <li> of a list) as prompts that replace the deck, and hides them', async () => {
      const el = await fixture<El>(html`<tend-reflection-card deck="repair">
        <p>What went well?</p>
        <li>What was hard?</li>
        <ol>
          <li>What did I learn?</li>
          <li>What <em>next</em>?</li>
        </ol>
      </tend-reflection-card>`);
      expect(el.value.deck).to.equal('custom');
      expect(prompts(el)).to.deep.equal(['What went well?', 'What was hard?', 'What did I learn?', 'What next?']);
      expect(position(el)).to.equal('1 of 4');
      expect(el.querySelector('p')!.getClientRects().length).to.equal(0);
      expect(el.querySelector('ol')!.getClientRects().length).to.equal(0);
    });

    it('follows the children when they change after render, keeping answers of prompts that stay', async () => {
      const el = await fixture<El>(html`<tend-reflection-card>
        <ul>
          <li>One?</li>
          <li>Two?</li>
        </ul>
      </tend-reflection-card>`);
      fill(el, '#answer', 'first answer');
      await el.updateComplete;
      const list = el.querySelector('ul')!;
      const three = document.createElement('li');
      three.textContent = 'Three?';
      list.append(three);
      await aTimeout(0);
      await el.updateComplete;
      expect(position(el)).to.equal('1 of 3');
      expect(el.value.answers).to.deep.equal([
        { prompt: 'One?', answer: 'first answer' },
        { prompt: 'Two?', answer: '' },
        { prompt: 'Three?', answer: '' },
      ]);
      list.children[1]!.textContent = 'Second, reworded?';
      await aTimeout(0);
      await el.updateComplete;
      expect(prompts(el)).to.deep.equal(['One?', 'Second, reworded?', 'Three?']);
      list.remove();
      await aTimeout(0);
      await el.updateComplete;
      expect(el.value.deck).to.equal('self-awareness');
      expect(prompt(el)).to.equal(selfAwareness[0]);
    });

    it('stops observing its children when disconnected, and catches up when back', async () => {
      const el = await fixture<El>(html`<tend-reflection-card><p>Before?</p></tend-reflection-card>`);
      const parent = el.parentElement!;
      el.remove();
      el.querySelector('p')!.textContent = 'After?';
      await aTimeout(0);
      expect(prompt(el)).to.equal('Before?');
      parent.append(el);
      await el.updateComplete;
      expect(prompt(el)).to.equal('After?');
    });
  });

  describe('one card at a time', () => {
    it('moves by keyboard: Tab to Next, Enter and Space; focus goes to the new answer (a new field, named by the prompt), nothing more is announced', async () => {
      const el = await fixture<El>(html`<tend-reflection-card></tend-reflection-card>`);
      answer(el).focus();
      await sendKeys({ type: 'Quiet mornings' });
      await el.updateComplete;
      expect(el.value.answers[0]!.answer).to.equal('Quiet mornings');
      await sendKeys({ press: 'Tab' });
      expect(active(el)!.textContent!.trim()).to.equal('Previous');
      await sendKeys({ press: 'Tab' });
      expect(active(el)!.textContent!.trim()).to.equal('Next');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(position(el)).to.equal('2 of 5');
      expect(prompt(el)).to.equal(selfAwareness[1]);
      expect(active(el)).to.equal(answer(el));
      expect(answer(el).value).to.equal('');
      expect(answer(el).getAttribute('aria-describedby')).to.equal('position');
      await aTimeout(80);
      expect(announced(el), 'the focus move says the new card: no live message on top').to.equal('');

      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(active(el)!.textContent!.trim()).to.equal('Next');
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      await el.updateComplete;
      expect(position(el)).to.equal('3 of 5');
      expect(active(el)).to.equal(answer(el));

      await sendKeys({ press: 'Tab' });
      expect(active(el)!.textContent!.trim()).to.equal('Previous');
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await el.updateComplete;
      expect(position(el)).to.equal('1 of 5');
      expect(answer(el).value).to.equal('Quiet mornings');
      expect(active(el)).to.equal(answer(el));
    });

    it('does nothing for Previous on the first card or Next and Skip on the last (marked aria-disabled)', async () => {
      const el = await fixture<El>(html`<tend-reflection-card prompt="Only one?"></tend-reflection-card>`);
      for (const name of ['Previous', 'Next', 'Skip']) {
        expect(button(el, name).getAttribute('aria-disabled')).to.equal('true');
        expect(button(el, name).hasAttribute('disabled')).to.equal(false);
        await pressButton(el, name);
        expect(position(el)).to.equal('1 of 1');
      }
    });

    it('skips to the next card, leaving the skipped answer empty', async () => {
      const el = await fixture<El>(html`<tend-reflection-card deck="jealousy"></tend-reflection-card>`);
      await pressButton(el, 'Skip');
      expect(position(el)).to.equal('2 of 5');
      expect(active(el)).to.equal(answer(el));
      expect(el.value.answers[0]!.answer).to.equal('');
    });

    it('grows the answer with its text', async () => {
      const el = await fixture<El>(html`<tend-reflection-card></tend-reflection-card>`);
      const before = answer(el).getBoundingClientRect().height;
      fill(el, '#answer', Array.from({ length: 30 }, (_, i) => `line ${i}`).join('\n'));
      await el.updateComplete;
      expect(answer(el).getBoundingClientRect().height).to.be.greaterThan(before * 2);
    });

    it('shows a word count only when asked for', async () => {
      const plain = await fixture<El>(html`<tend-reflection-card></tend-reflection-card>`);
      expect(root(plain).querySelector('.word-count')).to.equal(null);
      expect(root(plain).textContent).to.not.match(/streak|score/i);
      const el = await fixture<El>(html`<tend-reflection-card word-count></tend-reflection-card>`);
      expect($(el, '.word-count').textContent!.trim()).to.equal('0 words');
      fill(el, '#answer', 'one');
      await el.updateComplete;
      expect($(el, '.word-count').textContent!.trim()).to.equal('1 word');
      fill(el, '#answer', 'quiet mornings, kept promises');
      await el.updateComplete;
      expect($(el, '.word-count').textContent!.trim()).to.equal('4 words');
    });
  });

  describe('Done', () => {
    it('says what is missing when nothing is written: an error on the answer, focus there, no completion', async () => {
      const el = await fixture<El>(html`<tend-reflection-card></tend-reflection-card>`);
      let completed = 0;
      el.addEventListener('tend-complete', () => completed++);
      const done = button(el, 'Done');
      expect(done.hasAttribute('disabled')).to.equal(false);
      await pressButton(el, 'Done');
      expect(completed).to.equal(0);
      const error = $(el, '#answer-error');
      expect(error.textContent).to.contain('Nothing is written yet');
      expect(answer(el).getAttribute('aria-invalid')).to.equal('true');
      expect(answer(el).getAttribute('aria-describedby')!.split(' ')).to.include('answer-error');
      await waitUntil(() => active(el) === answer(el), 'focus on the answer, once its error is painted');
      fill(el, '#answer', 'Something');
      await el.updateComplete;
      expect(root(el).querySelector('#answer-error'), 'not while the person types').to.not.equal(null);
      button(el, 'Copy answers').focus();
      await el.updateComplete;
      expect(root(el).querySelector('#answer-error'), 'gone once they leave the written answer').to.equal(null);
      expect(answer(el).hasAttribute('aria-invalid')).to.equal(false);
    });

    it('completes with every prompt in order, skipped ones empty', async () => {
      const el = await fixture<El>(html`<tend-reflection-card></tend-reflection-card>`);
      fill(el, '#answer', 'I go quiet.');
      await pressButton(el, 'Next');
      await pressButton(el, 'Skip');
      fill(el, '#answer', 'Holding on too tight.\nThen pulling away.');
      await pressButton(el, 'Skip');
      await pressButton(el, 'Next');
      const completed = oneEvent(el, 'tend-complete') as Promise<TendCompleteEvent>;
      await pressButton(el, 'Done');
      const { detail } = await completed;
      expect(detail.exercise).to.equal('reflection-card');
      expect(detail.version).to.equal(1);
      expect(new Date(detail.completedAt).toISOString()).to.equal(detail.completedAt);
      expect(detail.data).to.deep.equal({
        deck: 'self-awareness',
        answers: [
          { prompt: selfAwareness[0], answer: 'I go quiet.' },
          { prompt: selfAwareness[1], answer: '' },
          { prompt: selfAwareness[2], answer: 'Holding on too tight.\nThen pulling away.' },
          { prompt: selfAwareness[3], answer: '' },
          { prompt: selfAwareness[4], answer: '' },
        ],
      });
      expect(status(el)).to.equal('Finished. Come back to these questions whenever you like: your answers can change.');
      const summary = $(el, '[part~=summary]');
      expect(summary.hidden).to.equal(false);
      expect([...summary.querySelectorAll('.summary-prompt')].map((p) => p.textContent!.trim())).to.deep.equal(selfAwareness);
      expect([...summary.querySelectorAll('.summary-answer')].map((p) => p.textContent!.trim())).to.deep.equal([
        'I go quiet.',
        '(skipped)',
        'Holding on too tight.\nThen pulling away.',
        '(skipped)',
        '(skipped)',
      ]);
    });
  });

  describe('value, reset and persistence', () => {
    it('keeps the answers and the current card under the persist key, and restores them', async () => {
      const el = await fixture<El>(html`<tend-reflection-card deck="progress" persist="week"></tend-reflection-card>`);
      fill(el, '#answer', 'I asked for help twice.');
      await pressButton(el, 'Next');
      await pressButton(el, 'Next');
      fill(el, '#answer', 'Calmer on Tuesday.');
      await el.updateComplete;
      const stored = JSON.parse(localStorage.getItem(storageKey('reflection-card', 'week'))!);
      expect(stored.data.answers[0].answer).to.equal('I asked for help twice.');
      expect(stored.data.answers[2].answer).to.equal('Calmer on Tuesday.');
      el.remove();

      const again = await fixture<El>(html`<tend-reflection-card deck="progress" persist="week"></tend-reflection-card>`);
      expect(position(again)).to.equal('3 of 6');
      expect(answer(again).value).to.equal('Calmer on Tuesday.');
      expect(again.value.answers[0]!.answer).to.equal('I asked for help twice.');
      expect($(again, '[part~=privacy]').textContent).to.contain('kept on this device');

      again.reset();
      await again.updateComplete;
      expect(localStorage.length).to.equal(0);
      expect(position(again)).to.equal('1 of 6');
      expect(again.value.answers.every((a) => a.answer === '')).to.equal(true);
    });

  });

  describe('shuffle', () => {
    it('shuffles the deck by a seed that stays for the element, and keeps the order across a reload with persist', async () => {
      const deck = builtInDecks.repair.prompts;
      const el = await fixture<El>(html`<tend-reflection-card deck="repair" shuffle persist="s"></tend-reflection-card>`);
      const order = prompts(el);
      expect([...order].sort()).to.deep.equal([...deck].sort());
      await pressButton(el, 'Next');
      fill(el, '#answer', 'Plans.');
      await el.updateComplete;
      const { seed, index } = JSON.parse(localStorage.getItem(storageKey('reflection-card', 's'))!).data.position;
      expect(index).to.equal(1);
      expect(order).to.deep.equal(seededShuffle(deck, seed));
      // Re-rendering, or the deck going away and coming back, keeps the order.
      el.setAttribute('deck', 'progress');
      await el.updateComplete;
      el.setAttribute('deck', 'repair');
      await el.updateComplete;
      expect(prompts(el)).to.deep.equal(order);
      el.remove();

      const again = await fixture<El>(html`<tend-reflection-card deck="repair" shuffle persist="s"></tend-reflection-card>`);
      expect(prompts(again)).to.deep.equal(order);
      expect(position(again)).to.equal('2 of 6');
      expect(prompt(again)).to.equal(order[1]);
      expect(answer(again).value).to.equal('Plans.');
    });

    it('keeps the deck order without shuffle, and answers stay with their prompt when shuffle is turned on', async () => {
      const el = await fixture<El>(html`<tend-reflection-card></tend-reflection-card>`);
      expect(prompts(el)).to.deep.equal(selfAwareness);
      fill(el, '#answer', 'first');
      await el.updateComplete;
      el.shuffle = true;
      await el.updateComplete;
      expect([...prompts(el)].sort()).to.deep.equal([...selfAwareness].sort());
      expect(el.value.answers.find((a) => a.prompt === selfAwareness[0])!.answer).to.equal('first');
      expect(prompt(el)).to.equal(selfAwareness[0]);
    });
  });

  describe('take-away', () => {
    it('copies the answers as text, downloads Markdown and prints', async () => {
      const captured = captureTakeAway();
      const print = window.print;
      let printed = 0;
      window.print = () => void printed++;
      try {
        const el = await fixture<El>(html`<tend-reflection-card deck="check-in"></tend-reflection-card>`);
        fill(el, '#answer', 'Tired but *glad*.');
        await el.updateComplete;
        await pressButton(el, 'Copy answers');
        await aTimeout(0);
        await el.updateComplete;
        const labels = { title: 'Check-in', skipped: '(skipped)' };
        expect(captured.clipboard).to.deep.equal([answersToText(el.value.answers, labels)]);
        expect(captured.clipboard[0]).to.contain('1. What feelings can I name?\nTired but *glad*.');
        expect(status(el)).to.equal('Copied to the clipboard.');
        await aTimeout(80);
        expect(announced(el)).to.equal('Copied to the clipboard.');

        await pressButton(el, 'Download');
        expect(captured.files).to.have.length(1);
        expect(captured.files[0]!.name).to.equal('check-in.md');
        expect(captured.files[0]!.type).to.contain('text/markdown');
        const md = await fileText(captured.files[0]!);
        expect(md).to.equal(answersToMarkdown(el.value.answers, labels));
        expect(md).to.contain('Tired but \\*glad\\*.');
        expect(status(el)).to.contain('check-in.md');

        await pressButton(el, 'Print');
        expect(printed).to.equal(1);
      } finally {
        captured.restore();
        window.print = print;
      }
    });
  });

  describe('print', () => {
    it('prints all prompts and answers as a clean document, without the card or buttons', async function () {
      if (engine !== 'Chromium') skipBecause(this, 'print media emulation goes through puppeteer\'s CDP (Chromium only)');
      const el = await fixture<El>(html`<tend-reflection-card theme="dark"></tend-reflection-card>`);
      fill(el, '#answer', 'Printed answer.');
      await el.updateComplete;
      await emulateMedia({ media: 'print' });
      try {
        const shown = (selector: string) => getComputedStyle($(el, selector)).display !== 'none';
        expect(shown('[part~=summary]')).to.equal(true);
        expect(shown('[part~=card]')).to.equal(false);
        expect([...root(el).querySelectorAll('button')].some((b) => b.getClientRects().length > 0)).to.equal(false);
        expect([...root(el).querySelectorAll('.summary-prompt')].map((p) => p.textContent!.trim())).to.deep.equal(selfAwareness);
        expect(getComputedStyle($(el, '[part~=base]')).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });
  });

  describe('hostile text', () => {
    it('shows hostile prompts from the attribute and from <li> children literally', async () => {
      for (const text of hostileStrings) {
        const el = await fixture<El>(html`<tend-reflection-card prompt=${text}></tend-reflection-card>`);
        expect(prompt(el)).to.equal(normalizePrompt(text));
        assertNothingInjected(el.shadowRoot!);
      }
      const el = await fixture<El>(html`<tend-reflection-card>
        <ol>
          ${hostileStrings.map((text) => html`<li>${text}</li>`)}
        </ol>
      </tend-reflection-card>`);
      expect(prompts(el)).to.deep.equal(hostileStrings.map(normalizePrompt).filter(Boolean));
      expect(prompt(el)).to.equal(normalizePrompt(hostileStrings[0]!));
      assertNothingInjected(el.shadowRoot!);
    });

    it('keeps hostile answers literal in the data, the summary and the Markdown', async () => {
      const captured = captureTakeAway();
      try {
        const el = await fixture<El>(html`<tend-reflection-card prompt=${hostileStrings[1]!}></tend-reflection-card>`);
        for (const text of hostileStrings) {
          fill(el, '#answer', text);
          await el.updateComplete;
          expect(el.value.answers[0]!.answer).to.equal(text);
        }
        fill(el, '#answer', hostileStrings[0]!);
        await pressButton(el, 'Done');
        expect($(el, '.summary-answer').textContent).to.equal(hostileStrings[0]);
        expect($(el, '.summary-prompt').textContent).to.equal(hostileStrings[1]);
        assertNothingInjected(el.shadowRoot!);
        await pressButton(el, 'Download');
        const md = await fileText(captured.files[0]!);
        expect(md).to.contain(escapeMarkdown(hostileStrings[0]!));
        expect(md).to.contain(escapeMarkdown(hostileStrings[1]!));
        expect(md).to.not.match(/(^|[^\\])<img/);
        expect(md).to.not.match(/(^|[^\\])<script/);
      } finally {
        captured.restore();
      }
    });
  });
});
