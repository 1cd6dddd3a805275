import { html, nothing, type TemplateResult } from 'lit';
import { renderField as renderCoreField, textArea, type FieldAria } from '../core/field.js';
import type { FieldFocusController } from '../core/field-focus-controller.js';
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
  /** Where focus is: a field's error and tips stay put while the person types in it. */
  fields: FieldFocusController;
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

/** A field of the statement in the core's frame: its label and hint, its error after Done, its coaching tips. */
function renderField(view: FieldsView, field: StatementField, control: (aria: FieldAria) => TemplateResult): TemplateResult {
  const { words } = view;
  const frame = {
    id: field,
    label: words.t(`${field}Label`),
    hint: words.t(`${field}Hint`),
    error: view.errors.includes(field) ? words.t(errorKeys[field as RequiredField]) : undefined,
    tips: view.fields.tips(
      field,
      view.hints.filter((hint) => hint.field === field).map((hint) => ({ key: hint.key, text: words.t(hint.key, { word: hint.word }) })),
    ),
    focus: view.fields.of(field),
  };
  return renderCoreField(frame, { errorPrefix: words.t('errorPrefix'), tipPrefix: words.t('tipPrefix') }, control);
}

/** The "I feel" field: a combobox over the feelings vocabulary (free text allowed), with a toggle for the list. */
export function renderEmotion(view: FieldsView, value: string, list: FeelingsList): TemplateResult {
  const expanded = String(list.open);
  return renderField(
    view,
    'emotion',
    (aria) => html`<div class="combo">
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
          aria-describedby=${aria.describedBy}
          aria-invalid=${aria.invalid}
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
  return renderField(view, field, textArea(field, value, (text) => edit(field, text), { rows: 2 }));
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
