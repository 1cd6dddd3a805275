import { html, nothing, type TemplateResult } from 'lit';
import { findMarkup } from './markup.js';
import type { BuilderView } from './view.js';

/** A note under a text holding pasted markup: clients would see the tags as typed, so the code leaves them out. */
export function renderMarkupNote(view: BuilderView, id: string, value: string | undefined): TemplateResult | typeof nothing {
  const found = value ? findMarkup(value) : null;
  return found ? html`<p class="warning" id="${id}-markup">${view.text.t('markupFound', { found })}</p>` : nothing;
}
