import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type * as z from 'zod/mini';
import { AnnouncerController } from './announcer-controller.js';
import { AttributeReader, checkRule, type AttributeRule } from './attributes.js';
import { DeferredRenderController } from './deferred-render-controller.js';
import { coreAttributeRules, defineOnce, focusOnce, themeRule } from './definition.js';
import { changeEvent, completeEvent, type TendEventMap } from './events.js';
import { copyText, downloadText } from './export.js';
import { ownWords, WRITES_WORDS } from './flow-context.js';
import { FieldFocusController } from './field-focus-controller.js';
import { FlowSettingsController } from './flow-settings-controller.js';
import { renderHeading } from './heading.js';
import type { Lazy } from './lazy.js';
import { LocalizeController, type PluralKey } from './localize-controller.js';
import type { Catalog } from './localize.js';
import { MotionController } from './motion-controller.js';
import { PaintController } from './paint.js';
import { SendController, sendToRule } from './send-controller.js';
import { ExitController, exitUrlRule } from './safety/exit-controller.js';
import { SafetyController } from './safety/safety-controller.js';
import { StateController } from './state-controller.js';
import { hydrated, hydrateOrRender, noteServerRender, rendersAsServer, SERVER_RENDERED, stampServerRender, takeRenderRoot } from './server-render.js';
import type { CoreStringKey } from './strings.js';
import { baseStyles } from './styles.js';
import type { ExerciseDataMap, ExerciseId } from './types.js';
import { UndoController } from './undo-controller.js';
import type { Voice } from './voice.js';
import { quote, warn } from './warn.js';
import type { Worksheet } from './worksheet.js';

type Values = Readonly<Record<string, string | number>>;

/**
 * The thin base of every tend widget: guarded definition, the shared attributes (`heading`,
 * `persist`, `lang`, `theme`, `name`, `exit-url`), `value`/`reset()`, events, and the shared chrome
 * as controllers (words, drafts, form, safety, undo, announcer). A widget adds only its own state,
 * template and content. `K` is the widget's string keys: a misspelt key fails to compile.
 *
 * @slot support - Your own support text (a practice's number, a local helpline), shown in place of the built-in line when the person writes words of danger (after the built-in line pointing to help to stop, when the words are about their own violence).
 *
 * @csspart support - The calm support note shown when the person writes words of danger, beside the field they type in (and beside Done once pressed).
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
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the interface below only types inherited methods
export abstract class TendElement<E extends ExerciseId = ExerciseId, K extends string = string> extends LitElement {
  static formAssociated = true;
  static override styles = [baseStyles];
  /** The reactive properties (attributes as documented on each field; `state`: internal). */
  static override properties: PropertyDeclarations = {
    heading: {}, persist: {}, lang: { reflect: true }, theme: { reflect: true }, exitUrl: { attribute: 'exit-url' },
    sendTo: { attribute: 'send-to' }, share: { type: Boolean }, name: { reflect: true },
    required: { type: Boolean, reflect: true }, strings: {},
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
   * Replacement wording for any UI string, by key (see the README's "Your own words"): an object, or
   * as an attribute its JSON (`strings='{"done": "Finished"}'`, which a server render shows too).
   * A child `<script type="application/json" data-tend-strings>` does the same from HTML.
   */
  strings: string | Readonly<Record<string, unknown>> = {};

  /** True once the person pressed Done (or the timer ran out). */
  protected completed = false;

  /** The visible confirmation of the last action (copied, downloaded, finished…); `say()` sets it. */
  protected message = '';

  protected readonly attrs = new AttributeReader(this);
  protected readonly announcer = new AnnouncerController(this);
  protected readonly motion = new MotionController(this);
  /** Waits for the page to paint (focus moves after a change); nothing is left waiting once the element leaves. */
  protected readonly paint = new PaintController(this);
  /** Settings from a surrounding `<tend-flow>`: its language and strings, and a draft key under the flow's. */
  private readonly flow = new FlowSettingsController(this, (on) => this.followFlowKeeping(on));
  protected readonly localize = new LocalizeController<K>(this, this.constructor as typeof TendElement, this.flow, this.attrs);
  /** How the core's controllers speak: this widget's words and its announcer. */
  private readonly voice: Voice = {
    t: (key, values) => this.t(key as CoreStringKey, values),
    plural: (key, count) => this.localize.plural(key as PluralKey<K | CoreStringKey>, count),
    announce: (message) => this.announcer.announce(message),
  };
  protected readonly exit = new ExitController(this, {
    url: () => this.attrs.read('exit-url', this.exitUrl, exitUrlRule),
    inherited: () => this.flow.exitUrl(),
    voice: this.voice,
  });
  protected readonly safety = new SafetyController(this, {
    read: () => [...this.typedText(), ...this.flow.wordsAround()],
    inheritedSupport: () => this.flow.supportText(),
    voice: this.voice,
    exit: this.exit,
    readings: () => this.readings(),
    arrived: () => this.syncForm(),
  });
  protected readonly undo = new UndoController(this, this.voice);
  /** Which field focus is in: an error and a coaching tip stay put while the person types there (frames take `fields.of(id)`). */
  protected readonly fields = new FieldFocusController(this, (id) => this.fieldLeft(id));
  /** False once the person switched keeping off: nothing more is stored (until they switch it on). */
  protected keeping = true;
  /** Far below the fold, the first render waits until the element comes near the viewport. */
  protected readonly deferral = new DeferredRenderController(this);
  /** A server has no share sheet (nor `navigator`): it shows no Share button, nor does the render that hydrates its HTML. */
  private readonly sending = new SendController({
    targets: () => [this.attrs.read('send-to', this.sendTo, sendToRule), this.share && !rendersAsServer(this)],
    words: () => [this.takeAwayText(), this.headingText],
    hasWords: () => this.hasWords(),
    voice: this.voice,
    say: (message) => this.say(message),
    requestUpdate: () => this.requestUpdate(),
  });
  /** Data, draft and form: an edit's data computed once and handed to the draft, the form and `tend-change`. */
  private readonly state = new StateController<E>(this, {
    exercise: this.exercise,
    schema: () => this.valueSchema,
    initialState: () => this.initialState(),
    apply: (data, stored) => {
      this.applyData(data);
      this.applyDraftExtras(stored);
      this.requestUpdate();
    },
    data: () => this.currentData(),
    draft: () => this.draftData(),
    formValue: () => this.formValue(),
    key: () => this.persist,
    keeping: () => this.keeping,
    setKeeping: (on) => (this.keeping = on),
    shown: () => this.flow.keeping() === undefined && this.writesWords(),
    required: () => this.required,
    requiredMessage: () => this.t('requiredMessage'),
    anchor: () => this.renderRoot?.querySelector<HTMLElement>('[part~="input"]') ?? undefined,
    voice: this.voice,
  });

  constructor() {
    super();
    noteServerRender(this);
  }

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

  /** Whether the person has written anything yet: "Email my words" and "Share" appear only then. */
  protected hasWords(): boolean {
    return this.typedText().some((text) => text.trim() !== '');
  }

  /** Whether the person can write anything here (a timer without notes cannot): only then is there a keep notice. */
  protected writesWords(): boolean {
    return true;
  }

  /** The same, for a surrounding flow (which shows one keep notice for the session when a step writes). */
  get [WRITES_WORDS](): boolean {
    return this.writesWords();
  }

  /** The flow's switch turned keeping on or off for the whole session: this step keeps (or removes) its words with it. */
  private followFlowKeeping(on: boolean): void {
    if (on === this.keeping) return;
    this.keeping = on;
    if (on) this.saveDraft();
    else this.state.clear();
  }

  /** The text of every free-text field, as the person wrote it: read for words of danger. */
  protected typedText(): readonly string[] {
    return [];
  }

  /**
   * This element's own words (`typedText`), for a surrounding flow's other steps.
   * @internal
   */
  [ownWords](): readonly string[] {
    return this.typedText();
  }

  /**
   * The watch found words of danger or of caution in what the person wrote: while true, the widget
   * coaches, reframes and tidies nothing (no hints, examples, composed sentence, "ready" or thanks).
   */
  protected get coachingOff(): boolean {
    return this.safety.coachingOff;
  }

  /** Whether the element is a step of a `<tend-flow>`. */
  protected get inFlow(): boolean {
    return this.flow.inFlow();
  }

  /**
   * The watch found words of danger or of caution (never merely "not here yet"): the exercise steps back (no words
   * that coach around the fields). Its layout stays as it is while the watch loads, so nothing moves when it arrives.
   */
  protected get concerned(): boolean {
    return this.safety.concerned;
  }

  /** The safety watch or one of the exercise's `readings()` could not be loaded (blocked, offline): coaching stays off for good. */
  protected get watchFailed(): boolean {
    return this.safety.failed;
  }

  /**
   * What else this exercise reads the person's words with (its grammar, its hints' patterns): modules imported with
   * the safety watch, a moment after the element, before which it composes and coaches nothing (`coachingOff`).
   */
  protected readings(): readonly Lazy<unknown>[] {
    return [];
  }

  /** Words of danger: the support note shows (beside the person's place), and nothing congratulates or confirms in its stead. */
  protected get supportShown(): boolean {
    return this.safety.noteShown;
  }

  protected get exercise(): E {
    return (this.constructor as typeof TendElement).exercise as E;
  }

  /** The exercise's current data; settable (invalid data is ignored with a warning). */
  get value(): ExerciseDataMap[E] {
    this.state.ensure();
    return structuredClone(this.dataNow());
  }

  set value(data: ExerciseDataMap[E]) {
    if (!this.state.accept(data, () => warn(this, `ignored a value that does not fit the ${this.exercise} data shape: ${quote(data)}.`))) return;
    this.saveDraft();
    this.syncForm();
  }

  /** Back to the initial state; also clears the persisted draft. */
  reset(): void {
    this.deferral.now();
    this.state.clear();
    this.state.initialise();
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

  /**
   * The exercise as a blank worksheet for paper, as it is set up (its title, what it asks, room to
   * write by hand), in its language and wording; nothing the person wrote is in it.
   */
  worksheet(): Worksheet {
    return { title: this.headingText, intro: [], parts: [] };
  }

  protected override willUpdate(changed: PropertyValues): void {
    stampServerRender(this);
    this.flow.serverRequest();
    this.localize.refresh();
    this.attrs.read('theme', this.theme, themeRule);
    this.attrs.read('exit-url', this.exitUrl, exitUrlRule);
    if (!this.hasUpdated) {
      this.prepare();
    } else if (changed.has('persist') && this.persist) {
      this.state.restoreDraft();
    }
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    return takeRenderRoot(this, () => super.createRenderRoot());
  }

  protected override update(changed: PropertyValues): void {
    hydrateOrRender(this, () => super.update(changed));
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    // Once the render that hydrated a server's HTML is done (not within it).
    if (rendersAsServer(this)) void this.updateComplete.then(() => this.takeOver());
  }

  /** After hydrating a server's HTML, what only the browser knows comes in: children, today's date, a draft, a flow's settings. */
  protected takeOver(): void {
    hydrated(this);
    if (!this.state.given) this.state.initialise();
    this.prepare();
    this.flow.request();
    this.requestUpdate();
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
      ${this.state.render()} ${this.announcer.render()}
    </section>`;
  }

  /** The heading's words: inside a flow, "Step 2 of 3:" first for a screen reader (a flow focuses the heading when it shows the step). */
  private headingContent(): unknown {
    // One template with or without the place: a server that did not know it renders the same nodes the browser hydrates.
    const position = this.flow.position();
    return html`<span class="visually-hidden" data-position>${position ? `${position}:` : ''}</span>${position ? ' ' : ''}${this.headingText}`;
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
    return this.heading?.trim() || this.t(this.headingKey as K);
  }

  /**
   * The built-in heading's key. With words of danger or caution, an exercise that has a heading for that case
   * (`headingInDanger`, such as "Your words") shows it rather than offer itself as the answer to them.
   */
  protected get headingKey(): string {
    return this.concerned && 'headingInDanger' in (this.constructor as typeof TendElement).strings ? 'headingInDanger' : 'heading';
  }

  /** A UI string by key, with `{placeholders}` filled: embedder's words first, then the locale, then English (plurals and content: `this.localize`). */
  protected t(key: K | CoreStringKey, values?: Values): string {
    return this.localize.t(key, values);
  }

  /** Persists, updates the form value and tells the page: call after every edit by the person. */
  protected commit(): void {
    this.undo.dismiss();
    // One reading of the data for the draft, the form and the event.
    this.state.edit(() => {
      this.saveDraft();
      this.emitChange();
    });
  }

  /** Updates the form value and sends `tend-change`, storing nothing (after Start over, which removed the draft). */
  protected emitChange(): void {
    this.state.edit(() => {
      this.syncForm();
      this.dispatchEvent(changeEvent(this.exercise, structuredClone(this.dataNow())));
    });
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

  /**
   * Saves a file whose writer is a module imported at the first download (`writers`, from the same place as the
   * element; at once once it is here): `write` makes the content from what the caller took at the click. Says so,
   * or that the file could not be made when the module cannot be loaded.
   */
  protected async downloadWith<W>(writers: Lazy<W>, file: string, mimeType: string, write: (writers: W) => string): Promise<void> {
    const loaded = writers.value ?? (await writers.load());
    if (!loaded) return this.say(this.t('downloadFailed'));
    this.downloadAndSay(file, mimeType, write(loaded));
  }

  /** The confirmation of a finished exercise; plain (no thanks, nothing "ready") when the watch found words of danger or caution. */
  protected completedText(key: K | CoreStringKey = 'completed'): string {
    return this.coachingOff ? this.t('completedPlain') : this.t(key);
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
    return this.state.restorer(this.state.draft());
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

  /** Focus left the field framed as `id`: a widget drops that field's error here once it is answered (never while the person types in it). */
  protected fieldLeft(_id: string): void {}

  /** Marks the exercise finished and fires `tend-complete`. */
  protected complete(): void {
    this.undo.dismiss();
    this.completed = true;
    this.safety.completed();
    this.dispatchEvent(completeEvent(this.exercise, this.value));
  }

  /** The person's words as plain text, for `send-to` and `share`: the form value unless a widget has a text export. */
  protected takeAwayText(): string {
    return this.formValue();
  }

  /**
   * The exercise's data now, for a widget's `draftData` and `formValue`: during an edit, the one reading of it
   * that the draft, the form and the event share (see `commit`).
   * @internal
   */
  protected dataNow(): ExerciseDataMap[E] {
    return this.state.data();
  }

  /** The value a surrounding form submits: JSON of the data unless a widget says otherwise. */
  protected formValue(): string {
    return JSON.stringify(this.dataNow());
  }

  protected syncForm(): void {
    this.state.sync();
  }

  /** Called by the form when it resets. */
  formResetCallback(): void {
    this.reset();
  }

  /** Back/forward navigation (or autofill) gives the form's words back: the person does not lose them. */
  formStateRestoreCallback(state: unknown): void {
    const stored = StateController.parseState(state);
    if (stored !== undefined && this.state.accept(stored)) this.syncForm();
  }

  /** Form validity, for `required`: the same API as native form controls. */
  checkValidity(): boolean {
    return this.state.internals?.checkValidity() ?? true;
  }

  reportValidity(): boolean {
    return this.state.internals?.reportValidity() ?? true;
  }

  get validity(): ValidityState | undefined {
    return this.state.internals?.validity;
  }

  get validationMessage(): string {
    return this.state.internals?.validationMessage ?? '';
  }

  get form(): HTMLFormElement | null {
    return this.state.internals?.form ?? null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Data, drafts and forms do not wait for a deferred render.
    if (!this.deferral.ready) this.prepare();
  }

  protected override shouldUpdate(changed: PropertyValues): boolean {
    // The render that takes over a server's HTML waits for the safety watch, which the server read the words with, and
    // for the send-to link and Share button's module when it shows them.
    // So does the first render that replaces a server's HTML without hydrating it (no hydrate support), so the page
    // does not show that HTML, then the same without coaching, then the coaching again.
    const fromServer = rendersAsServer(this) || (!this.hasUpdated && this.hasAttribute(SERVER_RENDERED));
    const waiting = !isServer && fromServer && (!this.safety.settled || this.sending.loading);
    return this.deferral.ready && !waiting && super.shouldUpdate(changed);
  }

  private prepare(): void {
    // The server, and the render that hydrates its HTML, know no draft.
    if (rendersAsServer(this)) this.state.ensure();
    else if (this.state.prepare()) this.syncForm();
  }

  /** What a persisted draft holds: the data, plus any UI state a widget adds (the card it is on…). */
  protected draftData(): object {
    return this.dataNow();
  }

  /** Restores the UI state a draft holds beyond the data (called after `applyData`). */
  protected applyDraftExtras(_stored: Record<string, unknown>): void {}

  /** Saves the draft now (when `persist` is set); `commit()` does it after every edit. */
  protected saveDraft(): void {
    this.state.save();
  }
}

type Listener<Target, Fired> = (this: Target, event: Fired) => unknown;

/**
 * The element's own events on `addEventListener`: `detail.data` is this exercise's data (for `<tend-flow>`,
 * any exercise's: its steps' events bubble through it). Types only; the methods are HTMLElement's.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- a merged declaration repeats the class's type parameters
export interface TendElement<E extends ExerciseId = ExerciseId, K extends string = string> {
  addEventListener<T extends keyof TendEventMap<E>>(type: T, listener: Listener<this, TendEventMap<E>[T]>, options?: boolean | AddEventListenerOptions): void;
  addEventListener<T extends keyof HTMLElementEventMap>(type: T, listener: Listener<this, HTMLElementEventMap[T]>, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<T extends keyof TendEventMap<E>>(type: T, listener: Listener<this, TendEventMap<E>[T]>, options?: boolean | EventListenerOptions): void;
  removeEventListener<T extends keyof HTMLElementEventMap>(type: T, listener: Listener<this, HTMLElementEventMap[T]>, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}
