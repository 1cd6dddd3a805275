import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/entries/jealousy-journal.js';
import '../../src/entries/locales/es.js';
import '../../src/entries/flow.js';
import '../../src/entries/i-statement.js';
import '../../src/entries/agreement.js';
import type { TendJealousyJournal } from '../../src/entries/jealousy-journal.js';
import { escapeMarkdown } from '../../src/core/markdown.js';
import { storageKey } from '../../src/core/persistence.js';
import type { TendCompleteEvent } from '../../src/core/events.js';
import type { JealousyJournalData } from '../../src/entries/data.js';
import { sampleJournal } from '../../stories/examples/jealousy-journal.js';
import { axeViolations } from '../a11y/helpers.js';
import { assertNothingInjected, clearPwned, hostileStrings } from '../helpers/hostile.js';
import { captureWarnings } from '../helpers/warnings.js';
import { captureTakeAway, fileText } from '../security/take-away.js';
import { $, $$, active, button, buttons, fill, pressButton, root, settle, status, text, textOf } from '../helpers/harness.js';
import { tabTo } from '../helpers/keyboard.js';

type El = TendJealousyJournal;
type Statement = HTMLElement & { value: { emotion: string; situation: string; reason: string; need: string; text: string }; updateComplete: Promise<unknown> };
const KEY = storageKey('jealousy-journal', 'mine');

/** A clock the test sets by hand: local date and time. */
class DayClock {
  private time = new Date(2026, 11, 1, 20, 0).getTime();
  now(): number {
    return this.time;
  }
  set(year: number, month: number, day: number, hour = 20): void {
    this.time = new Date(year, month - 1, day, hour).getTime();
  }
}

const feeling = (el: El, word: string) => buttons(el).find((b) => b.getAttribute('part')?.includes('feeling') && text(b) === word)!;
const point = (el: El, value: number) => $<HTMLInputElement>(el, `input[name=strength][value="${value}"]`);
const labelOf = (el: El, id: string) => textOf(el, `label[for=${id}]`);
const region = (el: El) => root(el).querySelector<HTMLElement>('section[part~=history]');

async function journal(el: El, situation: string, feelings: string[], strength: number | null, need = ''): Promise<void> {
  fill(el, '#situation', situation);
  for (const word of feelings) feeling(el, word).click();
  if (strength !== null) point(el, strength).click();
  fill(el, '#need', need);
  await settle(el);
  await pressButton(el, 'Done');
}

/** Creates the element as a page would, with the test's clock given before its first render. */
async function mount(attributes: Record<string, string> = { persist: 'mine', history: '', with: 'Sam' }, clock = new DayClock()) {
  const el = document.createElement('tend-jealousy-journal');
  el.clock = clock;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  (await fixture<HTMLElement>(html`<div></div>`)).append(el);
  await settle(el);
  return { el, clock };
}

function store(data: object): void {
  localStorage.setItem(KEY, JSON.stringify({ version: 1, savedAt: 'x', data }));
}
const blank: JealousyJournalData = { date: '2026-12-01', with: [], situation: '', feelings: [], strength: null, need: '', say: '', agreement: '', glad: '' };
const stored = () => JSON.parse(localStorage.getItem(KEY)!) as { data: { entries: JealousyJournalData[] } };

describe('<tend-jealousy-journal>', () => {
  afterEach(() => {
    localStorage.clear();
    clearPwned();
  });

  describe('an entry', () => {
    it('names its fields with "happened", "feel", "strong", "need", "say", "agreement" and "glad"; its strength points by number', async () => {
      const { el } = await mount({ with: 'Sam, Alex' });
      expect(text($(el, '[part~=heading]'))).to.equal('Jealousy journal');
      expect(labelOf(el, 'situation')).to.contain('happened');
      expect(text($(el, 'fieldset legend'))).to.contain('feel');
      const strength = $(el, '[role=radiogroup]');
      expect(text(strength.querySelector('legend'))).to.contain('strong');
      const radios = [...strength.querySelectorAll<HTMLInputElement>('input[type=radio]')];
      expect(radios.map((r) => text(r.closest('label')))).to.deep.equal(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
      expect(radios.some((r) => r.checked), 'no strength until the person chooses one').to.equal(false);
      // The two ends sit apart on screen, with nothing between them for a screen reader (Orca said "barely there10").
      expect(strength.getAttribute('aria-describedby')).to.contain('strength-ends');
      expect($(el, '#strength-ends').textContent!.trim()).to.equal('0: barely there, 10: as strong as it gets');
      expect(labelOf(el, 'need')).to.contain('need');
      expect(labelOf(el, 'say')).to.contain('say');
      expect(labelOf(el, 'agreement')).to.contain('agreement');
      expect(labelOf(el, 'glad')).to.contain('glad').and.contain('Sam and Alex');
      // Jealousy's neighbours come first.
      expect($$(el, '[part~=feeling]').slice(0, 4).map(text)).to.deep.equal(['jealous', 'envious', 'left out', 'insecure']);
      expect(region(el), 'no history without the attribute').to.equal(null);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('by pointer: feelings, a strength, a need chip; tend-change on each edit and tend-complete with the whole entry', async () => {
      const { el } = await mount({ with: 'Sam' });
      const changed = oneEvent(el, 'tend-change');
      fill(el, '#situation', 'Sam posted photos from a weekend away with Alex.');
      expect((await changed).detail).to.include({ exercise: 'jealousy-journal', version: 1 });
      feeling(el, 'jealous').click();
      feeling(el, 'left out').click();
      fill(el, '#own-feelings', 'Restless,  jealous ');
      point(el, 7).click();
      await settle(el);
      expect(feeling(el, 'jealous').getAttribute('aria-pressed')).to.equal('true');
      expect(point(el, 7).checked).to.equal(true);
      expect(textOf(el, '.strength-now')).to.equal('7 of 10');
      const chips = $$(el, '[part~=choice]');
      expect(chips.map(text)).to.deep.equal(['Reassurance', 'Time together', 'Being included', 'Knowing what to expect', 'A boundary about…']);
      chips[1]!.click();
      await settle(el);
      expect(el.value.need).to.equal('time together');
      // Choices replace each other; "a boundary about " is left for the person to finish, the caret at its end.
      $$(el, '[part~=choice]')[4]!.click();
      await settle(el);
      const need = $<HTMLTextAreaElement>(el, '#need');
      expect(need.value).to.equal('a boundary about ');
      expect(active(el) === need, 'focus on the need').to.equal(true);
      expect(need.selectionStart).to.equal(need.value.length);
      fill(el, '#need', 'a boundary about weekends away');
      fill(el, '#say', 'I missed you.');
      fill(el, '#agreement', 'A heads-up before weekends away');
      fill(el, '#glad', 'They had a lovely time.');
      await settle(el);
      const completed = oneEvent(el, 'tend-complete') as Promise<TendCompleteEvent>;
      button(el, 'Done').click();
      const { detail } = await completed;
      expect(detail.data).to.deep.equal({
        date: '2026-12-01',
        with: ['Sam'],
        situation: 'Sam posted photos from a weekend away with Alex.',
        feelings: ['jealous', 'left out', 'Restless'],
        strength: 7,
        need: 'a boundary about weekends away',
        say: 'I missed you.',
        agreement: 'A heads-up before weekends away',
        glad: 'They had a lovely time.',
      });
      expect(detail.completedAt).to.match(/^\d{4}-\d{2}-\d{2}T/);
      await settle(el);
      expect(status(el)).to.equal('Finished. Thank you for listening to what the feeling had to say.');
    });

    it('a need typed first is kept, and a chip follows it', async () => {
      const { el } = await mount({});
      fill(el, '#need', 'Some honesty,');
      await settle(el);
      $$(el, '[part~=choice]')[0]!.click();
      await settle(el);
      expect(el.value.need).to.equal('Some honesty, reassurance');
    });

    it('Done too early asks for what happened and a feeling, marks both and focuses the first; glad, strength and need are never asked for', async () => {
      const { el } = await mount({});
      let completed = 0;
      el.addEventListener('tend-complete', () => completed++);
      await pressButton(el, 'Done');
      expect(completed).to.equal(0);
      expect(status(el)).to.equal('Still to write: what happened and what you feel.');
      expect($$(el, '[part~=error]').map((e) => e.id)).to.deep.equal(['situation-error', 'feelings-error']);
      // Focus moves once the errors are drawn and painted (so each is read once, with its field).
      await waitUntil(() => active(el) === $(el, '#situation'), 'focus on what happened');
      fill(el, '#situation', 'They went out without me.');
      await settle(el);
      // The error goes when focus leaves the answered field, not while the person types (it would be read again).
      expect(root(el).querySelector('#situation-error') !== null, 'still there while typing').to.equal(true);
      $(el, '#need').focus();
      await settle(el);
      expect(root(el).querySelector('#situation-error') === null, 'gone once focus left').to.equal(true);
      await pressButton(el, 'Done');
      expect(status(el)).to.equal('Still to write: what you feel.');
      await waitUntil(() => active(el) === root(el).querySelector('[part~=feeling][tabindex="0"]'), 'focus on the feelings');
      feeling(el, 'envious').click();
      await settle(el);
      $(el, '#need').focus();
      await settle(el);
      expect(root(el).querySelector('#feelings-error') === null).to.equal(true);
      await pressButton(el, 'Done');
      expect(completed).to.equal(1);
      expect(el.value).to.include({ strength: null, need: '', glad: '' });
    });

    it('value can be set (feelings of the vocabulary chosen, the others typed), reset() and Start over clear everything', async () => {
      const { el } = await mount({});
      el.value = { ...blank, situation: 'A late text.', feelings: ['jealous', 'tender'], strength: 3, need: 'reassurance', glad: 'g' };
      await settle(el);
      expect(feeling(el, 'jealous').getAttribute('aria-pressed')).to.equal('true');
      expect($<HTMLInputElement>(el, '#own-feelings').value).to.equal('tender');
      expect(point(el, 3).checked).to.equal(true);
      expect(el.value).to.deep.equal({ ...blank, situation: 'A late text.', feelings: ['jealous', 'tender'], strength: 3, need: 'reassurance', glad: 'g' });
      await pressButton(el, 'Start over');
      expect(el.value).to.deep.equal(blank);
      el.value = { ...blank, situation: 'x', strength: 11 } as JealousyJournalData;
      await settle(el);
      expect(el.value.situation, 'a value out of the shape is refused').to.equal('');
      el.value = { ...blank, situation: 'x' };
      await settle(el);
      el.reset();
      await settle(el);
      expect(el.value).to.deep.equal(blank);
    });

    it('persist keeps the draft across a reload, the strength included', async () => {
      const { el } = await mount({ persist: 'mine' });
      fill(el, '#situation', 'half written');
      feeling(el, 'insecure').click();
      point(el, 0).click();
      await settle(el);
      el.remove();
      const again = await mount({ persist: 'mine' });
      expect(again.el.value).to.include({ situation: 'half written', strength: 0 });
      expect(again.el.value.feelings).to.deep.equal(['insecure']);
    });

    it('in Spanish: its labels, the neighbours of celos, and what Done still needs', async () => {
      const { el } = await mount({ lang: 'es', with: 'Sam' });
      expect(text($(el, '[part~=heading]'))).to.equal('Diario de celos');
      expect(labelOf(el, 'situation')).to.match(/pasó/i);
      expect($$(el, '[part~=feeling]').slice(0, 2).map(text)).to.deep.equal(['celos', 'envidia']);
      await pressButton(el, 'Listo');
      expect(status(el)).to.match(/^Aún falta/);
      fill(el, '#situation', 'Sam subio fotos de un finde con Alex');
      $$(el, '[part~=feeling]')[0]!.click();
      point(el, 5).click();
      $$(el, '[part~=choice]')[0]!.click();
      await settle(el);
      expect(el.value.need).to.equal('que me tranquilicen');
      const completed = oneEvent(el, 'tend-complete') as Promise<TendCompleteEvent>;
      button(el, 'Listo').click();
      expect((await completed).detail.data).to.include({ strength: 5 });
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  });

  describe('"Turn this into an I-statement"', () => {
    it('with none on the page: shows one under "What I\'d like to say", filled with the feeling, what happened and the need', async () => {
      const { el } = await mount({});
      await pressButton(el, 'Turn this into an I-statement');
      expect(status(el)).to.equal('Nothing to carry yet: write what happened and name a feeling first.');
      expect(root(el).querySelector('tend-i-statement')).to.equal(null);
      fill(el, '#situation', 'they posted photos from a weekend away');
      feeling(el, 'left out').click();
      $$(el, '[part~=choice]')[0]!.click();
      await settle(el);
      await pressButton(el, 'Turn this into an I-statement');
      const statement = root(el).querySelector<Statement>('tend-i-statement')!;
      await statement.updateComplete;
      expect(statement.value).to.include({ emotion: 'left out', situation: 'they posted photos from a weekend away', need: 'reassurance' });
      expect(statement.value.text).to.match(/^I feel left out when they posted photos from a weekend away/);
      expect(status(el)).to.match(/^Carried into the I-statement/);
      // Changing the journal and carrying again follows the journal where the person did not change the statement.
      fill(el, '#situation', 'they posted photos from the weekend');
      await settle(el);
      await pressButton(el, 'Turn this into an I-statement');
      await statement.updateComplete;
      expect(statement.value.situation).to.equal('they posted photos from the weekend');
    });

    it('with one on the page: fills it and never replaces what the person wrote there', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <tend-jealousy-journal></tend-jealousy-journal>
        <tend-i-statement need="a call before midnight"></tend-i-statement>
      </div>`);
      await import('../../src/entries/i-statement.js');
      const el = wrapper.querySelector<El>('tend-jealousy-journal')!;
      const statement = wrapper.querySelector<Statement>('tend-i-statement')!;
      await settle(el);
      fill(el, '#situation', 'Sam came home late');
      feeling(el, 'insecure').click();
      fill(el, '#need', 'reassurance');
      await settle(el);
      await pressButton(el, 'Turn this into an I-statement');
      await statement.updateComplete;
      expect(root(el).querySelector('tend-i-statement'), 'none of its own').to.equal(null);
      expect(statement.value).to.include({ emotion: 'insecure', situation: 'Sam came home late', need: 'a call before midnight' });
    });
  });

  describe('in a flow: jealousy → I-statement → agreement', () => {
    it('carries the feeling, what happened and the need to the I-statement, the names and the agreement to revisit to the agreement; the flow completes', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div>
        <tend-flow heading="After a jealous moment">
          <tend-jealousy-journal with="Sam"></tend-jealousy-journal>
          <tend-i-statement></tend-i-statement>
          <tend-agreement></tend-agreement>
        </tend-flow>
      </div>`);
      const flow = wrapper.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>('tend-flow')!;
      const el = wrapper.querySelector<El>('tend-jealousy-journal')!;
      const statement = wrapper.querySelector<Statement>('tend-i-statement')!;
      const agreement = wrapper.querySelector<HTMLElement & { value: { with: string[]; sections: { id: string; items: string[] }[] }; updateComplete: Promise<unknown> }>('tend-agreement')!;
      const settleAll = async () => {
        for (let i = 0; i < 3; i++) {
          await flow.updateComplete;
          await Promise.all([el, statement, agreement].map((step) => step.updateComplete));
          await new Promise((resolve) => setTimeout(resolve, 0));
        }
      };
      await settleAll();
      expect(textOf(flow, '[part~=progress], .progress') || text(flow.shadowRoot!)).to.contain('Step 1 of 3');
      expect(buttons(el).map(text), 'the flow carries it on: no button of its own').not.to.include('Turn this into an I-statement');
      fill(el, '#situation', 'Sam posted photos from a weekend away with Alex');
      feeling(el, 'left out').click();
      point(el, 6).click();
      $$(el, '[part~=choice]')[1]!.click();
      fill(el, '#agreement', 'A heads-up before weekends away');
      await settleAll();
      const completed = new Promise<TendCompleteEvent>((resolve) =>
        flow.addEventListener('tend-complete', (event) => (event as TendCompleteEvent).detail.exercise === 'flow' && resolve(event as TendCompleteEvent)),
      );
      button(el, 'Done').click();
      await settleAll();
      expect(statement.value).to.include({ emotion: 'left out', situation: 'Sam posted photos from a weekend away with Alex', need: 'time together' });
      button(statement, 'Done').click();
      await settleAll();
      expect(agreement.value.with).to.deep.equal(['Sam']);
      expect(agreement.value.sections.find((section) => section.id === 'boundaries')!.items).to.deep.equal(['A heads-up before weekends away']);
      button(agreement, 'Done').click();
      await settleAll();
      button(flow, 'Done').click();
      const { detail } = await completed;
      const steps = (detail.data as { steps: { exercise: string; completedAt: string | null }[] }).steps;
      expect(steps.map((step) => step.exercise)).to.deep.equal(['jealousy-journal', 'i-statement', 'agreement']);
      expect(steps.every((step) => step.completedAt)).to.equal(true);
    });
  });

  describe('history over time, with a controlled clock', () => {
    it('two days, several entries a day: newest first, the strength over time, feelings and needs that come back; no judgement', async () => {
      const { el, clock } = await mount();
      expect(text(region(el))).to.contain('No entries kept yet');
      await journal(el, 'A text at midnight.', ['jealous'], 8, 'reassurance');
      expect(status(el)).to.equal('Kept this entry on this device.');
      await pressButton(el, 'Start over');
      await journal(el, 'They made plans without me.', ['left out', 'jealous'], 4, 'to be included');
      expect(el.entries.map((e) => e.strength)).to.deep.equal([4, 8]);
      clock.set(2026, 12, 2, 9);
      await pressButton(el, 'Start over');
      await journal(el, 'A photo from the concert.', ['envious'], 10, 'Reassurance!');
      expect(el.entries.map((e) => e.date)).to.deep.equal(['2026-12-02', '2026-12-01', '2026-12-01']);
      expect(stored().data.entries).to.have.length(3);

      const view = region(el)!;
      expect(text(root(el).querySelector(`#${view.getAttribute('aria-labelledby')}`))).to.contain('over time');
      const rows = [...view.querySelectorAll('table.strengths tbody tr')].map(text);
      expect(rows).to.deep.equal(['Dec 1 8 of 10', 'Dec 1 4 of 10', 'Dec 2 10 of 10']);
      expect(text(view.querySelector('table.strengths caption'))).to.contain('How strong');
      const tally = (id: string) => [...view.querySelectorAll(`ul[aria-labelledby=${id}] li`)].map(text);
      expect(tally('feelings-often')).to.deep.equal(['jealous: 2 times', 'envious: once', 'left out: once']);
      expect(tally('needs-recur')).to.deep.equal(['Reassurance: 2 times']);
      const entries = [...view.querySelectorAll('[part~=entry]')];
      expect(entries.map((e) => e.querySelector('time')!.getAttribute('datetime'))).to.deep.equal(['2026-12-02', '2026-12-01', '2026-12-01']);
      expect(text(entries[0]!.querySelector('dd'))).to.equal('10 of 10');
      expect(text(view)).not.to.match(/streak|score|goal|missed|too high|worse/i);
      expect(await axeViolations(el)).to.deep.equal([]);
    });

    it('Done again after a change updates the entry it kept rather than adding another', async () => {
      const { el } = await mount();
      await journal(el, 'A text at midnight.', ['jealous'], 8);
      point(el, 6).click();
      await settle(el);
      await pressButton(el, 'Done');
      expect(el.entries.map((e) => e.strength)).to.deep.equal([6]);
    });

    it('keeps the history across reloads; a finished entry leaves the next one blank; reset() keeps the entries', async () => {
      const first = await mount();
      await journal(first.el, 'A walk alone.', ['insecure'], 2);
      first.el.remove();
      const { el } = await mount();
      expect(el.entries).to.have.length(1);
      expect(el.value.situation).to.equal('');
      fill(el, '#situation', 'half written');
      await settle(el);
      el.reset();
      await settle(el);
      expect(el.value.situation).to.equal('');
      expect(el.entries).to.have.length(1);
      el.remove();
      const again = await mount();
      expect(again.el.entries).to.have.length(1);
    });

    it('Forget all asks first; confirmed, it removes every entry and the storage key', async () => {
      store({ ...blank, entries: sampleJournal });
      const { el } = await mount();
      expect(el.entries).to.have.length(4);
      await pressButton(el, 'Forget all entries');
      expect(active(el) === button(el, 'Keep them'), 'focus on Keep them').to.equal(true);
      await pressButton(el, 'Keep them');
      expect(el.entries).to.have.length(4);
      await pressButton(el, 'Forget all entries');
      await pressButton(el, 'Forget all');
      expect(el.entries).to.deep.equal([]);
      expect(localStorage.getItem(KEY)).to.equal(null);
      expect(text(region(el))).to.contain('No entries kept yet');
      expect(status(el)).to.equal('Every kept entry was removed from this browser.');
    });

    it('forget() does the same from script; entries is a copy', async () => {
      store({ ...blank, entries: sampleJournal });
      const { el } = await mount();
      el.entries.pop();
      expect(el.entries).to.have.length(4);
      el.forget();
      await settle(el);
      expect(el.entries).to.deep.equal([]);
      expect(localStorage.getItem(KEY)).to.equal(null);
    });

    it('exports Markdown and CSV (formula cells made safe)', async () => {
      const taken = captureTakeAway();
      try {
        store({ ...blank, entries: [...sampleJournal, { ...sampleJournal[0]!, date: '2026-11-01', situation: '=HYPERLINK("http://evil.example")', need: '@x' }] });
        const { el } = await mount();
        await pressButton(el, 'Download as Markdown');
        await pressButton(el, 'Download as CSV');
        expect(taken.files.map((f) => f.name)).to.deep.equal(['jealousy-journal-2026-12-01.md', 'jealousy-journal-2026-12-01.csv']);
        const md = await fileText(taken.files[0]!);
        expect(md.split('\n')[0]).to.equal(`# ${escapeMarkdown('Your jealousy journal over time')}`);
        expect(md).to.contain(`## ${escapeMarkdown('November 29, 2026')}\n\n- **With:** Sam\n`);
        expect(md).to.contain('- **Strength:** 4 of 10');
        const lines = (await fileText(taken.files[1]!)).replace(/^\uFEFF/, '').split('\r\n');
        expect(lines[0]).to.equal('date,with,situation,feelings,strength,need,say,agreement,glad');
        expect(lines[1]).to.equal('2026-11-29,Sam,Sam texted Alex good night while we were on the sofa.,jealous; left out,4,Reassurance,,,They have a friendship that matters to them.');
        expect(lines[5]).to.contain(`"'=HYPERLINK(""http://evil.example"")"`).and.contain(",'@x,");
        expect(status(el)).to.equal('Downloaded jealousy-journal-2026-12-01.csv.');
      } finally {
        taken.restore();
      }
    });

    it('without persist, history warns once and keeps nothing', async () => {
      const warnings = captureWarnings();
      try {
        const { el } = await mount({ history: '' });
        el.requestUpdate();
        await settle(el);
        await journal(el, 'A late text.', ['jealous'], 5);
        expect(el.entries).to.deep.equal([]);
        expect(region(el)).to.equal(null);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<tend-jealousy-journal>').and.contain('history=').and.contain('persist');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('bad attribute values', () => {
    it('emotions=" , ": the built-in vocabulary, and one warning', async () => {
      const warnings = captureWarnings();
      try {
        const { el } = await mount({ emotions: ' , ' });
        el.requestUpdate();
        await settle(el);
        expect(feeling(el, 'jealous')).to.exist;
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<tend-jealousy-journal>').and.contain('emotions=');
      } finally {
        warnings.restore();
      }
    });

    it('emotions given: they replace the vocabulary', async () => {
      const { el } = await mount({ emotions: 'jealous, tender' });
      expect($$(el, '[part~=feeling]').map(text)).to.deep.equal(['jealous', 'tender']);
    });
  });

  describe('hostile text', () => {
    it('in every field and in `with` and `emotions`: kept and shown literally, in the form and in the history', async () => {
      for (const hostile of hostileStrings) {
        localStorage.clear();
        const { el } = await mount({ persist: 'mine', history: '', with: hostile, emotions: `jealous, ${hostile}` });
        fill(el, '#own-feelings', hostile);
        for (const id of ['say', 'agreement', 'glad']) fill(el, `#${id}`, hostile);
        await journal(el, hostile, ['jealous'], 3, hostile);
        assertNothingInjected(el);
        const entry = el.entries[0]!;
        expect(entry).to.include({ situation: hostile, need: hostile, say: hostile, agreement: hostile, glad: hostile });
        expect(text($(el, '[part~=entry] dd:nth-of-type(2)'))).to.equal(text(document.createTextNode(hostile)));
        el.remove();
      }
    });

    it('in a stored history: rendered literally, nothing runs', async () => {
      const entries = hostileStrings.map((hostile, i) => ({ ...blank, date: `2026-11-${10 + i}`, with: [hostile], situation: hostile, feelings: [hostile, 'jealous'], strength: 5, need: hostile }));
      store({ ...blank, entries });
      const { el } = await mount();
      assertNothingInjected(el);
      expect($$(el, '[part~=entry]')).to.have.length(hostileStrings.length);
      expect(text(root(el).querySelector('ul[aria-labelledby=feelings-often] li'))).to.equal(`jealous: ${hostileStrings.length} times`);
    });
  });

  describe('safety', () => {
    it('words of danger in any free-text field: the support note, no hints or choices, nothing offered to say, no thanks', async () => {
      for (const id of ['situation', 'own-feelings', 'need', 'say', 'agreement', 'glad']) {
        const { el } = await mount({ with: 'Sam' });
        expect($$(el, '[part~=hint]').length).to.be.greaterThan(0);
        fill(el, `#${id}`, id === 'situation' ? 'I check her phone every night and he said he would hurt himself if I see her' : 'he said hed hurt himself if i see her');
        await settle(el);
        expect(root(el).querySelector('[part~=support]'), id).to.exist;
        expect($$(el, '[part~=choice]'), id).to.have.length(0);
        expect(buttons(el).map(text), id).not.to.include('Turn this into an I-statement');
        expect(text($(el, '[part~=heading]'))).to.equal('Your words');
        const completed = oneEvent(el, 'tend-complete');
        button(el, 'Done').click();
        await completed;
        await settle(el);
        expect(status(el), id).not.to.match(/thank/i);
        expect($$(el, '[part~=error]'), id).to.have.length(0);
        el.parentElement!.remove();
      }
    });

    it('in Spanish, as typed on a phone: the note', async () => {
      const { el } = await mount({ lang: 'es', with: 'Sam' });
      fill(el, '#situation', 'me dijo que se haria daño si la veo');
      await settle(el);
      expect(root(el).querySelector('[part~=support]')).to.exist;
      expect($$(el, '[part~=choice]')).to.have.length(0);
    });

    it('the jealous ordinary words show no note', async () => {
      const { el } = await mount();
      fill(el, '#situation', 'she went on a date with him and I wanted to scream, it killed me a bit');
      fill(el, '#need', 'to know I still matter');
      await settle(el);
      expect(root(el).querySelector('[part~=support]')).to.equal(null);
    });
  });

  describe('keyboard', () => {
    it('completes with the keyboard alone: typing, a feeling with Space, the strength with the arrows, a chip with Enter, Done with Enter', async () => {
      const { el } = await mount();
      let completed = 0;
      el.addEventListener('tend-complete', () => completed++);
      $(el, '#situation').focus();
      await sendKeys({ type: 'They went to the concert' });
      await tabTo((f) => f.getAttribute('part')?.includes('feeling') === true, 'Tab', 120);
      expect(text(active(el))).to.equal('jealous');
      await sendKeys({ press: ' ' });
      await settle(el);
      expect(el.value.feelings).to.deep.equal(['jealous']);
      await tabTo((f) => f.localName === 'input' && (f as HTMLInputElement).type === 'radio', 'Tab', 120);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(el.value.strength).to.equal(2);
      await tabTo((f) => text(f) === 'Time together', 'Tab', 120);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.value.need).to.equal('time together');
      expect(active(el) === $(el, '#need'), 'focus on the need').to.equal(true);
      await tabTo((f) => text(f) === 'Done', 'Tab', 120);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(completed).to.equal(1);
      expect(el.entries[0]).to.include({ situation: 'They went to the concert', strength: 2, need: 'time together' });
    });
  });
});
