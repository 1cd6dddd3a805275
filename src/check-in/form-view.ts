import { html, nothing, type TemplateResult } from 'lit';
import { renderButton, renderError, renderStatus } from '../core/chrome.js';
import type { FeelingGroup } from '../core/feelings.js';
import { listOf } from '../core/localize.js';
import { renderTextInput } from '../core/text-input.js';
import type { CheckInRhythm } from '../core/types.js';
import { capitalised, type Field, type Texts, type TextField } from './answers.js';
import type { CheckInWords } from './words.js';

/** What the check-in's form shows now. */
export interface CheckInForm {
  rhythm: CheckInRhythm;
  names: readonly string[];
  groups: readonly FeelingGroup[];
  chosen: readonly string[];
  ownFeelings: string;
  /** Per group, which feeling holds the group's one tab stop. */
  tabStops: readonly number[];
  texts: Texts;
  /** The fields Done found empty: each shows its error. */
  errors: readonly Field[];
  /** Words of danger were written: no hints, nothing coaches. */
  danger: boolean;
  printing: boolean;
  completed: boolean;
  message: string;
}

export interface CheckInFormActions {
  toggle(word: string): void;
  /** A key pressed on feeling `index` of group `group`: the arrows, Home and End move within the group. */
  moveInGroup(event: KeyboardEvent, group: number, index: number): void;
  setOwnFeelings(text: string): void;
  editText(field: TextField, text: string): void;
  /** Focus left a field (or the feelings): its error goes once it is answered. */
  left(field: Field): void;
  done(): void;
  startOver(): void;
}

/** The intro, the feelings to choose or write, the three text fields, Done and Start over, and the status line. */
export function renderForm(words: CheckInWords, form: CheckInForm, actions: CheckInFormActions): TemplateResult {
  const { rhythm, names } = form;
  const hint = (field: string, text: string) => (form.danger ? nothing : html`<span part="hint" id="${field}-hint">${text}</span>`);
  const error = (field: Field) =>
    form.errors.includes(field) ? renderError(`${field}-error`, words.t('errorPrefix'), words.t(`error${capitalised(field)}`)) : nothing;
  // The hint and the error of a field; no hint while the person writes words of danger.
  const describedBy = (field: Field) =>
    [form.danger ? '' : `${field}-hint`, form.errors.includes(field) ? `${field}-error` : ''].filter(Boolean).join(' ') || nothing;
  const text = (field: TextField, label: string, hintText: string) => html`<div part="field" class="field" @focusout=${() => actions.left(field)}>
    <label part="label" for=${field}>${label}</label>
    ${hint(field, hintText)} ${error(field)}
    <textarea
      part="input"
      id=${field}
      rows="2"
      aria-describedby=${describedBy(field)}
      aria-invalid=${form.errors.includes(field) ? 'true' : nothing}
      .value=${form.texts[field]}
      @input=${(event: InputEvent) => actions.editText(field, (event.target as HTMLTextAreaElement).value)}
    ></textarea>
  </div>`;
  const chosen = new Set(form.chosen.map((word) => word.toLocaleLowerCase()));
  return html`<div class="form ${form.printing ? 'printing' : ''}">
    <div part="intro" class="intro">
      <p>${words.t(`intro.${rhythm}`)}</p>
      ${rhythm === 'daily' && names.length && !form.danger
        ? html`<p>${words.t('withNames', { names: listOf(words.locale, names) })}</p>`
        : nothing}
    </div>
    <fieldset
      part="field"
      class="field feelings"
      aria-describedby=${describedBy('feelings')}
      @focusout=${(event: FocusEvent) => {
        const fieldset = event.currentTarget as HTMLElement;
        if (!(event.relatedTarget instanceof Node && fieldset.contains(event.relatedTarget))) actions.left('feelings');
      }}
    >
      <legend part="label">${words.t('feelingsLegend')}</legend>
      ${hint('feelings', words.t('feelingsHint'))} ${error('feelings')}
      ${form.groups.map(
        // Each group is one tab stop (a toolbar: screen readers stay in focus mode there), the arrows move within it.
        (group, g) => html`<div class="group" role="toolbar" aria-label=${group.label} data-group=${g}>
          <span class="group-label" aria-hidden="true">${group.label}</span>
          ${group.words.map(
            (word, i) => html`<button
              part="button feeling"
              type="button"
              tabindex=${i === (form.tabStops[g] ?? 0) ? '0' : '-1'}
              aria-pressed=${String(chosen.has(word.toLocaleLowerCase()))}
              @click=${() => actions.toggle(word)}
              @keydown=${(event: KeyboardEvent) => actions.moveInGroup(event, g, i)}
            >
              ${word}
            </button>`,
          )}
        </div>`,
      )}
      ${renderTextInput('own-feelings', words.t('ownFeelingsLabel'), form.ownFeelings, (value) => actions.setOwnFeelings(value), words.t('ownFeelingsHint'))}
    </fieldset>
    ${rhythm === 'daily' ? text('highlight', words.t('highlightLabel'), words.t('highlightHint')) : text('highlight', words.t('winLabel'), words.t('winHint'))}
    ${text('challenge', words.t(`challengeLabel.${rhythm}`), words.t(`challengeHint.${rhythm}`))}
    ${text('need', words.t(`needLabel.${rhythm}`), words.t('needHint'))}
    <div class="actions no-print">
      ${renderButton(words.t('done'), () => actions.done(), { primary: true })} ${renderButton(words.t('reset'), () => actions.startOver())}
    </div>
    ${renderStatus(form.message, form.completed)}
  </div>`;
}
