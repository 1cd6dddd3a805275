import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { hasMarkup } from './markup.js';
import { renderMarkupNote } from './markup-note.js';
import type { BuilderView } from './view.js';

export interface ListOptions {
  /** Prefix of the fields' ids (`<id>-0`…, `<id>-new`). */
  id: string;
  label: string;
  items: string[];
  write(items: string[]): void;
  /** The entries one field's text holds: several for a comma-separated list, one for a prompt (it may hold commas). */
  split(text: string): string[];
}

/** An editable list: each entry a field with its Remove button, then a field and Add for a new one. */
export function renderList(view: BuilderView, { id, label, items, write, split }: ListOptions): TemplateResult {
  const { t } = view.text;
  const add = () => {
    const input = view.root().querySelector<HTMLInputElement>(`#${id}-new`);
    const entries = split(input?.value ?? '').map((entry) => entry.trim()).filter(Boolean);
    if (!input || !entries.length) return;
    write([...items, ...entries]);
    input.value = '';
    input.focus();
  };
  return html`${items.length
      ? html`<ol class="list">
          ${items.map((item, i) => {
            const itemLabel = t('item', { label, index: i + 1 });
            return html`<li class="row">
              <input id="${id}-${i}" aria-label=${itemLabel} .value=${live(item)}
                @change=${(e: Event) => {
                  const next = [...items];
                  next.splice(i, 1, ...split((e.target as HTMLInputElement).value));
                  write(next);
                }} />
              <button type="button" @click=${() => write(items.filter((_, j) => j !== i))}>${t('remove', { item: itemLabel })}</button>
            </li>`;
          })}
        </ol>`
      : html`<p class="hint">${t('listEmpty')}</p>`}
    ${renderMarkupNote(view, id, items.find(hasMarkup))}
    <div class="row">
      <input id="${id}-new" aria-label=${t('newItem', { label })}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            add();
          }
        }} />
      <button type="button" @click=${add}>${t('add')}</button>
    </div>`;
}
