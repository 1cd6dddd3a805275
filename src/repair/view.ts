import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { renderButton } from '../core/chrome.js';
import type { WordsChoice } from '../core/choose-words.js';
import { dateInput, renderField, textArea, type FieldWords } from '../core/field.js';
import type { FieldFocusController } from '../core/field-focus-controller.js';
import type { RepairField, RequiredField } from './compose.js';
import type { RepairHint } from './hints.js';
import type { RepairWords } from './words.js';

/** The four steps Done needs and the reconnection: a text area each, in the order of the source's repair process. */
export type TextField = RepairField;

/** What the form shows now. */
export interface RepairForm {
  /** The people of `with` as the widget lists them ("Sam and Alex"), or the words for someone. */
  name: string;
  hasNames: boolean;
  parts: Readonly<Record<TextField, string>>;
  followUp: string | null;
  /** The fields Done found empty: each shows its error. */
  errors: readonly RequiredField[];
  /** The coaching hints found in what is written now. */
  hints: readonly RepairHint[];
  /** Where focus is: a field's error and tips stay put while the person types in it. */
  fields: FieldFocusController;
  /** Words of danger or caution: no hints, examples, composed words or "ready". */
  danger: boolean;
  /** What the person could say (`''` until it can be composed). */
  text: string;
  choices: readonly WordsChoice[];
  wordsInReminder: boolean;
}

export interface RepairActions {
  edit(field: TextField, text: string): void;
  setFollowUp(iso: string | null): void;
  clearFollowUp(): void;
  choose(choice: WordsChoice): void;
  setWordsInReminder(on: boolean): void;
  addReminder(): void;
  copy(): void;
  download(): void;
  print(): void;
}

const labelKeys = { part: 'partLabel', impact: 'impactLabel', apology: 'apologyLabel', plan: 'planLabel', reconnect: 'reconnectLabel' } as const;
const hintKeys = { part: 'partHint', impact: 'impactHint', apology: 'apologyHint', plan: 'planHint', reconnect: 'reconnectHint' } as const;
const errorKeys = { part: 'errorPart', impact: 'errorImpact', apology: 'errorApology', plan: 'errorPlan' } as const;

const frameWords = (words: RepairWords): FieldWords => ({ errorPrefix: words.t('errorPrefix'), tipPrefix: words.t('tipPrefix') });

/** A step as a text area in the core's field frame: its label and hint, its error after Done, the coaching tips beside it. */
export function renderStep(words: RepairWords, form: RepairForm, field: TextField, actions: RepairActions, extra?: unknown): TemplateResult {
  const name = { name: form.name };
  const frame = {
    id: field,
    label: words.t(labelKeys[field], name),
    // No examples while the person writes words of danger.
    hint: form.danger ? undefined : words.t(hintKeys[field], name),
    error: field !== 'reconnect' && form.errors.includes(field) ? words.t(errorKeys[field], name) : undefined,
    tips: form.fields.tips(
      field,
      form.hints.filter((hint) => hint.field === field).map((hint) => ({ key: hint.key, text: words.t(hint.key, { word: hint.word, ...name }) })),
    ),
    focus: form.fields.of(field),
  };
  const area = textArea(field, form.parts[field], (text) => actions.edit(field, text), { rows: 2 });
  return renderField(frame, frameWords(words), (aria) => html`${extra ?? nothing}${area(aria)}`);
}

/** The follow-up date (clearable), and the calendar reminder with its option before the button it changes. */
export function renderFollowUp(words: RepairWords, form: RepairForm, actions: RepairActions): TemplateResult {
  return html`${renderField(
      { id: 'follow-up', label: words.t('followUpLabel'), hint: form.danger ? undefined : words.t('followUpHint') },
      frameWords(words),
      (aria) => html`<div class="date-row">
        ${dateInput('follow-up', form.followUp, (date) => actions.setFollowUp(date))(aria)}
        ${form.followUp ? renderButton(words.t('followUpClear'), () => actions.clearFollowUp(), { className: 'clear-date no-print' }) : nothing}
      </div>`,
    )}
    ${form.followUp
      ? html`<div class="reminder no-print">
          ${form.text ? renderWordsOption(words, form, actions) : nothing} ${renderButton(words.t('reminderAdd'), () => actions.addReminder())}
        </div>`
      : nothing}`;
}

/** "Put my words in the reminder", before the button it changes; only when there are words to put in it. */
function renderWordsOption(words: RepairWords, form: RepairForm, actions: RepairActions): TemplateResult {
  return html`<div class="check">
      <input
        type="checkbox"
        part="checkbox"
        id="words-in-reminder"
        aria-describedby="words-in-reminder-hint"
        .checked=${live(form.wordsInReminder)}
        @change=${(event: Event) => actions.setWordsInReminder((event.target as HTMLInputElement).checked)}
      />
      <label part="label" for="words-in-reminder">${words.t('reminderIncludeWords')}</label>
    </div>
    <p part="hint" id="words-in-reminder-hint">${words.t('reminderIncludeHint')}</p>`;
}

/** "A way to reconnect": the source's three ways to start from (each fills the field, which the person writes over). */
export function renderReconnect(words: RepairWords, form: RepairForm, actions: RepairActions): TemplateResult {
  if (form.danger) return renderStep(words, form, 'reconnect', actions);
  const choices = html`<div class="choices no-print" role="group" aria-label=${words.t('reconnectChoicesLabel')}>
    ${form.choices.map((choice) => renderButton(choice.label, () => actions.choose(choice), { className: 'choice' }))}
  </div>`;
  return renderStep(words, form, 'reconnect', actions, choices);
}

/** "What you could say": the composed words once the four steps are written, with the source's words on patience. */
export function renderPreview(words: RepairWords, form: RepairForm): TemplateResult | typeof nothing {
  if (form.danger) return nothing;
  const name = { name: form.name };
  return html`<div part="preview" class="no-print" role="group" aria-labelledby="preview-label">
    <p class="preview-label" id="preview-label">${words.t('previewLabel')}</p>
    ${form.text
      ? html`<p part="sentence" id="sentence">${form.text}</p>
          <p class="aside">${words.t('ready')} ${words.t('patience', name)}</p>`
      : html`<p class="empty">${words.t('previewEmpty')}</p>`}
    <p class="aside">${words.t('therapy')}</p>
  </div>`;
}

/** Copy, Markdown and print; Copy only while there are words to say (never after words of danger). */
export function renderTakeAway(words: RepairWords, form: RepairForm, actions: RepairActions): TemplateResult {
  return html`<div class="actions no-print" role="group" aria-label=${words.t('takeAway')}>
    ${form.danger ? nothing : renderButton(words.t('copy'), () => actions.copy())}
    ${renderButton(words.t('downloadMarkdown'), () => actions.download())} ${renderButton(words.t('print'), () => actions.print())}
  </div>`;
}

/** What a printed page shows in place of the form: the words (or the steps) and the follow-up date. */
export function renderPrinted(words: RepairWords, form: RepairForm, entries: readonly { label?: string; text: string }[]): TemplateResult {
  return html`<div class="print-only">
    ${form.hasNames ? html`<p>${words.t('fieldWith')}: ${form.name}</p>` : nothing}
    ${entries.map((entry) => (entry.label ? html`<p class="printed-label">${entry.label}</p><p class="printed">${entry.text}</p>` : html`<p class="printed">${entry.text}</p>`))}
  </div>`;
}
