import { html, nothing, type TemplateResult } from 'lit';

/**
 * The pieces of UI every widget draws the same way (one error pattern, one button), so that a
 * widget's template holds only its exercise.
 */

/** An error message under a field: `part="error"`, an id for `aria-describedby`, and a visually hidden "Error:" prefix. */
export function renderError(id: string, prefix: string, message: string): TemplateResult {
  return html`<p class="error" part="error" id=${id}><span class="visually-hidden">${prefix}</span> ${message}</p>`;
}

export interface ButtonOptions {
  /** `aria-disabled`: the button stays focusable and says it does nothing now. */
  disabled?: boolean;
  primary?: boolean;
  className?: string;
}

/** A widget button (`part="button"`, type button); `disabled` is said with `aria-disabled` so it stays focusable. */
export function renderButton(label: string, onClick: (event: Event) => unknown, options: ButtonOptions = {}): TemplateResult {
  const classes = [options.primary ? 'primary' : '', options.className ?? ''].filter(Boolean).join(' ');
  const disabled = options.disabled === undefined ? nothing : String(options.disabled);
  return html`<button part="button" type="button" class=${classes || nothing} aria-disabled=${disabled} @click=${onClick}>${label}</button>`;
}

/** The status line: the visible confirmation of the last action (its announcement goes through the announcer). */
export function renderStatus(message: string, completed: boolean, className = '', id?: string): TemplateResult {
  const classes = [completed ? 'completed' : '', className].filter(Boolean).join(' ');
  return html`<p part="status" class=${classes} id=${id ?? nothing}>${message}</p>`;
}
