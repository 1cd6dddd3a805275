/** Every string of the exercise, in English, to reword; only what differs from the English reaches the code. */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { coreStrings } from '../core/strings.js';
import type { ExerciseClass } from './fields.js';
import type { BuilderView } from './view.js';

/** The exercise's English strings (its own, then the shared ones), text only. */
export function englishStrings(cls: ExerciseClass | undefined): [string, string][] {
  const all = { ...coreStrings, ...(cls?.strings ?? {}) } as Record<string, unknown>;
  return Object.entries(all).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
}

export function renderWording(view: BuilderView, cls: ExerciseClass | undefined): TemplateResult {
  const { t } = view.text;
  const setString = (key: string, english: string, value: string) =>
    view.edit((draft) => {
      if (value === english || value.trim() === '') delete draft.strings[key];
      else draft.strings[key] = value;
    });
  return html`<details class="box">
    <summary>${t('wordingHeading')}</summary>
    <p class="hint">${t('wordingHint')}</p>
    ${englishStrings(cls).map(([key, english]) => {
      const id = `s-${key.replace(/[^\w-]/g, '_')}`;
      const value = view.state().strings[key] ?? english;
      const input = (e: Event) => setString(key, english, (e.target as HTMLInputElement).value);
      return html`<div class="field">
        <label for=${id}>${english}</label>
        <p class="hint" id="${id}-hint"><code>${key}</code></p>
        ${english.length > 70
          ? html`<textarea id=${id} rows="3" aria-describedby="${id}-hint" .value=${live(value)} @input=${input}></textarea>`
          : html`<input id=${id} aria-describedby="${id}-hint" .value=${live(value)} @input=${input} />`}
      </div>`;
    })}
  </details>`;
}
