import { ContextProvider } from '@lit/context';
import { LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { readJson } from '../core/attributes.js';
import { renderButton, renderStatus, type ButtonOptions } from '../core/chrome.js';
import { safeFileName } from '../core/export.js';
import { FLOW_READY_EVENT, flowContext, ownWords, WRITES_WORDS, type FlowSettings } from '../core/flow-context.js';
import { renderHeading } from '../core/heading.js';
import { interpolate } from '../core/localize.js';
import { rendersAsServer } from '../core/server-render.js';
import { TendElement } from '../core/tend-element.js';
import type { Worksheet } from '../core/worksheet.js';
import type { CoreStringKey } from '../core/strings.js';
import { flowSchema, type FlowData, type FlowStep } from './schema.js';
import { GIVEN_STEP, renderGivenStep, stepAttributes, stepsRule, type GivenStep } from './given-steps.js';
import { HandOff } from './hand-off.js';
import { exerciseOf, groupSteps, type StepGroup } from './steps.js';
import { flowStrings } from './strings.js';
import { flowStyles } from './styles.js';
import { sessionText, stepEntries, summaryWords, type StepSummary } from './session.js';
import { Lazy } from '../core/lazy.js';

/** The Markdown writer (`session-markdown.ts`), imported at the first download. */
const markdownWriter = new Lazy(() => import('./session-markdown.js').then((module) => module.default));

type FlowStringKey = keyof typeof flowStrings;

type Step = HTMLElement & {
  value?: unknown;
  [ownWords]?: () => readonly string[];
  reset?: () => void;
  focusHeading?: () => void;
  updateComplete?: Promise<unknown>;
};

/** One step as the flow keeps it: by element (children), or by position (its own `steps`, whose elements it renders). */
interface Entry {
  key: Element | number;
  exercise: string;
  step: Step | undefined;
}

/**
 * A guided session: several exercises in order, one at a time. Its exercise children are its steps,
 * in document order; anything else inside it (a therapist's paragraph of instructions) is shown with
 * the step before it, or with the first step when it comes first. The flow does not load the exercises:
 * the page imports (or its script tag defines) them.
 *
 * The steps can be given instead as the `steps` attribute (JSON) or property, which a server render
 * shows (it does not see children): each step an exercise with its element's attributes and, optionally,
 * a line of instructions (`intro`). The flow then renders the steps itself and ignores exercise children.
 *
 * "Step N of M" is shown as text and as a progress bar. The flow moves on when the step on show fires
 * `tend-complete`; "Back" and "Skip" move by hand, and focus goes to the new step's heading. After the
 * last step a summary of every step's result can be copied, downloaded as Markdown or printed, and the
 * flow's own Done finishes the session. Steps added or removed at run time are picked up.
 *
 * Settings reach every step that does not set its own: `lang`, `persist` (each step's draft under
 * `<key>/<index>`, the step on show under the flow's own key) and reworded `strings` (a key
 * `<exercise>.<key>` rewords one exercise only, `flow.<key>` the flow only) through `@lit/context`;
 * `theme` through CSS (the steps take the flow's colour tokens, so a page's `--tend-*` on the flow
 * reaches them too). A step's own attribute wins.
 *
 * @tagname tend-flow
 * @summary Goes through several exercises in order, one at a time, as one guided session.
 *
 * @fires tend-change - When a step is finished or skipped; `detail`: `{ exercise: 'flow', version: 1, data: { steps: [{ exercise, data, completedAt }] } }`. The steps' own events reach the page as well.
 * @fires tend-complete - When Done is pressed on the summary; `detail` adds `completedAt` (ISO 8601). A skipped step has its value at that moment and `completedAt: null`.
 *
 * @slot - The steps (exercise elements) and the instructions shown with them.
 *
 * @csspart base - The flow's frame.
 * @csspart heading - The flow's title.
 * @csspart progress - "Step N of M" and its progress bar.
 * @csspart step - Where the step on show (and its instructions) appear.
 * @csspart nav - The Back and Skip buttons.
 * @csspart button - Every button.
 * @csspart summary - The results of every step, after the last one.
 * @csspart status - Confirmations (copied, downloaded, finished).
 * @csspart privacy - The note about the saved session (with `persist`).
 */
export class TendFlow extends TendElement<'flow', FlowStringKey> {
  static override exercise = 'flow' as const;
  static override strings = flowStrings;
  static override styles = [...TendElement.styles, flowStyles];
  /** The reactive properties (attributes as documented on each field; `state`: internal). */
  static override properties: PropertyDeclarations = {
    steps: {}, index: { state: true, attribute: false }, groups: { state: true, attribute: false },
  };
  static override attributeRules = { ...TendElement.attributeRules, steps: stepsRule };
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, slotAssignment: 'manual' };

  protected override readonly valueSchema = flowSchema;

  /**
   * The steps as JSON (or an array when set as a property), in place of exercise children, e.g.
   * `[{"exercise": "stop-timer", "durations": "5 30 20 10"}, {"exercise": "i-statement", "intro": "Now say what you need."}]`:
   * each step names its `exercise`, optionally a line of instructions shown before it (`intro`), and gives its
   * element's attributes (`true` for a boolean one). A server render shows them, which it cannot do for children.
   */
  steps?: string | readonly GivenStep[];

  /** The step on show; the number of steps is the summary. */
  private index = 0;
  private groups: StepGroup[] = [];
  /** Nodes shown while the flow has no steps yet. */
  private leading: (Element | Text)[] = [];
  /** When each step was finished (null: not, or skipped); kept by element (so a reorder keeps it), or by position for `steps`. */
  private finished = new Map<Element | number, string | null>();
  /** Children the flow hid itself (in a server's shadow root, which cannot slot them one by one). */
  private readonly hiddenByFlow = new WeakSet<Element>();
  private observer: MutationObserver | undefined;
  private ownChildStrings: Readonly<Record<string, unknown>> = {};
  /** Steps with `autostart` that were not on show when they would have started: they start when shown. */
  private readonly deferredStarts = new WeakSet<Element>();
  /** Tag names of children not defined yet. */
  private readonly awaited = new Set<string>();

  private get slotElement(): HTMLSlotElement | null | undefined {
    return this.renderRoot?.querySelector<HTMLSlotElement>('slot:not([name])');
  }

  private readonly provider = new ContextProvider(this, { context: flowContext });
  /** The words earlier steps offer a later one when the person moves on to it. */
  private readonly handOff = new HandOff();

  constructor() {
    super();
    this.addEventListener('tend-complete', this.onStepComplete);
    this.addEventListener('tend-change', this.onStepChange);
  }

  override connectedCallback(): void {
    // A server does not see children: the render that hydrates its HTML does not either; they come after it.
    if (!rendersAsServer(this)) this.findSteps();
    super.connectedCallback();
    if (typeof MutationObserver === 'undefined') return;
    this.observer = new MutationObserver(() => this.findSteps());
    this.observer.observe(this, { childList: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.observer = undefined;
  }

  override reset(): void {
    for (const { step } of this.entries) step?.reset?.();
    super.reset();
  }

  /** The `steps` given (JSON or array; one warning when invalid), or null when the children are the steps. */
  private get given(): readonly GivenStep[] | null {
    const given = readJson(this.attrs, 'steps', this.steps, stepsRule);
    return given.length ? given : null;
  }

  /** The steps in order: the children, or the `steps` given (their elements once rendered). */
  private get entries(): Entry[] {
    const given = this.given;
    if (!given) return this.groups.map(({ step, exercise }) => ({ key: step, exercise, step }));
    return given.map(({ exercise }, i) => ({ key: i, exercise, step: this.renderRoot?.querySelector<Step>(`[${GIVEN_STEP}="${i}"]`) ?? undefined }));
  }

  private get total(): number {
    return this.given?.length ?? this.groups.length;
  }

  /** The step an event came from (a given step's event reaches the flow retargeted to it). */
  private entryAt(event: Event): number {
    const source = event.composedPath()[0];
    return this.entries.findIndex((entry) => entry.step === source);
  }

  /** After hydrating a server's HTML, the children come in (before the draft, which the base restores). */
  protected override takeOver(): void {
    this.findSteps();
    super.takeOver();
  }

  // ——— the steps ———

  private findSteps(): void {
    if (this.given) {
      // The flow's own steps: its children are not steps.
      this.groups = [];
      this.provider.setValue(this.settings());
      return;
    }
    const { groups, leading } = groupSteps(this);
    const known = new Set(this.groups.map((group) => group.step));
    const current = this.groups[this.index]?.step;
    this.groups = groups;
    this.leading = leading;
    // The person stays on the step they were on, wherever it moved; the summary stays the summary.
    const at = current ? groups.findIndex((group) => group.step === current) : -1;
    this.index = at >= 0 ? at : Math.min(this.index, groups.length);
    this.provider.setValue(this.settings());
    groups.forEach(({ step }, i) => {
      if (!known.has(step)) step.dispatchEvent(new Event(FLOW_READY_EVENT));
      const starter = step as Step & { autostart?: boolean; hasUpdated?: boolean; start?: () => void };
      if (i !== this.index && starter.autostart === true && starter.hasUpdated === false && typeof starter.start === 'function') {
        starter.autostart = false; // the property only: the page's attribute stays
        this.deferredStarts.add(step);
      }
    });
    // An element defined after the flow (an exercise, or a subclass under its own tag) is looked at again once it upgrades.
    for (const child of this.children) {
      if (!child.localName.includes('-') || child.matches(':defined') || this.awaited.has(child.localName)) continue;
      this.awaited.add(child.localName);
      void customElements.whenDefined(child.localName).then(() => {
        this.awaited.delete(child.localName);
        this.findSteps();
      });
    }
  }

  /** The flow's own wording: a key `flow.<key>` rewords the flow and none of its steps. */
  protected override t(key: FlowStringKey | CoreStringKey, values?: Readonly<Record<string, string | number>>): string {
    const scoped = this.localize.given[`flow.${key}`] ?? this.ownChildStrings[`flow.${key}`];
    return typeof scoped === 'string' ? interpolate(scoped, values) : super.t(key, values);
  }

  private settings(): FlowSettings {
    this.ownChildStrings = this.childStringsOfFlow();
    const strings = { ...this.ownChildStrings, ...this.localize.given };
    const key = this.persist;
    const steps = this.groups.map((group) => group.step);
    const given = this.given;
    const givenAt = (step: Element) => (given && step.hasAttribute(GIVEN_STEP) ? Number(step.getAttribute(GIVEN_STEP)) : -1);
    const at = (step: Element) => (given ? givenAt(step) : steps.indexOf(step as HTMLElement));
    const exitUrl = this.exit.url;
    const wordsAround = (step: Element) => this.sessionWords(step);
    // A server sees no children: no support line of the flow's own there.
    const supportText = isServer ? '' : (this.querySelector(':scope > [slot="support"]')?.textContent?.trim() ?? '');
    return {
      lang: this.locale,
      strings,
      exitUrl,
      supportText,
      wordsAround,
      persistFor: (step) => (key && at(step) >= 0 ? `${key}/${at(step)}` : undefined),
      attributesFor: (step) => {
        const own = given?.[givenAt(step)];
        if (!own || exerciseOf(step) !== own.exercise) return {};
        const attributes = stepAttributes(own);
        // A step that would start by itself while hidden starts when it is shown (as for children).
        if (givenAt(step) !== this.index && typeof attributes.autostart === 'string') {
          delete attributes.autostart;
          this.deferredStarts.add(step);
        }
        return attributes;
      },
      // One switch for the whole session: the flow's.
      keeping: key ? this.keeping : undefined,
      headingLevel: this.headingLevel + 1,
      positionOf: (step) => (at(step) < 0 ? undefined : this.t('position', { current: at(step) + 1, total: this.total })),
    };
  }

  /** The flow's `<script data-tend-strings>` child, which the base reads for the flow's own strings. */
  private childStringsOfFlow(): Record<string, unknown> {
    // A server sees no children (the `strings` attribute reaches it); nor does the render that hydrates its HTML.
    const script = rendersAsServer(this) ? null : this.querySelector(':scope > script[type="application/json"][data-tend-strings]');
    try {
      const parsed: unknown = JSON.parse(script?.textContent ?? '');
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
    } catch {
      return {}; // the base warns once for the flow
    }
  }

  private readonly onStepComplete = (event: Event): void => {
    const at = this.entryAt(event);
    if (at === -1) return; // the flow's own event, or an exercise nested in instructions
    this.finished.set(this.entries[at]!.key, (event as CustomEvent<{ completedAt: string }>).detail.completedAt);
    this.completed = false;
    this.commit();
    if (at === this.index) void this.go(at + 1);
  };

  private readonly onStepChange = (event: Event): void => {
    if (this.entryAt(event) === -1) return;
    this.syncForm();
  };

  private async go(to: number): Promise<void> {
    const forward = to > this.index;
    this.index = Math.max(0, Math.min(to, this.total));
    this.message = '';
    this.saveDraft();
    await this.updateComplete;
    // The move is said once: focus on the new step's heading, which begins "Step 2 of 3:" for a screen
    // reader. No live message on top, and the progress bar is drawn anew (an update is read as "66 percent").
    const group = this.entries[this.index];
    if (!group?.step) {
      this.renderRoot.querySelector<HTMLElement>('#summary-heading')?.focus();
      return;
    }
    const step = group.step;
    // Moving on: the steps before may offer their words for what this one leaves empty (src/flow/hand-off.ts).
    if (forward) this.handOff.carry(this.entries, this.index);
    // Words written in the other steps may have changed what it may say (see sessionWords).
    (step as Step & { requestUpdate?: () => void }).requestUpdate?.();
    await step.updateComplete;
    if (typeof step.focusHeading === 'function') step.focusHeading();
    else step.focus();
    if (this.deferredStarts.delete(step)) (step as Step & { start?: () => void }).start?.();
  }

  private skip(): void {
    this.commit();
    void this.go(this.index + 1);
  }

  private back(): void {
    if (this.index > 0) void this.go(this.index - 1);
  }

  // ——— value, draft and form ———

  protected override initialState(): void {
    this.index = 0;
    this.finished = new Map();
  }

  protected override currentData(): FlowData {
    return {
      steps: this.entries.map(
        ({ key, step, exercise }) => ({ exercise, data: step?.value ?? null, completedAt: this.finished.get(key) ?? null }) as FlowStep,
      ),
    };
  }

  protected override applyData(data: FlowData): void {
    const entries = this.entries;
    data.steps.forEach((entry, i) => {
      const group = entries[i];
      if (!group || group.exercise !== entry.exercise) return;
      this.finished.set(group.key, entry.completedAt);
      // A draft holds no step data (each step keeps its own); a value set by the page does.
      if (entry.data !== null && group.step?.matches(':defined')) group.step.value = entry.data;
    });
  }

  /** The flow's draft: where the person is and which steps are finished; each step keeps its own words. */
  protected override draftData(): object {
    return {
      steps: this.entries.map(({ key, exercise }) => ({ exercise, data: null, completedAt: this.finished.get(key) ?? null })),
      index: this.index,
    };
  }

  protected override applyDraftExtras(stored: Record<string, unknown>): void {
    const index = stored.index;
    if (Number.isInteger(index) && (index as number) >= 0) this.index = Math.min(index as number, this.total);
  }

  // ——— updates ———

  protected override willUpdate(changed: PropertyValues): void {
    // On the server, a shadow root (the DOM shim's) lets its steps' requests for its settings reach it.
    if (isServer && !this.shadowRoot) this.attachShadow({ mode: 'open' });
    super.willUpdate(changed);
    if (changed.has('steps') && this.hasUpdated) this.findSteps();
    const value = this.provider.value;
    const stale = value?.lang !== this.locale || value?.exitUrl !== this.exit.url;
    if (stale || changed.has('persist') || changed.has('strings') || changed.has('steps') || changed.has('keeping')) this.provider.setValue(this.settings());
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The render that hydrates a server's HTML leaves the children as the server showed them.
    if (this.given || rendersAsServer(this)) return;
    const shown = this.groups.length ? (this.groups[this.index]?.nodes ?? []) : this.leading;
    if ((this.renderRoot as ShadowRoot).slotAssignment === 'manual') {
      this.slotElement?.assign?.(...shown);
      // The flow's own support line goes into its note (with manual assignment nothing is assigned by name).
      this.renderRoot.querySelector<HTMLSlotElement>('slot[name="support"]')?.assign?.(...this.querySelectorAll(':scope > [slot="support"]'));
    } else {
      this.showOnly(shown);
    }
  }

  /** A shadow root from a server render slots every child (it cannot slot them one by one): the flow hides the others. */
  private showOnly(shown: readonly Node[]): void {
    for (const child of this.children) {
      if (!(child instanceof HTMLElement) || child.slot || child.matches('script, template, style')) continue;
      if (shown.includes(child)) {
        if (this.hiddenByFlow.delete(child)) child.hidden = false;
      } else if (!child.hidden) {
        child.hidden = true;
        this.hiddenByFlow.add(child);
      }
    }
  }

  // ——— the summary ———

  private titleOf({ step, exercise }: Entry): string {
    const heading = step?.shadowRoot?.querySelector('[part~="heading"]');
    // The heading says "Step 2 of 3: " first, for a screen reader: the title is what follows.
    const position = heading?.querySelector('[data-position]')?.textContent ?? '';
    const shown = heading?.textContent?.trim().slice(position.trim().length).trim();
    return shown || summaryWords(exercise, { ...this.ownChildStrings, ...this.localize.given }, this.locale).label('name');
  }

  /** Every step's words, as the summary's "Copy", for `send-to` and `share`. */
  protected override takeAwayText(): string {
    return sessionText(this.headingText, this.summaries(), this.t('nothingWritten'));
  }

  /** Something to send once a step holds something (a step's words, a timer's time). */
  protected override hasWords(): boolean {
    return this.summaries().some((step) => step.entries.length > 0);
  }

  private summaries(): StepSummary[] {
    const strings = { ...this.ownChildStrings, ...this.localize.given };
    return this.entries.map((entry) => ({
      title: this.titleOf(entry),
      status: this.t(this.finished.get(entry.key) ? 'finished' : 'skipped'),
      entries: stepEntries(entry.exercise, entry.step?.value, summaryWords(entry.exercise, strings, this.locale)),
    }));
  }

  private copy(): Promise<void> {
    return this.copyAndSay(this.takeAwayText());
  }

  private download(): Promise<void> {
    const [title, steps, nothing] = [this.headingText, this.summaries(), this.t('nothingWritten')];
    return this.downloadWith(markdownWriter, safeFileName(title, 'md', 'session'), 'text/markdown', (writer) => writer.sessionMarkdown(title, steps, nothing));
  }

  private done(): void {
    this.complete();
    this.say(this.completedText());
  }

  /**
   * The words the person wrote in every step but `except`: each step's safety watch reads them with its
   * own, so words of danger anywhere in the session stop the coaching (and show the note) in every step
   * after, and on the summary (whose watch reads them all), which then thanks no one.
   */
  private sessionWords(except: Element | null): readonly string[] {
    return this.entries.filter(({ step }) => step && step !== except).flatMap(({ step }) => (step as Step)[ownWords]?.() ?? []);
  }

  protected override typedText(): readonly string[] {
    const onSummary = this.total > 0 && this.index >= this.total;
    return onSummary ? this.sessionWords(null) : [];
  }

  // ——— rendering ———

  private button(label: FlowStringKey | CoreStringKey, onClick: () => unknown, options?: ButtonOptions): TemplateResult {
    return renderButton(this.t(label), onClick, options);
  }

  private renderSummary(): TemplateResult {
    return html`<section part="summary" aria-labelledby="summary-heading">
      ${renderHeading(this.headingLevel + 1, this.t('summaryHeading'), { id: 'summary-heading', focusable: true })}
      <p class="no-print">${this.t('summaryIntro')}</p>
      <ol>
        ${this.summaries().map(
          (step) => html`<li>
            ${renderHeading(this.headingLevel + 2, step.title)}
            <p class="step-status">${step.status}</p>
            ${step.entries.length
              ? step.entries.map(
                  (entry) => html`${entry.label ? html`<p class="entry-label">${entry.label}</p>` : nothing}
                    <p class="entry-text">${entry.text}</p>`,
                )
              : html`<p>${this.t('nothingWritten')}</p>`}
          </li>`,
        )}
      </ol>
      <div class="actions">
        ${this.button('done', this.done, { primary: true })} ${this.button('copyAll', this.copy)}
        ${this.button('downloadMarkdown', this.download)} ${this.button('print', () => window.print())}
      </div>
    </section>`;
  }

  /** The session's one keep notice shows when some step has something to write (not for timers alone). */
  protected override writesWords(): boolean {
    return this.entries.some(({ step }) => (step as (Step & { [WRITES_WORDS]?: boolean }) | undefined)?.[WRITES_WORDS] !== false);
  }

  /** Every step's worksheet in order, each under its title, after the instructions that come before it. */
  override worksheet(): Worksheet {
    const given = this.given;
    const textOf = (node: Node) => node.textContent?.trim() ?? '';
    return {
      title: this.headingText,
      intro: given ? [] : this.leading.map(textOf).filter(Boolean),
      parts: this.entries.flatMap((entry, i) => {
        const sheet = (entry.step as (Step & { worksheet?: () => Worksheet }) | undefined)?.worksheet?.();
        const before = given ? [given[i]?.intro ?? ''] : (this.groups[i]?.nodes ?? []).filter((node) => node !== entry.step).map(textOf);
        const heading = this.t('position', { current: i + 1, total: this.total });
        return [{ heading: `${heading}: ${sheet?.title ?? this.titleOf(entry)}`, text: [...before.filter(Boolean), ...(sheet?.intro ?? [])] }, ...(sheet?.parts ?? [])];
      }),
    };
  }

  /** A given step with its instructions: every one is rendered (each keeps its words), only the one on show is seen. */
  private renderGiven(given: readonly GivenStep[]): TemplateResult[] {
    return given.map((step, i) => html`${step.intro ? html`<p class="intro" ?hidden=${i !== this.index}>${step.intro}</p>` : nothing}${renderGivenStep(step, i, i !== this.index)}`);
  }

  protected override renderBody(): TemplateResult {
    const given = this.given;
    const total = this.total;
    const onSummary = total > 0 && this.index >= total;
    const position = onSummary ? this.t('summaryPosition') : this.t('position', { current: this.index + 1, total });
    // A server does not see children: it shows them as they are (every step), and the browser takes over.
    const unseen = !given && rendersAsServer(this);
    return html`${total
        ? html`<div part="progress">
            <p id="position" aria-hidden="true">${position}</p>
            ${keyed(
              this.index,
              html`<progress aria-labelledby="heading" aria-valuetext=${position} max=${total} .value=${onSummary ? total : this.index + 1}></progress>`,
            )}
          </div>`
        : unseen
          ? nothing
          : html`<p>${this.t('empty')}</p>`}
      <div part="step" ?hidden=${onSummary}>${given ? this.renderGiven(given) : html`<slot></slot>`}</div>
      ${onSummary ? this.renderSummary() : nothing}
      ${total
        ? html`<div part="nav" class="actions no-print">
            ${this.button('back', this.back, { disabled: this.index === 0 })} ${onSummary ? nothing : this.button('skip', this.skip)}
          </div>`
        : nothing}
      ${renderStatus(this.message, this.completed)}`;
  }
}
