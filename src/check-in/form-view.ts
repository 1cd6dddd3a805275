import { html, nothing, type TemplateResult } from 'lit';
import { renderButton, renderStatus } from '../core/chrome.js';
import { renderField, renderFieldContent, renderFieldGroup, textArea, textInput } from '../core/field.js';
import type { FeelingGroup } from '../core/feelings.js';
import type { FieldFocusController } from '../core/field-focus-controller.js';
import { listOf } from '../core/localize.js';
import type { CheckInRhythm } from './schema.js';
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
  /** Where focus is: a field's error stays until focus leaves it. */
  fields: FieldFocusController;
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
  done(): void;
  startOver(): void;
}

/** The intro, the feelings to choose or write, the three text fields, Done and Start over, and the status line. */
export function renderForm(words: CheckInWords, form: CheckInForm, actions: CheckInFormActions): TemplateResult {
  const { rhythm, names } = form;
  // No hints while the person writes words of danger.
  const frame = (field: Field, label: string, hint: string) => ({
    id: field,
    label,
    hint: form.danger ? undefined : hint,
    error: form.errors.includes(field) ? words.t(`error${capitalised(field)}`) : undefined,
    focus: form.fields.of(field),
  });
  const frameWords = { errorPrefix: words.t('errorPrefix') };
  const text = (field: TextField, label: string, hintText: string) =>
    renderField(frame(field, label, hintText), frameWords, textArea(field, form.texts[field], (value) => actions.editText(field, value), { rows: 2 }));
  const chosen = new Set(form.chosen.map((word) => word.toLocaleLowerCase()));
  return html`<div class="form ${form.printing ? 'printing' : ''}">
    <div part="intro" class="intro">
      <p>${words.t(`intro.${rhythm}`)}</p>
      ${rhythm === 'daily' && names.length && !form.danger
        ? html`<p>${words.t('withNames', { names: listOf(words.locale, names) })}</p>`
        : nothing}
    </div>
    ${renderFieldGroup(
      { ...frame('feelings', words.t('feelingsLegend'), words.t('feelingsHint')), className: 'field feelings' },
      frameWords,
      html`${form.groups.map(
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
        ${renderFieldContent(
          { id: 'own-feelings', label: words.t('ownFeelingsLabel'), hint: words.t('ownFeelingsHint') },
          frameWords,
          textInput('own-feelings', form.ownFeelings, (value) => actions.setOwnFeelings(value)),
        )}`,
    )}
    ${rhythm === 'daily' ? text('highlight', words.t('highlightLabel'), words.t('highlightHint')) : text('highlight', words.t('winLabel'), words.t('winHint'))}
    ${text('challenge', words.t(`challengeLabel.${rhythm}`), words.t(`challengeHint.${rhythm}`))}
    ${text('need', words.t(`needLabel.${rhythm}`), words.t('needHint'))}
    <div class="actions no-print">
      ${renderButton(words.t('done'), () => actions.done(), { primary: true })} ${renderButton(words.t('reset'), () => actions.startOver())}
    </div>
    ${renderStatus(form.message, form.completed)}
  </div>`;
}
