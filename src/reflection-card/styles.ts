import { css } from 'lit';
import { answerStyles, summaryList } from '../core/summary-styles.js';

/** The reflection card's own layout: one card with its prompt and growing answer, the summary, and print. */
export const reflectionCardStyles = css`
  [part~='card'] {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-block-end: var(--_space);
  }
  [part~='progress'] {
    font-size: 0.9em;
    margin-block-end: 0.5em;
  }
  [part~='card'] [part~='label'] {
    font-size: 1.1em;
    line-height: 1.4;
    margin-block-end: 0.5em;
  }
  textarea[part~='input'] {
    field-sizing: content;
    min-block-size: var(--tend-reflection-card-answer-min-height, 6em);
    max-block-size: var(--tend-reflection-card-answer-max-height, 60vh);
    overflow-y: auto;
  }
  .word-count {
    margin-block: 0.35em 0;
  }
  .nav {
    margin-block-start: 0.75em;
  }
  [part~='summary'] h3 {
    font-size: 1.1em;
    margin: var(--_space) 0 0.5em;
  }
  ${summaryList}
  [part~='summary'] li {
    margin-block-end: 0.75em;
  }
  ${answerStyles('.summary-prompt', '.summary-answer', '0.25em')}
  .summary-skipped {
    font-style: italic;
  }
  @media print {
    /* A clean paper document in every theme: the base styles drop the surface and hide every button. */
    [part~='card'],
    [part~='status'] {
      display: none !important;
    }
    [part~='summary'],
    [part~='summary'][hidden] {
      display: block !important;
    }
    [part~='summary'] h3 {
      display: none;
    }
  }
`;
