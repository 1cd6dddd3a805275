/** Every string of the exercise, in the language it will speak, to reword; only what differs from that text reaches the code. */
import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { lookup } from '../core/localize.js';
import { coreStrings } from '../core/strings.js';
import { renderMarkupNote } from './markup-note.js';
import type { ExerciseClass } from './fields.js';
import type { BuilderView } from './view.js';

/** The exercise's English strings (its own, then the shared ones), text only. */
export function englishStrings(cls: ExerciseClass | undefined): [string, string][] {
  const all = { ...coreStrings, ...(cls?.strings ?? {}) } as Record<string, unknown>;
  return Object.entries(all).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
}

/** The same strings as the exercise shows them in `lang` (its locale's text, else the English one). */
export function stringsIn(lang: string, exercise: string, cls: ExerciseClass | undefined): [string, string][] {
  return englishStrings(cls).map(([key, english]) => {
    const own = lookup(lang, exercise, key) ?? lookup(lang, 'core', key);
    return [key, typeof own === 'string' ? own : english];
  });
}

export function renderWording(view: BuilderView, exercise: string, cls: ExerciseClass | undefined, lang: string): TemplateResult {
  const { t } = view.text;
  const language = new Intl.DisplayNames([view.text.lang], { type: 'language' }).of(lang) ?? lang;
  const setString = (key: string, shown: string, value: string) =>
    view.edit((draft) => {
      if (value === shown || value.trim() === '') delete draft.strings[key];
      else draft.strings[key] = value;
    });
  return html`<details class="box">
    <summary>${t('wordingHeading')}</summary>
    <p class="hint">${t('wordingHint', { language })}</p>
    ${stringsIn(lang, exercise, cls).map(([key, shown]) => {
      const id = `s-${key.replace(/[^\w-]/g, '_')}`;
      const value = view.state().strings[key] ?? shown;
      const input = (e: Event) => setString(key, shown, (e.target as HTMLInputElement).value);
      return html`<div class="field">
        <label for=${id} lang=${lang}>${shown}</label>
        <p class="hint" id="${id}-hint"><code>${key}</code></p>
        ${renderMarkupNote(view, id, view.state().strings[key])}
        ${shown.length > 70
          ? html`<textarea id=${id} rows="3" lang=${lang} aria-describedby="${id}-hint" .value=${live(value)} @input=${input}></textarea>`
          : html`<input id=${id} lang=${lang} aria-describedby="${id}-hint" .value=${live(value)} @input=${input} />`}
      </div>`;
    })}
  </details>`;
}
