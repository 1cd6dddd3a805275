import { css } from 'lit';

/** The I-statement builder's own layout: the feelings combobox, coaching tips, preview and example. */
export const iStatementStyles = css`
  .combo {
    display: flex;
    gap: 0.5em;
  }
  .combo [part~='input'] {
    flex: 1 1 auto;
    min-inline-size: 0;
  }
  .combo [part~='button'] {
    flex: 0 0 auto;
  }
  .combo [part~='button'] svg {
    inline-size: 1em;
    block-size: 1em;
    fill: currentColor;
  }
  [part~='listbox'] {
    margin-block-start: 0.25em;
    max-block-size: var(--tend-i-statement-list-height, 16rem);
    overflow-y: auto;
    color: var(--_field-text);
    background: var(--_field-surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    padding-block: 0.25em;
  }
  .group-label {
    display: block;
    padding: 0.35em 0.75em 0.1em;
    font-size: 0.85em;
    font-weight: 700;
  }
  [part~='option'] {
    padding-block: 0.4em;
    padding-inline: 1.5em 0.75em;
    cursor: pointer;
  }
  [part~='option']:hover {
    text-decoration: underline;
  }
  [part~='option'][aria-selected='true'] {
    color: var(--_on-accent);
    background: var(--_accent);
    outline: 2px solid var(--_accent);
  }
  [part~='preview'] {
    margin-block: var(--_space);
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.75);
  }
  [part~='preview'] .preview-label,
  [part~='example'] .example-label {
    font-size: 0.9em;
    font-weight: 600;
    margin: 0 0 0.25em;
  }
  [part~='sentence'] {
    font-size: 1.1em;
    margin: 0;
    white-space: pre-wrap;
  }
  [part~='example'] {
    margin: 0.5em 0 var(--_space);
    padding-block: 0.25em;
    padding-inline: 1em 0;
    border-inline-start: 4px solid var(--_border);
  }
  [part~='example'] blockquote {
    margin: 0;
    font-style: italic;
  }
  .completed {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    [part~='option'][aria-selected='true'] {
      color: HighlightText;
      background: Highlight;
    }
  }
  @media print {
    .combo [part~='button'],
    [part~='listbox'],
    [part~='hint'] {
      display: none !important;
    }
  }
`;
