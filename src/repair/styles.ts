import { css } from 'lit';

/** The repair's own layout: the date with its clear button, the reminder, the ways to reconnect, the preview and print. */
export const repairStyles = css`
  .intro p:last-child {
    margin-block-end: var(--_space);
  }
  .date-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .date-row [part~='input'] {
    inline-size: 11.5rem;
    max-inline-size: 100%;
    flex: 0 1 auto;
  }
  .reminder {
    margin-block: calc(var(--_space) * -0.5) var(--_space);
  }
  .check {
    display: flex;
    gap: 0.5em;
    align-items: center;
    min-block-size: 2.75rem;
  }
  .check [part~='checkbox'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }
  .check [part~='label'] {
    margin: 0;
    font-weight: 400;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-end: 0.5em;
  }
  .choices [part~='button'] {
    font-weight: 500;
    border-width: 1px;
    border-radius: 999px;
  }
  [part~='preview'] {
    margin-block: var(--_space);
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_accent);
    border-radius: calc(var(--_radius) * 0.75);
  }
  .preview-label {
    font-size: 0.9em;
    font-weight: 600;
    margin-block-end: 0.35em;
  }
  [part~='sentence'] {
    font-size: 1.05em;
    white-space: pre-wrap;
  }
  .aside {
    font-size: 0.9em;
  }
  [part~='preview'] p:last-child {
    margin-block-end: 0;
  }
  .print-only {
    display: none;
  }
  @media print {
    .print-only {
      display: block;
    }
    .printed-label {
      font-weight: 700;
      margin-block-end: 0.25em;
    }
    .printed {
      white-space: pre-wrap;
    }
  }
`;
