import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * How every widget reads a person's answers back to them (a summary after the last step): one style,
 * put into each widget's stylesheet under the widget's own class names.
 */

/** A summary's numbered list of answers (`part="summary"`); no printed page splits an entry. */
export const summaryList = css`
  [part~='summary'] ol {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  @media print {
    [part~='summary'] li {
      break-inside: avoid;
    }
  }
`;

/**
 * One answer read back: its label (the prompt, the question) in bold `gap` above it, and the person's own
 * words with their line breaks kept and a long word wrapped rather than overflowing. `label`, `text` and
 * `gap` are the widget's own constant selectors and length, never page text.
 */
export function answerStyles(label: string, text: string, gap: string): CSSResult {
  return css`
    ${unsafeCSS(label)} {
      font-weight: 600;
      margin-block-end: ${unsafeCSS(gap)};
    }
    ${unsafeCSS(text)} {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
  `;
}
