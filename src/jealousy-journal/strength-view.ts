import { css, html, nothing, type TemplateResult } from 'lit';
import { shortDate } from '../core/dates.js';
import { STRENGTH } from './schema.js';
import type { StrengthPoint } from './history.js';
import type { JournalWords } from './words.js';

const POINTS = Array.from({ length: STRENGTH.max - STRENGTH.min + 1 }, (_, i) => STRENGTH.min + i);

/**
 * "How strong is it? (0 to 10)": a group of eleven radio buttons, each named by its number, none chosen until the
 * person chooses (a slider always has a value, and would record one the person never gave). The arrows move and
 * choose, as in any radio group; each number is a target the width of the scale's eleventh.
 */
export function renderStrength(words: JournalWords, strength: number | null, danger: boolean, onChoose: (value: number) => void): TemplateResult {
  const describedBy = danger ? 'strength-ends' : 'strength-hint strength-ends';
  return html`<fieldset part="field" class="field strength" role="radiogroup" aria-describedby=${describedBy}>
    <legend part="label">${words.t('strengthLabel')}</legend>
    ${danger ? nothing : html`<span part="hint" id="strength-hint">${words.t('strengthHint')}</span>`}
    <div class="scale">
      ${POINTS.map(
        (point) => html`<label class="point ${strength === point ? 'chosen' : ''}" part="strength-point">
          <input type="radio" name="strength" .value=${String(point)} .checked=${strength === point} @change=${() => onChoose(point)} />
          <span>${point}</span>
        </label>`,
      )}
    </div>
    <p class="scale-ends" id="strength-ends">
      <span>${STRENGTH.min}: ${words.t('strengthLow')}</span
      ><span class="visually-hidden">, </span
      ><span>${STRENGTH.max}: ${words.t('strengthHigh')}</span>
    </p>
    <p class="strength-now" aria-hidden="true">${strength === null ? words.t('strengthNotChosen') : words.t('strengthValue', { value: strength })}</p>
  </fieldset>`;
}

/**
 * The strength of each entry of the last four weeks, oldest first, as a table that is also a small bar chart: a
 * row per entry, its date and "7 of 10" as text (what a screen reader reads), and a bar drawn beside it.
 */
export function renderStrengths(words: JournalWords, points: readonly StrengthPoint[]): TemplateResult {
  if (!points.length) return html`<p class="subheading">${words.t('strengthOverTime')}</p><p>${words.t('noStrengths')}</p>`;
  return html`<table class="strengths">
    <caption class="subheading">${words.t('strengthOverTime')}</caption>
    <thead>
      <tr>
        <th scope="col">${words.t('fieldDate')}</th>
        <th scope="col">${words.t('fieldStrength')}</th>
      </tr>
    </thead>
    <tbody>
      ${points.map(
        (point) => html`<tr>
          <th scope="row"><time datetime=${point.date}>${shortDate(point.date, words.locale)}</time></th>
          <td>
            <svg viewBox="0 0 10 1" preserveAspectRatio="none" aria-hidden="true"><path d="M0 0h${point.strength}v1H0z" /></svg>
            ${words.t('strengthValue', { value: point.strength })}
          </td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/** The strength scale, and the table's bars (an SVG path as long as the value: no style attribute, for a strict CSP). */
export const strengthStyles = css`
  /* Eleven in a row where they fit; under zoom or on a narrow screen they wrap, never scrolling sideways. */
  .scale {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(max(1.6rem, 26px), 1fr));
    gap: 0.2rem;
  }
  .point {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.2rem;
    padding-block: 0.35rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    cursor: pointer;
  }
  .point input {
    inline-size: 24px;
    block-size: 24px;
    margin: 0;
    accent-color: var(--_accent);
  }
  /* WebKit's radios reached by the arrows never match :focus-visible: the whole number shows where focus is. */
  .point:focus-within {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .chosen {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    font-weight: 700;
  }
  .scale-ends {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    margin: 0.35em 0 0;
    font-size: 0.85em;
  }
  .strength-now {
    margin: 0.25em 0 0;
    font-weight: 600;
  }
  .strengths {
    border-collapse: collapse;
    margin-block-end: var(--_space);
  }
  .strengths :is(caption, th, td) {
    padding: 0.2em 0.75em 0.2em 0;
    text-align: start;
  }
  .strengths tbody th {
    font-weight: 400;
  }
  .strengths svg {
    inline-size: min(5em, 30vw);
    block-size: 0.6em;
    margin-inline-end: 0.5em;
    vertical-align: middle;
    border-radius: 999px;
    background: color-mix(in srgb, var(--_border) 45%, transparent);
    fill: var(--_accent);
  }
  .strengths svg:dir(rtl) {
    scale: -1 1;
  }
  @media (forced-colors: active) {
    .strengths svg {
      border: 1px solid CanvasText;
      fill: CanvasText;
    }
  }
`;
