import { css } from 'lit';

export const builderStyles = css`
  :host {
    --tend-builder-accent: #1f5f66;
    --tend-builder-text: #1b1c1f;
    --tend-builder-muted: #4a4d55;
    --tend-builder-border: #6b6f76;
    --tend-builder-surface: #ffffff;
    --tend-builder-soft: #f3f5f6;
    --tend-builder-danger: #b3261e;
    --tend-builder-warning: #7a4b00;
    display: block;
    color-scheme: light;
    padding: 1rem;
    border-radius: 0.75rem;
    background: var(--tend-builder-surface);
    color: var(--tend-builder-text);
    font-family: inherit;
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2 {
    margin-block: 0 0.25em;
    font-size: 1.6rem;
  }
  h3 {
    margin-block: 0 0.5em;
    font-size: 1.15rem;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.5rem;
    margin-block-start: 1rem;
  }
  @media (min-width: 60rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1.15fr);
      align-items: start;
    }
    .output {
      position: sticky;
      inset-block-start: 0.5rem;
      max-block-size: calc(100vh - 1rem);
      overflow: auto;
    }
  }
  fieldset,
  details.box,
  .box {
    margin: 0 0 1rem;
    padding: 0.5rem 0.75rem 0.75rem;
    border: 1px solid var(--tend-builder-border);
    border-radius: 0.5rem;
    min-inline-size: 0;
  }
  legend,
  summary {
    font-weight: 700;
    font-size: 1.05rem;
    padding-inline: 0.25rem;
  }
  summary {
    cursor: pointer;
    min-block-size: 2.75rem;
    display: flex;
    align-items: center;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    margin-block: 0.75rem;
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    margin-block: 0.75rem 0.25rem;
  }
  .check input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
  }
  label,
  .label {
    font-weight: 600;
  }
  .hint,
  .explain {
    font-weight: normal;
    color: var(--tend-builder-muted);
    font-size: 0.95em;
    margin: 0;
  }
  code {
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
  }
  /* Every control: the page's font, a 2.75rem target, one corner and one surface. */
  input:not([type='checkbox']),
  select,
  textarea,
  button {
    font: inherit;
    min-block-size: 2.75rem;
    border-radius: 0.35rem;
    background: var(--tend-builder-surface);
  }
  input:not([type='checkbox']),
  select,
  textarea {
    border: 1px solid var(--tend-builder-border);
  }
  input:not([type='checkbox']):not([type='color']),
  select,
  textarea {
    inline-size: 100%;
    padding: 0.4rem 0.6rem;
    color: var(--tend-builder-text);
  }
  input[type='color'] {
    inline-size: 3.25rem;
    block-size: 2.75rem;
    padding: 0.15rem;
  }
  textarea {
    resize: vertical;
  }
  textarea.code {
    font-family: ui-monospace, monospace;
    font-size: 0.85rem;
    min-block-size: 12rem;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  pre {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    margin: 0;
    padding: 0.75rem;
    background: var(--tend-builder-soft);
    border-radius: 0.35rem;
    overflow: auto;
    font-size: 0.85rem;
    max-block-size: 20rem;
  }
  [aria-invalid='true'] {
    border: 2px solid var(--tend-builder-danger) !important;
  }
  .error {
    color: var(--tend-builder-danger);
    font-weight: 600;
    margin: 0;
  }
  .warning {
    color: var(--tend-builder-warning);
    font-weight: 600;
    margin: 0;
  }
  button {
    font-weight: 600;
    min-inline-size: 2.75rem;
    padding: 0.4rem 0.9rem;
    color: var(--tend-builder-accent);
    border: 2px solid var(--tend-builder-accent);
    cursor: pointer;
  }
  button.primary {
    color: #ffffff;
    background: var(--tend-builder-accent);
  }
  :focus-visible {
    outline: 3px solid var(--tend-builder-accent);
    outline-offset: 2px;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .row > input {
    flex: 1 1 12rem;
    inline-size: auto !important;
  }
  .numbers {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(7.5rem, 1fr));
    gap: 0.5rem;
  }
  ol.list {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.4rem;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .step h3 {
    margin-block: 0.25rem 0.5rem;
  }
  button[aria-disabled='true'] {
    cursor: not-allowed;
    border-style: dashed;
  }
  .preview {
    padding: 1rem;
    border: 2px dashed var(--tend-builder-border);
    border-radius: 0.5rem;
    background: var(--tend-builder-surface);
    margin-block-end: 1rem;
  }
  .preview.dark {
    background: #111214;
    color: #ececf1;
  }
  [role='status'] {
    min-block-size: 1.5em;
    margin-block: 0.5rem 0;
  }
  .colours {
    display: grid;
    gap: 0.5rem;
  }
  .colour {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .colour label {
    flex: 1 1 10rem;
  }
  iframe.worksheet {
    position: fixed;
    inset-inline-start: -300mm;
    inset-block-start: 0;
    inline-size: 210mm;
    block-size: 297mm;
    border: 0;
    visibility: hidden;
  }
  code.attribute {
    font-weight: normal;
    font-size: 0.78em;
    color: var(--tend-builder-muted);
  }
  .problems ul {
    margin: 0.25rem 0 0.5rem;
    padding-inline-start: 1.25rem;
    color: var(--tend-builder-danger);
  }
  .safety {
    border-width: 2px;
    border-color: var(--tend-builder-accent);
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    button,
    input,
    select,
    textarea {
      border: 1px solid ButtonText;
    }
  }
`;
