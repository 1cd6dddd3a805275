import { css } from 'lit';
import { answerStyles, summaryList } from '../core/summary-styles.js';

/** The flow's own layout: its progress, the step on show, the navigation and the summary. */
export const flowStyles = css`
  /* A flow with a theme gives it to every step without one (its children, or the steps it renders from its steps attribute): the steps take the flow's tokens (its own
     defaults, or --tend-* values a page set on it or above it), passed on under names of the flow's. */
  :host {
    --_flow-text: var(--_text);
    --_flow-surface: var(--_surface);
    --_flow-accent: var(--_accent);
    --_flow-on-accent: var(--_on-accent);
    --_flow-border: var(--_border);
    --_flow-field-surface: var(--_field-surface);
    --_flow-field-text: var(--_field-text);
    --_flow-danger: var(--_danger);
  }
  :host([theme='dark']) ::slotted(:not([theme])),
  :host([theme='light']) ::slotted(:not([theme])),
  :host([theme='dark']) [data-tend-step]:not([theme]),
  :host([theme='light']) [data-tend-step]:not([theme]) {
    --tend-text: var(--_flow-text);
    --tend-surface: var(--_flow-surface);
    --tend-accent: var(--_flow-accent);
    --tend-on-accent: var(--_flow-on-accent);
    --tend-border: var(--_flow-border);
    --tend-field-surface: var(--_flow-field-surface);
    --tend-field-text: var(--_flow-field-text);
    --tend-danger: var(--_flow-danger);
    color-scheme: inherit;
  }
  /* A light step inside a dark flow: a light surface of its own, or its dark-on-light text would sit on the flow's dark. */
  :host([theme='dark']) ::slotted([theme='light']),
  :host([theme='dark']) [data-tend-step][theme='light'] {
    --tend-surface: var(--_field-surface);
    --tend-text: var(--_field-text);
    color-scheme: light;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) ::slotted([theme='light']),
    :host(:not([theme='light'])) [data-tend-step][theme='light'] {
      --tend-surface: var(--_field-surface);
      --tend-text: var(--_field-text);
      color-scheme: light;
    }
  }
  @media not (prefers-color-scheme: dark) {
    :host([theme='dark']) ::slotted([theme='auto']),
    :host([theme='dark']) [data-tend-step][theme='auto'] {
      --tend-surface: var(--_field-surface);
      --tend-text: var(--_field-text);
      color-scheme: light;
    }
  }
  [part~='progress'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1em;
    margin-block-end: var(--_space);
  }
  [part~='progress'] p {
    margin: 0;
    font-weight: 600;
  }
  progress {
    inline-size: min(12rem, 100%);
    block-size: 0.75em;
    accent-color: var(--_accent);
  }
  [part~='step'] ::slotted(*),
  [part~='step'] > * {
    margin-block: 0 var(--_space);
  }
  [part~='summary'] h3 {
    font-size: 1.1em;
    margin: 0 0 0.5em;
  }
  [part~='summary'] h4 {
    font-size: 1em;
    margin: 0 0 0.25em;
  }
  ${summaryList}
  [part~='summary'] li {
    margin-block-end: var(--_space);
  }
  .step-status {
    font-style: italic;
    margin-block-end: 0.35em;
  }
  ${answerStyles('.entry-label', '.entry-text', '0.1em')}
  @media print {
    [part~='progress'],
    [part~='status'] {
      display: none !important;
    }
  }
`;
