import { html, nothing, type TemplateResult } from 'lit';
import { renderButton, renderStatus } from '../core/chrome.js';
import { renderField, textArea } from '../core/field.js';
import type { FeelingGroup } from '../core/feelings.js';
import type { FieldFocusController } from '../core/field-focus-controller.js';
import { renderFeelings } from '../core/feelings-view.js';
import type { RequiredField, WordsChoice } from './answers.js';
import { renderStrength } from './strength-view.js';
import type { JournalWords } from './words.js';

/** The journal's free-text fields, in the order they are asked. */
export type TextField = 'situation' | 'need' | 'say' | 'agreement' | 'glad';
export type Texts = Record<TextField, string>;

/** What the journal's form shows now. */
export interface JournalForm {
  texts: Texts;
  groups: readonly FeelingGroup[];
  chosen: readonly string[];
  /** Per feelings group, which feeling holds the group's one tab stop. */
  tabStops: readonly number[];
  ownFeelings: string;
  strength: number | null;
  /** The need and boundary choices to start from. */
  choices: readonly WordsChoice[];
  /** The people of `with` as the reader says them ("Sam and Alex"), or "them". */
  names: string;
  /** The fields Done found empty: each shows its error. */
  errors: readonly RequiredField[];
  /** Where focus is: a field's error stays until focus leaves it. */
  fields: FieldFocusController;
  /** Words of danger or caution were written: no hints, no choices to start from, nothing offered to say. */
  danger: boolean;
  /** "Turn this into an I-statement" is offered (not in a flow, which carries it to its own step). */
  offersStatement: boolean;
  /** The I-statement the journal shows itself, when the page has none. */
  statement: unknown;
  printing: boolean;
  completed: boolean;
  message: string;
}

export interface JournalFormActions {
  editText(field: TextField, text: string): void;
  toggle(word: string): void;
  /** A key pressed on feeling `index` of group `group`: the arrows, Home and End move within the group. */
  moveInGroup(event: KeyboardEvent, group: number, index: number): void;
  setOwnFeelings(text: string): void;
  setStrength(value: number): void;
  choose(choice: WordsChoice): void;
  carry(): void;
  done(): void;
  startOver(): void;
}

const errorKeys = { situation: 'errorSituation', feelings: 'errorFeelings' } as const;

/**
 * What happened, the feelings, how strong, the need or boundary behind them (with choices to start from), and the
 * optional ways on: what to say (carried into an I-statement), an agreement to revisit, and anything to feel glad
 * about for them (compersion: never required, and not asked after words of danger).
 */
export function renderForm(words: JournalWords, form: JournalForm, actions: JournalFormActions): TemplateResult {
  const frameWords = { errorPrefix: words.t('errorPrefix') };
  const hint = (text: string) => (form.danger ? undefined : text);
  const error = (field: RequiredField) => (form.errors.includes(field) ? words.t(errorKeys[field]) : undefined);
  const text = (field: TextField, label: string, hintText: string, rows = 2) =>
    renderField({ id: field, label, hint: hint(hintText), error: field === 'situation' ? error('situation') : undefined, focus: form.fields.of(field) }, frameWords, textArea(field, form.texts[field], (value) => actions.editText(field, value), { rows }));
  const askGlad = !form.danger || form.texts.glad.trim() !== '';
  return html`<div class="form ${form.printing ? 'printing' : ''}">
    ${form.danger ? nothing : html`<p part="intro" class="intro">${words.t('intro')}</p>`}
    ${text('situation', words.t('situationLabel'), words.t('situationHint'))}
    ${renderFeelings(
      { id: 'feelings', label: words.t('feelingsLegend'), hint: hint(words.t('feelingsHint')), error: error('feelings'), focus: form.fields.of('feelings') },
      frameWords,
      { groups: form.groups, chosen: form.chosen, tabStops: form.tabStops, own: { value: form.ownFeelings, label: words.t('ownFeelingsLabel'), hint: words.t('ownFeelingsHint') } },
      { toggle: (word) => actions.toggle(word), moveInGroup: (event, group, index) => actions.moveInGroup(event, group, index), setOwn: (value) => actions.setOwnFeelings(value) },
    )}
    ${renderStrength(words, form.strength, form.danger, (value) => actions.setStrength(value))}
    ${text('need', words.t('needLabel'), words.t('needHint'))}
    ${form.danger
      ? nothing
      : html`<div class="choices" role="group" aria-label=${words.t('needChoicesLabel')}>
          ${form.choices.map((choice) => html`<button part="button choice" type="button" @click=${() => actions.choose(choice)}>${choice.label}</button>`)}
        </div>`}
    ${text('say', words.t('sayLabel'), words.t('sayHint'), 3)}
    ${form.offersStatement && !form.danger ? html`<div class="carry no-print">${renderButton(words.t('sayToStatement'), () => actions.carry())}</div>` : nothing}
    ${form.statement}
    ${text('agreement', words.t('agreementLabel'), words.t('agreementHint'))}
    ${askGlad ? text('glad', words.t('gladLabel', { name: form.names }), words.t('gladHint')) : nothing}
    <div class="actions no-print">
      ${renderButton(words.t('done'), () => actions.done(), { primary: true })} ${renderButton(words.t('reset'), () => actions.startOver())}
    </div>
    ${renderStatus(form.message, form.completed)}
  </div>`;
}
