import { css, html, nothing, type TemplateResult } from 'lit';
import type { BreathPhase } from './breath.js';

/** The guide's words, in the widget's language: the phases and, under reduced motion, the progress bar's name. */
export interface BreathWords {
  breatheIn: string;
  hold: string;
  breatheOut: string;
  breathProgress: string;
}

/**
 * The paced-breathing guide: a shape that grows with the in-breath and shrinks with the out-breath, the
 * phase in words, and under reduced motion a still shape with a progress bar instead. The STOP timer
 * draws it in its "Take a breath" step; the active listening in its break.
 */
export function renderBreath(phase: BreathPhase, words: BreathWords, reduced: boolean): TemplateResult {
  const label = phase.kind === 'in' ? words.breatheIn : phase.kind === 'out' ? words.breatheOut : words.hold;
  // Set through CSSOM (the `style` property), never as a style attribute: a strict CSP (no 'unsafe-inline'
  // in style-src) blocks style attributes, and styleMap writes one on its first render.
  const shape = reduced ? '' : `transform: scale(${(0.45 + 0.55 * phase.fullness).toFixed(3)})`;
  return html`<div part="breath" class=${reduced ? 'reduced' : 'moving'} data-phase=${phase.kind}>
    <div class="stage" aria-hidden="true"><div part="breath-shape" .style=${shape}></div></div>
    <p part="breath-phase">${label}</p>
    ${reduced
      ? html`<progress part="breath-progress" max="100" .value=${Math.round(phase.progress * 100)} aria-label=${words.breathProgress}></progress>`
      : nothing}
  </div>`;
}

/** The guide's look; a widget sets `--_breath-size` and `--_breath-color` from its own custom properties. */
export const breathStyles = css`
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
    inline-size: var(--_breath-size, 9rem);
    max-inline-size: 100%;
    aspect-ratio: 1;
  }
  [part~='breath-shape'] {
    inline-size: 100%;
    block-size: 100%;
    border-radius: 50%;
    background: color-mix(in srgb, var(--_breath-color, var(--_accent)) 30%, transparent);
    border: 3px solid var(--_breath-color, var(--_accent));
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
  @media (forced-colors: active) {
    [part~='breath-shape'] {
      border-color: CanvasText;
    }
  }
`;
