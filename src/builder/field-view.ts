/** One attribute's field, by its kind: a checkbox, a choice, numbers, an editable list, a date or text. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { registeredLocales } from '../core/localize.js';
import { elementProblem, humanize, plain, splitList, wantsCustomTemplateInStep, type Field, type Target } from './fields.js';
import { renderList } from './list-editor.js';
import type { BuilderView } from './view.js';

const EXPLAINED: Record<string, string> = { persist: 'explainPersist', 'send-to': 'explainSendTo', share: 'explainShare' };

/** What every kind of field shows around its control. */
interface FieldParts {
  id: string;
  label: string;
  hint: TemplateResult | typeof nothing;
  error: TemplateResult | typeof nothing;
  described: string;
  invalid: boolean;
}

/** The problem shown next to the field: what the element would reject, or why a step cannot have it. */
export function fieldProblemText(view: BuilderView, field: Field, target: Target): string | null {
  return wantsCustomTemplateInStep(field, target) ? view.text.t('stepNoCustomTemplate') : elementProblem(field, target);
}

export function renderField(view: BuilderView, field: Field, target: Target): TemplateResult {
  const { t, has } = view.text;
  const name = field.attribute.name;
  const id = `${target.id}-${name}`;
  const value = target.attributes[name];
  const problem = fieldProblemText(view, field, target);
  const hintText = EXPLAINED[name] ? t(EXPLAINED[name]) : plain(field.attribute.description);
  const parts: FieldParts = {
    id,
    label: has(`label.${name}`) ? t(`label.${name}`) : humanize(name),
    hint: hintText ? html`<p class="hint" id=${`${id}-hint`}>${hintText}</p>` : nothing,
    error: problem ? html`<p class="error" id=${`${id}-error`}><span>${t('invalidPrefix')}</span> ${problem}</p>` : nothing,
    described: [`${id}-hint`, problem && `${id}-error`].filter(Boolean).join(' '),
    invalid: !!problem,
  };
  const { label, hint, error, described } = parts;
  switch (field.kind) {
    case 'boolean':
      return html`<div class="field">
        <div class="check">
          <input type="checkbox" id=${id} aria-describedby=${described} .checked=${live(value !== undefined)}
            @change=${(e: Event) => target.set(name, (e.target as HTMLInputElement).checked ? '' : undefined)} />
          <label for=${id}>${label} <code>${name}</code></label>
        </div>
        ${hint}
      </div>`;
    case 'choice':
    case 'language':
      return renderChoice(view, field, target, parts);
    case 'numbers':
      return renderNumbers(view, field, target, parts);
    case 'list':
      return html`<div class="field" role="group" aria-labelledby="${id}-label" aria-describedby=${described}>
        <span class="label" id="${id}-label">${label} <code>${name}</code></span>
        ${hint} ${error}
        ${renderList(view, { id, label, items: splitList(value), write: (items) => target.set(name, items.length ? items.join(', ') : undefined), split: splitList })}
      </div>`;
    default:
      return html`<div class="field">
        <label for=${id}>${label} <code>${name}</code></label>
        ${hint} ${error}
        <input id=${id} type=${field.kind === 'date' ? 'date' : name === 'send-to' ? 'email' : 'text'} aria-describedby=${described}
          aria-invalid=${problem ? 'true' : nothing} .value=${live(value ?? '')}
          @input=${(e: Event) => {
            const typed = (e.target as HTMLInputElement).value;
            target.set(name, typed === '' ? undefined : typed);
          }} />
      </div>`;
  }
}

/** A choice among the rule's values (or the registered languages); a value typed elsewhere that is not among them stays shown. */
function renderChoice(view: BuilderView, field: Field, target: Target, { id, label, hint, error, described, invalid }: FieldParts): TemplateResult {
  const { t } = view.text;
  const name = field.attribute.name;
  const value = target.attributes[name];
  const offered = field.kind === 'language' ? registeredLocales() : (field.rule?.values ?? []);
  const values = target.nested && name === 'template' ? offered.filter((v) => v !== 'custom') : offered;
  const fallback = field.kind === 'language' ? '' : String(field.rule?.fallback ?? '');
  const shown = value?.trim().toLowerCase() ?? fallback;
  const names = field.kind === 'language' ? new Intl.DisplayNames([view.text.lang], { type: 'language' }) : undefined;
  const text = (v: string) => (names ? `${names.of(v) ?? v} (${v})` : v);
  return html`<div class="field">
    <label for=${id}>${label} <code>${name}</code></label>
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

/** One number per part (the timer's steps, labelled with the exercise's own step titles), written as one attribute. */
function renderNumbers(view: BuilderView, field: Field, target: Target, { id, label, hint, error, described, invalid }: FieldParts): TemplateResult {
  const name = field.attribute.name;
  const fallback = (field.rule?.fallback as number[]).map(String);
  const raw = target.attributes[name];
  const parts = raw === undefined ? fallback : raw.trim().split(/[\s,]+/);
  const own = target.cls?.strings ?? {};
  const titles = Object.keys(own).filter((key) => /^step\.[\w-]+\.title$/.test(key)).map((key) => String(own[key]));
  const partLabel = (i: number) => (titles.length === fallback.length ? titles[i]! : `${label} ${i + 1}`);
  const write = (index: number, typed: string) => {
    const next = fallback.map((d, i) => (i === index ? typed.trim() : (parts[i] ?? d)));
    target.set(name, next.join(' ') === fallback.join(' ') ? undefined : next.join(' '));
  };
  return html`<fieldset aria-describedby=${described}>
    <legend>${label} <code>${name}</code></legend>
    ${hint} ${error}
    <div class="numbers">
      ${fallback.map(
        (_, i) => html`<div class="field">
          <label for="${id}-${i}">${view.text.t('numberLabel', { label: partLabel(i) })}</label>
          <input id="${id}-${i}" type="number" inputmode="numeric" step="1" min="1" aria-invalid=${invalid ? 'true' : nothing}
            .value=${live(parts[i] ?? '')} @input=${(e: Event) => write(i, (e.target as HTMLInputElement).value)} />
        </div>`,
      )}
    </div>
  </fieldset>`;
}
