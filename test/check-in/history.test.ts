import { expect, fixture, html } from '@open-wc/testing';
import '../../src/entries/check-in.js';
import '../../src/entries/locales/es.js';
import type { TendCheckIn } from '../../src/entries/check-in.js';
import type { CheckInData } from '../../src/entries/data.js';
import { captureWarnings } from '../helpers/warnings.js';
import { button, textOf } from '../helpers/harness.js';
import { escapeMarkdown } from '../../src/core/markdown.js';
import { checkInToText, csvCell, historyToCsv, historyToMarkdown } from '../../src/check-in/export.js';
import { isCheckIn, keep, localDate, normaliseHistory, overTime, windowStart } from '../../src/check-in/history.js';

const entry = (date: string, feelings: string[], need = '', rhythm: CheckInData['rhythm'] = 'daily'): CheckInData => ({
  rhythm,
  date,
  with: [],
  feelings,
  highlight: `high ${date}`,
  challenge: '',
  need,
});
const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();

describe('check-in history (pure functions)', () => {
  it('dates are local: late evening and early morning belong to their own day', () => {
    expect(localDate(at(2026, 12, 1, 23))).to.equal('2026-12-01');
    expect(localDate(at(2026, 12, 2, 0))).to.equal('2026-12-02');
    expect(windowStart(at(2026, 3, 1))).to.equal('2026-02-02');
  });

  it('keeps one check-in per date, newest first; a second one the same day replaces the first', () => {
    let kept = keep([], entry('2026-12-01', ['calm']));
    kept = keep(kept, entry('2026-11-29', ['sad']));
    kept = keep(kept, entry('2026-12-01', ['hopeful']));
    expect(kept.map((e) => [e.date, e.feelings[0]])).to.deep.equal([
      ['2026-12-01', 'hopeful'],
      ['2026-11-29', 'sad'],
    ]);
    expect(normaliseHistory([entry('2026-01-01', []), entry('2026-03-01', []), entry('2026-01-01', ['dup'])]).map((e) => e.date)).to.deep.equal([
      '2026-03-01',
      '2026-01-01',
    ]);
  });

  it('counts the feelings of the last four weeks (once per check-in, any case) and the needs that recur', () => {
    const history = normaliseHistory([
      entry('2026-12-01', ['Calm', 'calm', 'tired'], 'Rest.'),
      entry('2026-11-20', ['calm'], 'rest'),
      entry('2026-11-04', ['tired'], 'Time together'),
      entry('2026-11-03', ['tired', 'tired'], 'time together'), // 29 days before: outside the window
    ]);
    const view = overTime(history, at(2026, 12, 1));
    expect(view.recent).to.equal(3);
    expect(view.feelings).to.deep.equal([
      { text: 'Calm', count: 2 },
      { text: 'tired', count: 2 },
    ]);
    expect(view.needs).to.deep.equal([{ text: 'Rest', count: 2 }]);
  });

  it('recognises a stored check-in of the contract shape only', () => {
    expect(isCheckIn(entry('2026-12-01', ['calm']))).to.equal(true);
    for (const bad of [null, 42, 'x', [], { ...entry('2026-12-01', []), rhythm: 'hourly' }, { ...entry('2026-02-30', []) }, { ...entry('2026-12-01', []), feelings: 'calm' }, { ...entry('2026-12-01', []), need: 1 }]) {
      expect(isCheckIn(bad), JSON.stringify(bad)).to.equal(false);
    }
  });

  it('CSV: RFC 4180 quoting, and a formula-looking cell gets a leading apostrophe', () => {
    expect(csvCell('plain')).to.equal('plain');
    expect(csvCell('a, "b"\nc')).to.equal('"a, ""b""\nc"');
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`).startsWith(`'`) || csvCell(`${start}1+1`).startsWith(`"'`)).to.equal(true);
    expect(csvCell('=SUM(A1:A2)')).to.equal(`'=SUM(A1:A2)`);
    expect(historyToCsv([{ ...entry('2026-12-01', ['calm', 'tired'], '-rest'), with: ['Alex', 'Sam'] }])).to.equal(
      'date,rhythm,with,feelings,highlight,challenge,need\r\n2026-12-01,daily,Alex; Sam,calm; tired,high 2026-12-01,,\'-rest\r\n',
    );
  });

  it('Markdown: a heading per check-in, the win for a weekly one, every text escaped', () => {
    const labels = { title: 'Over time', date: (iso: string) => iso, feelings: 'Feelings', highlight: 'Highlight', win: 'Small win', challenge: 'Challenge', need: 'Need', with: 'With' };
    const md = historyToMarkdown([entry('2026-12-01', ['<b>calm</b>'], '[x](javascript:y)', 'weekly')], labels);
    const e = escapeMarkdown;
    expect(md).to.equal(
      `# Over time\n\n## ${e('2026-12-01')}\n\n- **Feelings:** ${e('<b>calm</b>')}\n- **Small win:** ${e('high 2026-12-01')}\n- **Need:** ${e('[x](javascript:y)')}\n`,
    );
    expect(md).not.to.match(/(^|[^\\])[<[]/m);
  });

  it('plain text for send-to and share: the answers under their labels, nothing when nothing is written', () => {
    const labels = { title: 'Tonight', date: (iso: string) => iso, feelings: 'Feelings', highlight: 'Highlight', win: 'Small win', challenge: 'Challenge', need: 'Need', with: 'With' };
    expect(checkInToText({ ...entry('2026-12-01', ['calm', 'tired'], 'a walk'), with: ['Alex'] }, labels)).to.equal(
      'Tonight\nFeelings: calm, tired\nHighlight: high 2026-12-01\nNeed: a walk\n',
    );
    expect(checkInToText({ ...entry('2026-12-01', []), highlight: '' }, labels)).to.equal('');
  });
});

describe('<tend-check-in> in Spanish', () => {
  it('speaks Spanish, with the shared Spanish vocabulary and dates from Intl', async () => {
    const el = await fixture<TendCheckIn>(html`<tend-check-in lang="es" rhythm="weekly"></tend-check-in>`);
    const text = (selector: string) => textOf(el, selector);
    expect(text('[part~=heading]')).to.equal('Tu momento semanal contigo');
    expect(text('legend')).to.equal('¿Cómo te sientes?');
    expect(text('[part~=feeling]')).to.equal('tristeza');
    expect(text('label[for=highlight]')).to.equal('Un pequeño logro de la semana (opcional)');
    const done = button(el, /^Listo$/);
    done.click();
    await el.updateComplete;
    expect(text('p[part~=status]')).to.equal('Aún falta escribir cómo te sientes.');
  });
});

describe('<tend-check-in> when its attributes change', () => {
  afterEach(() => localStorage.clear());

  it('history switched on later shows the check-ins already kept under the key, and keeps them', async () => {
    const kept = [entry('2026-11-30', ['calm'])];
    localStorage.setItem('tend:v1:check-in:later', JSON.stringify({ version: 1, savedAt: 'x', data: { ...kept[0], date: '2026-12-01', entries: kept } }));
    const el = await fixture<TendCheckIn>(html`<tend-check-in persist="later"></tend-check-in>`);
    el.history = true;
    await el.updateComplete;
    expect(el.entries.map((e) => e.date)).to.deep.equal(['2026-11-30']);
    expect(el.shadowRoot!.querySelectorAll('[part~=entry]')).to.have.length(1);
  });

  it('a chosen feeling the vocabulary no longer holds stays visible, pressed, and can be unchosen', async () => {
    const el = await fixture<TendCheckIn>(html`<tend-check-in></tend-check-in>`);
    const chip = (word: string) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=feeling]')].find((b) => b.textContent!.trim() === word);
    chip('calm')!.click();
    await el.updateComplete;
    el.lang = 'es';
    await el.updateComplete;
    expect(chip('calm')!.getAttribute('aria-pressed')).to.equal('true');
    expect(chip('calm')!.closest('[role=toolbar]')!.getAttribute('aria-label')).to.equal('Tus palabras');
    chip('calm')!.click();
    await el.updateComplete;
    expect(el.value.feelings).to.deep.equal([]);
    expect(chip('calm')).to.equal(undefined);
  });
});

describe('<tend-check-in history> and another tab', () => {
  afterEach(() => localStorage.clear());

  it('joins the check-ins another tab kept, and forgets them when another tab forgot them all', async () => {
    const key = 'tend:v1:check-in:tabs';
    const el = await fixture<TendCheckIn>(html`<tend-check-in history persist="tabs"></tend-check-in>`);
    el.value = { ...entry('2026-12-01', ['calm']), challenge: 'c' };
    button(el, /^Done$/).click();
    await el.updateComplete;
    const today = el.entries[0]!.date;
    const theirs = JSON.stringify({ version: 1, savedAt: 'x', data: { ...entry(today, []), entries: [entry('2020-01-01', ['sad']), entry(today, ['other tab'])] } });
    const warnings = captureWarnings();
    try {
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: theirs, storageArea: localStorage }));
      await el.updateComplete;
      expect(el.entries.map((e) => [e.date, e.feelings[0]])).to.deep.equal([
        [today, 'calm'],
        ['2020-01-01', 'sad'],
      ]);
      window.dispatchEvent(new StorageEvent('storage', { key, newValue: null, storageArea: localStorage }));
      await el.updateComplete;
      expect(el.entries).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });
});
