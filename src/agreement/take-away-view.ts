import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { renderButton } from '../core/chrome.js';
import type { TakeAwayFile } from './take-away.js';
import type { AgreementWords } from './words.js';

export interface TakeAwayActions {
  copy(): unknown;
  download(kind: TakeAwayFile): unknown;
  setItemsInReminder(on: boolean): void;
}

/**
 * What the person takes away: copy, Markdown, the calendar reminder (with the items only when they
 * choose: the choice comes before the download it changes), print.
 */
export function renderTakeAway(words: AgreementWords, itemsInReminder: boolean, actions: TakeAwayActions): TemplateResult {
  return html`<div class="actions no-print" role="group" aria-label=${words.t('takeAway')}>
    ${renderButton(words.t('copyText'), () => actions.copy())} ${renderButton(words.t('downloadMarkdown'), () => actions.download('md'))}
    <span class="check">
      <input
        type="checkbox"
        part="checkbox"
        id="items-in-reminder"
        .checked=${live(itemsInReminder)}
        @change=${(e: Event) => actions.setItemsInReminder((e.target as HTMLInputElement).checked)}
      />
      <label part="label" for="items-in-reminder">${words.t('itemsInReminder')}</label>
    </span>
    ${renderButton(words.t('downloadCalendar'), () => actions.download('ics'))} ${renderButton(words.t('print'), () => window.print())}
  </div>`;
}
