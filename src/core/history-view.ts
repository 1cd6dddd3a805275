import { css, html, nothing, type TemplateResult } from 'lit';
import { renderButton } from './chrome.js';
import { longDate } from './dates.js';
import { renderHeading } from './heading.js';
import type { Dated, Tally } from './history.js';
import type { LocalizeController } from './localize-controller.js';

/** How many past entries are listed at first, and how many more each "Show older" adds. */
export const PAGE = 30;
export const MORE = PAGE * 4;

/** The words an "over time" view reads from its exercise's catalogue (the check-in's and the journal's hold them all). */
export type HistoryKey =
  | 'historyHeading'
  | 'historyIntro'
  | 'historyEmpty'
  | 'older.one'
  | 'older.other'
  | 'times.one'
  | 'times.other'
  | 'downloadCsv'
  | 'forgetAll'
  | 'confirmForget'
  | 'confirmYes'
  | 'confirmNo';
export type HistoryWords = Pick<LocalizeController<HistoryKey>, 't' | 'plural' | 'locale'>;

/** What the "over time" view shows now. */
export interface HistoryShown<T extends Dated> {
  /** The kept entries, newest first. */
  entries: readonly T[];
  /** How many are listed (all of them while printing). */
  shown: number;
  printing: boolean;
  /** "Forget all" was pressed: it asks to confirm. */
  confirming: boolean;
  /** Words of danger were written: no intro drawn from the seeds. */
  danger: boolean;
  /** The level of the history's heading (one below the widget's); each date is one below it. */
  headingLevel: number;
}

export interface HistoryActions {
  showOlder(): void;
  download(extension: 'md' | 'csv'): void;
  print(): void;
  /** Opens (true) or closes the "Forget all?" question. */
  askToForget(open: boolean): void;
  forgetAll(): void;
}

/** What the exercise itself puts in the view: what came back over time, the list's name, and each entry's labelled answers. */
export interface HistoryContent<T extends Dated> {
  overTime: unknown;
  /** The name of the list of entries ("Each check-in"). */
  each: string;
  rows(entry: T): readonly (readonly [string, string])[];
}

/** Texts counted over time under their heading ("calm: 2 times"), or a line saying there are none. */
export function renderTally(words: HistoryWords, id: string, heading: string, empty: string, items: readonly Tally[]): TemplateResult {
  return html`<p class="subheading" id=${id}>${heading}</p>
    ${items.length
      ? html`<ul aria-labelledby=${id} class="tally">
          ${items.map((item) => html`<li><span class="tally-text">${item.text}</span>: ${words.plural('times', item.count)}</li>`)}
        </ul>`
      : html`<p>${empty}</p>`}`;
}

/** One past entry: its date as a heading (focused by "Show older"), then what was written. */
function renderEntry<T extends Dated>(words: HistoryWords, entry: T, index: number, level: number, content: HistoryContent<T>): TemplateResult {
  return html`<li part="entry">
    ${renderHeading(level, html`<time datetime=${entry.date}>${longDate(entry.date, words.locale)}</time>`, { id: `entry-${index}`, className: 'entry-date', focusable: true })}
    <dl>
      ${content.rows(entry).filter(([, text]) => text.trim()).map(([label, text]) => html`<dt>${label}</dt><dd>${text}</dd>`)}
    </dl>
  </li>`;
}

/**
 * The entries kept on this device over time, in a region named by its heading ("… over time"): what came back
 * in the last four weeks (the exercise's own), each entry by date, newest first, and what to do with them
 * (download as Markdown or CSV, print, forget all after a question). No streaks, scores or goals.
 */
export function renderHistory<T extends Dated>(words: HistoryWords, history: HistoryShown<T>, actions: HistoryActions, content: HistoryContent<T>): TemplateResult {
  const { entries } = history;
  const listed = history.printing ? entries : entries.slice(0, history.shown);
  const older = entries.length - listed.length;
  return html`<section part="history" class="history" aria-labelledby="history-heading">
    ${renderHeading(history.headingLevel, words.t('historyHeading'), { id: 'history-heading', focusable: true })}
    ${history.danger ? nothing : html`<p>${words.t('historyIntro')}</p>`}
    ${entries.length
      ? html`${content.overTime}
          <p class="subheading" id="each-entry">${content.each}</p>
          <ol class="entries" aria-labelledby="each-entry">
            ${listed.map((entry, index) => renderEntry(words, entry, index, history.headingLevel + 1, content))}
          </ol>
          ${older ? renderButton(words.plural('older', Math.min(older, MORE)), () => actions.showOlder()) : nothing}
          <div class="actions no-print">
            ${renderButton(words.t('downloadMarkdown'), () => actions.download('md'))}
            ${renderButton(words.t('downloadCsv'), () => actions.download('csv'))} ${renderButton(words.t('print'), () => actions.print())}
            <button part="button" type="button" id="forget-all" aria-expanded=${String(history.confirming)} @click=${() => actions.askToForget(true)}>
              ${words.t('forgetAll')}
            </button>
          </div>
          ${history.confirming
            ? html`<div class="confirm no-print" role="group" aria-labelledby="confirm-text">
                <p id="confirm-text">${words.t('confirmForget')}</p>
                <div class="actions">
                  ${renderButton(words.t('confirmYes'), () => actions.forgetAll(), { primary: true })}
                  <button part="button" type="button" id="confirm-no" @click=${() => actions.askToForget(false)}>${words.t('confirmNo')}</button>
                </div>
              </div>`
            : nothing}`
      : html`<p>${words.t('historyEmpty')}</p>`}
  </section>`;
}

/** The "over time" view's layout, and printing it alone (the form hidden while `printing`). */
export const historyStyles = css`
  .history {
    margin-block-start: var(--_space);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }
  #history-heading {
    font-size: 1.1em;
    margin: 0 0 0.5em;
  }
  .subheading {
    font-weight: 700;
    margin-block: var(--_space) 0.35em;
  }
  .tally,
  .entries {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.25em;
  }
  .tally-text,
  dd {
    white-space: pre-wrap;
  }
  [part~='entry'] {
    margin-block-end: 0.75em;
  }
  .entry-date {
    font-size: 1em;
    font-weight: 600;
    margin: 0 0 0.25em;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: 0.15em 0.75em;
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .confirm {
    margin-block-start: 0.75em;
    padding: 0.75em 1em;
    border: 2px solid var(--_danger);
    border-radius: calc(var(--_radius) * 0.75);
  }
  .confirm p {
    margin: 0;
  }
  @media print {
    .form.printing {
      display: none !important;
    }
    [part~='entry'] {
      break-inside: avoid;
    }
  }
`;
