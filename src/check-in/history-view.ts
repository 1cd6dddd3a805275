import { html, nothing, type TemplateResult } from 'lit';
import { renderButton } from '../core/chrome.js';
import { renderHeading } from '../core/heading.js';
import { longDate } from '../core/dates.js';
import type { CheckInData } from './schema.js';
import { overTime, type Tally } from './history.js';
import type { CheckInWords } from './words.js';

/** How many past check-ins are listed at first, and how many more each "Show older" adds. */
export const PAGE = 30;
export const MORE = PAGE * 4;

/** What the "over time" view shows now. */
export interface HistoryShown {
  /** The kept check-ins, newest first. */
  entries: readonly CheckInData[];
  /** Now, in epoch milliseconds: the four weeks end today. */
  now: number;
  /** How many check-ins are listed (all of them while printing). */
  shown: number;
  printing: boolean;
  /** "Forget all" was pressed: it asks to confirm. */
  confirming: boolean;
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

function renderTally(words: CheckInWords, id: string, heading: string, empty: string, items: readonly Tally[]): TemplateResult {
  return html`<p class="subheading" id=${id}>${heading}</p>
    ${items.length
      ? html`<ul aria-labelledby=${id} class="tally">
          ${items.map((item) => html`<li><span class="tally-text">${item.text}</span>: ${words.plural('times', item.count)}</li>`)}
        </ul>`
      : html`<p>${empty}</p>`}`;
}

/** One past check-in: its date as a heading (focused by "Show older"), then what was written. */
function renderEntry(words: CheckInWords, entry: CheckInData, index: number, level: number): TemplateResult {
  const rows: [string, string][] = [
    [words.t('fieldFeelings'), entry.feelings.join(', ')],
    [words.t(entry.rhythm === 'weekly' ? 'fieldWin' : 'fieldHighlight'), entry.highlight],
    [words.t('fieldChallenge'), entry.challenge],
    [words.t('fieldNeed'), entry.need],
  ];
  return html`<li part="entry">
    ${renderHeading(level, html`<time datetime=${entry.date}>${longDate(entry.date, words.locale)}</time>`, { id: `entry-${index}`, className: 'entry-date', focusable: true })}
    <dl>
      ${rows.filter(([, text]) => text.trim()).map(([label, text]) => html`<dt>${label}</dt><dd>${text}</dd>`)}
    </dl>
  </li>`;
}

/** The check-ins kept on this device over time: what came back in the last four weeks, each check-in by date, and what to do with them. */
export function renderHistory(words: CheckInWords, history: HistoryShown, actions: HistoryActions): TemplateResult {
  const { entries } = history;
  const summary = overTime(entries, history.now);
  const listed = history.printing ? entries : entries.slice(0, history.shown);
  const older = entries.length - listed.length;
  return html`<section part="history" class="history" aria-labelledby="history-heading">
    ${renderHeading(history.headingLevel, words.t('historyHeading'), { id: 'history-heading', focusable: true })}
    ${history.danger ? nothing : html`<p>${words.t('historyIntro')}</p>`}
    ${entries.length
      ? html`${renderTally(words, 'feelings-often', words.t('feelingsOften'), words.t('noRecentFeelings'), summary.feelings)}
          ${renderTally(words, 'needs-recur', words.t('needsRecur'), words.t('noRecurringNeeds'), summary.needs)}
          <p class="subheading" id="each-check-in">${words.t('eachCheckIn')}</p>
          <ol class="entries" aria-labelledby="each-check-in">
            ${listed.map((entry, index) => renderEntry(words, entry, index, history.headingLevel + 1))}
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
