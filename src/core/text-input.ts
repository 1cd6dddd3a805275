import { html, nothing, type TemplateResult } from 'lit';

/**
 * A labelled one-line text field, drawn the same way in every widget: `part="label"`, an optional
 * `part="hint"` tied to the field with `aria-describedby`, and `part="input"`. Every keystroke goes to
 * `onInput`. The caller wraps it (a `part="field"` box, a fieldset).
 */
export function renderTextInput(id: string, label: string, value: string, onInput: (value: string) => void, hint?: string): TemplateResult {
  return html`<label part="label" for=${id}>${label}</label>
    ${hint ? html`<span part="hint" id="${id}-hint">${hint}</span>` : nothing}
    <input
      part="input"
      id=${id}
      type="text"
      autocomplete="off"
      aria-describedby=${hint ? `${id}-hint` : nothing}
      .value=${value}
      @input=${(event: Event) => onInput((event.target as HTMLInputElement).value)}
    />`;
}
