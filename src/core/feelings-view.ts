import { css, html, type TemplateResult } from 'lit';
import type { FeelingGroup } from './feelings.js';
import { renderFieldContent, renderFieldGroup, textInput, type FieldFrame, type FieldWords } from './field.js';

/** What the feelings field shows: the groups of words, which are chosen, and the person's own words. */
export interface FeelingsShown {
  groups: readonly FeelingGroup[];
  chosen: readonly string[];
  /** The person's own words (comma-separated), in a one-line field with id `own-feelings`. */
  own: { value: string; label: string; hint?: string };
}

export interface FeelingsActions {
  toggle(word: string): void;
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
        (group) => html`<div class="group" role="group" aria-label=${group.label}>
          <span class="group-label" aria-hidden="true">${group.label}</span>
          ${group.words.map(
            (word) => html`<button
              part="button feeling"
              type="button"
              aria-pressed=${String(chosen.has(word.toLocaleLowerCase()))}
              @click=${() => actions.toggle(word)}
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
  .feelings [part~='label'][for] {
    margin-block-start: 0.75em;
  }
`;
