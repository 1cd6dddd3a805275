import { css } from 'lit';

export const stopTimerStyles = css`
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    list-style: none;
    margin: 0 0 var(--_space);
    padding: 0;
    counter-reset: stop-step;
  }
  .steps li {
    counter-increment: stop-step;
    display: flex;
    flex-wrap: wrap;
    max-inline-size: 100%;
    align-items: baseline;
    gap: 0.4em;
    padding: 0.25em 0.75em;
    border: 1px solid var(--_border);
    border-radius: 999px;
  }
  .steps li::before {
    content: counter(stop-step);
    font-weight: 600;
  }
  .steps li[aria-current='step'] {
    color: var(--_on-accent);
    background: var(--_accent);
    border-color: var(--_accent);
    font-weight: 600;
  }
  .steps li.done {
    border-style: dashed;
  }
  .tick {
    font-weight: 600;
  }
  .steps .length {
    font-size: 0.9em;
  }
  [part~='step'] {
    margin-block-end: var(--_space);
  }
  [part~='step-title'] {
    font-size: 1.15em;
    margin: 0 0 0.35em;
  }
  [part~='countdown'] {
    font-size: 2.5em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    line-height: 1.1;
    margin: 0.25em 0 0.5em;
  }
  [part~='breath'] {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    justify-items: center;
    gap: 0.5em;
    margin-block: var(--_space);
  }
  .stage {
    display: grid;
    place-items: center;
    inline-size: var(--tend-stop-timer-shape-size, 9rem);
    max-inline-size: 100%;
    aspect-ratio: 1;
  }
  [part~='breath-shape'] {
    inline-size: 100%;
    block-size: 100%;
    border-radius: 50%;
    background: color-mix(in srgb, var(--tend-stop-timer-shape-color, var(--_accent)) 30%, transparent);
    border: 3px solid var(--tend-stop-timer-shape-color, var(--_accent));
    transform-origin: center;
    will-change: transform;
  }
  .reduced [part~='breath-shape'] {
    transform: scale(0.8);
    will-change: auto;
  }
  [part~='breath-phase'] {
    font-size: 1.25em;
    font-weight: 600;
    margin: 0;
  }
  [part~='breath-progress'] {
    inline-size: min(100%, 16rem);
    block-size: 0.75rem;
    accent-color: var(--_accent);
  }
  .credit {
    font-size: 0.875em;
  }

  .paused-note {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .steps li[aria-current='step'] {
      color: HighlightText;
      background: Highlight;
      forced-color-adjust: none;
    }
    [part~='breath-shape'] {
      border-color: CanvasText;
    }
  }
`;
