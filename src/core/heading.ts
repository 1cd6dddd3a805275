import { html, nothing, type TemplateResult } from 'lit';

export interface HeadingOptions {
  id?: string;
  part?: string;
  className?: string;
  /** Focusable by script (`tabindex="-1"`), for a focus move that the screen reader reads. */
  focusable?: boolean;
  /** `aria-describedby`: what a screen reader says after the heading when focus lands on it. */
  describedBy?: string;
}

/**
 * A heading at `level` (2–6, as the element's place asks): a widget's own heading is an `h2`, and
 * its parts' headings one level below it; inside a `<tend-flow>` (whose heading is the `h2`) each
 * step's heading is an `h3` and its parts' `h4`, so the outline stays one tree.
 */
export function renderHeading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const id = options.id ?? nothing;
  const part = options.part ?? nothing;
  const cls = options.className ?? nothing;
  const tabindex = options.focusable ? '-1' : nothing;
  const described = options.describedBy ?? nothing;
  switch (Math.min(6, Math.max(2, Math.round(level)))) {
    case 2:
      return html`<h2 id=${id} part=${part} class=${cls} tabindex=${tabindex} aria-describedby=${described}>${content}</h2>`;
    case 3:
      return html`<h3 id=${id} part=${part} class=${cls} tabindex=${tabindex} aria-describedby=${described}>${content}</h3>`;
    case 4:
      return html`<h4 id=${id} part=${part} class=${cls} tabindex=${tabindex} aria-describedby=${described}>${content}</h4>`;
    case 5:
      return html`<h5 id=${id} part=${part} class=${cls} tabindex=${tabindex} aria-describedby=${described}>${content}</h5>`;
    default:
      return html`<h6 id=${id} part=${part} class=${cls} tabindex=${tabindex} aria-describedby=${described}>${content}</h6>`;
  }
}
