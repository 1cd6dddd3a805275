import { css } from 'lit';

/** The check-in's own layout: the feelings to choose, the over-time view, and printing the history alone. */
export const checkInStyles = css`
  fieldset {
    border: 0;
    margin: 0 0 var(--_space);
    padding: 0;
    min-inline-size: 0;
  }
  .group {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em;
    margin-block-end: 0.5em;
  }
  .group-label {
    flex: 0 0 100%;
    font-size: 0.85em;
    font-weight: 700;
  }
  [part~='feeling'] {
    min-block-size: 2.25rem;
    padding: 0.25em 0.75em;
    font-weight: 500;
    border-width: 1px;
    border-radius: 999px;
  }
  /* A finger needs 44 px (WCAG 2.5.5); a mouse keeps the compact chips. */
  @media (pointer: coarse) {
    [part~='feeling'] {
      min-block-size: 44px;
      min-inline-size: 44px;
    }
  }
  .feelings [part~='label'][for] {
    margin-block-start: 0.75em;
  }
  .history {
    margin-block-start: var(--_space);
    padding-block-start: var(--_space);
    border-block-start: 1px solid var(--_border);
  }
  #history-heading {
    font-size: 1.1em;
    margin: 0 0 0.5em;
  }
  .subheading {
    font-weight: 700;
    margin-block: var(--_space) 0.35em;
  }
  .tally,
  .entries {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.25em;
  }
  .tally-text,
  dd {
    white-space: pre-wrap;
  }
  [part~='entry'] {
    margin-block-end: 0.75em;
  }
  .entry-date {
    font-size: 1em;
    font-weight: 600;
    margin: 0 0 0.25em;
  }
  dl {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: 0.15em 0.75em;
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .confirm {
    margin-block-start: 0.75em;
    padding: 0.75em 1em;
    border: 2px solid var(--_danger);
    border-radius: calc(var(--_radius) * 0.75);
  }
  .confirm p {
    margin: 0;
  }
  .completed {
    font-weight: 600;
  }
  @media print {
    .form.printing {
      display: none !important;
    }
    [part~='entry'] {
      break-inside: avoid;
    }
  }
`;
