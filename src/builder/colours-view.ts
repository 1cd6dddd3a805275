/** The exercise's colour custom properties, with the contrast of the pairs people read. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { CatalogElement } from './catalog-types.js';
import { formatRatio } from './contrast.js';
import { isColourProperty, plain } from './fields.js';
import type { ContrastCheck } from './preview.js';
import type { BuilderView } from './view.js';

/** `effective`: the preview's colours as they are (set or default), by custom property. */
export function renderColours(view: BuilderView, element: CatalogElement, effective: Readonly<Record<string, string>>, contrast: readonly ContrastCheck[]): TemplateResult {
  const { t } = view.text;
  const styles = view.state().styles;
  const colours = element.cssProperties.filter((p) => isColourProperty(p.description));
  const current = (name: string) => styles[name] ?? effective[name] ?? '#000000';
  const setColour = (name: string, value: string | undefined) =>
    view.edit((draft) => {
      if (value === undefined) delete draft.styles[name];
      else draft.styles[name] = value;
    });
  return html`<div class="colours" role="group" aria-labelledby="colours-label">
    <p class="label" id="colours-label">${t('colours')}</p>
    <p class="hint">${t('colourHint')}</p>
    ${colours.map((p, i) => {
      const id = `colour-${i}`;
      return html`<div class="colour">
        <input type="color" id=${id} .value=${live(/^#[0-9a-f]{6}$/i.test(current(p.name)) ? current(p.name) : '#000000')}
          @input=${(e: Event) => setColour(p.name, (e.target as HTMLInputElement).value)} />
        <label for=${id}><code>${p.name}</code> <span class="hint">${plain(p.description)}</span></label>
        ${styles[p.name] !== undefined ? html`<button type="button" @click=${() => setColour(p.name, undefined)}>${t('clearColour', { name: p.name })}</button>` : nothing}
      </div>`;
    })}
    <div id="contrast">
      ${contrast.map((check) =>
        check.ratio < 4.5
          ? html`<p class="warning">${t('contrastLow', { pair: t(check.pair), ratio: formatRatio(check.ratio) })}</p>`
          : html`<p class="hint">${t('contrastOk', { pair: t(check.pair), ratio: formatRatio(check.ratio) })}</p>`,
      )}
    </div>
  </div>`;
}
