/** One attribute's field, by its kind: a checkbox, a menu, step lengths, an editable list, a date or text; named plainly, the attribute in small print. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { registeredLocales } from '../core/localize.js';
import { formatDuration, parseDuration } from './durations.js';
import { exerciseString, humanize, plain, splitList, type Field, type Target } from './fields.js';
import { renderList } from './list-editor.js';
import { renderMarkupNote } from './markup-note.js';
import { asTyped, durationParts, fieldProblem, keepTogether, type Problem } from './problems.js';
import type { BuilderText } from './text.js';
import type { BuilderView } from './view.js';

/** What every kind of field shows around its control. */
interface FieldParts {
  id: string;
  label: string;
  hint: TemplateResult | typeof nothing;
  error: TemplateResult | typeof nothing;
  described: string;
  invalid: boolean;
}

/** A problem in the builder's language: its own message, else the element's sentence. */
export function problemText(text: BuilderText, problem: Problem): string {
  if ('text' in problem) return problem.text;
  const values = problem.key === 'needs' ? { ...problem.values, name: labelOf(text, String(problem.values?.['name'])) } : problem.values;
  return text.has(problem.key) ? text.t(problem.key, values) : String(problem.values?.['fallback'] ?? problem.key);
}

/** The plain name of an attribute ("Leave-this-page address"), else the attribute made readable. */
export const labelOf = (text: BuilderText, name: string): string => (text.has(`label.${name}`) ? text.t(`label.${name}`) : humanize(name));

/** The plain name of one of an attribute's values ("Every week"), else the value made readable. */
export const valueLabel = (text: BuilderText, name: string, value: string): string =>
  text.has(`value.${name}.${value}`) ? text.t(`value.${name}.${value}`) : humanize(value);

/** Names of the parts of a field with several (the timer's steps, by the exercise's own titles in the builder's language). */
export function partLabels(text: BuilderText, field: Field, target: Target): (index: number) => string {
  const count = Array.isArray(field.rule?.fallback) ? field.rule.fallback.length : 0;
  const own = target.cls?.strings ?? {};
  const keys = Object.keys(own).filter((key) => /^step\.[\w-]+\.title$/.test(key));
  return (i) => (keys.length === count ? (exerciseString(target.element, text.lang, keys[i]!) ?? String(own[keys[i]!])) : `${labelOf(text, field.attribute.name)} ${i + 1}`);
}

export function renderField(view: BuilderView, field: Field, target: Target): TemplateResult {
  const { text } = view;
  const name = field.attribute.name;
  const id = `${target.id}-${name}`;
  const value = target.attributes[name];
  const label = labelOf(text, name);
  const problem = fieldProblem(field, target, partLabels(text, field, target));
  const hintText = text.has(`hint.${name}`) ? text.t(`hint.${name}`) : plain(field.attribute.description);
  const parts: FieldParts = {
    id,
    label,
    hint: hintText ? html`<p class="hint" id=${`${id}-hint`}>${hintText}</p>` : nothing,
    error: problem ? html`<p class="error" id=${`${id}-error`}><span>${text.t('invalidPrefix')}</span> ${problemText(text, problem)}</p>` : nothing,
    described: [`${id}-hint`, problem && `${id}-error`].filter(Boolean).join(' '),
    invalid: !!problem,
  };
  const { hint, error, described } = parts;
  const small = html` <code class="attribute">${name}</code>`;
  switch (field.kind) {
    case 'boolean':
      return html`<div class="field">
        <div class="check">
          <input type="checkbox" id=${id} aria-describedby=${described} .checked=${live(value !== undefined)}
            @change=${(e: Event) => target.set(name, (e.target as HTMLInputElement).checked ? '' : undefined)} />
          <label for=${id}>${label}${small}</label>
        </div>
        ${hint} ${error}
      </div>`;
    case 'choice':
    case 'language':
      return renderChoice(view, field, target, parts);
    case 'durations':
      return renderDurations(view, field, target, parts);
    case 'list':
      return html`<div class="field" role="group" aria-labelledby="${id}-label" aria-describedby=${described}>
        <span class="label" id="${id}-label">${label}${small}</span>
        ${hint} ${error}
        ${renderList(view, { id, label, items: splitList(value), write: (items) => target.set(name, items.length ? items.join(', ') : undefined), split: splitList })}
      </div>`;
    default:
      return html`<div class="field">
        <label for=${id}>${label}${small}</label>
        ${hint} ${error} ${renderMarkupNote(view, id, value)}
        <input id=${id} type=${field.kind === 'date' ? 'date' : name === 'send-to' ? 'email' : name === 'exit-url' ? 'url' : 'text'} aria-describedby=${described}
          aria-invalid=${problem ? 'true' : nothing} .value=${live(value ?? '')}
          @input=${(e: Event) => {
            const typed = (e.target as HTMLInputElement).value;
            target.set(name, typed === '' ? undefined : typed);
          }} />
      </div>`;
  }
}

/** A menu of the values the manifest names (or the registered languages); a value pasted in that is not among them stays shown, flagged. */
function renderChoice(view: BuilderView, field: Field, target: Target, { id, label, hint, error, described, invalid }: FieldParts): TemplateResult {
  const { t } = view.text;
  const name = field.attribute.name;
  const value = target.attributes[name];
  const offered = field.kind === 'language' ? registeredLocales() : (field.attribute.values ?? []);
  const values = target.nested && name === 'template' ? offered.filter((v) => v !== 'custom') : offered;
  const fallback = field.kind === 'language' ? '' : (field.attribute.default ?? '');
  const shown = value?.trim().toLowerCase() ?? fallback;
  const names = field.kind === 'language' ? new Intl.DisplayNames([view.text.lang], { type: 'language' }) : undefined;
  const text = (v: string) => (names ? (names.of(v) ?? v) : valueLabel(view.text, name, v));
  return html`<div class="field">
    <label for=${id}>${label} <code class="attribute">${name}</code></label>
    ${hint} ${error}
    <select id=${id} aria-describedby=${described} aria-invalid=${invalid ? 'true' : nothing}
      @change=${(e: Event) => {
        const chosen = (e.target as HTMLSelectElement).value;
        target.set(name, chosen === fallback ? undefined : chosen);
      }}>
      ${field.kind === 'language' ? html`<option value="" ?selected=${!value}>${t('defaultOption', { value: t('pageLanguage') })}</option>` : nothing}
      ${values.map((v) => html`<option value=${v} ?selected=${shown === v}>${v === fallback ? t('defaultOption', { value: text(v) }) : text(v)}</option>`)}
      ${value !== undefined && !values.includes(shown) && shown !== '' ? html`<option value=${value} selected>${value}</option>` : nothing}
    </select>
  </div>`;
}

/**
 * One length per step (the timer's steps, named by the exercise's own titles), typed as people write
 * them ("5 min", "90 s", "1:30"), written into one attribute in whole seconds. A length that cannot be
 * read stays as typed, flagged, and never reaches the code.
 */
function renderDurations(view: BuilderView, field: Field, target: Target, { id, label, hint, error, described, invalid }: FieldParts): TemplateResult {
  const name = field.attribute.name;
  const fallback = (field.rule?.fallback as number[]).map(String);
  const raw = target.attributes[name];
  const parts = raw === undefined ? fallback : durationParts(raw);
  const partLabel = partLabels(view.text, field, target);
  const shown = (part: string | undefined) => {
    if (part === undefined) return '';
    const typed = asTyped(part);
    return /^\d+$/.test(typed) ? formatDuration(Number(typed)) : typed;
  };
  const write = (index: number, typed: string) => {
    const next = fallback.map((d, i) => {
      if (i !== index) return parts[i] ?? d;
      const seconds = parseDuration(typed);
      return seconds === null ? keepTogether(typed) || '?' : String(seconds);
    });
    target.set(name, next.join(' ') === fallback.join(' ') ? undefined : next.join(' '));
  };
  return html`<fieldset aria-describedby=${described}>
    <legend>${label} <code class="attribute">${name}</code></legend>
    ${hint} ${error}
    <div class="numbers">
      ${fallback.map(
        (_, i) => html`<div class="field">
          <label for="${id}-${i}">${partLabel(i)}</label>
          <input id="${id}-${i}" type="text" autocomplete="off" aria-invalid=${invalid ? 'true' : nothing}
            .value=${live(shown(parts[i]))} @change=${(e: Event) => write(i, (e.target as HTMLInputElement).value)} />
        </div>`,
      )}
    </div>
  </fieldset>`;
}
