import { css } from 'lit';

/**
 * The tokens, as private properties read through the public ones: a `--tend-*` value set on the
 * element or inherited from any ancestor (`body`, an article) wins over the default given here.
 */
const lightTokens = css`
  --_accent: var(--tend-accent, #1f5f66);
  --_on-accent: var(--tend-on-accent, #ffffff);
  --_border: var(--tend-border, #6b6f76);
  --_field-surface: var(--tend-field-surface, #ffffff);
  --_field-text: var(--tend-field-text, #1b1c1f);
  --_danger: var(--tend-danger, #b3261e);
  /* Light theme: no text colour or surface of its own, so the article's show through (or --tend-text/--tend-surface). */
  --_text: initial;
  --_surface: initial;
`;

const darkTokens = css`
  --_text: var(--tend-text, #ececf1);
  --_surface: var(--tend-surface, #1c1d22);
  --_accent: var(--tend-accent, #8fd4da);
  --_on-accent: var(--tend-on-accent, #0d2427);
  --_border: var(--tend-border, #9ea2ab);
  --_field-surface: var(--tend-field-surface, #26272d);
  --_field-text: var(--tend-field-text, #ececf1);
  --_danger: var(--tend-danger, #ffb4ab);
  color-scheme: dark;
`;

/**
 * What every widget shares: design tokens, light and dark themes, fields, buttons, focus ring,
 * messages, forced colours, reduced motion and print. In the light theme the text colour and
 * surface are left unset, so a widget takes on the colours of the article around it.
 */
export const baseStyles = css`
  :host {
    ${lightTokens}
    --_radius: var(--tend-radius, 0.5rem);
    --_space: var(--tend-space, 1rem);
    display: block;
    box-sizing: border-box;
    font-family: var(--tend-font, inherit);
    color: var(--_text, var(--tend-text));
    margin-block: var(--_space);
    /* Reflow at 320 CSS px with text at 200%: a word longer than the line breaks rather than overflowing. */
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkTokens}
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [part~='base'] {
    background: var(--_surface, var(--tend-surface));
    border: 1px solid color-mix(in srgb, currentColor 25%, transparent);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  [part~='heading'] {
    font-size: 1.25em;
    line-height: 1.3;
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  p {
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  [part~='field'] {
    margin-block-end: var(--_space);
  }
  [part~='label'] {
    display: block;
    font-weight: 600;
    margin-block-end: 0.25em;
  }
  [part~='hint'] {
    display: block;
    font-size: 0.9em;
    margin-block-end: 0.35em;
  }
  /* A field's coaching tips (the core's field frame). */
  [part~='coaching'] {
    display: block;
    margin-block: 0.5em 0;
    padding-block: 0.35em;
    padding-inline: 0.75em 0;
    border-inline-start: 4px solid var(--_accent);
  }
  .tip-prefix {
    font-weight: 700;
  }
  [part~='input'] {
    display: block;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.5em 0.65em;
    font: inherit;
    color: var(--_field-text);
    background: var(--_field-surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
  }
  textarea[part~='input'] {
    resize: vertical;
    min-block-size: 5em;
  }
  [part~='input'][aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }
  [part~='button'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.45em 1em;
    font: inherit;
    font-weight: 600;
    color: var(--_accent);
    background: transparent;
    border: 2px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.75);
    cursor: pointer;
  }
  [part~='button'].primary {
    color: var(--_on-accent);
    background: var(--_accent);
  }
  a[part~='button'] {
    text-decoration: none;
  }
  [part~='button']:hover {
    text-decoration: underline;
  }
  /* A button that does nothing now stays focusable and says so (aria-disabled), and looks it. */
  [part~='button'][aria-disabled='true'] {
    opacity: 0.6;
    cursor: default;
    text-decoration: none;
  }
  [part~='button'][aria-pressed='true'] {
    color: var(--_on-accent);
    background: var(--_accent);
  }
  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin-block-start: var(--_space);
  }
  .error {
    display: block;
    color: var(--_danger);
    font-weight: 600;
    margin-block-end: 0.35em;
  }
  [part~='status'] {
    min-block-size: 1.5em;
    margin-block: 0.5em 0;
  }
  .privacy {
    font-size: 0.9em;
    margin-block: var(--_space) 0;
  }
  .link-button {
    font: inherit;
    color: inherit;
    background: none;
    border: 0;
    padding: 0.25em 0.1em;
    min-block-size: 1.5rem;
    text-decoration: underline;
    cursor: pointer;
  }
  .support {
    border: 2px solid var(--_accent);
    border-inline-start-width: 0.5rem;
    border-radius: calc(var(--_radius) * 0.75);
    padding: calc(var(--_space) * 0.75);
    margin-block-end: var(--_space);
  }
  .support-heading {
    font-weight: 700;
  }
  .support p:last-child,
  .support ::slotted(*) {
    margin-block-end: 0;
  }
  .exit {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-end: var(--_space);
    /* Within reach wherever the person is in the exercise: it stays at the top of the screen (GOV.UK's "Exit this page"). */
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    padding-block: 0.25em;
    background: var(--_surface, var(--tend-surface, Canvas));
  }
  .exit-in-note {
    margin-block: 0.5em;
  }
  .exit-button {
    color: var(--_on-accent);
    background: var(--_accent);
  }
  .exit-hint {
    margin: 0;
  }
  .undo {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  [part~='switch'] {
    color: inherit;
    border-color: var(--_border);
    font-weight: 400;
  }
  .switch-track {
    position: relative;
    flex: none;
    inline-size: 2.25em;
    block-size: 1.25em;
    border: 2px solid currentColor;
    border-radius: 1em;
  }
  .switch-track::after {
    content: '';
    position: absolute;
    inset-block-start: 0.125em;
    inset-inline-start: 0.125em;
    inline-size: 0.75em;
    block-size: 0.75em;
    border-radius: 50%;
    background: currentColor;
    transition: transform 0.15s;
  }
  [aria-checked='true'] > .switch-track {
    background: var(--_accent);
    border-color: var(--_accent);
  }
  [aria-checked='true'] > .switch-track::after {
    background: var(--_on-accent);
    transform: translateX(1em);
  }
  :host(:dir(rtl)) [aria-checked='true'] > .switch-track::after {
    transform: translateX(-1em);
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  @media (forced-colors: active) {
    [part~='button'],
    [part~='button'].primary {
      border: 2px solid ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }
    [part~='button'][aria-pressed='true'] {
      color: HighlightText;
      background: Highlight;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    [part~='input'] {
      border-color: FieldText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    [part~='base'] {
      color: #000;
      background: none;
      border: 0;
      padding: 0;
    }
    button,
    .no-print {
      display: none !important;
    }
  }
  /* A keyboard's keys are named only where there is likely a keyboard: not on a touch-only device. */
  @media (hover: none) and (pointer: coarse) {
    .keyboard-only {
      display: none;
    }
  }
`;
