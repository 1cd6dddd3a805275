import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/entries/agreement.js';
import type { TendAgreement } from '../../src/entries/agreement.js';
import { nextReviewDate } from '../../src/agreement/review.js';
import { toLocalDate, todayIso } from '../../src/core/dates.js';
import type { AgreementData } from '../../src/entries/data.js';
import { assertNothingInjected, hostileStrings } from '../helpers/hostile.js';
import { renderMarkdown } from '../helpers/markdown.js';
import { captureWarnings } from '../helpers/warnings.js';
import { octets, physicalLines, unescapeText, unfold } from './ics-helpers.js';
import { skipBecause } from '../helpers/skip.js';
import { $, $$, active, button, findButton, root, settle } from '../helpers/harness.js';
import { hit, typeKeys } from '../helpers/keyboard.js';

const sectionInputs = (el: TendAgreement, section: number) => [
  ...$$(el, '[part~=section]')[section]!.querySelectorAll<HTMLInputElement>('[part~=item] textarea'),
];
const itemValues = (el: TendAgreement, section: number) => sectionInputs(el, section).map((input) => input.value);

/** Types a new item into a section's add field and presses Enter, as a keyboard user does. */
async function addByKeyboard(el: TendAgreement, section: number, text: string) {
  await typeKeys(el, `#add-${section}`, text);
  await sendKeys({ press: 'Enter' });
  await settle(el);
}

function filled(): AgreementData {
  return {
    title: 'Alex & me',
    with: ['Alex'],
    sections: [
      { id: 'time', title: 'Time together', items: ['Tuesday evenings', 'A daily check in'] },
      { id: 'boundaries', title: 'Boundaries', items: ['My Sundays are mine'] },
      { id: 'communication', title: 'Communication style', items: [] },
    ],
    review: { cadence: 'monthly', agreedOn: '2024-01-01', lastReviewed: '2024-01-31', nextReview: '2024-02-29' },
  };
}

describe('<tend-agreement>', () => {
  afterEach(() => localStorage.clear());

  describe('templates', () => {
    it('starts with the three-point template and the contract data shape', async () => {
      const el = await fixture<TendAgreement>(html`<tend-agreement></tend-agreement>`);
      expect(el.value).to.deep.equal({
        title: 'Our agreement',
        with: [],
        sections: [
          { id: 'time', title: 'Time together', items: [] },
          { id: 'boundaries', title: 'Boundaries', items: [] },
          { id: 'communication', title: 'Communication style', items: [] },
        ],
        review: { cadence: 'monthly', agreedOn: todayIso(), lastReviewed: null, nextReview: nextReviewDate(null, 'monthly', todayIso()) },
      });
      expect($$(el, '[part~=section-title]').map((h) => h.textContent)).to.deep.equal(['Time together', 'Boundaries', 'Communication style']);
      // Each section has its one-line prompt and an example as placeholder.
      expect($$(el, '[part~=section] > [part~=hint]')).to.have.length(3);
      expect($<HTMLInputElement>(el, '#add-0').placeholder).to.match(/^For example: /);
    });

    it('full adds privacy, safety, living arrangements & travel and new relationships', async () => {
      const el = await fixture<TendAgreement>(html`<tend-agreement template="full"></tend-agreement>`);
      expect(el.value.sections.map((s) => s.title)).to.deep.equal([
        'Time together',
        'Boundaries',
        'Communication style',
        'Privacy',
        'Safety',
        'Living arrangements & travel',
        'New relationships',
      ]);
      for (const section of $$(el, '[part~=section]')) {
        expect(section.querySelector('[part~=hint]')!.textContent!.trim()).not.to.equal('');
        expect(section.querySelector<HTMLTextAreaElement>('.add textarea')!.placeholder).to.match(/^For example: ./);
      }
    });

    it('blank has a single open section', async () => {
      const el = await fixture<TendAgreement>(html`<tend-agreement template="blank"></tend-agreement>`);
      expect(el.value.sections).to.deep.equal([{ id: 'agreements', title: 'Agreements', items: [] }]);
    });

    it('takes a custom template from a JSON child', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<TendAgreement>(html`<tend-agreement
          ><script type="application/json">
            { "title": "Weekdays", "sections": [{ "id": "evenings", "title": "Evenings", "prompt": "Which evenings are ours?", "examples": ["Tuesday"], "items": ["Thursday is for friends"] }, { "title": "Money" }] }
          </script></tend-agreement
        >`);
        expect(warnings.messages).to.deep.equal([]);
        expect(el.value.title).to.equal('Weekdays');
        expect(el.value.sections).to.deep.equal([
          { id: 'evenings', title: 'Evenings', items: ['Thursday is for friends'] },
          { id: 'money', title: 'Money', items: [] },
        ]);
        expect($(el, '#prompt-0').textContent).to.equal('Which evenings are ours?');
        expect($<HTMLInputElement>(el, '#add-0').placeholder).to.equal('For example: Tuesday');
      } finally {
        warnings.restore();
      }
    });

    it('ignores a data-tend-strings child when looking for a template', async () => {
      const el = await fixture<TendAgreement>(html`<tend-agreement
        ><script type="application/json" data-tend-strings>
          { "section.time.title": "Our time" }
        </script></tend-agreement
      >`);
      expect(el.value.sections.map((s) => s.title)).to.deep.equal(['Our time', 'Boundaries', 'Communication style']);
    });

    for (const [what, json, problem] of [
      ['invalid JSON', '{ "sections": [ { "title": "a" } ', 'not valid JSON'],
      ['a wrong shape', '{ "sections": [ { "name": "a" } ] }', 'sections[0].title must be a string'],
      ['no sections', '{ "sections": [] }', 'at least 1'],
    ]) {
      it(`falls back to the default template with one warning for ${what}`, async () => {
        const warnings = captureWarnings();
        try {
          const el = await fixture<TendAgreement>(html`<tend-agreement
            ><script type="application/json">
              ${json}
            </script></tend-agreement
          >`);
          el.requestUpdate();
          await el.updateComplete;
          el.reset();
          await el.updateComplete;
          expect(el.value.sections.map((s) => s.id)).to.deep.equal(['time', 'boundaries', 'communication']);
          expect(warnings.messages).to.have.length(1);
          expect(warnings.messages[0]).to.contain('<tend-agreement>').and.contain('custom template').and.contain(problem).and.contain('three-point');
        } finally {
          warnings.restore();
        }
      });
    }

    it('warns once for template="custom" without a JSON child', async () => {
      const warnings = captureWarnings();
      try {
        const el = await fixture<TendAgreement>(html`<tend-agreement template="custom"></tend-agreement>`);
        expect(el.value.sections).to.have.length(3);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('template="custom"');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('attributes', () => {
    it('reads with, review and reviewed', async () => {
      const el = await fixture<TendAgreement>(html`<tend-agreement with=" Alex, ,Sam " review="quarterly" reviewed="2023-11-30"></tend-agreement>`);
      expect(el.value.with).to.deep.equal(['Alex', 'Sam']);
      expect(el.value.review).to.deep.equal({ cadence: 'quarterly', agreedOn: null, lastReviewed: '2023-11-30', nextReview: '2024-02-29' });
      expect($<HTMLInputElement>(el, '#with').value).to.equal('Alex, Sam');
      expect($<HTMLInputElement>(el, '#cadence input:checked').value).to.equal('quarterly');
    });

    for (const [attribute, value, accepted, check] of [
      ['template', 'fancy', '"three-point"', (d: AgreementData) => expect(d.sections).to.have.length(3)],
      ['review', 'yearly', '"weekly"', (d: AgreementData) => expect(d.review.cadence).to.equal('monthly')],
      ['reviewed', '2023-02-29', 'YYYY-MM-DD', (d: AgreementData) => expect(d.review.lastReviewed).to.equal(null)],
      ['reviewed', 'last week', 'YYYY-MM-DD', (d: AgreementData) => expect(d.review.lastReviewed).to.equal(null)],
    ] as const) {
      it(`${attribute}="${value}" gives the default and exactly one warning`, async () => {
        const warnings = captureWarnings();
        try {
          const el = document.createElement('tend-agreement');
          el.setAttribute(attribute, value);
          document.body.append(el);
          await el.updateComplete;
          check(el.value);
          el.requestUpdate();
          await el.updateComplete;
          el.reset();
          await el.updateComplete;
          expect(warnings.messages).to.have.length(1);
          expect(warnings.messages[0]).to.contain('<tend-agreement>').and.contain(attribute).and.contain(`"${value}"`).and.contain(accepted);
          el.remove();
        } finally {
          warnings.restore();
        }
      });
    }

    it('follows later changes of review, reviewed and with', async () => {
      const el = await fixture<TendAgreement>(html`<tend-agreement></tend-agreement>`);
      el.setAttribute('review', 'weekly');
      el.setAttribute('reviewed', '2025-12-29');
      el.setAttribute('with', 'Kim');
      await el.updateComplete;
      expect(el.value.review).to.deep.equal({ cadence: 'weekly', agreedOn: todayIso(), lastReviewed: '2025-12-29', nextReview: '2026-01-05' });
      expect(el.value.with).to.deep.equal(['Kim']);
    });

    it('switching template keeps items of sections both templates have', async () => {
      const el = await fixture<TendAgreement>(html`<tend-agreement></tend-agreement>`);
      el.value = filled();
      el.template = 'full';
      await el.updateComplete;
      expect(el.value.sections).to.have.length(7);
      expect(el.value.sections[0]!.items).to.deep.equal(['Tuesday evenings', 'A daily check in']);
    });
  });

  describe('long items', () => {
    it('grow onto more lines instead of clipping, in a narrow column, and stay one line of text', async () => {
      const wrapper = await fixture(html`<div style="inline-size: 18rem"><tend-agreement></tend-agreement></div>`);
      const el = wrapper.querySelector('tend-agreement') as TendAgreement;
      el.value = { ...filled(), sections: [{ id: 'time', title: 'Time together', items: ['short'] }] };
      await el.updateComplete;
      const item = sectionInputs(el, 0)[0] as unknown as HTMLTextAreaElement;
      const oneLineHeight = item.offsetHeight;
      const long = 'Whoever cooks does not wash up, and we take turns with the dishes in the kitchen every other evening';
      item.value = long;
      item.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(item.offsetHeight, 'taller than one line').to.be.greaterThan(oneLineHeight * 1.5);
      expect(item.scrollHeight - item.clientHeight, 'nothing hidden').to.be.at.most(1);
      expect(el.value.sections[0]!.items).to.deep.equal([long]);
      // Enter does not break the item; a pasted line break becomes a space.
      item.focus();
      await sendKeys({ press: 'Enter' });
      expect(item.value).to.equal(long);
      item.value = 'one\ntwo';
      item.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      expect(el.value.sections[0]!.items).to.deep.equal(['one two']);
    });
  });

  describe('editing by keyboard', () => {
    it('edits title and people in labelled fields', async () => {
      const el = await fixture<TendAgreement>(html`<tend-agreement></tend-agreement>`);
      const title = $<HTMLInputElement>(el, '#title');
      expect($(el, 'label[for=title]').textContent).to.equal('Title');
      title.focus();
      title.select();
      const changes: CustomEvent[] = [];
      el.addEventListener('tend-change', (e) => changes.push(e));
      await sendKeys({ type: 'Us' });
      await settle(el);
      expect(changes.map((e) => (e.detail as { data: AgreementData }).data.title)).to.deep.equal(['U', 'Us']);
      expect(changes.every((e) => e.bubbles && e.composed && e.detail.exercise === 'agreement' && e.detail.version === 1)).to.equal(true);
      expect(el.value.title).to.equal('Us');
      await sendKeys({ press: 'Tab' });
      expect(active(el)).to.equal($(el, '#with'));
      await sendKeys({ type: 'Alex, Sam' });
      await settle(el);
      expect(el.value.with).to.deep.equal(['Alex', 'Sam']);
      expect($<HTMLInputElement>(el, '#with').value).to.equal('Alex, Sam');
    });

    it('adds an item with Enter, and with the Add button', async () => {
      const el = await fixture<TendAgreement>(html`<tend-agreement></tend-agreement>`);
      const changes: AgreementData[] = [];
      el.addEventListener('tend-change', (e) => changes.push(e.detail.data as AgreementData));
      await addByKeyboard(el, 0, 'Tuesday evenings');
      expect(el.value.sections[0]!.items).to.deep.equal(['Tuesday evenings']);
      expect(changes.at(-1)!.sections[0]!.items).to.deep.equal(['Tuesday evenings']);
      expect($<HTMLInputElement>(el, '#add-0').value).to.equal('');
      expect(active(el)).to.equal($(el, '#add-0'));
      await sendKeys({ type: 'A daily check in' });
      await sendKeys({ press: 'Tab' });
      expect(active(el)!.getAttribute('aria-label')).to.equal('Add to “Time together”');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.value.sections[0]!.items).to.deep.equal(['Tuesday evenings', 'A daily check in']);
      // The new item is a labelled field.
      const input = sectionInputs(el, 0)[1]!;
      expect(root(el).querySelector(`label[for=${input.id}]`)!.textContent).to.equal('Time together, Item 2');
      // Nothing is added from an empty field.
      const count = changes.length;
      await addByKeyboard(el, 1, '   ');
      expect(el.value.sections[1]!.items).to.deep.equal([]);
      expect(changes.length).to.equal(count);
    });

    it('edits an item in its field', async () => {
      const el = await fixture<TendAgreement>(html`<tend-agreement></tend-agreement>`);
      el.value = filled();
      await el.updateComplete;
      const input = sectionInputs(el, 0)[0]!;
      input.focus();
      await sendKeys({ press: 'End' });
      await sendKeys({ type: ' and Fridays' });
      await settle(el);
      expect(el.value.sections[0]!.items).to.deep.equal(['Tuesday evenings and Fridays', 'A daily check in']);
    });

    it('does not keep an item left empty', async () => {
      const el = await fixture<TendAgreement>(html`<tend-agreement></tend-agreement>`);
      el.value = filled();
      await el.updateComplete;
      const input = sectionInputs(el, 0)[0]!;
      input.focus();
      input.select();
      await sendKeys({ press: 'Backspace' });
      await settle(el);
      expect(el.value.sections[0]!.items).to.deep.equal(['A daily check in']);
      // Still there while focus stays in its row (e.g. on its own buttons)…
      await sendKeys({ press: 'Tab' });
      await settle(el);
      expect(itemValues(el, 0)).to.deep.equal(['', 'A daily check in']);
      // …and gone once focus leaves the row.
      sectionInputs(el, 0)[1]!.focus();
      await settle(el);
      expect(itemValues(el, 0)).to.deep.equal(['A daily check in']);
    });

    it('removes an item by its named button: focus on "Removed: …" in its section, Undo the next Tab', async () => {
      const el = await fixture<TendAgreement>(html`<tend-agreement></tend-agreement>`);
      el.value = filled();
      await el.updateComplete;
      const remove = button(el, 'Remove Tuesday evenings');
      expect(remove.textContent!.trim()).to.equal('Remove');
      remove.focus();
      setTimeout(() => void sendKeys({ press: 'Enter' }));
      const change = await oneEvent(el, 'tend-change');
      expect((change.detail.data as AgreementData).sections[0]!.items).to.deep.equal(['A daily check in']);
      await settle(el);
      expect(active(el)?.id).to.equal('undo-message');
      expect(active(el)!.textContent).to.contain('Removed: Tuesday evenings');
      expect(active(el)!.closest('section')!.getAttribute('aria-labelledby')).to.equal('section-0');
      // The last one: focus lands on its "Removed: …" too (never silently in the add field).
      button(el, 'Remove A daily check in').focus();
      await sendKeys({ press: ' ' });
      await settle(el);
      expect(el.value.sections[0]!.items).to.deep.equal([]);
      expect(active(el)!.textContent).to.contain('Removed: A daily check in');
      await sendKeys({ press: 'Tab' });
      expect(active(el)!.textContent!.trim()).to.equal('Undo');
    });

    it('an empty item is removed without an offer: focus goes to its neighbour, or the add field', async () => {
      const el = await fixture<TendAgreement>(html`<tend-agreement></tend-agreement>`);
      el.value = filled();
      await el.updateComplete;
      const second = sectionInputs(el, 0)[1]!;
      second.focus();
      second.select();
      await sendKeys({ press: 'Backspace' });
      await settle(el);
      button(el, 'Remove Item 2').focus(); // in the same row: the empty item is still there
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(active(el) === sectionInputs(el, 0)[0], 'focus on the item before').to.equal(true);
      expect(root(el).querySelector('[part~=undo]')).to.equal(null);
    });

    it('reorders with Alt+ArrowUp / Alt+ArrowDown on an item, keeping focus on it', async () => {
      const el = await fixture<TendAgreement>(html`<tend-agreement></tend-agreement>`);
      el.value = { ...filled(), sections: [{ id: 'time', title: 'Time together', items: ['one', 'two', 'three'] }, ...filled().sections.slice(1)] };
      await el.updateComplete;
      sectionInputs(el, 0)[2]!.focus();
      await hit('Alt+ArrowUp');
      await settle(el);
      expect(el.value.sections[0]!.items).to.deep.equal(['one', 'three', 'two']);
      expect((active(el) as HTMLInputElement).value).to.equal('three');
      await hit('Alt+ArrowUp');
      await hit('Alt+ArrowUp'); // already first: nothing happens
      await settle(el);
      expect(el.value.sections[0]!.items).to.deep.equal(['three', 'one', 'two']);
      expect((active(el) as HTMLInputElement).value).to.equal('three');
      await hit('Alt+ArrowDown');
      await settle(el);
      expect(el.value.sections[0]!.items).to.deep.equal(['one', 'three', 'two']);
      expect(root(el).querySelector(`label[for=${active(el)!.id}]`)!.textContent).to.equal('Time together, Item 2');
    });

    it('reorders with the Move up / Move down buttons, named after the item', async () => {
      const el = await fixture<TendAgreement>(html`<tend-agreement></tend-agreement>`);
      el.value = filled();
      await el.updateComplete;
      const down = button(el, 'Move down: Tuesday evenings');
      expect(button(el, 'Move up: Tuesday evenings').getAttribute('aria-disabled')).to.equal('true');
      down.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.value.sections[0]!.items).to.deep.equal(['A daily check in', 'Tuesday evenings']);
      expect(active(el)!.getAttribute('aria-label')).to.equal('Move down: Tuesday evenings');
      expect(active(el)!.getAttribute('aria-disabled')).to.equal('true');
      await hit('Shift+Tab');
      expect(active(el)!.getAttribute('aria-label')).to.equal('Move up: Tuesday evenings');
      await sendKeys({ press: ' ' });
      await settle(el);
      expect(el.value.sections[0]!.items).to.deep.equal(['Tuesday evenings', 'A daily check in']);
      await aTimeout(80);
      expect(root(el).querySelector('[aria-live=polite]')!.textContent).to.contain('1 of 2');
    });
  });

  describe('review', () => {
    it('shows the dates in the reader’s locale and marks a review today', async () => {
      const el = await fixture<TendAgreement>(html`<tend-agreement lang="de" reviewed="2024-01-31"></tend-agreement>`);
      const format = (iso: string) => new Intl.DateTimeFormat('de', { dateStyle: 'long' }).format(toLocalDate(iso));
      expect($(el, '#last-reviewed').textContent!.trim()).to.equal(format('2024-01-31'));
      expect($(el, '#next-review').textContent!.trim()).to.equal(format('2024-02-29'));
      expect($(el, '#next-review time').getAttribute('datetime')).to.equal('2024-02-29');
      setTimeout(() => button(el, 'Mark reviewed today').click());
      const change = await oneEvent(el, 'tend-change');
      const today = todayIso();
      expect((change.detail.data as AgreementData).review).to.deep.equal({
        cadence: 'monthly',
        agreedOn: null,
        lastReviewed: today,
        nextReview: nextReviewDate(today, 'monthly'),
      });
      await el.updateComplete;
      expect($(el, '#last-reviewed').textContent!.trim()).to.equal(format(today));
    });

    it('a first draft asks for the day it was agreed (today by default) instead of offering "Mark reviewed today"', async () => {
      const el = await fixture<TendAgreement>(html`<tend-agreement review="monthly"></tend-agreement>`);
      const agreed = $<HTMLInputElement>(el, '#agreed-on');
      expect($(el, 'label[for=agreed-on]').textContent).to.equal('Agreed on');
      expect(agreed.type).to.equal('date');
      expect(agreed.value).to.equal(todayIso());
      expect(agreed.getAttribute('aria-describedby')).to.equal('agreed-on-hint');
      expect(findButton(el, 'Mark reviewed today')).to.equal(undefined);
      expect(el.value.review.agreedOn).to.equal(todayIso());
      agreed.value = '2025-01-31';
      setTimeout(() => agreed.dispatchEvent(new Event('change', { bubbles: true })));
      const change = await oneEvent(el, 'tend-change');
      expect((change.detail.data as AgreementData).review).to.deep.equal({ cadence: 'monthly', agreedOn: '2025-01-31', lastReviewed: null, nextReview: '2025-02-28' });
      await el.updateComplete;
      expect($(el, '#next-review time').getAttribute('datetime')).to.equal('2025-02-28');
      // Agreed some time ago: now a review can be marked.
      button(el, 'Mark reviewed today').click();
      await el.updateComplete;
      expect(el.value.review).to.deep.include({ agreedOn: '2025-01-31', lastReviewed: todayIso() });
      expect(findButton(el, 'Mark reviewed today')).to.equal(undefined);
      // Cleared: unknown, and the next review counts from today.
      agreed.value = '';
      agreed.dispatchEvent(new Event('input', { bubbles: true }));
      expect(el.value.review.agreedOn).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows the agreed date in the summary and in what is copied', async () => {
      const el = await fixture<TendAgreement>(html`<tend-agreement></tend-agreement>`);
      el.value = filled();
      await el.updateComplete;
      button(el, /^Done/).click();
      await settle(el);
      const row = $$(el, '.summary-row').find((r) => r.querySelector('dt')!.textContent!.trim() === 'Agreed on')!;
      expect(row.querySelector('.summary-value')!.textContent!.trim()).to.equal('January 1, 2024');
      button(el, /^Change\s+Agreed on$/).click();
      await settle(el);
      expect(active(el)).to.equal($(el, '#agreed-on'));
    });

    it('says "Not yet" before any review and counts from today', async () => {
      const el = await fixture<TendAgreement>(html`<tend-agreement review="weekly"></tend-agreement>`);
      expect($(el, '#last-reviewed').textContent!.trim()).to.equal('Not yet');
      expect(el.value.review.nextReview).to.equal(nextReviewDate(null, 'weekly', todayIso()));
    });

    it('changes the cadence from the labelled radio group (no select: nothing is said on load)', async () => {
      const el = await fixture<TendAgreement>(html`<tend-agreement reviewed="2025-01-31"></tend-agreement>`);
      expect($(el, '#cadence legend').textContent).to.equal('Review every');
      expect($$(el, 'select')).to.have.length(0);
      const quarterly = $<HTMLInputElement>(el, '#cadence-quarterly');
      expect($(el, 'label[for=cadence-quarterly]').textContent).to.equal('Three months');
      setTimeout(() => quarterly.click());
      const change = await oneEvent(el, 'tend-change');
      expect((change.detail.data as AgreementData).review).to.deep.equal({ cadence: 'quarterly', agreedOn: null, lastReviewed: '2025-01-31', nextReview: '2025-04-30' });
    });
  });

  describe('Done', () => {
    it('is never disabled: pressed with no items it says what is missing and focuses the first add field', async () => {
      const el = await fixture<TendAgreement>(html`<tend-agreement></tend-agreement>`);
      let completed = 0;
      el.addEventListener('tend-complete', () => completed++);
      const done = button(el, /^Done/);
      expect(done.disabled).to.equal(false);
      done.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(completed).to.equal(0);
      const add = $<HTMLInputElement>(el, '#add-0');
      await waitUntil(() => active(el) === add, 'focus on the first add field, once its error is painted');
      expect(add.getAttribute('aria-invalid')).to.equal('true');
      const error = $(el, '#add-0-error');
      expect(add.getAttribute('aria-describedby')!.split(' ')).to.include('add-0-error');
      expect(error.textContent).to.equal('Error: Add at least one item to the agreement before you finish.');
      await expect(el).to.be.accessible();
      // Adding an item clears the error once focus leaves the field; Done then completes.
      await sendKeys({ type: 'Tuesday evenings' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(root(el).querySelector('#add-0-error'), 'not under the cursor').to.not.equal(null);
      button(el, /^Done/).focus();
      await settle(el);
      expect(root(el).querySelector('#add-0-error')).to.equal(null);
      setTimeout(() => button(el, /^Done/).click());
      const event = await oneEvent(el, 'tend-complete');
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.exercise).to.equal('agreement');
      expect(event.detail.version).to.equal(1);
      expect(new Date(event.detail.completedAt).toISOString()).to.equal(event.detail.completedAt);
      expect(event.detail.data).to.deep.equal({
        title: 'Our agreement',
        with: [],
        sections: [
          { id: 'time', title: 'Time together', items: ['Tuesday evenings'] },
          { id: 'boundaries', title: 'Boundaries', items: [] },
          { id: 'communication', title: 'Communication style', items: [] },
        ],
        review: { cadence: 'monthly', agreedOn: todayIso(), lastReviewed: null, nextReview: nextReviewDate(null, 'monthly', todayIso()) },
      });
      await el.updateComplete;
      expect($(el, '[part~=status]').textContent).to.contain('Finished');
    });
  });

  describe('after Done: a summary to read', () => {
    it('shows the agreement as text with a Change button per part, not the form; Change goes back with the focus on that part', async () => {
      const el = await fixture<TendAgreement>(html`<tend-agreement with="Alex, Sam"></tend-agreement>`);
      el.value = filled();
      await el.updateComplete;
      let completed = 0;
      el.addEventListener('tend-complete', () => completed++);
      button(el, /^Done/).click();
      await settle(el);
      expect(completed).to.equal(1);
      expect(root(el).querySelectorAll('textarea, input:not([type=checkbox]), select')).to.have.length(0);
      await waitUntil(() => active(el) === $(el, '#summary-heading'), 'focus on the summary heading, once painted');
      const rows = $$(el, '.summary-row').map((row) => [row.querySelector('dt')!.textContent!.trim(), row.querySelector('.summary-value')!.textContent!.replace(/\s+/g, ' ').trim()]);
      expect(rows[0]).to.deep.equal(['Title', filled().title]);
      expect(rows.map(([key]) => key)).to.include.members(['Title', 'With', 'Time together', 'Review every', 'Next review']);
      const timeRow = $$(el, '.summary-row').find((row) => row.querySelector('dt')!.textContent!.trim() === 'Time together')!;
      expect([...timeRow.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal(filled().sections[0]!.items);
      expect($(el, '[part~=status]').textContent).to.contain('Finished');
      // Each Change button says what it changes; the copy and download buttons stay.
      expect($$<HTMLButtonElement>(el, 'button').map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.include.members([
        'Change Title',
        'Change Time together',
        'Copy as text',
        'Edit the agreement',
      ]);
      await expect(el).to.be.accessible();
      button(el, /^Change\s+Time together$/).click();
      await settle(el);
      expect(active(el)).to.equal(sectionInputs(el, 0)[0]);
      expect(button(el, /^Done/)).to.exist;
      // Done again: the summary again, and a second tend-complete.
      button(el, /^Done/).click();
      await settle(el);
      expect(completed).to.equal(2);
      button(el, 'Edit the agreement').click();
      await settle(el);
      expect(active(el)).to.equal($(el, '#title'));
    });

    it('shows hostile text literally, and an empty section as "No items yet."', async () => {
      const el = await fixture<TendAgreement>(html`<tend-agreement></tend-agreement>`);
      el.value = { ...filled(), title: '<img src=x onerror=alert(1)>', sections: [{ id: 'time', title: 'Time together', items: ['<b>bold</b>'] }, { id: 'boundaries', title: 'Boundaries', items: [] }] };
      await el.updateComplete;
      button(el, /^Done/).click();
      await settle(el);
      expect(root(el).querySelector('img, b')).to.equal(null);
      expect($(el, '.summary-row .summary-value').textContent!.trim()).to.equal('<img src=x onerror=alert(1)>');
      expect($$(el, '.summary-row').find((row) => row.querySelector('dt')!.textContent!.trim() === 'Boundaries')!.textContent).to.contain('No items yet.');
    });

    it('comes back after a reload when the draft is kept', async () => {
      const key = `summary-${Math.random()}`;
      const el = await fixture<TendAgreement>(html`<tend-agreement persist=${key}></tend-agreement>`);
      el.value = filled();
      await el.updateComplete;
      button(el, /^Done/).click();
      await settle(el);
      const again = await fixture<TendAgreement>(html`<tend-agreement persist=${key}></tend-agreement>`);
      expect(again.shadowRoot!.querySelector('#summary-heading')).to.exist;
      expect(again.value.title).to.equal(filled().title);
      again.reset();
      await again.updateComplete;
      expect(again.shadowRoot!.querySelector('#summary-heading')).to.equal(null);
    });
  });

  describe('take-away', () => {
    let blobs: Blob[];
    let names: string[];
    let restore: () => void;

    beforeEach(() => {
      blobs = [];
      names = [];
      const create = URL.createObjectURL;
      const revoke = URL.revokeObjectURL;
      const click = HTMLAnchorElement.prototype.click;
      URL.createObjectURL = (blob: Blob | MediaSource) => {
        blobs.push(blob as Blob);
        return 'blob:stub';
      };
      URL.revokeObjectURL = () => {};
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        names.push(this.download);
      };
      restore = () => {
        URL.createObjectURL = create;
        URL.revokeObjectURL = revoke;
        HTMLAnchorElement.prototype.click = click;
      };
    });
    afterEach(() => restore());

    it('copies as plain text with a visible confirmation', async () => {
      const el = await fixture<TendAgreement>(html`<tend-agreement></tend-agreement>`);
      el.value = filled();
      let copied = '';
      const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (text: string) => void (copied = text) },
      });
      try {
        button(el, 'Copy as text').click();
        // The announcer speaks after a 50 ms timer: wait for it, not for a wall-clock guess.
        await waitUntil(() => root(el).querySelector('[aria-live=polite]')!.textContent !== '', 'nothing was announced', { timeout: 3000 });
        await el.updateComplete;
      } finally {
        if (original) Object.defineProperty(navigator, 'clipboard', original);
        else delete (navigator as unknown as Record<string, unknown>)['clipboard'];
      }
      expect(copied.split('\n').slice(0, 9)).to.deep.equal([
        'Alex & me',
        'With: Alex',
        '',
        'Time together',
        '- Tuesday evenings',
        '- A daily check in',
        '',
        'Boundaries',
        '- My Sundays are mine',
      ]);
      expect($(el, '[part~=status]').textContent).to.equal('Copied to the clipboard.');
      expect(root(el).querySelector('[aria-live=polite]')!.textContent).to.equal('Copied to the clipboard.');
    });

    it('downloads Markdown named after the title', async () => {
      const el = await fixture<TendAgreement>(html`<tend-agreement></tend-agreement>`);
      el.value = filled();
      button(el, 'Download Markdown').click();
      expect(names).to.deep.equal(['alex-me.md']);
      expect(blobs[0]!.type).to.equal('text/markdown;charset=utf-8');
      const lines = (await blobs[0]!.text()).split('\n');
      expect(lines.slice(0, 9)).to.deep.equal(['# Alex & me', '', '**With:** Alex', '', '## Time together', '', '- Tuesday evenings', '- A daily check in', '']);
      expect(lines).to.include('- **Last reviewed:** January 31, 2024');
      expect(lines).to.include('- **Next review:** February 29, 2024');
      await el.updateComplete;
      expect($(el, '[part~=status]').textContent).to.equal('Downloaded alex-me.md.');
    });

    it('downloads a valid .ics reminder for the next review', async () => {
      const el = await fixture<TendAgreement>(html`<tend-agreement review="quarterly" reviewed="2023-11-15"></tend-agreement>`);
      el.value = { ...filled(), review: { cadence: 'quarterly', lastReviewed: '2023-11-15', nextReview: '' } };
      await el.updateComplete;
      $<HTMLInputElement>(el, '#items-in-reminder').click();
      await el.updateComplete;
      button(el, 'Download calendar reminder (.ics)').click();
      expect(names).to.deep.equal(['alex-me.ics']);
      expect(blobs[0]!.type).to.equal('text/calendar;charset=utf-8');
      const physical = physicalLines(await blobs[0]!.text());
      for (const line of physical) expect(octets(line), line).to.be.at.most(75);
      const lines = unfold(physical);
      expect(lines[0]).to.equal('BEGIN:VCALENDAR');
      expect(lines).to.include('VERSION:2.0');
      expect(lines.some((l) => l.startsWith('PRODID:'))).to.equal(true);
      expect(lines.find((l) => l.startsWith('UID:'))).to.match(/^UID:.+@tend-widgets$/);
      expect(lines.find((l) => l.startsWith('DTSTAMP:'))).to.match(/^DTSTAMP:\d{8}T\d{6}Z$/);
      expect(lines).to.include('DTSTART;VALUE=DATE:20240215');
      expect(lines.filter((l) => l.startsWith('RRULE:'))).to.deep.equal(['RRULE:FREQ=MONTHLY;INTERVAL=3']);
      expect(lines).to.include('SUMMARY:Review our agreement: Alex & me');
      const description = unescapeText(lines.find((l) => l.startsWith('DESCRIPTION:'))!.slice(12));
      expect(description).to.contain('Time together\n- Tuesday evenings\n- A daily check in');
    });

    it('the .ics carries the title and the review date, not the items, unless the person chooses to include them', async () => {
      const el = await fixture<TendAgreement>(html`<tend-agreement review="quarterly" reviewed="2023-11-15"></tend-agreement>`);
      el.value = { ...filled(), review: { cadence: 'quarterly', lastReviewed: '2023-11-15', nextReview: '' } };
      await el.updateComplete;
      const box = $<HTMLInputElement>(el, '#items-in-reminder');
      expect(box.checked).to.equal(false);
      expect($(el, 'label[for=items-in-reminder]').textContent).to.contain('items');
      button(el, 'Download calendar reminder (.ics)').click();
      const ics = unfold(physicalLines(await blobs[0]!.text())).join('\n');
      expect(ics).to.contain('SUMMARY:Review our agreement: Alex & me');
      expect(ics).to.contain('DTSTART;VALUE=DATE:20240215');
      const description = unescapeText(ics.split('\n').find((l) => l.startsWith('DESCRIPTION:'))!.slice(12));
      expect(description).to.contain('Alex & me');
      expect(description).to.contain('February 15, 2024');
      for (const item of ['Tuesday evenings', 'A daily check in']) expect(ics).not.to.contain(item);
    });

    it('uses a safe fallback file name for an empty or hostile title', async () => {
      const el = await fixture<TendAgreement>(html`<tend-agreement></tend-agreement>`);
      el.value = { ...filled(), title: '../../<script>' };
      button(el, 'Download Markdown').click();
      el.value = { ...filled(), title: '   ' };
      button(el, 'Download calendar reminder (.ics)').click();
      expect(names).to.deep.equal(['script.md', 'our-agreement.ics']);
    });

    it('prints with window.print()', async () => {
      const el = await fixture<TendAgreement>(html`<tend-agreement></tend-agreement>`);
      const print = window.print;
      let printed = 0;
      window.print = () => void printed++;
      try {
        button(el, 'Print').click();
      } finally {
        window.print = print;
      }
      expect(printed).to.equal(1);
    });

    it('has a print stylesheet that shows the items as text and no controls', async function () {
      const el = await fixture<TendAgreement>(html`<tend-agreement persist="print"></tend-agreement>`);
      el.value = filled();
      await el.updateComplete;
      try {
        await emulateMedia({ media: 'print' });
      } catch {
        skipBecause(this, 'print media emulation goes through puppeteer\'s CDP (Chromium only)');
      }
      try {
        const visible = (node: Element) => getComputedStyle(node).display !== 'none' && (node as HTMLElement).offsetParent !== null;
        expect($$(el, 'button').filter(visible)).to.deep.equal([]);
        expect($$(el, 'input, textarea, select, [part~=hint], .privacy').filter(visible)).to.deep.equal([]);
        const shown = $$(el, '[part~=item] .print-only').filter(visible).map((n) => n.textContent);
        expect(shown).to.deep.equal(['Tuesday evenings', 'A daily check in', 'My Sundays are mine']);
        expect(visible($(el, '.print-title'))).to.equal(true);
        expect($(el, '.print-title').textContent).to.equal('Alex & me');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      expect(getComputedStyle($(el, '.print-title')).display).to.equal('none');
    });
  });

  describe('value, reset and persistence', () => {
    // The round trip, a wrong shape, reset() and the form: test/contract/, for every widget.
    it('value shows in the fields, refuses a review date that does not exist with one warning, and reset() keeps `with`', async () => {
      const el = await fixture<TendAgreement>(html`<tend-agreement with="Sam"></tend-agreement>`);
      el.value = filled();
      await el.updateComplete;
      expect(el.value).to.deep.equal(filled());
      expect(itemValues(el, 0)).to.deep.equal(['Tuesday evenings', 'A daily check in']);
      const warnings = captureWarnings();
      try {
        (el as unknown as { value: unknown }).value = { ...filled(), review: { ...filled().review, lastReviewed: '2024-02-30' } };
        expect(warnings.messages).to.have.length(1);
      } finally {
        warnings.restore();
      }
      expect(el.value).to.deep.equal(filled());
      el.reset();
      await el.updateComplete;
      expect(el.value.with).to.deep.equal(['Sam']);
      expect(el.value.sections.every((s) => s.items.length === 0)).to.equal(true);
      expect(el.value.review.lastReviewed).to.equal(null);
    });

    it('restores a persisted draft', async () => {
      const el = await fixture<TendAgreement>(html`<tend-agreement persist="us"></tend-agreement>`);
      await addByKeyboard(el, 1, 'My Sundays are mine');
      const agreed = $<HTMLInputElement>(el, '#agreed-on');
      agreed.value = '2025-06-01';
      agreed.dispatchEvent(new Event('change', { bubbles: true }));
      expect(JSON.parse(localStorage.getItem('tend:v1:agreement:us')!).data.sections[1].items).to.deep.equal(['My Sundays are mine']);
      el.remove();
      const again = await fixture<TendAgreement>(html`<tend-agreement persist="us"></tend-agreement>`);
      expect(again.value.sections[1]!.items).to.deep.equal(['My Sundays are mine']);
      expect(again.value.review.agreedOn).to.equal('2025-06-01');
      expect(again.value.review.nextReview).to.equal('2025-07-01');
      expect(sectionInputs(again, 1).map((i) => i.value)).to.deep.equal(['My Sundays are mine']);
      // The restored item can still be moved and removed.
      button(again, 'Remove My Sundays are mine').click();
      expect(JSON.parse(localStorage.getItem('tend:v1:agreement:us')!).data.sections[1].items).to.deep.equal([]);
    });
  });

  describe('hostile text', () => {
    it('is shown literally in the page, the Markdown and the .ics', async () => {
      const blobs: Blob[] = [];
      const create = URL.createObjectURL;
      const click = HTMLAnchorElement.prototype.click;
      URL.createObjectURL = (blob: Blob | MediaSource) => (blobs.push(blob as Blob), 'blob:stub');
      HTMLAnchorElement.prototype.click = () => {};
      try {
        const title = hostileStrings[0]!;
        const el = await fixture<TendAgreement>(html`<tend-agreement
          ><script type="application/json">
            ${JSON.stringify({ sections: [{ title: hostileStrings[1], prompt: hostileStrings[2], examples: [hostileStrings[3]] }] })}
          </script></tend-agreement
        >`);
        el.value = {
          title,
          with: [hostileStrings[2]!],
          sections: [{ id: el.value.sections[0]!.id, title: hostileStrings[1]!, items: hostileStrings }],
          review: { cadence: 'weekly', lastReviewed: null, nextReview: '' },
        };
        await el.updateComplete;
        // One typed by keyboard, too.
        await addByKeyboard(el, 0, '<b onmouseover="window.__tendPwned=1">bold</b>');
        const items = [...hostileStrings, '<b onmouseover="window.__tendPwned=1">bold</b>'];
        expect(el.value.sections[0]!.items).to.deep.equal(items);
        expect(sectionInputs(el, 0).map((i) => i.value)).to.deep.equal(items);
        expect($$(el, '[part~=item] .print-only').map((n) => n.textContent)).to.deep.equal(items);
        expect($(el, '[part~=section-title]').textContent).to.equal(hostileStrings[1]);
        expect($(el, '#prompt-0').textContent).to.equal(hostileStrings[2]);
        expect($(el, '.print-title').textContent).to.equal(title);
        expect($<HTMLInputElement>(el, '#title').value).to.equal(title);
        assertNothingInjected(root(el));

        button(el, 'Download Markdown').click();
        $<HTMLInputElement>(el, '#items-in-reminder').click();
        await el.updateComplete;
        button(el, 'Download calendar reminder (.ics)').click();
        const markdown = await blobs[0]!.text();
        const rendered = renderMarkdown(markdown);
        expect(rendered.querySelectorAll('script, img, svg, iframe, a')).to.have.length(0);
        expect([...rendered.querySelector('ul')!.children].map((li) => li.textContent)).to.deep.equal(items);
        const physical = physicalLines(await blobs[1]!.text());
        for (const line of physical) expect(octets(line)).to.be.at.most(75);
        const lines = unfold(physical);
        const description = unescapeText(lines.find((l) => l.startsWith('DESCRIPTION:'))!.slice(12));
        for (const item of items) expect(description).to.contain(`- ${item}\n`);
        expect(unescapeText(lines.find((l) => l.startsWith('SUMMARY:'))!.slice(8))).to.equal(`Review our agreement: ${title}`);
        expect((window as unknown as { __tendPwned?: number }).__tendPwned).to.equal(undefined);
      } finally {
        URL.createObjectURL = create;
        HTMLAnchorElement.prototype.click = click;
      }
    });
  });

  describe('accessibility (axe in every state: test/a11y/axe-loop over stories/examples/agreement.ts)', () => {
    it('every text field has a visible label', async () => {
      const el = await fixture<TendAgreement>(html`<tend-agreement template="full"></tend-agreement>`);
      el.value = { ...filled(), sections: [{ id: 'time', title: 'Time together', items: ['a'] }] };
      await el.updateComplete;
      for (const field of $$<HTMLInputElement>(el, 'input, textarea, select')) {
        const label = root(el).querySelector<HTMLLabelElement>(`label[for="${field.id}"]`);
        expect(label, field.id).not.to.equal(null);
        expect(label!.offsetHeight, field.id).to.be.greaterThan(0);
      }
    });
  });
});
