import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { renderField } from '../core/field.js';
import type { FieldFocusController } from '../core/field-focus-controller.js';
import { renderHeading } from '../core/heading.js';
import type { ItemState, SectionState } from './edits.js';
import { sectionExamples, sectionText } from './sections.js';
import type { AgreementWords } from './words.js';

/** The person's actions on the sections, which the element carries out (state, focus, announcements). */
export interface SectionActions {
  setDraft(section: number, text: string): void;
  add(section: number): void;
  edit(section: number, key: number, text: string): void;
  /** Removes an item: a written one can be undone (the offer takes focus); an empty one moves focus to its neighbour unless `moveFocus` is false. */
  remove(section: number, index: number, moveFocus?: boolean): void;
  move(section: number, index: number, delta: -1 | 1, focus: 'input' | 'up' | 'down'): void;
  /** Focus left an item's row: an item left empty is not kept. */
  left(section: number, key: number): void;
}

/** What the sections show now. */
export interface SectionsShown {
  sections: readonly SectionState[];
  /** The text in each section's "add" field. */
  drafts: readonly (string | undefined)[];
  /** Done was pressed with no item: the first section shows the error. */
  missing: boolean;
  /** Words of danger were written: no suggested items. */
  danger: boolean;
  /** The "Removed: … Undo" offer of a section, drawn after its items (nothing when it has none). */
  undo(section: number): unknown;
  /** The level of the sections' titles (one below the widget's heading). */
  headingLevel: number;
  /** Where focus is: the missing-items error stays until focus leaves the "add" field. */
  fields: FieldFocusController;
}

/** A field's text as one line (a pasted line break becomes a space), written back when it changed. */
function oneLine(area: HTMLTextAreaElement): string {
  if (!/[\r\n]/.test(area.value)) return area.value;
  area.value = area.value.replace(/\s*[\r\n]+\s*/g, ' ');
  return area.value;
}

/** Every section of the agreement: its title and prompt, its items (each editable, movable, removable) and its "add" field. */
export function renderSections(words: AgreementWords, shown: SectionsShown, actions: SectionActions): TemplateResult[] {
  return shown.sections.map((section, index) => renderSection(words, shown, actions, section, index));
}

function renderSection(words: AgreementWords, shown: SectionsShown, actions: SectionActions, section: SectionState, index: number): TemplateResult {
  const title = sectionText(section, 'title', words);
  const prompt = sectionText(section, 'prompt', words);
  const examples = sectionExamples(section, words);
  // No suggested items while the person writes words of danger.
  const example = examples.length && !shown.danger ? examples[section.items.length % examples.length]! : '';
  const showError = shown.missing && index === 0;
  return html`<section part="section" aria-labelledby="section-${index}">
    ${renderHeading(shown.headingLevel, title, { part: 'section-title', id: `section-${index}` })}
    ${prompt ? html`<p part="hint" id="prompt-${index}">${prompt}</p>` : nothing}
    ${section.items.length
      ? html`<ol class="items" aria-labelledby="section-${index}">
          ${repeat(
            section.items,
            (item) => item.key,
            (item, itemIndex) => renderItem(words, actions, section, index, item, itemIndex, title),
          )}
        </ol>`
      : html`<p class="empty">${words.t('noItems')}</p>`}
    ${shown.undo(index)}
    ${renderField(
      {
        id: `add-${index}`,
        label: words.t('addLabel', { section: title }),
        error: showError ? words.t('missingItems') : undefined,
        describedBy: prompt ? [`prompt-${index}`] : [],
        className: 'add',
        focus: shown.fields.of(`add-${index}`),
      },
      { errorPrefix: words.t('errorPrefix') },
      (aria) => html`<div class="add-row">
        <textarea
          part="input"
          class="grow"
          id="add-${index}"
          rows="1"
          autocomplete="off"
          placeholder=${example ? words.t('examplePlaceholder', { example }) : nothing}
          aria-describedby=${aria.describedBy}
          aria-invalid=${aria.invalid}
          .value=${live(shown.drafts[index] ?? '')}
          @input=${(e: Event) => actions.setDraft(index, oneLine(e.target as HTMLTextAreaElement))}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Enter' && !e.isComposing) {
              e.preventDefault();
              actions.add(index);
            }
          }}
        ></textarea>
        <button part="button" type="button" aria-label=${words.t('addButtonName', { section: title })} @click=${() => actions.add(index)}>
          ${words.t('addButton')}
        </button>
      </div>`,
    )}
  </section>`;
}

/** An item is one line that wraps as it grows: Enter never breaks it; Alt+↑/↓ moves it. */
function onItemKeydown(event: KeyboardEvent, actions: SectionActions, section: number, index: number): void {
  if (event.key === 'Enter' && !event.isComposing) event.preventDefault();
  if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
  event.preventDefault();
  actions.move(section, index, event.key === 'ArrowUp' ? -1 : 1, 'input');
}

function renderItem(
  words: AgreementWords,
  actions: SectionActions,
  section: SectionState,
  sectionIndex: number,
  item: ItemState,
  index: number,
  sectionTitle: string,
): TemplateResult {
  const name = item.text.trim() || words.t('itemLabel', { number: index + 1 });
  const onFocusOut = (e: FocusEvent) => {
    const row = e.currentTarget as HTMLElement;
    if (!(e.relatedTarget instanceof Node && row.contains(e.relatedTarget))) actions.left(sectionIndex, item.key);
  };
  return html`<li part="item" @focusout=${onFocusOut}>
    <label part="label" for="item-${item.key}"
      ><span class="visually-hidden">${sectionTitle}, </span>${words.t('itemLabel', { number: index + 1 })}</label
    >
    <textarea
      part="input"
      class="grow"
      id="item-${item.key}"
      rows="1"
      autocomplete="off"
      aria-describedby="items-hint"
      .value=${live(item.text)}
      @input=${(e: Event) => actions.edit(sectionIndex, item.key, oneLine(e.target as HTMLTextAreaElement))}
      @keydown=${(e: KeyboardEvent) => onItemKeydown(e, actions, sectionIndex, index)}
    ></textarea>
    <span class="print-only">${item.text}</span>
    ${renderMove(words, actions, sectionIndex, item, index, 'up', name, index === 0)}
    ${renderMove(words, actions, sectionIndex, item, index, 'down', name, index === section.items.length - 1)}
    <button part="button" type="button" class="remove" aria-label=${words.t('removeItem', { item: name })} @click=${() => actions.remove(sectionIndex, index)}>
      ${words.t('remove')}
    </button>
  </li>`;
}

function renderMove(
  words: AgreementWords,
  actions: SectionActions,
  sectionIndex: number,
  item: ItemState,
  index: number,
  direction: 'up' | 'down',
  name: string,
  disabled: boolean,
): TemplateResult {
  const up = direction === 'up';
  return html`<button
    part="button"
    type="button"
    class=${direction}
    id="item-${item.key}-${direction}"
    aria-label=${words.t(up ? 'moveUp' : 'moveDown', { item: name })}
    aria-disabled=${disabled ? 'true' : 'false'}
    @click=${() => actions.move(sectionIndex, index, up ? -1 : 1, direction)}
  >
    <span aria-hidden="true">${up ? '↑' : '↓'}</span>
  </button>`;
}
