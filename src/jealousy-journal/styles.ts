import { css } from 'lit';

/** The journal's own layout (the feelings, the strength and the over-time view have theirs: feelingStyles, strengthStyles, historyStyles). */
export const jealousyJournalStyles = css`
  .intro {
    margin-block-start: 0;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    margin: -0.5em 0 var(--_space);
  }
  [part~='choice'] {
    min-block-size: 2.25rem;
    padding: 0.25em 0.75em;
    font-weight: 500;
    border-width: 1px;
    border-radius: 999px;
  }
  .carry {
    margin: -0.5em 0 var(--_space);
  }
  .statement {
    margin-block-end: var(--_space);
  }
  .statement[hidden] {
    display: none;
  }
  .completed {
    font-weight: 600;
  }
`;
