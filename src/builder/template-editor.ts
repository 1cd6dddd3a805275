/** The agreement's custom template (`template="custom"`): a title, and sections with a title, a prompt and items. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { templateProblem, usesCustomTemplate } from './embed-config.js';
import { problemText } from './field-view.js';
import { renderMarkupNote } from './markup-note.js';
import type { CustomTemplate } from './state.js';
import type { BuilderView } from './view.js';

const emptySection = () => ({ title: '', prompt: '', items: [] });
/** What the editor starts from before anything is written: one empty section. */
export const blankTemplate = (): CustomTemplate => ({ title: '', sections: [emptySection()] });

export function renderTemplateEditor(view: BuilderView): TemplateResult | typeof nothing {
  if (!usesCustomTemplate(view.state())) return nothing;
  const { t } = view.text;
  const template = view.state().template ?? blankTemplate();
  const problem = templateProblem(template);
  const write = (change: (draft: CustomTemplate) => void) =>
    view.edit((draft) => {
      const next = structuredClone(template);
      change(next);
      draft.template = next;
    });
  const value = (e: Event) => (e.target as HTMLInputElement | HTMLTextAreaElement).value;
  return html`<fieldset>
    <legend>${t('templateHeading')}</legend>
    <p class="hint">${t('templateHint')}</p>
    ${problem ? html`<p class="error" id="template-error"><span>${t('invalidPrefix')}</span> ${problemText(view.text, problem)}</p>` : nothing}
    <div class="field">
      <label for="template-title">${t('templateTitle')}</label>
      ${renderMarkupNote(view, 'template-title', template.title)}
      <input id="template-title" .value=${live(template.title)} @input=${(e: Event) => write((d) => void (d.title = value(e)))} />
    </div>
    ${template.sections.map((section, i) => {
      const legend = t('sectionLegend', { index: i + 1 });
      return html`<fieldset>
        <legend>${legend}</legend>
        <div class="field">
          <label for="section-${i}-title">${t('sectionTitle')}</label>
          ${renderMarkupNote(view, `section-${i}-title`, section.title)}
          <input id="section-${i}-title" aria-invalid=${problem && !section.title.trim() ? 'true' : nothing}
            aria-describedby=${problem && !section.title.trim() ? 'template-error' : nothing} .value=${live(section.title)}
            @input=${(e: Event) => write((d) => void (d.sections[i]!.title = value(e)))} />
        </div>
        <div class="field">
          <label for="section-${i}-prompt">${t('sectionPrompt')}</label>
          ${renderMarkupNote(view, `section-${i}-prompt`, section.prompt)}
          <input id="section-${i}-prompt" .value=${live(section.prompt)} @input=${(e: Event) => write((d) => void (d.sections[i]!.prompt = value(e)))} />
        </div>
        <div class="field">
          <label for="section-${i}-items">${t('sectionItems')}</label>
          <textarea id="section-${i}-items" rows="3" .value=${live(section.items.join('\n'))}
            @input=${(e: Event) => write((d) => void (d.sections[i]!.items = value(e).split('\n')))}></textarea>
        </div>
        ${template.sections.length > 1
          ? html`<button type="button" @click=${() => write((d) => void d.sections.splice(i, 1))}>${t('removeSection', { index: i + 1 })}</button>`
          : nothing}
      </fieldset>`;
    })}
    <button type="button" @click=${() => write((d) => void d.sections.push(emptySection()))}>${t('addSection')}</button>
  </fieldset>`;
}
