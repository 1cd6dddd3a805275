import { css } from 'lit';

const darkTokens = css`
  --tend-text: #ececf1;
  --tend-surface: #1c1d22;
  --tend-accent: #8fd4da;
  --tend-on-accent: #0d2427;
  --tend-border: #9ea2ab;
  --tend-field-surface: #26272d;
  --tend-field-text: #ececf1;
  --tend-danger: #ffb4ab;
  color-scheme: dark;
`;

/**
 * What every widget shares: design tokens, light and dark themes, fields, buttons, focus ring,
 * messages, forced colours, reduced motion and print. In the light theme the text colour and
 * surface are left unset, so a widget takes on the colours of the article around it.
 */
export const baseStyles = css`
  :host {
    --tend-accent: #1f5f66;
    --tend-on-accent: #ffffff;
    --tend-border: #6b6f76;
    --tend-field-surface: #ffffff;
    --tend-field-text: #1b1c1f;
    --tend-danger: #b3261e;
    --tend-radius: 0.5rem;
    --tend-space: 1rem;
    display: block;
    box-sizing: border-box;
    font-family: var(--tend-font);
    color: var(--tend-text);
    margin-block: var(--tend-space);
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
    background: var(--tend-surface);
    border: 1px solid color-mix(in srgb, currentColor 25%, transparent);
    border-radius: var(--tend-radius);
    padding: var(--tend-space);
  }
  [part~='heading'] {
    font-size: 1.25em;
    line-height: 1.3;
    margin: 0 0 calc(var(--tend-space) * 0.75);
  }
  p {
    margin: 0 0 calc(var(--tend-space) * 0.75);
  }
  [part~='field'] {
    margin-block-end: var(--tend-space);
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
  [part~='input'] {
    display: block;
    inline-size: 100%;
    min-block-size: 2.75rem;
    padding: 0.5em 0.65em;
    font: inherit;
    color: var(--tend-field-text);
    background: var(--tend-field-surface);
    border: 1px solid var(--tend-border);
    border-radius: calc(var(--tend-radius) * 0.75);
  }
  textarea[part~='input'] {
    resize: vertical;
    min-block-size: 5em;
  }
  [part~='input'][aria-invalid='true'] {
    border: 2px solid var(--tend-danger);
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
    color: var(--tend-accent);
    background: transparent;
    border: 2px solid var(--tend-accent);
    border-radius: calc(var(--tend-radius) * 0.75);
    cursor: pointer;
  }
  [part~='button'].primary {
    color: var(--tend-on-accent);
    background: var(--tend-accent);
  }
  a[part~='button'] {
    text-decoration: none;
  }
  [part~='button']:hover {
    text-decoration: underline;
  }
  [part~='button'][aria-pressed='true'] {
    color: var(--tend-on-accent);
    background: var(--tend-accent);
  }
  :focus-visible {
    outline: 3px solid var(--tend-accent);
    outline-offset: 2px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    margin-block-start: var(--tend-space);
  }
  .error {
    display: block;
    color: var(--tend-danger);
    font-weight: 600;
    margin-block-end: 0.35em;
  }
  [part~='status'] {
    min-block-size: 1.5em;
    margin-block: 0.5em 0;
  }
  .privacy {
    font-size: 0.9em;
    margin-block: var(--tend-space) 0;
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
`;
