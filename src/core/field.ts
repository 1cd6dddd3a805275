import { html, nothing, type TemplateResult } from 'lit';
import { renderError } from './chrome.js';
import { isIsoDate } from './dates.js';

/** A coaching tip under a field: which one it is (`data-hint`) and its words. */
export interface FieldTip {
  key: string;
  text: string;
}

/** What a frame calls when focus comes into the field (from outside it) and when it leaves (see `FieldFocusController`). */
export interface FieldFocus {
  entered(): void;
  left(): void;
}

/**
 * A field as every exercise frames it (GOV.UK's order): its label, a hint of what goes there, the error
 * Done found (with a visually hidden "Error:" before it), the control, then coaching tips. The control
 * is described by the tips, any text outside the frame, the hint and the error, in that order: a tip
 * that appears while the person types has the description read out again, and it comes first.
 */
export interface FieldFrame {
  /** The control's id: the label's `for`, and the frame's own ids (`<id>-hint`, `<id>-error`, `<id>-coaching`). */
  id: string;
  label: unknown;
  /** What goes there (nothing: no hint, as while the person writes words of danger). */
  hint?: unknown;
  /** The error's message, after the hidden prefix (nothing: no error). */
  error?: string;
  tips?: readonly FieldTip[];
  /** Ids of text outside the frame that describes the control too (a card's position), read first. */
  describedBy?: readonly string[];
  /** The wrapper's class (default `field`; empty: none). */
  className?: string;
  /** Told when focus comes into the field and leaves it (a `FieldFocusController`'s `of(id)`). */
  focus?: FieldFocus;
}

/** The words of the frame: the error's hidden prefix, and the tips' (only with tips). */
export interface FieldWords {
  errorPrefix: string;
  tipPrefix?: string;
}

/** What the control carries: the text describing it and whether its value is in error. */
export interface FieldAria {
  describedBy: string | typeof nothing;
  invalid: 'true' | typeof nothing;
}

export function fieldAria(frame: FieldFrame): FieldAria {
  const ids = [frame.tips?.length ? `${frame.id}-coaching` : '', ...(frame.describedBy ?? []), frame.hint ? `${frame.id}-hint` : '', frame.error ? `${frame.id}-error` : ''];
  return { describedBy: ids.filter(Boolean).join(' ') || nothing, invalid: frame.error ? 'true' : nothing };
}

const wrapperClass = (frame: FieldFrame, fallback: string) => (frame.className ?? fallback) || nothing;

/** Whether focus moves within the wrapper (between a group's controls): not a coming in or a leaving. */
const within = (event: FocusEvent): boolean => event.relatedTarget instanceof Node && (event.currentTarget as Node).contains(event.relatedTarget);
const onFocusIn = ({ focus }: FieldFrame) =>
  focus ? (event: FocusEvent) => {
        if (!within(event)) focus.entered();
      }
    : nothing;
const onFocusOut = ({ focus }: FieldFrame) =>
  focus ? (event: FocusEvent) => {
        if (!within(event)) focus.left();
      }
    : nothing;

function renderHintAndError(frame: FieldFrame, words: FieldWords): TemplateResult {
  return html`${frame.hint ? html`<span part="hint" id="${frame.id}-hint">${frame.hint}</span>` : nothing}
  ${frame.error ? renderError(`${frame.id}-error`, words.errorPrefix, frame.error) : nothing}`;
}

function renderTips(frame: FieldFrame, words: FieldWords): unknown {
  if (!frame.tips?.length) return nothing;
  return html`<div part="coaching" id="${frame.id}-coaching">
    ${frame.tips.map((tip) => html`<p data-hint=${tip.key}><span class="tip-prefix">${words.tipPrefix}</span> ${tip.text}</p>`)}
  </div>`;
}

/** A field's label, hint, error, control (given its `aria-describedby` and `aria-invalid`) and tips, unwrapped (inside a group). */
export function renderFieldContent(frame: FieldFrame, words: FieldWords, control: (aria: FieldAria) => unknown): TemplateResult {
  return html`<label part="label" for=${frame.id}>${frame.label}</label>
    ${renderHintAndError(frame, words)} ${control(fieldAria(frame))} ${renderTips(frame, words)}`;
}

/**
 * Focus on the described control itself (not a button beside it, such as a combobox's toggle): the
 * error and tips describe that control alone, so leaving it for the button is leaving the field.
 */
const onControl = ({ id, focus }: FieldFrame, move: 'entered' | 'left') =>
  focus ? (event: FocusEvent) => {
        if ((event.target as Element | null)?.id === id) focus[move]();
      }
    : nothing;

/** A field (`part="field"`): label, hint, error, the control (given its `aria-describedby` and `aria-invalid`), tips. */
export function renderField(frame: FieldFrame, words: FieldWords, control: (aria: FieldAria) => unknown): TemplateResult {
  return html`<div part="field" class=${wrapperClass(frame, 'field')} @focusin=${onControl(frame, 'entered')} @focusout=${onControl(frame, 'left')}>
    ${renderFieldContent(frame, words, control)}
  </div>`;
}

/** A group of controls as one field (`<fieldset>` with the frame's id, its `<legend>` the label), described by its hint, error and tips. */
export function renderFieldGroup(frame: FieldFrame, words: FieldWords, controls: unknown): TemplateResult {
  return html`<fieldset
    part="field"
    id=${frame.id}
    class=${wrapperClass(frame, 'field')}
    aria-describedby=${fieldAria(frame).describedBy}
    @focusin=${onFocusIn(frame)}
    @focusout=${onFocusOut(frame)}
  >
    <legend part="label">${frame.label}</legend>
    ${renderHintAndError(frame, words)} ${controls} ${renderTips(frame, words)}
  </fieldset>`;
}

/** A one-line text input, the control of a frame with id `id`: every keystroke goes to `onInput`. */
export function textInput(id: string, value: string, onInput: (value: string) => void): (aria: FieldAria) => TemplateResult {
  return (aria) =>
    html`<input
      part="input"
      id=${id}
      type="text"
      autocomplete="off"
      aria-describedby=${aria.describedBy}
      aria-invalid=${aria.invalid}
      .value=${value}
      @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)}
    />`;
}

/** A text area, the control of a frame with id `id`: every keystroke goes to `onInput`. */
export function textArea(id: string, value: string, onInput: (value: string) => void, options: { rows?: number; readonly?: boolean } = {}): (aria: FieldAria) => TemplateResult {
  return (aria) =>
    html`<textarea
      part="input"
      id=${id}
      rows=${options.rows ?? nothing}
      aria-describedby=${aria.describedBy}
      aria-invalid=${aria.invalid}
      .value=${value}
      ?readonly=${options.readonly ?? false}
      @input=${(event: Event) => onInput((event.target as HTMLTextAreaElement).value)}
    ></textarea>`;
}

/**
 * A date input for a calendar day (years 1 to 9998, what the calendar and Markdown writers take), the control of a
 * frame with id `id`. It reports a whole date, or null once emptied; a half-typed date has no value yet, so the day
 * kept stays (and is not written back over what is being typed) until it is whole.
 */
export function dateInput(id: string, value: string | null | undefined, onDate: (date: string | null) => void): (aria: FieldAria) => TemplateResult {
  const report = (event: Event) => {
    const input = event.target as HTMLInputElement;
    if (!input.value && input.validity.badInput) return;
    onDate(isIsoDate(input.value) ? input.value : null);
  };
  return (aria) =>
    html`<input
      part="input"
      id=${id}
      type="date"
      min="0001-01-01"
      max="9998-12-31"
      aria-describedby=${aria.describedBy}
      aria-invalid=${aria.invalid}
      .value=${value ?? ''}
      @input=${report}
      @change=${report}
    />`;
}
