import { css, html, type TemplateResult } from 'lit';
import type { FeelingGroup } from './feelings.js';
import { renderFieldContent, renderFieldGroup, textInput, type FieldFrame, type FieldWords } from './field.js';

/** What the feelings field shows: the groups of words, which are chosen, and the person's own words. */
export interface FeelingsShown {
  groups: readonly FeelingGroup[];
  chosen: readonly string[];
  /** Per group, which feeling holds the group's one tab stop (FeelingsRovingController). */
  tabStops: readonly number[];
  /** The person's own words (comma-separated), in a one-line field with id `own-feelings`. */
  own: { value: string; label: string; hint?: string };
}

export interface FeelingsActions {
  toggle(word: string): void;
  /** A key pressed on feeling `index` of group `group`: the arrows, Home and End move within the group. */
  moveInGroup(event: KeyboardEvent, group: number, index: number): void;
  setOwn(text: string): void;
}

/**
 * The feelings as one field (a `<fieldset>` whose legend names it): a group of toggle buttons per group of the
 * vocabulary (`aria-pressed`), then a field for the person's own words. Shared by the check-in and the journal.
 */
export function renderFeelings(frame: FieldFrame, words: FieldWords, shown: FeelingsShown, actions: FeelingsActions): TemplateResult {
  const chosen = new Set(shown.chosen.map((word) => word.toLocaleLowerCase()));
  return renderFieldGroup(
    { ...frame, className: 'field feelings' },
    words,
    html`${shown.groups.map(
        // Each group is one tab stop (a toolbar: screen readers stay in focus mode there), the arrows move within it.
        (group, g) => html`<div class="group" role="toolbar" aria-label=${group.label} data-group=${g}>
          <span class="group-label" aria-hidden="true">${group.label}</span>
          ${group.words.map(
            (word, i) => html`<button
              part="button feeling"
              type="button"
              tabindex=${i === (shown.tabStops[g] ?? 0) ? '0' : '-1'}
              aria-pressed=${String(chosen.has(word.toLocaleLowerCase()))}
              @click=${() => actions.toggle(word)}
              @keydown=${(event: KeyboardEvent) => actions.moveInGroup(event, g, i)}
            >
              ${word}
            </button>`,
          )}
        </div>`,
      )}
      ${renderFieldContent(
        { id: 'own-feelings', label: shown.own.label, hint: shown.own.hint },
        words,
        textInput('own-feelings', shown.own.value, (value) => actions.setOwn(value)),
      )}`,
  );
}

/** The layout of the feelings to choose (and of any field group: no frame around a fieldset). */
export const feelingStyles = css`
  fieldset {
    border: 0;
    margin: 0 0 var(--_space);
    padding: 0;
    min-inline-size: 0;
  }
  .group {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em;
    margin-block-end: 0.5em;
  }
  .group-label {
    flex: 0 0 100%;
    font-size: 0.85em;
    font-weight: 700;
  }
  [part~='feeling'] {
    min-block-size: 2.25rem;
    padding: 0.25em 0.75em;
    font-weight: 500;
    border-width: 1px;
    border-radius: 999px;
  }
  /* A finger needs 44 px (WCAG 2.5.5); a mouse keeps the compact chips. */
  @media (pointer: coarse) {
    [part~='feeling'] {
      min-block-size: 44px;
      min-inline-size: 44px;
    }
  }
  .feelings [part~='label'][for] {
    margin-block-start: 0.75em;
  }
`;
