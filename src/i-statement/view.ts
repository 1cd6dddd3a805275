import { html, nothing, type TemplateResult } from 'lit';
import { renderError } from '../core/chrome.js';
import type { LocalizeController } from '../core/localize-controller.js';
import type { StatementField } from './compose.js';
import type { CoachingHint } from './hints.js';
import type { iStatementStrings } from './strings.js';
import type { FilteredGroup } from './vocabulary.js';

type Words = LocalizeController<keyof typeof iStatementStrings>;

const errorKeys = { emotion: 'errorEmotion', situation: 'errorSituation', need: 'errorNeed' } as const;

/** The fields without which Done says what is missing. */
export type RequiredField = keyof typeof errorKeys;

/** What every field's frame needs: the words, the fields Done found missing, and the coaching tips. */
export interface FieldsView {
  words: Words;
  errors: readonly StatementField[];
  hints: readonly CoachingHint[];
  /** Focus came into a field. */
  entered(field: StatementField): void;
  /** Focus left a field: its error goes once it is written (never while the person types in it). */
  left(field: StatementField): void;
}

/** The feelings list as the person has it now, and what their keys, clicks and typing do. */
export interface FeelingsList {
  open: boolean;
  /** The highlighted option's index in the flat list of shown options (-1: none). */
  active: number;
  /** The groups shown while the list is open. */
  groups: readonly FilteredGroup[];
  input(event: InputEvent): void;
  keydown(event: KeyboardEvent): void;
  close(): void;
  toggle(): void;
  pick(word: string): void;
}

/** Keeps the focus in the feelings field when the list or its toggle is pressed with a mouse. */
const keepFocus = (event: Event): void => event.preventDefault();

/**
 * A field's frame: label, hint, error (after Done), the control, then coaching tips. The control is
 * given its `aria-describedby` (hint, error, tips) and `aria-invalid`.
 */
function renderField(
  view: FieldsView,
  field: StatementField,
  control: (describedBy: string, invalid: 'true' | typeof nothing) => TemplateResult,
): TemplateResult {
  const error = view.errors.includes(field);
  const tips = view.hints.filter((hint) => hint.field === field);
  // A tip comes first: when one appears while the person types, the description is read out again, tip first.
  const describedBy = [tips.length ? `${field}-coaching` : '', `${field}-hint`, error ? `${field}-error` : ''].filter(Boolean).join(' ');
  return html`<div part="field" class="field" @focusin=${() => view.entered(field)} @focusout=${() => view.left(field)}>
    <label part="label" for=${field}>${view.words.t(`${field}Label`)}</label>
    <span part="hint" id="${field}-hint">${view.words.t(`${field}Hint`)}</span>
    ${error ? renderError(`${field}-error`, view.words.t('errorPrefix'), view.words.t(errorKeys[field as RequiredField])) : nothing}
    ${control(describedBy, error ? 'true' : nothing)}
    ${tips.length
      ? html`<div part="coaching" id="${field}-coaching">
          ${tips.map(
            (hint) =>
              html`<p data-hint=${hint.key}><span class="tip-prefix">${view.words.t('tipPrefix')}</span> ${view.words.t(hint.key, { word: hint.word })}</p>`,
          )}
        </div>`
      : nothing}
  </div>`;
}

/** The "I feel" field: a combobox over the feelings vocabulary (free text allowed), with a toggle for the list. */
export function renderEmotion(view: FieldsView, value: string, list: FeelingsList): TemplateResult {
  const expanded = String(list.open);
  return renderField(
    view,
    'emotion',
    (describedBy, invalid) => html`<div class="combo">
        <input
          part="input"
          id="emotion"
          type="text"
          role="combobox"
          autocomplete="off"
          autocapitalize="none"
          spellcheck="true"
          aria-autocomplete="list"
          aria-expanded=${expanded}
          aria-controls="emotion-list"
          aria-activedescendant=${list.open && list.active >= 0 ? `option-${list.active}` : nothing}
          aria-describedby=${describedBy}
          aria-invalid=${invalid}
          .value=${value}
          @input=${list.input}
          @keydown=${list.keydown}
          @blur=${list.close}
        />
        <button
          part="button"
          type="button"
          class="toggle"
          aria-label=${view.words.t('emotionToggle')}
          aria-expanded=${expanded}
          aria-controls="emotion-list"
          @mousedown=${keepFocus}
          @click=${list.toggle}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false"><path d="M3 5.5 8 10.5 13 5.5 14.2 6.7 8 12.9 1.8 6.7Z" /></svg>
        </button>
      </div>
      <div part="listbox" id="emotion-list" role="listbox" aria-label=${view.words.t('vocabularyLabel')} ?hidden=${!list.open}>
        ${list.groups.map(
          (group) => html`<div role="group" aria-label=${group.label}>
            <span class="group-label" aria-hidden="true">${group.label}</span>
            ${group.options.map(
              (option) => html`<div
                part="option"
                role="option"
                id="option-${option.index}"
                aria-selected=${String(option.index === list.active)}
                @mousedown=${keepFocus}
                @click=${() => list.pick(option.word)}
              >
                ${option.word}
              </div>`,
            )}
          </div>`,
        )}
      </div>`,
  );
}

/** The situation, reason or need: a two-line text area. */
export function renderText(
  view: FieldsView,
  field: Exclude<StatementField, 'emotion'>,
  value: string,
  edit: (field: StatementField, text: string) => void,
): TemplateResult {
  return renderField(
    view,
    field,
    (describedBy, invalid) => html`<textarea
      part="input"
      id=${field}
      rows="2"
      aria-describedby=${describedBy}
      aria-invalid=${invalid}
      .value=${value}
      @input=${(event: InputEvent) => edit(field, (event.target as HTMLTextAreaElement).value)}
    ></textarea>`,
  );
}

/** "Show an example" and the example sentence it shows or hides. */
export function renderExample(words: Words, sentence: string, shown: boolean, toggle: () => void): TemplateResult {
  return html`<button
      part="button"
      type="button"
      class="no-print"
      aria-expanded=${String(shown)}
      aria-controls="example"
      @click=${toggle}
    >
      ${words.t('showExample')}
    </button>
    <div part="example" id="example" ?hidden=${!shown}>
      <p class="example-label">${words.t('exampleLabel')}</p>
      <blockquote><p>${sentence}</p></blockquote>
    </div>`;
}

/** The live sentence as it is being built. */
export function renderPreview(words: Words, sentence: string): TemplateResult {
  return html`<div part="preview" role="group" aria-labelledby="preview-label">
    <p class="preview-label" id="preview-label">${words.t('previewLabel')}</p>
    <p part="sentence" id="sentence">${sentence}</p>
  </div>`;
}
