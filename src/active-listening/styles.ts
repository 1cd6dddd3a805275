import { css } from 'lit';

/**
 * The active listening's layout: each person's colour and shape (the name says whose turn it is; colour and
 * shape only repeat it), the turn, the words quoted from earlier in the round, and the calm pause.
 */
export const activeListeningStyles = css`
  :host {
    --_first: var(--tend-active-listening-first, var(--_accent));
    --_on-first: var(--tend-active-listening-on-first, var(--_on-accent));
    --_second: var(--tend-active-listening-second, #7d3566);
    --_on-second: var(--tend-active-listening-on-second, #ffffff);
  }
  :host([theme='dark']) {
    --_second: var(--tend-active-listening-second, #f2b8de);
    --_on-second: var(--tend-active-listening-on-second, #2e0c22);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_second: var(--tend-active-listening-second, #f2b8de);
      --_on-second: var(--tend-active-listening-on-second, #2e0c22);
    }
  }
  [data-person='first'] {
    --_person: var(--_first);
    --_on-person: var(--_on-first);
  }
  [data-person='second'] {
    --_person: var(--_second);
    --_on-person: var(--_on-second);
  }
  .peeking {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
  }
  .peeking input {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 1em;
  }
  .round {
    font-weight: 600;
  }
  .turn,
  .break {
    border: 1px solid var(--_border);
    border-inline-start: 0.5rem solid var(--_person, var(--_accent));
    border-radius: calc(var(--_radius) * 0.75);
    padding: calc(var(--_space) * 0.75);
  }
  .whose {
    margin-block-end: 0.35em;
  }
  [part~='person'] {
    display: inline-flex;
    align-items: center;
    gap: 0.45em;
    max-inline-size: 100%;
    padding: 0.2em 0.8em;
    font-size: 1.2em;
    font-weight: 700;
    color: var(--_on-person);
    background: var(--_person);
    border-radius: 999px;
  }
  /* The shape beside the name, so the two people differ by more than colour: a circle, a square. */
  [part~='person']::before {
    content: '';
    flex: none;
    inline-size: 0.7em;
    block-size: 0.7em;
    background: currentColor;
    border-radius: 50%;
  }
  [part~='person'][data-person='second']::before {
    border-radius: 0;
  }
  .turn-line {
    font-weight: 600;
  }
  .quote {
    margin-block-end: var(--_space);
    padding-inline-start: 0.75em;
    border-inline-start: 4px solid var(--_person);
  }
  .quote-label {
    font-size: 0.9em;
    font-weight: 600;
    margin-block-end: 0.2em;
  }
  blockquote {
    margin: 0;
    white-space: pre-wrap;
  }
  .hidden-words {
    font-style: italic;
  }
  #break-heading {
    font-size: 1.1em;
    margin: 0 0 0.5em;
  }
  .break .actions,
  .turn .actions {
    margin-block-start: 0;
  }
  .end {
    margin-block-start: var(--_space);
  }
  @media (forced-colors: active) {
    [part~='person'] {
      color: CanvasText;
      background: Canvas;
      border: 2px solid CanvasText;
      forced-color-adjust: none;
    }
    .turn,
    .break,
    .quote {
      border-color: CanvasText;
    }
  }
`;
