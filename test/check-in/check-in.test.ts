import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/entries/check-in.js';
import type { TendCheckIn } from '../../src/entries/check-in.js';
import { escapeMarkdown } from '../../src/core/markdown.js';
import { storageKey } from '../../src/core/persistence.js';
import type { TendCompleteEvent } from '../../src/core/events.js';
import type { CheckInData } from '../../src/entries/data.js';
import { sampleHistory } from '../../stories/examples/check-in.js';
import { assertNothingInjected, clearPwned, hostileStrings } from '../helpers/hostile.js';
import { captureWarnings } from '../helpers/warnings.js';
import { captureTakeAway, fileText } from '../security/take-away.js';
import { $, button, buttons, fill, pressButton, root, settle, status, text, textOf } from '../helpers/harness.js';

type El = TendCheckIn;
const KEY = storageKey('check-in', 'mine');

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
const labelOf = (el: El, id: string) => textOf(el, `label[for=${id}]`);
const region = (el: El) => root(el).querySelector<HTMLElement>('section[part~=history]');

async function checkIn(el: El, feelings: string[], highlight: string, challenge: string, need = ''): Promise<void> {
  for (const word of feelings) feeling(el, word).click();
  fill(el, '#highlight', highlight);
  fill(el, '#challenge', challenge);
  fill(el, '#need', need);
  await settle(el);
  await pressButton(el, 'Done');
}

/** Creates the element as a page would, with the test's clock given before its first render. */
async function mount(attributes: Record<string, string> = { persist: 'mine', history: '', with: 'Alex' }, clock = new DayClock()) {
  const el = document.createElement('tend-check-in');
  el.clock = clock;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  (await fixture<HTMLElement>(html`<div></div>`)).append(el);
  await settle(el);
  return { el, clock };
}

function store(data: object): void {
  localStorage.setItem(KEY, JSON.stringify({ version: 1, savedAt: 'x', data }));
}
const blank = { rhythm: 'daily', date: '2026-12-01', with: [], feelings: [], highlight: '', challenge: '', need: '' };
const stored = () => JSON.parse(localStorage.getItem(KEY)!) as { data: { entries: CheckInData[] } };

describe('<tend-check-in>', () => {
  afterEach(() => {
    localStorage.clear();
    clearPwned();
  });

  describe('daily (the default)', () => {
    it('names its fields with "feel", "highlight", "challenge" and "need", and shares with the names in `with`', async () => {
      const { el } = await mount({ with: 'Alex, Sam' });
      expect(text($(el, '[part~=heading]'))).to.equal('Daily check-in');
      expect(text($(el, 'legend'))).to.contain('feel');
      expect(labelOf(el, 'own-feelings')).to.contain('feel');
      expect(labelOf(el, 'highlight')).to.contain('highlight');
      expect(labelOf(el, 'challenge')).to.contain('challenge');
      expect(labelOf(el, 'need')).to.contain('need');
      expect(text($(el, '[part~=intro]'))).to.contain('Alex and Sam');
      expect(el.value.with).to.deep.equal(['Alex', 'Sam']);
      expect(region(el), 'no history without the attribute').to.equal(null);
    });

    it('takes several feelings, chosen and typed, fires tend-change and tend-complete with the whole check-in', async () => {
      const { el } = await mount({ with: 'Alex' });
      const changed = oneEvent(el, 'tend-change');
      feeling(el, 'calm').click();
      expect((await changed).detail.exercise).to.equal('check-in');
      feeling(el, 'tired').click();
      await settle(el);
      expect(feeling(el, 'calm').getAttribute('aria-pressed')).to.equal('true');
      fill(el, '#own-feelings', ' restless,  Calm , tender ');
      fill(el, '#highlight', 'A long walk.');
      fill(el, '#challenge', 'A late train.');
      fill(el, '#need', 'An early night.');
      await settle(el);
      const completed = oneEvent(el, 'tend-complete') as Promise<TendCompleteEvent>;
      button(el, 'Done').click();
      const { detail } = await completed;
      expect(detail.data).to.deep.equal({
        rhythm: 'daily',
        date: '2026-12-01',
        with: ['Alex'],
        feelings: ['calm', 'tired', 'restless', 'tender'],
        highlight: 'A long walk.',
        challenge: 'A late train.',
        need: 'An early night.',
      });
      expect(detail.completedAt).to.match(/^\d{4}-\d{2}-\d{2}T/);
      feeling(el, 'calm').click();
      await settle(el);
      expect(el.value.feelings).to.deep.equal(['tired', 'restless', 'Calm', 'tender']);
    });

    it('Done too early asks only for a feeling, marks the feelings and focuses the first; leaving the feelings with one chosen clears the error', async () => {
      const { el } = await mount({});
      let completed = 0;
      el.addEventListener('tend-complete', () => completed++);
      const firstFeeling = () => root(el).activeElement === root(el).querySelector('[part~=feeling]');
      await pressButton(el, 'Done');
      expect(completed).to.equal(0);
      expect(status(el)).to.equal('Still to write: how you feel.');
      expect([...root(el).querySelectorAll('[part~=error]')].map((e) => e.id)).to.deep.equal(['feelings-error']);
      expect(text($(el, '#feelings-error'))).to.match(/^Error: Name at least one feeling/);
      // Focus moves once the error is drawn and painted (so it is read once, with the field).
      await waitUntil(firstFeeling, 'focus on the first feeling');
      expect($(el, '#highlight').hasAttribute('aria-invalid')).to.equal(false);
      feeling(el, 'tired').click();
      await settle(el);
      expect(root(el).querySelector('#feelings-error'), 'not while the person is in the feelings').to.not.equal(null);
      $(el, '#highlight').focus();
      await settle(el);
      expect(root(el).querySelector('#feelings-error')).to.equal(null);
    });

    it('keeps a bad day with only a feeling: a challenge and no highlight, or the feeling alone', async () => {
      const { el } = await mount({ history: '', persist: 'bad-day' });
      feeling(el, 'hurt').click();
      fill(el, '#challenge', 'The fight last night…');
      await settle(el);
      const completed = oneEvent(el, 'tend-complete') as Promise<TendCompleteEvent>;
      button(el, 'Done').click();
      const { detail } = await completed;
      expect(detail.data).to.include({ highlight: '', challenge: 'The fight last night…' });
      await settle(el);
      expect(status(el)).to.match(/^Kept your check-in for /);
      expect(el.entries).to.have.length(1);
      localStorage.removeItem('tend:v1:check-in:bad-day');
      const alone = await mount({ rhythm: 'weekly' });
      feeling(alone.el, 'tired').click();
      await settle(alone.el);
      const done = oneEvent(alone.el, 'tend-complete') as Promise<TendCompleteEvent>;
      button(alone.el, 'Done').click();
      expect((await done).detail.data).to.include({ highlight: '', challenge: '', need: '' });
      // No hint tells a person how to grow from a bad day.
      for (const rhythm of ['daily', 'weekly']) {
        const { el: form } = await mount({ rhythm });
        expect(text(root(form) as unknown as Element)).not.to.match(/grow/i);
      }
    });

    it('reset() and Start over clear the fields; the value can be set', async () => {
      const { el } = await mount({});
      el.value = { ...blank, feelings: ['calm', 'proud'], highlight: 'h', challenge: 'c', need: 'n' } as CheckInData;
      await settle(el);
      expect(feeling(el, 'calm').getAttribute('aria-pressed')).to.equal('true');
      expect($<HTMLInputElement>(el, '#own-feelings').value).to.equal('proud');
      expect(el.value.feelings).to.deep.equal(['calm', 'proud']);
      await pressButton(el, 'Start over');
      expect(el.value).to.deep.equal({ ...blank, with: [] });
    });
  });

  describe('weekly', () => {
    it('is a self check-in naming feelings and needs, with a small win', async () => {
      const { el } = await mount({ rhythm: 'weekly', with: 'Alex' });
      expect(text($(el, '[part~=heading]'))).to.equal('Weekly self check-in');
      expect(text($(el, '[part~=intro]'))).to.equal('Twenty minutes once a week to name feelings and needs.');
      expect(labelOf(el, 'highlight')).to.contain('win');
      expect(labelOf(el, 'challenge')).to.contain('challenge');
      expect(labelOf(el, 'need')).to.contain('need');
      await pressButton(el, 'Done');
      expect(status(el)).to.equal('Still to write: how you feel.');
      feeling(el, 'hopeful').click();
      fill(el, '#need', 'More time for myself.');
      await settle(el);
      const completed = oneEvent(el, 'tend-complete') as Promise<TendCompleteEvent>;
      button(el, 'Done').click();
      const { detail } = await completed;
      expect(detail.data).to.include({ rhythm: 'weekly', highlight: '', need: 'More time for myself.' });
    });
  });

  describe('history over time, with a controlled clock', () => {
    it('two days: newest first, a second check-in the same day replaces the first, the view counts feelings and recurring needs', async () => {
      const { el, clock } = await mount();
      expect(text(region(el))).to.contain('No check-ins kept yet');
      clock.set(2026, 12, 1);
      await checkIn(el, ['tired', 'hopeful'], 'A walk.', 'A tense call.', 'An early night.');
      expect(status(el)).to.equal('Kept your check-in for December 1, 2026 on this device.');
      expect(el.entries.map((e) => e.date)).to.deep.equal(['2026-12-01']);

      // The same day again: replaced, not added.
      await pressButton(el, 'Start over');
      await checkIn(el, ['calm'], 'Dinner together.', 'Too much email.', 'an early night');
      expect(el.entries).to.have.length(1);
      expect(el.entries[0]).to.include({ highlight: 'Dinner together.' });

      // The next day.
      clock.set(2026, 12, 2, 9);
      await pressButton(el, 'Start over');
      await checkIn(el, ['calm', 'grateful'], 'Breakfast.', 'Deadlines.', 'An early night!');
      expect(el.entries.map((e) => e.date)).to.deep.equal(['2026-12-02', '2026-12-01']);
      expect(stored().data.entries.map((e) => e.date)).to.deep.equal(['2026-12-02', '2026-12-01']);

      const view = region(el)!;
      expect(view.getAttribute('aria-labelledby')).to.equal('history-heading');
      expect(text(root(el).querySelector('#history-heading'))).to.contain('over time');
      const tally = (id: string) => [...view.querySelectorAll(`ul[aria-labelledby=${id}] li`)].map(text);
      expect(tally('feelings-often')).to.deep.equal(['calm: 2 times', 'grateful: once']);
      expect(tally('needs-recur')).to.deep.equal(['An early night: 2 times']);
      const dates = [...view.querySelectorAll('[part~=entry] time')].map((t) => t.getAttribute('datetime'));
      expect(dates).to.deep.equal(['2026-12-02', '2026-12-01']);
      expect(text(view)).not.to.match(/streak|score|goal|missed/i);
    });

    it('keeps the history across reloads; a check-in finished on an earlier day leaves today blank; an unfinished draft stays', async () => {
      const first = await mount();
      await checkIn(first.el, ['calm'], 'A walk.', 'Rain.');
      first.el.remove();
      const clock = new DayClock();
      clock.set(2026, 12, 2);
      const { el } = await mount(undefined, clock);
      expect(el.entries.map((e) => e.date)).to.deep.equal(['2026-12-01']);
      expect(el.value.highlight).to.equal('');
      fill(el, '#highlight', 'half written');
      await settle(el);
      el.remove();
      const again = await mount(undefined, clock);
      expect(again.el.value.highlight).to.equal('half written');
      expect(again.el.entries).to.have.length(1);
    });

    it('Forget all asks first; confirmed, it removes every kept check-in and the storage key', async () => {
      const { el } = await mount();
      await checkIn(el, ['calm'], 'A walk.', 'Rain.');
      await pressButton(el, 'Forget all check-ins');
      expect(button(el, 'Forget all check-ins').getAttribute('aria-expanded')).to.equal('true');
      expect(root(el).activeElement).to.equal(button(el, 'Keep them'));
      await pressButton(el, 'Keep them');
      expect(el.entries).to.have.length(1);
      expect(root(el).activeElement).to.equal($(el, '#forget-all'));
      await pressButton(el, 'Forget all check-ins');
      const confirm = root(el).querySelector('.confirm [part~=button].primary') as HTMLButtonElement;
      expect(text(confirm)).to.equal('Forget all');
      confirm.click();
      await settle(el);
      expect(el.entries).to.deep.equal([]);
      expect(localStorage.getItem(KEY)).to.equal(null);
      expect(text(region(el))).to.contain('No check-ins kept yet');
      expect(root(el).activeElement).to.equal($(el, '#history-heading'));
    });

    it('the keep switch off removes the kept check-ins and keeps no new one; on again keeps from then', async () => {
      store({ ...blank, entries: sampleHistory });
      const { el } = await mount();
      const keep = $(el, '[role=switch]');
      expect(keep.getAttribute('aria-checked')).to.equal('true');
      keep.click();
      await settle(el);
      expect(localStorage.getItem(KEY)).to.equal(null);
      expect(el.entries).to.deep.equal([]);
      expect(region(el)).to.equal(null);
      await checkIn(el, ['calm'], 'A walk.', 'Rain.');
      expect(el.entries).to.deep.equal([]);
      expect(localStorage.getItem(KEY)).to.equal(null);
      $(el, '[role=switch]').click();
      await settle(el);
      await pressButton(el, 'Done');
      expect(el.entries.map((e) => e.date)).to.deep.equal(['2026-12-01']);
      expect(stored().data.entries).to.have.length(1);
    });

    it('forget() does the same from script; entries is a copy', async () => {
      store({ ...blank, entries: sampleHistory });
      const { el } = await mount();
      expect(el.entries.map((e) => e.date)).to.deep.equal(['2026-11-29', '2026-11-28', '2026-11-25']);
      el.entries.pop();
      expect(el.entries).to.have.length(3);
      el.forget();
      await settle(el);
      expect(el.entries).to.deep.equal([]);
      expect(localStorage.getItem(KEY)).to.equal(null);
    });

    it('without history (or without persist) nothing accumulates; history without persist warns once', async () => {
      const plain = await mount({ persist: 'mine' });
      await checkIn(plain.el, ['calm'], 'A walk.', 'Rain.');
      expect(plain.el.entries).to.deep.equal([]);
      expect(JSON.stringify(JSON.parse(localStorage.getItem(KEY)!).data)).not.to.contain('entries');
      const warnings = captureWarnings();
      try {
        const { el } = await mount({ history: '' });
        el.requestUpdate();
        await settle(el);
        await checkIn(el, ['calm'], 'A walk.', 'Rain.');
        expect(el.entries).to.deep.equal([]);
        expect(region(el)).to.equal(null);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<tend-check-in>').and.contain('history=').and.contain('persist');
      } finally {
        warnings.restore();
      }
    });

    it('exports Markdown and CSV (formula cells made safe) and prints the history alone', async () => {
      const taken = captureTakeAway();
      const print = window.print;
      let printed = '';
      try {
        store({ ...blank, entries: [...sampleHistory, { ...sampleHistory[0]!, date: '2026-11-01', highlight: '=HYPERLINK("http://evil.example")', need: '@x' }] });
        const { el } = await mount();
        window.print = () => (printed = $(el, '.form').className);
        await pressButton(el, 'Download as Markdown');
        await pressButton(el, 'Download as CSV');
        expect(taken.files.map((f) => f.name)).to.deep.equal(['daily-check-in-2026-12-01.md', 'daily-check-in-2026-12-01.csv']);
        const md = await fileText(taken.files[0]!);
        expect(md.split('\n')[0]).to.equal(`# ${escapeMarkdown('Your check-ins over time')}`);
        expect(md).to.contain(
          `## ${escapeMarkdown('November 29, 2026')}\n\n- **With:** Alex\n- **Feelings:** tired, hopeful\n- **Highlight:** ${escapeMarkdown('A long walk after work.')}`,
        );
        const csv = (await fileText(taken.files[1]!)).replace(/^\uFEFF/, '');
        const lines = csv.split('\r\n');
        expect(lines[0]).to.equal('date,rhythm,with,feelings,highlight,challenge,need');
        expect(lines[1]).to.equal('2026-11-29,daily,Alex,tired; hopeful,A long walk after work.,A tense call with my sister.,An early night.');
        expect(lines[4]).to.equal(`2026-11-01,daily,Alex,tired; hopeful,"'=HYPERLINK(""http://evil.example"")",A tense call with my sister.,'@x`);
        expect(status(el)).to.equal('Downloaded daily-check-in-2026-12-01.csv.');
        await pressButton(el, 'Print');
        expect(printed).to.contain('printing');
        expect($(el, '.form').className).not.to.contain('printing');
      } finally {
        taken.restore();
        window.print = print;
      }
    });

    it('a history of 1,000 check-ins: lists the newest 30 and shows older ones on request, and keeps working', async () => {
      const entries = Array.from({ length: 1000 }, (_, i) => {
        const day = new Date(2026, 11, 1 - i - 1);
        const date = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
        return { rhythm: 'daily', date, with: [], feelings: [i % 2 ? 'calm' : 'tired'], highlight: `h${i}`, challenge: `c${i}`, need: i % 3 ? '' : 'rest' };
      });
      store({ ...blank, entries });
      const { el } = await mount();
      expect(el.entries).to.have.length(1000);
      expect(root(el).querySelectorAll('[part~=entry]')).to.have.length(30);
      const tally = [...root(el).querySelectorAll('ul[aria-labelledby=feelings-often] li')].map(text);
      expect(tally).to.deep.equal(['tired: 14 times', 'calm: 13 times']);
      await pressButton(el, 'Show 120 older');
      expect(root(el).querySelectorAll('[part~=entry]')).to.have.length(150);
      expect(root(el).activeElement).to.equal($(el, '#entry-30'));
      await checkIn(el, ['hopeful'], 'Today.', 'Nothing much.');
      expect(el.entries).to.have.length(1001);
      expect(el.entries[0]!.date).to.equal('2026-12-01');
    });

    it('a storage that fails on Done keeps the check-in on screen and in entries, and says it could not be kept', async () => {
      const { el } = await mount();
      const setItem = Storage.prototype.setItem;
      const warnings = captureWarnings();
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        await checkIn(el, ['calm'], 'A walk.', 'Rain.');
        expect(status(el)).to.match(/^Your check-in could not be kept in this browser/);
        expect(el.entries).to.have.length(1);
        expect($<HTMLTextAreaElement>(el, '#highlight').value).to.equal('A walk.');
        expect(root(el).querySelectorAll('[part~=entry]')).to.have.length(1);
        expect(warnings.messages.filter((m) => m.includes('full'))).to.have.length(1);
      } finally {
        Storage.prototype.setItem = setItem;
        warnings.restore();
      }
    });

    it('a stored history with unreadable entries keeps the readable ones, with one warning', async () => {
      store({ ...blank, entries: [sampleHistory[0], { date: 'yesterday' }, 42, { ...sampleHistory[1], feelings: 'calm' }, sampleHistory[2]] });
      const warnings = captureWarnings();
      try {
        const { el } = await mount();
        expect(el.entries.map((e) => e.date)).to.deep.equal(['2026-11-29', '2026-11-25']);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('3 kept check-in');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('bad attribute values', () => {
    it('rhythm="hourly": the daily check-in, and one warning naming the element, attribute, value and what it accepts', async () => {
      const warnings = captureWarnings();
      try {
        const { el } = await mount({ rhythm: 'hourly' });
        el.requestUpdate();
        await settle(el);
        expect(text($(el, '[part~=heading]'))).to.equal('Daily check-in');
        expect(el.value.rhythm).to.equal('daily');
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('<tend-check-in>').and.contain('rhythm="hourly"').and.contain('"weekly"');
      } finally {
        warnings.restore();
      }
    });

    it('emotions=" , ": the built-in vocabulary, and one warning', async () => {
      const warnings = captureWarnings();
      try {
        const { el } = await mount({ emotions: ' , ' });
        expect(feeling(el, 'calm')).to.exist;
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('emotions=');
      } finally {
        warnings.restore();
      }
    });
  });

  describe('hostile text', () => {
    it('in every field and in `with` and `emotions`: kept and shown literally, in the form and in the history', async () => {
      for (const hostile of hostileStrings) {
        localStorage.clear();
        const { el } = await mount({ persist: 'mine', history: '', with: hostile, emotions: `calm, ${hostile}` });
        fill(el, '#own-feelings', hostile);
        await checkIn(el, ['calm'], hostile, hostile, hostile);
        assertNothingInjected(el);
        const entry = el.entries[0]!;
        expect(entry.highlight).to.equal(hostile);
        expect(entry.need).to.equal(hostile);
        const dds = [...root(el).querySelectorAll('[part~=entry] dd')].map((d) => d.textContent);
        expect(dds.slice(1)).to.deep.equal([hostile, hostile, hostile]);
        el.remove();
      }
    });

    it('in a stored history: rendered literally, nothing runs', async () => {
      const entries = hostileStrings.map((hostile, i) => ({
        rhythm: 'daily',
        date: `2026-11-${20 + i}`,
        with: [hostile],
        feelings: [hostile, 'calm'],
        highlight: hostile,
        challenge: hostile,
        need: hostile,
      }));
      store({ ...blank, entries });
      const { el } = await mount();
      assertNothingInjected(el);
      expect(root(el).querySelectorAll('[part~=entry]')).to.have.length(hostileStrings.length);
      const firstShown = root(el).querySelector('[part~=entry] dd')!.textContent;
      expect(firstShown).to.equal(`${hostileStrings.at(-1)}, calm`);
      expect(text(root(el).querySelector('ul[aria-labelledby=feelings-often] li'))).to.equal('calm: 9 times');
    });
  });

  describe('safety', () => {
    it('words of danger in any field: a support note, no hints, no "share with", no pressing for more, no thanks', async () => {
      for (const id of ['own-feelings', 'highlight', 'challenge', 'need']) {
        const { el } = await mount({ with: 'Alex' });
        expect(root(el).querySelectorAll('[part~=hint]').length).to.be.greaterThan(0);
        fill(el, `#${id}`, 'he hit me again');
        await settle(el);
        expect(root(el).querySelector('[part~=support]'), id).to.exist;
        // Only the mechanical "Separated by commas." stays; no hint drawn from the seeds.
        expect([...root(el).querySelectorAll('[part~=hint]')].map((h) => h.id), id).to.deep.equal(['own-feelings-hint']);
        expect(text($(el, '[part~=intro]'))).not.to.contain('Alex');
        expect(text(root(el) as unknown as Element)).not.to.contain('grow through challenges');
        const completed = oneEvent(el, 'tend-complete');
        button(el, 'Done').click();
        await completed;
        await settle(el);
        expect(status(el)).to.equal('Finished.');
        expect(root(el).querySelectorAll('[part~=error]')).to.have.length(0);
        el.parentElement!.remove();
      }
    });

    it('ordinary words show no note', async () => {
      const { el } = await mount();
      fill(el, '#challenge', 'a killer deadline and I could murder a pizza');
      await settle(el);
      expect(root(el).querySelector('[part~=support]')).to.equal(null);
    });
  });

  describe('keyboard and accessibility', () => {
    it('completes with the keyboard alone: a feeling with Space, the fields by typing, Done with Enter', async () => {
      const { el } = await mount({ persist: 'mine', history: '' });
      let completed = 0;
      el.addEventListener('tend-complete', () => completed++);
      (root(el).querySelector('[part~=feeling]') as HTMLElement).focus();
      await sendKeys({ press: ' ' });
      await settle(el);
      expect(el.value.feelings).to.deep.equal(['sad']);
      $(el, '#own-feelings').focus();
      await sendKeys({ type: 'tender' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'A walk' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Rain' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(text(root(el).activeElement)).to.equal('Done');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(completed).to.equal(1);
      expect(el.entries[0]).to.include({ highlight: 'A walk', challenge: 'Rain' });
      expect(el.entries[0]!.feelings).to.deep.equal(['sad', 'tender']);
    });
  });
});
