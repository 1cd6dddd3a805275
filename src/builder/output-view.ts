/** The builder's second column: the live preview, the embed code with its copy buttons, React and Vue, and pasting code back in. */
import { html, nothing, type TemplateResult } from 'lit';
import { reactCode, vueCode, type EmbedConfig } from './embed.js';
import type { BuilderView } from './view.js';

export interface OutputOptions {
  config: EmbedConfig;
  /** The embed code of `config`. */
  code: string;
  /** What the code leaves out until it is fixed, in the therapist's words ("Section 2 needs a title"). */
  problems: readonly string[];
  /** What the last copy or paste did. */
  message: string;
  copyCode(): void;
  copyLink(): void;
  /** Loads the code pasted in the `#paste` field. */
  loadPasted(): void;
  /** Prints the configured exercise, empty, as a worksheet for paper. */
  printWorksheet(): void;
}

function renderCodeBlock(summary: string, code: string): TemplateResult {
  return html`<details class="box">
    <summary>${summary}</summary>
    <pre tabindex="0" aria-label=${summary}><code>${code}</code></pre>
  </details>`;
}

export function renderOutput(view: BuilderView, { config, code, problems, message, copyCode, copyLink, loadPasted, printWorksheet }: OutputOptions): TemplateResult {
  const { t } = view.text;
  const dark = config.attributes.some(([name, value]) => name === 'theme' && value === 'dark');
  return html`<div class="output">
    <h3 id="preview-heading">${t('preview')}</h3>
    <div class="preview ${dark ? 'dark' : ''}" role="region" aria-labelledby="preview-heading">
      <p class="hint">${t('previewNote')}</p>
      <div class="preview-slot"></div>
    </div>
    <div class="field">
      <label for="code">${t('embedCode')}</label>
      <p class="hint" id="code-hint">${t(config.steps.length || config.exercise === 'flow' ? 'embedHintFlow' : 'embedHint')}</p>
      ${problems.length
        ? html`<div class="problems" id="code-problems">
            <p class="error">${t('problemsHeading', { count: problems.length })}</p>
            <ul>
              ${problems.map((problem) => html`<li>${problem}</li>`)}
            </ul>
          </div>`
        : nothing}
      <textarea id="code" class="code" readonly rows="12" aria-describedby=${problems.length ? 'code-hint code-problems' : 'code-hint'} .value=${code}></textarea>
    </div>
    <div class="row">
      <button type="button" class="primary" @click=${copyCode}>${t('copy')}</button>
      <button type="button" @click=${copyLink}>${t('copyLink')}</button>
      <button type="button" aria-describedby="print-hint" @click=${printWorksheet}>${t('printWorksheet')}</button>
    </div>
    <p class="hint" id="print-hint">${t('printHint')}</p>
    <p role="status">${message}</p>
    ${renderCodeBlock(t('react'), reactCode(config))} ${renderCodeBlock(t('vue'), vueCode(config))}
    <details class="box">
      <summary>${t('howTo')}</summary>
      <ul>
        <li>${t('howTo.wordpress')}</li>
        <li>${t('howTo.squarespace')}</li>
        <li>${t('howTo.wix')}</li>
      </ul>
    </details>
    <div class="box">
      <h3>${t('pasteHeading')}</h3>
      <div class="field">
        <label for="paste">${t('pasteLabel')}</label>
        <p class="hint" id="paste-hint">${t('pasteHint')}</p>
        <textarea id="paste" class="code" rows="4" aria-describedby="paste-hint"></textarea>
      </div>
      <button type="button" @click=${loadPasted}>${t('load')}</button>
    </div>
    <p class="hint">${t('privacy')}</p>
  </div>`;
}
