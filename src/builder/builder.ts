import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { parseCustomTemplate } from '../agreement/custom-template.js';
import type { AttributeRule } from '../core/attributes.js';
import { Announcer } from '../core/announcer.js';
import { copyText } from '../core/export.js';
import { interpolate, lookup, onLocaleChange, registeredLocales, resolveLang, type Catalog } from '../core/localize.js';
import { coreStrings } from '../core/strings.js';
import type { CatalogAttribute, CatalogElement } from './catalog-types.js';
import { catalog, packageVersion } from './catalog.js';
import { contrastRatio, formatRatio, over, parseColor, type Rgba } from './contrast.js';
import { embedHtml, reactCode, vueCode, type EmbedConfig, type EmbedStep } from './embed.js';
import { parseEmbed } from './parse-embed.js';
import { emptyState, emptyStep, stateFromFragment, stateToFragment, type BuilderState, type CustomTemplate, type StepState } from './state.js';
import { builderStrings } from './strings.js';
import { builderStyles } from './styles.js';

/** What the builder needs of an exercise class: its own rules and strings (`TendElement`'s statics). */
interface ExerciseClass {
  attributeRules: Readonly<Record<string, AttributeRule<unknown>>>;
  strings: Catalog;
  checkAttribute(name: string, value: string): string | null;
}

type Kind = 'boolean' | 'choice' | 'language' | 'numbers' | 'list' | 'date' | 'text';
type Group = 'settings' | 'look' | 'keeping' | 'forms';

interface Field {
  attribute: CatalogAttribute;
  kind: Kind;
  group: Group;
  rule: AttributeRule<unknown> | undefined;
}

/** What a set of attribute fields edits: the chosen exercise itself, or one step of a flow. */
interface Target {
  element: CatalogElement;
  cls: ExerciseClass | undefined;
  attributes: Record<string, string>;
  set(name: string, value: string | undefined): void;
  /** Prefix of the fields' ids. */
  id: string;
  /** A flow's step: it has no children of its own (no custom template, no prompts). */
  nested: boolean;
}

interface ContrastCheck {
  pair: string;
  ratio: number;
}

const GROUPS: Record<string, Group> = { lang: 'look', theme: 'look', persist: 'keeping', 'send-to': 'keeping', share: 'keeping', name: 'forms', required: 'forms' };
const EXPLAINED: Record<string, string> = { persist: 'explainPersist', 'send-to': 'explainSendTo', share: 'explainShare' };
const isColourProperty = (description: string) => /colou?r|background|border/i.test(description);
const plain = (description: string) => description.replace(/`/g, '');
const humanize = (name: string) => name.charAt(0).toUpperCase() + name.slice(1).replace(/-/g, ' ');
const splitList = (value: string | undefined) => (value ?? '').split(',').map((item) => item.trim()).filter(Boolean);
/** Set on the flow, which passes them to every step (or that belong to the flow as a whole). */
const FLOW_ONLY = new Set(['lang', 'theme', 'persist', 'exit-url', 'name', 'required']);
const STEP_TAGS = catalog.filter((element) => element.exercise !== 'flow').map((element) => element.tag);
const TAGS = catalog.map((element) => element.tag);
const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);
const DEFAULT_CDN = `https://cdn.jsdelivr.net/npm/tend-widgets@${packageVersion}/dist/`;

function fieldKind(attribute: CatalogAttribute, rule: AttributeRule<unknown> | undefined): Kind {
  if (attribute.boolean) return 'boolean';
  if (attribute.name === 'lang') return 'language';
  if (rule?.values) return 'choice';
  if (Array.isArray(rule?.fallback) && rule.fallback.every((n) => typeof n === 'number')) return 'numbers';
  if (/comma-separated/i.test(attribute.description)) return 'list';
  if (/YYYY-MM-DD/.test(attribute.description)) return 'date';
  return 'text';
}

/** A template as the agreement's own parser must accept it, without the editor's empty leftovers. */
function templateJson(template: CustomTemplate): object {
  return {
    ...(template.title.trim() ? { title: template.title.trim() } : {}),
    sections: template.sections.map((section) => {
      const items = section.items.map((item) => item.trim()).filter(Boolean);
      return {
        title: section.title.trim(),
        ...(section.prompt.trim() ? { prompt: section.prompt.trim() } : {}),
        ...(items.length ? { items } : {}),
      };
    }),
  };
}

/** The shortest time between two writes of the state to the URL (ms). */
const URL_WRITE_GAP = 300;

/**
 * The exercise builder: a therapist or blogger chooses an exercise, sets every attribute it has
 * (read from custom-elements.json), rewords its strings, picks language, theme and colours (with a
 * contrast check), sees the real element live, and copies the embed code (HTML, React or Vue).
 * The whole configuration lives in the URL fragment; pasting an existing embed code loads it.
 * It sends nothing anywhere.
 *
 * @tagname tend-builder
 * @summary Configures an exercise without code and gives its embed code.
 */
export class TendBuilder extends LitElement {
  static override styles = builderStyles;

  /** Defines the element under `tag` unless that name is taken already. */
  static define(tag: string): void {
    if (!customElements.get(tag)) customElements.define(tag, this);
  }

  /** Base URL of the folder that holds `tend.min.js`, `tend.css` and `locales/` (default: the published package on jsDelivr, this version). */
  @property() cdn?: string;

  @state() private config: BuilderState = emptyState(catalog[0]?.tag ?? '');
  @state() private message = '';
  @state() private contrast: ContrastCheck[] = [];
  /** The preview's colours as they are (set or default), by custom property, for the colour fields. */
  @state() private effective: Record<string, string> = {};

  @query('.preview-slot') private previewSlot?: HTMLElement;
  @query('#paste') private pasteField?: HTMLTextAreaElement;

  private readonly stepAnnouncer = new Announcer(this);
  private previewKey = '';
  private previewElement: HTMLElement | undefined;
  private lastFragment = '';
  private lastUrlWrite = 0;
  private urlTimer: ReturnType<typeof setTimeout> | undefined;
  private unsubscribeLocale: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.restoreFromUrl();
    window.addEventListener('hashchange', this.onHashChange);
    this.unsubscribeLocale = onLocaleChange(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.urlTimer !== undefined) this.writeUrlNow();
    window.removeEventListener('hashchange', this.onHashChange);
    this.unsubscribeLocale?.();
  }

  private readonly onHashChange = (): void => {
    if (location.hash !== this.lastFragment) this.restoreFromUrl();
  };

  private restoreFromUrl(): void {
    const restored = stateFromFragment(location.hash, TAGS, STEP_TAGS);
    if (restored) this.config = restored;
  }

  // ——— language ———

  private get uiLang(): string {
    return resolveLang(this);
  }

  private t(key: string, values?: Readonly<Record<string, string | number>>): string {
    const found = lookup(this.uiLang, 'builder', key) ?? (builderStrings as Record<string, string>)[key];
    return interpolate(typeof found === 'string' ? found : key, values);
  }

  private has(key: string): boolean {
    return lookup(this.uiLang, 'builder', key) !== undefined || key in builderStrings;
  }

  // ——— the chosen exercise ———

  private get element(): CatalogElement {
    return catalog.find((element) => element.tag === this.config.tag) ?? catalog[0]!;
  }

  private get exerciseClass(): ExerciseClass | undefined {
    return customElements.get(this.element.tag) as unknown as ExerciseClass | undefined;
  }

  private get isFlow(): boolean {
    return this.element.exercise === 'flow';
  }

  /** The chosen exercise's own attributes. */
  private get main(): Target {
    return { element: this.element, cls: this.exerciseClass, attributes: this.config.attributes, set: (name, value) => this.setAttr(name, value), id: 'f', nested: false };
  }

  private stepTarget(step: StepState, index: number): Target {
    const element = catalog.find((candidate) => candidate.tag === step.tag)!;
    const set = (name: string, value: string | undefined) =>
      this.edit((draft) => {
        const attributes = draft.steps[index]!.attributes;
        if (value === undefined) delete attributes[name];
        else attributes[name] = value;
      });
    return { element, cls: customElements.get(step.tag) as unknown as ExerciseClass | undefined, attributes: step.attributes, set, id: `s${index}-f`, nested: true };
  }

  private get fields(): Field[] {
    return this.fieldsOf(this.main);
  }

  private fieldsOf(target: Target): Field[] {
    const rules = target.cls?.attributeRules ?? {};
    // The title first: it is what a therapist changes most.
    const attributes = [...target.element.attributes]
      .filter((attribute) => !target.nested || !FLOW_ONLY.has(attribute.name))
      .sort((a, b) => Number(b.name === 'heading') - Number(a.name === 'heading'));
    return attributes.map((attribute) => {
      const rule = rules[attribute.name];
      return { attribute, rule, kind: fieldKind(attribute, rule), group: GROUPS[attribute.name] ?? 'settings' };
    });
  }

  /** The exercise's English strings (its own, then the shared ones), text only. */
  private get englishStrings(): [string, string][] {
    const own = this.exerciseClass?.strings ?? {};
    const all = { ...coreStrings, ...own } as Record<string, unknown>;
    return Object.entries(all).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  }

  private label(name: string): string {
    return this.has(`label.${name}`) ? this.t(`label.${name}`) : humanize(name);
  }

  /** Why the element would reject this attribute's value (its own `checkAttribute`), or null. */
  private problem(field: Field, target: Target = this.main): string | null {
    const value = target.attributes[field.attribute.name];
    if (value === undefined || field.kind === 'boolean') return null;
    if (target.nested && field.attribute.name === 'template' && value.trim().toLowerCase() === 'custom') return this.t('stepNoCustomTemplate');
    return target.cls?.checkAttribute(field.attribute.name, value) ?? null;
  }

  private templateProblem(): string | null {
    const template = this.config.template;
    if (!template) return null;
    const parsed = parseCustomTemplate(JSON.stringify(templateJson(template)));
    return parsed.ok ? null : parsed.problem;
  }

  private get usesCustomTemplate(): boolean {
    return this.config.attributes['template']?.trim().toLowerCase() === 'custom';
  }

  private get hasPrompts(): boolean {
    return !this.isFlow && this.element.slots.some((slot) => slot.name === '');
  }

  /** Only what the element accepts reaches the code and the preview. */
  get embedConfig(): EmbedConfig {
    const template = this.usesCustomTemplate && this.config.template && !this.templateProblem() ? templateJson(this.config.template) : null;
    const valid = this.validAttributes(this.main).filter(([name]) => !(name === 'template' && this.usesCustomTemplate && !template));
    const styles = Object.fromEntries(Object.entries(this.config.styles).filter(([, value]) => this.isColour(value)));
    return {
      tag: this.element.tag,
      exercise: this.element.exercise,
      attributes: valid,
      properties: Object.fromEntries(this.element.attributes.map((attribute) => [attribute.name, attribute.property])),
      strings: { ...this.config.strings },
      styles,
      prompts: this.hasPrompts ? this.config.prompts.map((prompt) => prompt.trim()).filter(Boolean) : [],
      template,
      steps: this.isFlow ? this.config.steps.map((step, i) => this.stepEmbed(step, i)) : [],
    };
  }

  /** The attributes the element accepts, in the fields' order. */
  private validAttributes(target: Target): EmbedConfig['attributes'] {
    const valid: EmbedConfig['attributes'] = [];
    for (const field of this.fieldsOf(target)) {
      const name = field.attribute.name;
      const value = target.attributes[name];
      if (value === undefined || this.problem(field, target)) continue;
      if (field.kind === 'boolean') valid.push([name, true]);
      else if (value.trim() !== '') valid.push([name, value]);
    }
    return valid;
  }

  private stepEmbed(step: StepState, index: number): EmbedStep {
    const target = this.stepTarget(step, index);
    const element = target.element;
    return {
      paragraphs: lines(step.instruction),
      element: {
        tag: element.tag,
        exercise: element.exercise,
        attributes: this.validAttributes(target),
        properties: Object.fromEntries(element.attributes.map((attribute) => [attribute.name, attribute.property])),
        strings: {},
        styles: {},
        prompts: [],
        template: null,
        steps: [],
      },
    };
  }

  private isColour(value: string): boolean {
    return !/[;{}]/.test(value) && typeof CSS !== 'undefined' && CSS.supports('color', value);
  }

  /** The embed code as shown in the "Embed code" box. */
  get embedCode(): string {
    return embedHtml(this.embedConfig, this.cdn?.trim() || DEFAULT_CDN);
  }

  // ——— editing ———

  private edit(change: (draft: BuilderState) => void): void {
    const draft = structuredClone(this.config);
    change(draft);
    this.config = draft;
    this.message = '';
  }

  private setAttr(name: string, value: string | undefined): void {
    this.edit((draft) => {
      if (value === undefined) delete draft.attributes[name];
      else draft.attributes[name] = value;
    });
  }

  private chooseExercise(tag: string): void {
    const keep = ['lang', 'theme', 'send-to', 'share'];
    const next = emptyState(tag);
    for (const name of keep) if (this.config.attributes[name] !== undefined) next.attributes[name] = this.config.attributes[name];
    next.styles = { ...this.config.styles };
    this.config = next;
  }

  private setString(key: string, english: string, value: string): void {
    this.edit((draft) => {
      if (value === english || value.trim() === '') delete draft.strings[key];
      else draft.strings[key] = value;
    });
  }

  private setColour(name: string, value: string | undefined): void {
    this.edit((draft) => {
      if (value === undefined) delete draft.styles[name];
      else draft.styles[name] = value;
    });
  }

  private async copyCode(): Promise<void> {
    this.message = (await copyText(this.embedCode)) ? this.t('copied') : this.t('copyFailed');
  }

  private async copyLink(): Promise<void> {
    if (this.urlTimer !== undefined) this.writeUrlNow();
    this.message = (await copyText(location.href)) ? this.t('linkCopied') : this.t('copyFailed');
  }

  private loadPasted(): void {
    const parsed = parseEmbed(this.pasteField?.value ?? '', TAGS, STEP_TAGS);
    if (!parsed) {
      this.message = this.t('nothingFound');
      return;
    }
    this.config = parsed;
    this.message = this.t('loaded');
  }

  // ——— lifecycle: URL, preview, contrast ———

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('config')) this.writeUrl();
    void this.refreshPreview();
  }

  /**
   * Keeps the URL fragment current, at most once per URL_WRITE_GAP ms (the last change is always
   * written): Safari refuses more than 100 history changes in 10 seconds, which fast typing reaches.
   */
  private writeUrl(): void {
    clearTimeout(this.urlTimer);
    const wait = this.lastUrlWrite + URL_WRITE_GAP - Date.now();
    if (wait > 0) this.urlTimer = setTimeout(() => this.writeUrlNow(), wait);
    else this.writeUrlNow();
  }

  private writeUrlNow(): void {
    clearTimeout(this.urlTimer);
    this.urlTimer = undefined;
    const fragment = stateToFragment(this.config);
    if (fragment === this.lastFragment && location.hash === fragment) return;
    this.lastFragment = fragment;
    this.lastUrlWrite = Date.now();
    try {
      history.replaceState(history.state, '', `${location.pathname}${location.search}${fragment}`);
    } catch {
      // Refused (too many changes at once): the next change writes the state again.
      this.lastFragment = '';
    }
  }

  private async refreshPreview(): Promise<void> {
    const slot = this.previewSlot;
    if (!slot) return;
    const config = this.embedConfig;
    const key = JSON.stringify(config);
    if (key !== this.previewKey || !this.previewElement?.isConnected) {
      this.previewKey = key;
      this.previewElement = this.buildPreview(config);
      slot.replaceChildren(this.previewElement);
    }
    await (this.previewElement as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    this.checkContrast();
  }

  /** The real element, built with DOM calls only (no HTML parsing); nothing is kept from the preview. */
  private buildPreview(config: EmbedConfig): HTMLElement {
    const element = document.createElement(config.tag);
    for (const [name, value] of config.attributes) if (name !== 'persist') element.setAttribute(name, value === true ? '' : value);
    for (const [name, value] of Object.entries(config.styles)) element.style.setProperty(name, value);
    if (Object.keys(config.strings).length) (element as HTMLElement & { strings: object }).strings = config.strings;
    if (config.prompts.length) {
      const list = document.createElement('ol');
      for (const prompt of config.prompts) list.append(Object.assign(document.createElement('li'), { textContent: prompt }));
      element.append(list);
    }
    for (const step of config.steps) {
      for (const paragraph of step.paragraphs) element.append(Object.assign(document.createElement('p'), { textContent: paragraph }));
      element.append(this.buildPreview(step.element));
    }
    if (config.template) {
      const script = document.createElement('script');
      script.type = 'application/json';
      try {
        script.textContent = JSON.stringify(config.template);
        element.append(script);
      } catch {
        // Trusted Types refuse script text: the preview shows the default template, the code still has it.
      }
    }
    return element;
  }

  /** Reads the preview's real colours and checks the pairs people read. */
  private checkContrast(): void {
    const element = this.previewElement;
    if (!element) return;
    const style = getComputedStyle(element);
    const probe = document.createElement('span');
    this.previewSlot!.append(probe);
    const resolve = (value: string, fallback: Rgba): Rgba => {
      if (!value.trim()) return fallback;
      probe.style.color = '';
      probe.style.color = value.trim();
      const parsed = parseColor(getComputedStyle(probe).color);
      return parsed ? over(parsed, fallback) : fallback;
    };
    const page = parseColor(getComputedStyle(this.previewSlot!.parentElement!).backgroundColor) ?? { r: 255, g: 255, b: 255, a: 1 };
    const pageColour = page.a === 0 ? { r: 255, g: 255, b: 255, a: 1 } : page;
    // The element's effective token: its private `--_*` value (the default, or a `--tend-*` set on it or above it).
    const token = (name: string): string => style.getPropertyValue(name.replace(/^--tend-/, '--_')) || style.getPropertyValue(name);
    const surface = resolve(token('--tend-surface'), pageColour);
    const text = resolve(token('--tend-text') || style.color, surface);
    const accent = resolve(token('--tend-accent'), surface);
    const onAccent = resolve(token('--tend-on-accent'), accent);
    const fieldSurface = resolve(token('--tend-field-surface'), surface);
    const fieldText = resolve(token('--tend-field-text'), fieldSurface);
    const danger = resolve(token('--tend-danger'), surface);
    probe.remove();
    const hex = (c: Rgba) => `#${[c.r, c.g, c.b].map((n) => n.toString(16).padStart(2, '0')).join('')}`;
    const effective: Record<string, string> = {};
    for (const property of this.element.cssProperties) {
      if (isColourProperty(property.description)) effective[property.name] = hex(resolve(token(property.name), surface));
    }
    Object.assign(effective, {
      '--tend-surface': hex(surface),
      '--tend-text': hex(text),
      '--tend-on-accent': hex(onAccent),
      '--tend-field-text': hex(fieldText),
    });
    if (JSON.stringify(effective) !== JSON.stringify(this.effective)) this.effective = effective;
    const checks: ContrastCheck[] = [
      { pair: 'pair.text', ratio: contrastRatio(text, surface) },
      { pair: 'pair.accent', ratio: contrastRatio(accent, surface) },
      { pair: 'pair.onAccent', ratio: contrastRatio(onAccent, accent) },
      { pair: 'pair.field', ratio: contrastRatio(fieldText, fieldSurface) },
      { pair: 'pair.danger', ratio: contrastRatio(danger, surface) },
    ];
    if (JSON.stringify(checks) !== JSON.stringify(this.contrast)) this.contrast = checks;
  }

  // ——— rendering ———

  private renderHint(id: string, text: string): TemplateResult | typeof nothing {
    return text ? html`<p class="hint" id=${id}>${text}</p>` : nothing;
  }

  private renderError(id: string, problem: string | null): TemplateResult | typeof nothing {
    return problem ? html`<p class="error" id=${id}><span>${this.t('invalidPrefix')}</span> ${problem}</p>` : nothing;
  }

  private describedBy(...ids: (string | false)[]): string {
    return ids.filter(Boolean).join(' ');
  }

  private renderField(field: Field, target: Target = this.main): TemplateResult {
    const name = field.attribute.name;
    const id = `${target.id}-${name}`;
    const value = target.attributes[name];
    const problem = this.problem(field, target);
    const hintText = EXPLAINED[name] ? this.t(EXPLAINED[name]) : plain(field.attribute.description);
    const hint = this.renderHint(`${id}-hint`, hintText);
    const error = this.renderError(`${id}-error`, problem);
    const described = this.describedBy(`${id}-hint`, !!problem && `${id}-error`);
    const invalid = problem ? 'true' : nothing;
    const label = this.label(name);
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
      case 'language': {
        const offered = field.kind === 'language' ? registeredLocales() : (field.rule?.values ?? []);
        const values = target.nested && name === 'template' ? offered.filter((v) => v !== 'custom') : offered;
        const fallback = field.kind === 'language' ? '' : String(field.rule?.fallback ?? '');
        const shown = value?.trim().toLowerCase() ?? fallback;
        const names = field.kind === 'language' ? new Intl.DisplayNames([this.uiLang], { type: 'language' }) : undefined;
        const text = (v: string) => (names ? `${names.of(v) ?? v} (${v})` : v);
        return html`<div class="field">
          <label for=${id}>${label} <code>${name}</code></label>
          ${hint} ${error}
          <select id=${id} aria-describedby=${described} aria-invalid=${invalid}
            @change=${(e: Event) => {
              const chosen = (e.target as HTMLSelectElement).value;
              target.set(name, chosen === fallback ? undefined : chosen);
            }}>
            ${field.kind === 'language' ? html`<option value="" ?selected=${!value}>${this.t('defaultOption', { value: this.t('pageLanguage') })}</option>` : nothing}
            ${values.map(
              (v) => html`<option value=${v} ?selected=${shown === v}>${v === fallback ? this.t('defaultOption', { value: text(v) }) : text(v)}</option>`,
            )}
            ${value !== undefined && !values.includes(shown) && shown !== '' ? html`<option value=${value} selected>${value}</option>` : nothing}
          </select>
        </div>`;
      }
      case 'numbers':
        return this.renderNumbers(field, target, id, label, hint, error, described, !!problem);
      case 'list':
        return html`<div class="field" role="group" aria-labelledby="${id}-label" aria-describedby=${described}>
          <span class="label" id="${id}-label">${label} <code>${name}</code></span>
          ${hint} ${error}
          ${this.renderList(id, label, splitList(value), (items) => target.set(name, items.length ? items.join(', ') : undefined))}
        </div>`;
      default:
        return html`<div class="field">
          <label for=${id}>${label} <code>${name}</code></label>
          ${hint} ${error}
          <input id=${id} type=${field.kind === 'date' ? 'date' : name === 'send-to' ? 'email' : 'text'} aria-describedby=${described}
            aria-invalid=${invalid} .value=${live(value ?? '')}
            @input=${(e: Event) => {
              const typed = (e.target as HTMLInputElement).value;
              target.set(name, typed === '' ? undefined : typed);
            }} />
        </div>`;
    }
  }

  /** One number per part (the timer's steps, labelled with the exercise's own step titles), written as one attribute. */
  private renderNumbers(field: Field, target: Target, id: string, label: string, hint: unknown, error: unknown, described: string, invalid: boolean): TemplateResult {
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
            <label for="${id}-${i}">${this.t('numberLabel', { label: partLabel(i) })}</label>
            <input id="${id}-${i}" type="number" inputmode="numeric" step="1" min="1" aria-invalid=${invalid ? 'true' : nothing}
              .value=${live(parts[i] ?? '')} @input=${(e: Event) => write(i, (e.target as HTMLInputElement).value)} />
          </div>`,
        )}
      </div>
    </fieldset>`;
  }

  /** An editable list: each entry a field with its Remove button, then a field and Add for a new one. */
  private renderList(id: string, label: string, items: string[], write: (items: string[]) => void): TemplateResult {
    const add = () => {
      const input = this.renderRoot.querySelector<HTMLInputElement>(`#${id}-new`);
      const entries = splitList(input?.value);
      if (!input || !entries.length) return;
      write([...items, ...entries]);
      input.value = '';
      input.focus();
    };
    return html`${items.length
        ? html`<ol class="list">
            ${items.map((item, i) => {
              const itemLabel = this.t('item', { label, index: i + 1 });
              return html`<li class="row">
                <input id="${id}-${i}" aria-label=${itemLabel} .value=${live(item)}
                  @change=${(e: Event) => {
                    const next = [...items];
                    next.splice(i, 1, ...splitList((e.target as HTMLInputElement).value));
                    write(next);
                  }} />
                <button type="button" @click=${() => write(items.filter((_, j) => j !== i))}>${this.t('remove', { item: itemLabel })}</button>
              </li>`;
            })}
          </ol>`
        : html`<p class="hint">${this.t('listEmpty')}</p>`}
      <div class="row">
        <input id="${id}-new" aria-label=${this.t('newItem', { label })}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }} />
        <button type="button" @click=${add}>${this.t('add')}</button>
      </div>`;
  }

  private renderPrompts(): TemplateResult | typeof nothing {
    if (!this.hasPrompts) return nothing;
    const prompts = this.config.prompts;
    const label = this.t('prompt');
    const write = (items: string[]) => this.edit((draft) => void (draft.prompts = items));
    return html`<fieldset>
      <legend>${this.t('customPrompts')}</legend>
      <p class="hint">${this.t('customPromptsHint')}</p>
      ${this.renderPromptList(prompts, label, write)}
    </fieldset>`;
  }

  /** Prompts may hold commas, so each is one field (not a comma-separated list). */
  private renderPromptList(prompts: string[], label: string, write: (items: string[]) => void): TemplateResult {
    const add = () => {
      const input = this.renderRoot.querySelector<HTMLInputElement>('#prompt-new');
      if (!input?.value.trim()) return;
      write([...prompts, input.value.trim()]);
      input.value = '';
      input.focus();
    };
    return html`${prompts.length
        ? html`<ol class="list">
            ${prompts.map((prompt, i) => {
              const itemLabel = this.t('item', { label, index: i + 1 });
              return html`<li class="row">
                <input id="prompt-${i}" aria-label=${itemLabel} .value=${live(prompt)}
                  @change=${(e: Event) => write(prompts.map((p, j) => (j === i ? (e.target as HTMLInputElement).value : p)))} />
                <button type="button" @click=${() => write(prompts.filter((_, j) => j !== i))}>${this.t('remove', { item: itemLabel })}</button>
              </li>`;
            })}
          </ol>`
        : html`<p class="hint">${this.t('listEmpty')}</p>`}
      <div class="row">
        <input id="prompt-new" aria-label=${this.t('newItem', { label })}
          @keydown=${(e: KeyboardEvent) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }} />
        <button type="button" @click=${add}>${this.t('add')}</button>
      </div>`;
  }

  private renderTemplateEditor(): TemplateResult | typeof nothing {
    if (!this.usesCustomTemplate) return nothing;
    const template = this.config.template ?? { title: '', sections: [{ title: '', prompt: '', items: [] }] };
    const problem = this.templateProblem() ?? (this.config.template ? null : this.templateProblemFor(template));
    const write = (change: (draft: CustomTemplate) => void) =>
      this.edit((draft) => {
        const next = structuredClone(template);
        change(next);
        draft.template = next;
      });
    return html`<fieldset>
      <legend>${this.t('templateHeading')}</legend>
      <p class="hint">${this.t('templateHint')}</p>
      ${problem ? html`<p class="error" id="template-error">${this.t('templateInvalid', { problem })}</p>` : nothing}
      <div class="field">
        <label for="template-title">${this.t('templateTitle')}</label>
        <input id="template-title" .value=${live(template.title)} @input=${(e: Event) => write((t) => void (t.title = (e.target as HTMLInputElement).value))} />
      </div>
      ${template.sections.map((section, i) => {
        const legend = this.t('sectionLegend', { index: i + 1 });
        return html`<fieldset>
          <legend>${legend}</legend>
          <div class="field">
            <label for="section-${i}-title">${this.t('sectionTitle')}</label>
            <input id="section-${i}-title" .value=${live(section.title)}
              @input=${(e: Event) => write((t) => void (t.sections[i]!.title = (e.target as HTMLInputElement).value))} />
          </div>
          <div class="field">
            <label for="section-${i}-prompt">${this.t('sectionPrompt')}</label>
            <input id="section-${i}-prompt" .value=${live(section.prompt)}
              @input=${(e: Event) => write((t) => void (t.sections[i]!.prompt = (e.target as HTMLInputElement).value))} />
          </div>
          <div class="field">
            <label for="section-${i}-items">${this.t('sectionItems')}</label>
            <textarea id="section-${i}-items" rows="3" .value=${live(section.items.join('\n'))}
              @input=${(e: Event) => write((t) => void (t.sections[i]!.items = (e.target as HTMLTextAreaElement).value.split('\n')))}></textarea>
          </div>
          ${template.sections.length > 1
            ? html`<button type="button" @click=${() => write((t) => void t.sections.splice(i, 1))}>${this.t('removeSection', { index: i + 1 })}</button>`
            : nothing}
        </fieldset>`;
      })}
      <button type="button" @click=${() => write((t) => void t.sections.push({ title: '', prompt: '', items: [] }))}>${this.t('addSection')}</button>
    </fieldset>`;
  }

  private templateProblemFor(template: CustomTemplate): string | null {
    const parsed = parseCustomTemplate(JSON.stringify(templateJson(template)));
    return parsed.ok ? null : parsed.problem;
  }

  private renderColours(): TemplateResult {
    const colours = this.element.cssProperties.filter((p) => isColourProperty(p.description));
    const current = (name: string) => this.config.styles[name] ?? this.effective[name] ?? '#000000';
    return html`<div class="colours" role="group" aria-labelledby="colours-label">
      <p class="label" id="colours-label">${this.t('colours')}</p>
      <p class="hint">${this.t('colourHint')}</p>
      ${colours.map((p, i) => {
        const id = `colour-${i}`;
        const set = this.config.styles[p.name] !== undefined;
        return html`<div class="colour">
          <input type="color" id=${id} .value=${live(/^#[0-9a-f]{6}$/i.test(current(p.name)) ? current(p.name) : '#000000')}
            @input=${(e: Event) => this.setColour(p.name, (e.target as HTMLInputElement).value)} />
          <label for=${id}><code>${p.name}</code> <span class="hint">${plain(p.description)}</span></label>
          ${set ? html`<button type="button" @click=${() => this.setColour(p.name, undefined)}>${this.t('clearColour', { name: p.name })}</button>` : nothing}
        </div>`;
      })}
      <div id="contrast">
        ${this.contrast.map((check) =>
          check.ratio < 4.5
            ? html`<p class="warning">${this.t('contrastLow', { pair: this.t(check.pair), ratio: formatRatio(check.ratio) })}</p>`
            : html`<p class="hint">${this.t('contrastOk', { pair: this.t(check.pair), ratio: formatRatio(check.ratio) })}</p>`,
        )}
      </div>
    </div>`;
  }

  private renderWording(): TemplateResult {
    return html`<details class="box">
      <summary>${this.t('wordingHeading')}</summary>
      <p class="hint">${this.t('wordingHint')}</p>
      ${this.englishStrings.map(([key, english]) => {
        const id = `s-${key.replace(/[^\w-]/g, '_')}`;
        const value = this.config.strings[key] ?? english;
        const input = (e: Event) => this.setString(key, english, (e.target as HTMLInputElement).value);
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

  // ——— a flow's steps ———

  private stepName(tag: string): string {
    const element = catalog.find((candidate) => candidate.tag === tag);
    const ctor = customElements.get(tag) as unknown as ExerciseClass | undefined;
    const heading = element && (lookup(this.uiLang, element.exercise, 'heading') ?? ctor?.strings['heading']);
    return typeof heading === 'string' ? heading : tag;
  }

  /** After the steps change: focus where the person can go on from, and say what happened. */
  private async afterStepChange(focus: string, message: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(focus)?.focus();
    this.stepAnnouncer.announce(message);
  }

  private addStep(): void {
    const select = this.renderRoot.querySelector<HTMLSelectElement>('#new-step');
    const tag = select?.value ?? STEP_TAGS[0]!;
    this.edit((draft) => void draft.steps.push(emptyStep(tag)));
    const total = this.config.steps.length;
    void this.afterStepChange(`#step-${total - 1}-title`, this.t('stepAdded', { index: total, total, name: this.stepName(tag) }));
  }

  private moveStep(index: number, by: -1 | 1): void {
    const to = index + by;
    const steps = this.config.steps;
    if (to < 0 || to >= steps.length) return;
    const name = this.stepName(steps[index]!.tag);
    this.edit((draft) => draft.steps.splice(to, 0, ...draft.steps.splice(index, 1)));
    void this.afterStepChange(`#step-${to}-${by < 0 ? 'up' : 'down'}`, this.t('stepMoved', { name, index: to + 1, total: steps.length }));
  }

  private removeStep(index: number): void {
    const name = this.stepName(this.config.steps[index]!.tag);
    this.edit((draft) => void draft.steps.splice(index, 1));
    const left = this.config.steps.length;
    const focus = left ? `#step-${Math.min(index, left - 1)}-title` : '#new-step';
    void this.afterStepChange(focus, this.t('stepRemoved', { name, index: index + 1, total: left }));
  }

  private renderStep(step: StepState, index: number, total: number): TemplateResult {
    const target = this.stepTarget(step, index);
    const n = index + 1;
    const id = `step-${index}`;
    return html`<li>
      <section class="step box" aria-labelledby="${id}-title">
        <h3 id="${id}-title" tabindex="-1">${this.t('stepTitle', { index: n, total, name: this.stepName(step.tag) })}</h3>
        <div class="row">
          <button type="button" id="${id}-up" aria-disabled=${index === 0 ? 'true' : nothing} @click=${() => this.moveStep(index, -1)}>
            ${this.t('moveUp', { index: n })}
          </button>
          <button type="button" id="${id}-down" aria-disabled=${index === total - 1 ? 'true' : nothing} @click=${() => this.moveStep(index, 1)}>
            ${this.t('moveDown', { index: n })}
          </button>
          <button type="button" id="${id}-remove" @click=${() => this.removeStep(index)}>${this.t('removeStep', { index: n })}</button>
        </div>
        <div class="field">
          <label for="${id}-instruction">${this.t('instruction')}</label>
          <p class="hint" id="${id}-instruction-hint">${this.t(index === 0 ? 'instructionHintFirst' : 'instructionHint')}</p>
          <textarea id="${id}-instruction" rows="2" aria-describedby="${id}-instruction-hint" .value=${live(step.instruction)}
            @input=${(e: Event) => this.edit((draft) => void (draft.steps[index]!.instruction = (e.target as HTMLTextAreaElement).value))}></textarea>
        </div>
        ${this.fieldsOf(target).map((field) => this.renderField(field, target))}
      </section>
    </li>`;
  }

  private renderSteps(): TemplateResult | typeof nothing {
    if (!this.isFlow) return nothing;
    const steps = this.config.steps;
    return html`<fieldset>
      <legend>${this.t('stepsHeading')}</legend>
      <p class="hint">${this.t('stepsHint')}</p>
      ${steps.length
        ? html`<ol class="list steps">
            ${steps.map((step, i) => this.renderStep(step, i, steps.length))}
          </ol>`
        : html`<p class="hint">${this.t('noSteps')}</p>`}
      <div class="field">
        <label for="new-step">${this.t('newStep')}</label>
        <div class="row">
          <select id="new-step">
            ${STEP_TAGS.map((tag) => html`<option value=${tag}>${this.stepName(tag)} (${tag})</option>`)}
          </select>
          <button type="button" @click=${this.addStep}>${this.t('addStep')}</button>
        </div>
      </div>
      ${this.stepAnnouncer.render()}
    </fieldset>`;
  }

  private exerciseName(element: CatalogElement): string {
    const ctor = customElements.get(element.tag) as unknown as ExerciseClass | undefined;
    const heading = lookup(this.uiLang, element.exercise, 'heading') ?? ctor?.strings['heading'];
    return typeof heading === 'string' ? `${heading} (${element.tag})` : element.tag;
  }

  private renderCodeBlock(summary: string, code: string): TemplateResult {
    return html`<details class="box">
      <summary>${summary}</summary>
      <pre tabindex="0" aria-label=${summary}><code>${code}</code></pre>
    </details>`;
  }

  override render(): TemplateResult {
    const fields = this.fields;
    const group = (name: Group) => fields.filter((field) => field.group === name).map((field) => this.renderField(field));
    const config = this.embedConfig;
    const code = embedHtml(config, this.cdn?.trim() || DEFAULT_CDN);
    const dark = config.attributes.some(([name, value]) => name === 'theme' && value === 'dark');
    return html`<section aria-labelledby="builder-heading">
      <h2 id="builder-heading">${this.t('heading')}</h2>
      <p>${this.t('intro')}</p>
      <div class="layout">
        <form class="settings" @submit=${(e: Event) => e.preventDefault()}>
          <div class="field">
            <label for="exercise">${this.t('exercise')}</label>
            <select id="exercise" aria-describedby="exercise-hint" @change=${(e: Event) => this.chooseExercise((e.target as HTMLSelectElement).value)}>
              ${catalog.map((element) => html`<option value=${element.tag} ?selected=${element.tag === this.element.tag}>${this.exerciseName(element)}</option>`)}
            </select>
            <p class="hint" id="exercise-hint">${this.element.summary}</p>
          </div>
          <fieldset>
            <legend>${this.t('settings')}</legend>
            ${group('settings')}
          </fieldset>
          ${this.renderSteps()} ${this.renderTemplateEditor()} ${this.renderPrompts()}
          <fieldset>
            <legend>${this.t('lookHeading')}</legend>
            ${group('look')} ${this.renderColours()}
          </fieldset>
          <fieldset>
            <legend>${this.t('keepingHeading')}</legend>
            ${group('keeping')}
          </fieldset>
          ${this.renderWording()}
          <details class="box">
            <summary>${this.t('formsHeading')}</summary>
            ${group('forms')}
          </details>
        </form>
        <div class="output">
          <h3 id="preview-heading">${this.t('preview')}</h3>
          <div class="preview ${dark ? 'dark' : ''}" role="region" aria-labelledby="preview-heading">
            <p class="hint">${this.t('previewNote')}</p>
            <div class="preview-slot"></div>
          </div>
          <div class="field">
            <label for="code">${this.t('embedCode')}</label>
            <p class="hint" id="code-hint">${this.t('embedHint')}</p>
            <textarea id="code" class="code" readonly rows="12" aria-describedby="code-hint" .value=${code}></textarea>
          </div>
          <div class="row">
            <button type="button" class="primary" @click=${this.copyCode}>${this.t('copy')}</button>
            <button type="button" @click=${this.copyLink}>${this.t('copyLink')}</button>
          </div>
          <p role="status">${this.message}</p>
          ${this.renderCodeBlock(this.t('react'), reactCode(config))} ${this.renderCodeBlock(this.t('vue'), vueCode(config))}
          <details class="box">
            <summary>${this.t('howTo')}</summary>
            <ul>
              <li>${this.t('howTo.wordpress')}</li>
              <li>${this.t('howTo.squarespace')}</li>
              <li>${this.t('howTo.wix')}</li>
            </ul>
          </details>
          <div class="box">
            <h3>${this.t('pasteHeading')}</h3>
            <div class="field">
              <label for="paste">${this.t('pasteLabel')}</label>
              <p class="hint" id="paste-hint">${this.t('pasteHint')}</p>
              <textarea id="paste" class="code" rows="4" aria-describedby="paste-hint"></textarea>
            </div>
            <button type="button" @click=${this.loadPasted}>${this.t('load')}</button>
          </div>
          <p class="hint">${this.t('privacy')}</p>
        </div>
      </div>
    </section>`;
  }
}
