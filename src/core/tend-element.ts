import { LitElement, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type * as z from 'zod/mini';
import { Announcer } from './announcer.js';
import { AttributeReader, checkRule, type AttributeRule } from './attributes.js';
import { DataController } from './data-controller.js';
import { DeferredRender } from './deferred-render.js';
import { coreAttributeRules, defineOnce, focusOnce, themeRule } from './definition.js';
import { DraftController } from './draft-controller.js';
import { changeEvent, completeEvent } from './events.js';
import { copyText, downloadText } from './export.js';
import { FlowSettingsConsumer } from './flow-context.js';
import { FormController } from './form-controller.js';
import { renderHeading } from './heading.js';
import { LocalizeController, type PluralKey } from './localize-controller.js';
import type { Catalog } from './localize.js';
import { MotionController } from './motion.js';
import { PaintController } from './paint.js';
import type { DangerMatch } from './safety/detect.js';
import { SendController, sendToRule } from './send.js';
import { ExitController, exitUrlRule } from './safety/exit.js';
import { SafetyController } from './safety/support.js';
import type { CoreStringKey } from './strings.js';
import { baseStyles } from './styles.js';
import type { ExerciseDataMap, ExerciseId } from './types.js';
import { UndoController } from './undo.js';
import type { Voice } from './voice.js';
import { quote, warn } from './warn.js';

type Values = Readonly<Record<string, string | number>>;

/**
 * The thin base of every tend widget: guarded definition, the shared attributes (`heading`,
 * `persist`, `lang`, `theme`, `name`, `exit-url`), `value`/`reset()`, events, and the shared chrome
 * as controllers (words, drafts, form, safety, undo, announcer). A widget adds only its own state,
 * template and content. `K` is the widget's string keys: a misspelt key fails to compile.
 *
 * @slot support - Your own support text (a practice's number, a local helpline), shown in place of the built-in line when the person writes words of danger.
 *
 * @csspart support - The calm support note shown when the person writes words of danger.
 * @csspart exit - The "Leave this page" button (with `exit-url`).
 * @csspart undo - The "Undo" offer after Start over, Reset or Remove.
 * @csspart switch - The "Keep my words on this device" switch (with `persist`).
 *
 * @cssproperty --tend-accent - Colour of buttons, focus ring and highlights.
 * @cssproperty --tend-on-accent - Text on accent-coloured buttons.
 * @cssproperty --tend-surface - Background of the widget (light theme: none, the page shows through).
 * @cssproperty --tend-text - Text colour (light theme: inherited from the page).
 * @cssproperty --tend-border - Border of fields and outlines.
 * @cssproperty --tend-field-surface - Background of text fields.
 * @cssproperty --tend-field-text - Text colour inside fields.
 * @cssproperty --tend-danger - Colour of error messages.
 * @cssproperty --tend-radius - Corner radius.
 * @cssproperty --tend-font - Font family (default: inherited from the page).
 * @cssproperty --tend-space - The spacing unit.
 */
export abstract class TendElement<E extends ExerciseId = ExerciseId, K extends string = string> extends LitElement {
  static formAssociated = true;
  static override styles = [baseStyles];
  /** The reactive properties (attributes as documented on each field; `state`: internal). */
  static override properties: PropertyDeclarations = {
    heading: {}, persist: {}, lang: { reflect: true }, theme: { reflect: true }, exitUrl: { attribute: 'exit-url' },
    sendTo: { attribute: 'send-to' }, share: { type: Boolean }, name: { reflect: true },
    required: { type: Boolean, reflect: true }, strings: { attribute: false },
    completed: { state: true, attribute: false }, message: { state: true, attribute: false },
    keeping: { state: true, attribute: false },
  };

  /** The exercise id used in events and storage keys. */
  static exercise: ExerciseId;
  /** The widget's English strings (its namespace in every locale is the exercise id). */
  static strings: Catalog = {};

  /** Each validated attribute's rule, by name: what the element reads through, and what `checkAttribute` checks. */
  static attributeRules: Readonly<Record<string, AttributeRule<unknown>>> = coreAttributeRules;

  /** `null` when the element accepts `value` for attribute `name`, else a sentence saying what it accepts (for builders and plugins). */
  static checkAttribute(name: string, value: string): string | null {
    return checkRule(this.attributeRules[name], value);
  }

  /** Defines the element under `tag` unless that name is taken (loading twice never throws; without a registry, nothing). */
  static define(tag: string): void {
    defineOnce(tag, this as unknown as CustomElementConstructor);
  }

  /** The visible title. */
  heading?: string;

  /** Opt-in: a key under which the draft is kept in this browser's localStorage (`tend:v1:<exercise>:<key>`). */
  persist?: string;

  /** Locale of the UI text; otherwise the nearest `lang` ancestor, then `en`. */
  override lang!: string;

  /** `light`, `dark` or `auto` (follows `prefers-color-scheme`). */
  theme?: string;

  /**
   * An http(s) address to go to at once, for someone who must hide what they are doing: adds a
   * "Leave this page" button, and three presses of Shift do the same (`location.replace`).
   */
  exitUrl?: string;

  /** An e-mail address: adds an "Email my words to …" link that opens the person's own mail app with their words. The widget sends nothing. */
  sendTo?: string;

  /** Adds a "Share" button that opens the browser's share sheet with the person's words, where the browser has one. */
  share = false;

  /** With a name, a surrounding form submits the widget's value under it. */
  name?: string;

  /** In a form: the form does not submit until the exercise has a value (see `formValue()`). */
  required = false;

  /**
   * Replacement wording for any UI string, by key (see the README's "Your own words").
   * A child `<script type="application/json" data-tend-strings>` does the same from HTML.
   */
  strings: Readonly<Record<string, unknown>> = {};

  /** True once the person pressed Done (or the timer ran out). */
  protected completed = false;

  /** The visible confirmation of the last action (copied, downloaded, finished…); `say()` sets it. */
  protected message = '';

  protected readonly attrs = new AttributeReader(this);
  protected readonly announcer = new Announcer(this);
  protected readonly motion = new MotionController(this);
  /** Waits for the page to paint (focus moves after a change); nothing is left waiting once the element leaves. */
  protected readonly paint = new PaintController(this);
  /** Settings from a surrounding `<tend-flow>`: its language and strings, and a draft key under the flow's. */
  private readonly flow = new FlowSettingsConsumer(this);
  protected readonly localize = new LocalizeController<K>(this, this.constructor as typeof TendElement, this.flow, this.attrs);
  /** How the core's controllers speak: this widget's words and its announcer. */
  private readonly voice: Voice = {
    t: (key, values) => this.t(key as CoreStringKey, values),
    plural: (key, count) => this.localize.plural(key as PluralKey<K | CoreStringKey>, count),
    announce: (message) => this.announcer.announce(message),
  };
  protected readonly safety = new SafetyController(this, { read: () => this.typedText(), voice: this.voice });
  protected readonly exit = new ExitController(this, {
    url: () => this.attrs.read('exit-url', this.exitUrl, exitUrlRule),
    voice: this.voice,
  });
  protected readonly undo = new UndoController(this, this.voice);
  /** False once the person switched keeping off: nothing more is stored (until they switch it on). */
  protected keeping = true;
  /** Far below the fold, the first render waits until the element comes near the viewport. */
  protected readonly deferral = new DeferredRender(this);
  private readonly sending = new SendController({
    targets: () => [this.attrs.read('send-to', this.sendTo, sendToRule), this.share],
    words: () => [this.takeAwayText(), this.headingText],
    voice: this.voice,
    say: (message) => this.say(message),
  });
  private readonly drafts = new DraftController(this, {
    exercise: this.exercise,
    key: () => this.persist,
    data: () => this.draftData(),
    keeping: () => this.keeping,
    setKeeping: (on) => (this.keeping = on),
    voice: this.voice,
  });
  private readonly forms = new FormController(this, {
    value: () => this.formValue(),
    state: () => JSON.stringify(this.draftData()),
    required: () => this.required,
    requiredMessage: () => this.t('requiredMessage'),
    anchor: () => this.renderRoot?.querySelector<HTMLElement>('[part~="input"]') ?? undefined,
  });
  private readonly data = new DataController<ExerciseDataMap[E]>({
    schema: () => this.valueSchema,
    initialState: () => this.initialState(),
    apply: (data, stored) => {
      this.applyData(data);
      this.applyDraftExtras(stored);
      this.requestUpdate();
    },
    draft: this.drafts,
  });

  /** The schema that `value`, and a restored draft, must satisfy. */
  protected abstract readonly valueSchema: z.ZodMiniType<ExerciseDataMap[E]>;
  /** Puts the widget in its initial state (from its attributes). */
  protected abstract initialState(): void;
  /** The exercise's current data, in the shape of the contract. */
  protected abstract currentData(): ExerciseDataMap[E];
  /** Puts validated data into the widget's state. */
  protected abstract applyData(data: ExerciseDataMap[E]): void;
  /** The widget's own content, between the heading and the privacy note. */
  protected abstract renderBody(): unknown;

  /** The text of every free-text field, as the person wrote it: read for words of danger. */
  protected typedText(): readonly string[] {
    return [];
  }

  /** Words of danger in what the person wrote: while set, the widget coaches, reframes and tidies nothing. */
  protected get danger(): DangerMatch | null {
    return this.safety.danger;
  }

  protected get exercise(): E {
    return (this.constructor as typeof TendElement).exercise as E;
  }

  /** The exercise's current data; settable (invalid data is ignored with a warning). */
  get value(): ExerciseDataMap[E] {
    this.data.ensure();
    return structuredClone(this.currentData());
  }

  set value(data: ExerciseDataMap[E]) {
    if (!this.data.accept(data, () => warn(this, `ignored a value that does not fit the ${this.exercise} data shape: ${quote(data)}.`))) return;
    this.saveDraft();
    this.syncForm();
  }

  /** Back to the initial state; also clears the persisted draft. */
  reset(): void {
    this.deferral.now();
    this.drafts.clear();
    this.data.initialise();
    this.completed = false;
    this.message = '';
    this.undo.dismiss();
    this.syncForm();
    this.requestUpdate();
  }

  /** The language the widget speaks now. */
  get locale(): string {
    return this.localize.locale;
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.localize.refresh();
    this.attrs.read('theme', this.theme, themeRule);
    this.attrs.read('exit-url', this.exitUrl, exitUrlRule);
    if (!this.hasUpdated) {
      this.prepare();
    } else if (changed.has('persist') && this.persist) {
      this.data.restoreDraft();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('required')) this.syncForm();
  }

  override render(): TemplateResult {
    if (this.exit.leaving) return html`<section part="base" class="base"></section>`;
    // Inside a flow a step is not a landmark of its own: entering it would say its name twice (region, then heading).
    return html`<section part="base" class="base" aria-labelledby=${this.flow.position() ? nothing : 'heading'}>
      ${renderHeading(this.headingLevel, this.headingContent(), { id: 'heading', part: 'heading' })}
      ${this.exit.render()} ${this.safety.render()} ${this.renderBody()} ${this.undo.render()} ${this.sending.render()}
      ${this.drafts.render()} ${this.announcer.render()}
    </section>`;
  }

  /** The heading's words: inside a flow, "Step 2 of 3:" first for a screen reader (a flow focuses the heading when it shows the step). */
  private headingContent(): unknown {
    const position = this.flow.position();
    return position ? html`<span class="visually-hidden" data-position>${position}:</span> ${this.headingText}` : this.headingText;
  }

  /** Moves focus to the widget's heading (a flow does, when it shows this step). */
  focusHeading(): void {
    focusOnce(this.renderRoot?.querySelector<HTMLElement>('[part~="heading"]'));
  }

  /** The level of the widget's heading: 2, or one below a surrounding flow's (its parts' headings are one below this). */
  protected get headingLevel(): number {
    return this.flow.headingLevel() ?? 2;
  }

  protected get headingText(): string {
    return this.heading?.trim() || this.t('heading' as K);
  }

  /** A UI string by key, with `{placeholders}` filled: embedder's words first, then the locale, then English (plurals and content: `this.localize`). */
  protected t(key: K | CoreStringKey, values?: Values): string {
    return this.localize.t(key, values);
  }

  /** Persists, updates the form value and tells the page: call after every edit by the person. */
  protected commit(): void {
    this.undo.dismiss();
    this.saveDraft();
    this.emitChange();
  }

  /** Updates the form value and sends `tend-change`, storing nothing (after Start over, which removed the draft). */
  protected emitChange(): void {
    this.syncForm();
    this.dispatchEvent(changeEvent(this.exercise, this.value));
    this.requestUpdate();
  }

  /** Shows a confirmation and has the screen reader say it (or `spoken`, when that should say more). */
  protected say(message: string, spoken = message): void {
    this.message = message;
    this.announcer.announce(spoken);
  }

  /** Copies text and says whether it worked. */
  protected async copyAndSay(text: string): Promise<void> {
    this.say(this.t((await copyText(text)) ? 'copied' : 'copyFailed'));
  }

  /** Saves a file made in the browser and says so. */
  protected downloadAndSay(file: string, mimeType: string, content: string): void {
    downloadText(file, mimeType, content);
    this.say(this.t('downloaded', { file }));
  }

  /** The confirmation of a finished exercise; plain (no thanks) when the person wrote words of danger. */
  protected completedText(key: K | CoreStringKey = 'completed'): string {
    return this.danger ? this.t('completedPlain') : this.t(key);
  }

  /**
   * "Start over": back to the initial state with no stored draft (typing again stores again), the
   * page told, and Undo right after it until the next edit (`focus`: where focus goes after Undo).
   */
  protected startOver(focus?: string): void {
    const restore = this.snapshot();
    this.undo.startOver(
      () => (this.reset(), this.emitChange()),
      () => (restore(), this.commit()),
      focus,
    );
  }

  /** A function that puts the widget back as it is now (for Undo): the draft's data and extras by default. */
  protected snapshot(): () => void {
    return this.data.restorer(this.draftData());
  }

  /** Moves focus to `selector` in the shadow root once the next render is done. */
  protected async focusLater(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /**
   * Moves focus once the next render is drawn and the page has painted: to a field that just got its
   * error (the screen reader reads it with its error once, not again as a change of the description
   * of the field it has just landed on), or to something just created (its focus is then heard).
   * Call it right after the state change, before the render: the page's selection is cleared first,
   * because a selection left in removed content moves Orca's caret to what replaced it, silently, and
   * the focus move that follows is then not read.
   */
  protected async focusAfterPaint(selector: string): Promise<void> {
    document.getSelection()?.removeAllRanges();
    await this.updateComplete;
    await this.paint.next();
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** Marks the exercise finished and fires `tend-complete`. */
  protected complete(): void {
    this.undo.dismiss();
    this.completed = true;
    this.dispatchEvent(completeEvent(this.exercise, this.value));
  }

  /** The person's words as plain text, for `send-to` and `share`: the form value unless a widget has a text export. */
  protected takeAwayText(): string {
    return this.formValue();
  }

  /** The value a surrounding form submits: JSON of the data unless a widget says otherwise. */
  protected formValue(): string {
    return JSON.stringify(this.currentData());
  }

  protected syncForm(): void {
    this.forms.sync();
  }

  /** Called by the form when it resets. */
  formResetCallback(): void {
    this.reset();
  }

  /** Back/forward navigation (or autofill) gives the form's words back: the person does not lose them. */
  formStateRestoreCallback(state: unknown): void {
    const stored = FormController.parseState(state);
    if (stored !== undefined && this.data.accept(stored)) this.syncForm();
  }

  /** Form validity, for `required`: the same API as native form controls. */
  checkValidity(): boolean {
    return this.forms.internals?.checkValidity() ?? true;
  }

  reportValidity(): boolean {
    return this.forms.internals?.reportValidity() ?? true;
  }

  get validity(): ValidityState | undefined {
    return this.forms.internals?.validity;
  }

  get validationMessage(): string {
    return this.forms.internals?.validationMessage ?? '';
  }

  get form(): HTMLFormElement | null {
    return this.forms.internals?.form ?? null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Data, drafts and forms do not wait for a deferred render.
    if (!this.deferral.ready) this.prepare();
  }

  protected override shouldUpdate(changed: PropertyValues): boolean {
    return this.deferral.ready && super.shouldUpdate(changed);
  }

  private prepare(): void {
    if (this.data.prepare()) this.syncForm();
  }

  /** What a persisted draft holds: the data, plus any UI state a widget adds (the card it is on…). */
  protected draftData(): object {
    return this.currentData();
  }

  /** Restores the UI state a draft holds beyond the data (called after `applyData`). */
  protected applyDraftExtras(_stored: Record<string, unknown>): void {}

  /** Saves the draft now (when `persist` is set); `commit()` does it after every edit. */
  protected saveDraft(): void {
    this.drafts.save();
  }
}
