/** Near the top of every exercise: the way out for a client in a hard moment (`exit-url`) and the therapist's own support line (`slot="support"`), with why. */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { renderMarkupNote } from './markup-note.js';
import type { BuilderView } from './view.js';

export function renderSafety(view: BuilderView, exitField: TemplateResult | TemplateResult[]): TemplateResult {
  const { t } = view.text;
  const support = view.state().support;
  return html`<fieldset class="safety">
    <legend>${t('safetyHeading')}</legend>
    <p class="hint">${t('safetyWhy')}</p>
    <div class="field">
      <label for="support">${t('supportLabel')} <code class="attribute">slot="support"</code></label>
      <p class="hint" id="support-hint">${t('supportHint')}</p>
      ${renderMarkupNote(view, 'support', support)}
      <textarea id="support" rows="3" aria-describedby="support-hint" placeholder=${t('supportPlaceholder')} .value=${live(support)}
        @input=${(e: Event) => view.edit((draft) => void (draft.support = (e.target as HTMLTextAreaElement).value))}></textarea>
    </div>
    ${exitField}
  </fieldset>`;
}
