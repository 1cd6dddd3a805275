import { css } from 'lit';

/** The check-in's own layout (the feelings to choose and the over-time view are the core's: feelingStyles, historyStyles). */
export const checkInStyles = css`
  .completed {
    font-weight: 600;
  }
`;
