import { css } from 'lit';

/** Styles of `<tend-agreement>` on top of the shared ones: logical properties only, so `dir="rtl"` mirrors. */
export const agreementStyles = css`
  .intro {
    max-inline-size: 65ch;
  }
  .people {
    display: grid;
    gap: 0 var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr));
  }
  [part~='section'],
  [part~='review'] {
    margin-block: var(--_space);
    padding-block-start: calc(var(--_space) * 0.75);
    border-block-start: 1px solid color-mix(in srgb, currentColor 25%, transparent);
  }
  h3 {
    font-size: 1.1em;
    margin: 0 0 0.35em;
  }
  .items {
    list-style: none;
    margin: 0 0 calc(var(--_space) * 0.5);
    padding: 0;
  }
  [part~='item'] {
    display: grid;
    grid-template-columns: 1fr auto auto auto;
    grid-template-areas: 'label label label label' 'input up down remove';
    gap: 0.25em 0.4em;
    align-items: center;
    margin-block-end: calc(var(--_space) * 0.5);
  }
  [part~='item'] > [part~='label'] {
    grid-area: label;
    font-weight: 400;
    font-size: 0.9em;
    margin: 0;
  }
  [part~='item'] > [part~='input'] {
    grid-area: input;
    min-inline-size: 0;
  }
  /* Items and the add field grow with their text instead of clipping it (field-sizing where the browser has it, grow.ts elsewhere). */
  textarea.grow {
    resize: none;
    min-block-size: 2.75rem;
    overflow-y: hidden;
    field-sizing: content;
  }
  .up {
    grid-area: up;
  }
  .down {
    grid-area: down;
  }
  .remove {
    grid-area: remove;
  }
  .add-row {
    display: flex;
    gap: 0.5em;
    align-items: stretch;
  }
  .add-row > [part~='input'] {
    flex: 1;
    min-inline-size: 0;
  }
  .empty {
    font-style: italic;
  }
  .dates {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: 0.25em var(--_space);
    overflow-wrap: anywhere;
    margin: 0 0 calc(var(--_space) * 0.75);
  }
  .dates dt {
    font-weight: 600;
  }
  .dates dd {
    margin: 0;
  }
  select[part~='input'] {
    inline-size: auto;
    min-inline-size: min(12rem, 100%);
    max-inline-size: 100%;
  }
  .print-only {
    display: none;
  }
  #summary-heading {
    margin-block-start: var(--_space);
  }
  .summary {
    margin: 0 0 var(--_space);
  }
  .summary-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 2fr) auto;
    gap: 0.25em var(--_space);
    align-items: start;
    padding-block: 0.5em;
    border-block-end: 1px solid color-mix(in srgb, currentColor 25%, transparent);
  }
  .summary dt {
    font-weight: 600;
  }
  .summary dd {
    margin: 0;
  }
  .summary ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  @container (max-width: 30rem) {
    /* A narrow widget: the words under their label, the Change button beside the label. */
    .summary-row {
      grid-template-columns: minmax(0, 1fr) auto;
    }
    .summary-value {
      grid-row: 2;
      grid-column: 1 / -1;
    }
  }
  [part~='base'] {
    container-type: inline-size;
  }
  @container (max-width: 30rem) {
    /* A narrow widget (a phone, a sidebar, text zoomed): the buttons wrap under the field. A
       container query, not a media query: Safari left the media query's layout stale after a resize. */
    [part~='item'] {
      display: flex;
      flex-wrap: wrap;
    }
    [part~='item'] > [part~='label'],
    [part~='item'] > [part~='input'] {
      flex: 1 0 100%;
    }
  }
  @media print {
    :host {
      font-size: 11pt;
      line-height: 1.35;
      margin: 0;
    }
    .print-only {
      display: block;
    }
    .intro,
    [part~='hint'],
    .add,
    .people,
    .cadence-field,
    .agreed-field,
    [part~='heading'],
    [part~='item'] > [part~='label'],
    [part~='item'] > [part~='input'] {
      display: none !important;
    }
    .items {
      list-style: disc;
      padding-inline-start: 1.25em;
      margin-block-end: 0.4em;
    }
    [part~='item'] {
      display: list-item;
      margin: 0 0 0.15em;
    }
    [part~='section'],
    [part~='review'] {
      margin-block: 0.6em;
      padding-block-start: 0.4em;
      break-inside: avoid;
    }
    .print-title {
      font-size: 1.4em;
      font-weight: 700;
      margin: 0 0 0.2em;
    }
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
  }
  .cadence-field {
    border: 0;
    margin: 0 0 var(--_space);
    padding: 0;
    min-inline-size: 0;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
  }
  .check [part~='label'] {
    margin: 0;
    font-weight: 400;
  }
  .check input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  /* WebKit focuses a date field's inner parts, so the field itself never matches :focus-visible, and a radio
     reached with the arrow keys does not either: ring them on focus. */
  .choices input:focus,
  #agreed-on:focus,
  #agreed-on:focus-within {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
`;
