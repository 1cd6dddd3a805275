import { LitElement, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { copyText } from '../core/export.js';
import type { CatalogElement } from './catalog-types.js';
import { catalog, packageVersion, STEP_TAGS, TAGS } from './catalog.js';
import { renderColours } from './colours-view.js';
import { embedHtml, type EmbedConfig } from './embed.js';
import { embedConfigOf, takesPrompts, templateProblem, usesCustomTemplate } from './embed-config.js';
import { labelOf, partLabels, problemText, renderField } from './field-view.js';
import { exerciseClass, fieldsOf, FLOW_ONLY, setTogether, type Group, type Target } from './fields.js';
import { renderList } from './list-editor.js';
import { exerciseAbout, exerciseName } from './names.js';
import { renderOutput } from './output-view.js';
import { parseEmbed } from './parse-embed.js';
import { buildPreview, previewColours, type ContrastCheck } from './preview.js';
import { fieldProblem } from './problems.js';
import { renderSafety } from './safety-view.js';
import { emptyState, type BuilderState, type StepState } from './state.js';
import { StepsEditor } from './steps-view.js';
import { builderStyles } from './styles.js';
import { blankTemplate, renderTemplateEditor } from './template-editor.js';
import { BuilderText } from './text.js';
import type { Worksheet } from '../core/worksheet.js';
import { worksheetFrame } from './worksheet-print.js';
import { UrlState } from './url-state.js';
import type { BuilderView } from './view.js';
import { renderWording } from './wording-view.js';

const DEFAULT_CDN = `https://cdn.jsdelivr.net/npm/tend-widgets@${packageVersion}/dist/`;
/** A way out by default: an everyday page that replaces the exercise at once (the therapist may choose another, or none). */
const DEFAULT_EXIT_URL = 'https://www.google.com/';
/** What stays when the therapist chooses another exercise: her way out, her support line, language, look and sending. */
const KEPT_ACROSS_EXERCISES = ['lang', 'theme', 'send-to', 'share', 'exit-url'];

/** A new configuration of `tag`, with the way out already set. */
function freshState(tag: string): BuilderState {
  const state = emptyState(tag);
  state.attributes['exit-url'] = DEFAULT_EXIT_URL;
  return state;
}

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
  /** The reactive properties (attributes as documented on each field; `state`: internal). */
  static override properties: PropertyDeclarations = {
    cdn: {}, config: { state: true, attribute: false }, message: { state: true, attribute: false },
    contrast: { state: true, attribute: false }, effective: { state: true, attribute: false },
  };

  /** Defines the element under `tag` unless that name is taken already. */
  static define(tag: string): void {
    if (!customElements.get(tag)) customElements.define(tag, this);
  }

  /** Base URL of the package's `dist/` folder, which holds `cdn/`, `tend.css` and `locales/` (default: the published package on jsDelivr, this version). */
  cdn?: string;

  /**
   * How a blank worksheet reaches paper: the browser's print dialog for the window of its frame
   * (replace it to do something else with that window, as the tests do).
   */
  printWith: (worksheet: Window) => void = (worksheet) => worksheet.print();

  private config: BuilderState = freshState(catalog[0]?.tag ?? '');
  private message = '';
  private contrast: ContrastCheck[] = [];
  /** The preview's colours as they are (set or default), by custom property, for the colour fields. */
  private effective: Record<string, string> = {};

  private get previewSlot(): HTMLElement | null | undefined {
    return this.renderRoot?.querySelector<HTMLElement>('.preview-slot');
  }

  private get pasteField(): HTMLTextAreaElement | null | undefined {
    return this.renderRoot?.querySelector<HTMLTextAreaElement>('#paste');
  }

  private readonly text = new BuilderText(this);
  /** What the views see of the builder. */
  private readonly view: BuilderView = {
    text: this.text,
    state: () => this.config,
    edit: (change) => this.edit(change),
    root: () => this.renderRoot,
    updated: () => this.updateComplete,
  };
  private readonly url = new UrlState(this, { read: () => this.config, restore: (restored) => (this.config = restored), tags: TAGS, stepTags: STEP_TAGS });
  private readonly steps = new StepsEditor(this, this.view, (step, index) => this.stepTarget(step, index));
  private previewKey = '';
  private previewElement: HTMLElement | undefined;

  // ——— the chosen exercise ———

  private get element(): CatalogElement {
    return catalog.find((element) => element.tag === this.config.tag) ?? catalog[0]!;
  }

  private get isFlow(): boolean {
    return this.element.exercise === 'flow';
  }

  /** The chosen exercise's own attributes; what depends on each other is set together (`history` brings `persist`). */
  private get main(): Target {
    const element = this.element;
    const set = (name: string, value: string | undefined) => this.edit((draft) => setTogether(element, draft.attributes, name, value));
    return { element, cls: exerciseClass(element.tag), attributes: this.config.attributes, set, id: 'f', nested: false };
  }

  /** A flow's step: what it needs that the flow sets for every step (its `persist`) is set on the flow. */
  private stepTarget(step: StepState, index: number): Target {
    const element = catalog.find((candidate) => candidate.tag === step.tag)!;
    const set = (name: string, value: string | undefined) =>
      this.edit((draft) => setTogether(element, draft.steps[index]!.attributes, name, value, draft.attributes, 'session'));
    const outer = Object.fromEntries(Object.entries(this.config.attributes).filter(([name]) => FLOW_ONLY.has(name)));
    return { element, cls: exerciseClass(step.tag), attributes: step.attributes, set, id: `s${index}-f`, nested: true, outer: { ...step.attributes, ...outer } };
  }

  /** Every setting that cannot reach the code yet, named as in the form: nothing is left out silently. */
  private get problems(): string[] {
    const { text } = this;
    const of = (target: Target, prefix = '') =>
      fieldsOf(target).flatMap((field) => {
        const problem = fieldProblem(field, target, partLabels(text, field, target));
        return problem ? [`${prefix}${labelOf(text, field.attribute.name)}: ${problemText(text, problem)}`] : [];
      });
    const template = usesCustomTemplate(this.config) ? templateProblem(this.config.template ?? blankTemplate()) : null;
    return [
      ...of(this.main),
      ...this.config.steps.flatMap((step, i) => of(this.stepTarget(step, i), `${text.t('stepPrefix', { index: i + 1 })} `)),
      ...(template ? [`${text.t('templateHeading')}: ${problemText(text, template)}`] : []),
    ];
  }

  /** Only what the element accepts reaches the code and the preview. */
  get embedConfig(): EmbedConfig {
    return embedConfigOf(this.config, this.main, this.config.steps.map((step, i) => this.stepTarget(step, i)));
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

  private chooseExercise(tag: string): void {
    const next = emptyState(tag);
    for (const name of KEPT_ACROSS_EXERCISES) if (this.config.attributes[name] !== undefined) next.attributes[name] = this.config.attributes[name];
    next.styles = { ...this.config.styles };
    next.support = this.config.support;
    this.config = next;
  }

  private readonly copyCode = async (): Promise<void> => {
    this.message = (await copyText(this.embedCode)) ? this.text.t('copied') : this.text.t('copyFailed');
  };

  private readonly copyLink = async (): Promise<void> => {
    this.url.flush();
    this.message = (await copyText(location.href)) ? this.text.t('linkCopied') : this.text.t('copyFailed');
  };

  private readonly loadPasted = (): void => {
    const parsed = parseEmbed(this.pasteField?.value ?? '', TAGS, STEP_TAGS);
    if (!parsed) {
      this.message = this.text.t('nothingFound');
      return;
    }
    this.config = parsed;
    this.message = this.text.t('loaded');
  };

  /** Prints the exercise as configured (the preview's own worksheet), empty, laid out for paper, in its language. */
  private readonly printWorksheet = async (): Promise<void> => {
    await this.refreshPreview();
    const element = this.previewElement as (HTMLElement & { worksheet?: () => Worksheet; locale?: string }) | undefined;
    const sheet = element?.worksheet?.();
    if (!element || !sheet) return;
    const lang = element.locale ?? this.text.lang;
    const word = (key: string) => this.text.tIn(lang, key);
    const frame = worksheetFrame(this.renderRoot, sheet, { name: word('worksheetName'), date: word('worksheetDate'), more: word('worksheetMore'), footer: word('worksheetFooter') }, lang);
    if (frame.contentWindow) this.printWith(frame.contentWindow);
  };

  // ——— lifecycle: URL, preview, contrast ———

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('config')) this.url.write();
    void this.refreshPreview();
  }

  private async refreshPreview(): Promise<void> {
    const slot = this.previewSlot;
    if (!slot) return;
    const config = this.embedConfig;
    const key = JSON.stringify(config);
    if (key !== this.previewKey || !this.previewElement?.isConnected) {
      this.previewKey = key;
      this.previewElement = buildPreview(config);
      slot.replaceChildren(this.previewElement);
    }
    await (this.previewElement as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    if (!this.previewElement) return;
    const { effective, checks } = previewColours(this.previewElement, slot, this.element.cssProperties);
    if (JSON.stringify(effective) !== JSON.stringify(this.effective)) this.effective = effective;
    if (JSON.stringify(checks) !== JSON.stringify(this.contrast)) this.contrast = checks;
  }

  // ——— rendering ———

  /** Prompts may hold commas, so each is one field (not a comma-separated list). */
  private renderPrompts(): TemplateResult | typeof nothing {
    if (!takesPrompts(this.element)) return nothing;
    const write = (items: string[]) => this.edit((draft) => void (draft.prompts = items));
    return html`<fieldset>
      <legend>${this.text.t('customPrompts')}</legend>
      <p class="hint">${this.text.t('customPromptsHint')}</p>
      ${renderList(this.view, { id: 'prompt', label: this.text.t('prompt'), items: this.config.prompts, write, split: (text) => [text] })}
    </fieldset>`;
  }

  override render(): TemplateResult {
    const { t } = this.text;
    const main = this.main;
    const fields = fieldsOf(main);
    const group = (name: Group) => fields.filter((field) => field.group === name).map((field) => renderField(this.view, field, main));
    const config = this.embedConfig;
    const code = embedHtml(config, this.cdn?.trim() || DEFAULT_CDN);
    const lang = config.attributes.find(([name]) => name === 'lang')?.[1];
    return html`<section aria-labelledby="builder-heading">
      <h2 id="builder-heading">${t('heading')}</h2>
      <p>${t('intro')}</p>
      <div class="layout">
        <form class="settings" @submit=${(e: Event) => e.preventDefault()}>
          <div class="field">
            <label for="exercise">${t('exercise')}</label>
            <select id="exercise" aria-describedby="exercise-hint" @change=${(e: Event) => this.chooseExercise((e.target as HTMLSelectElement).value)}>
              ${catalog.map((element) => html`<option value=${element.tag} ?selected=${element.tag === this.element.tag}>${exerciseName(this.text, element)}</option>`)}
            </select>
            <p class="hint" id="exercise-hint">${exerciseAbout(this.text, this.element)}</p>
          </div>
          ${renderSafety(this.view, group('safety'))}
          <fieldset>
            <legend>${t('settings')}</legend>
            ${group('settings')}
          </fieldset>
          ${this.isFlow ? this.steps.render() : nothing} ${renderTemplateEditor(this.view)} ${this.renderPrompts()}
          <fieldset>
            <legend>${t('lookHeading')}</legend>
            ${group('look')} ${renderColours(this.view, this.element, this.effective, this.contrast)}
          </fieldset>
          <fieldset>
            <legend>${t('keepingHeading')}</legend>
            ${group('keeping')}
          </fieldset>
          ${renderWording(this.view, this.element.exercise, main.cls, typeof lang === 'string' ? lang : this.text.lang)}
          <details class="box">
            <summary>${t('formsHeading')}</summary>
            ${group('forms')}
          </details>
        </form>
        ${renderOutput(this.view, {
          config,
          code,
          problems: this.problems,
          message: this.message,
          copyCode: this.copyCode,
          copyLink: this.copyLink,
          loadPasted: this.loadPasted,
          printWorksheet: this.printWorksheet,
        })}
      </div>
    </section>`;
  }
}
