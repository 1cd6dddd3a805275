import { ContextProvider } from '@lit/context';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import * as z from 'zod/mini';
import { orNull } from '../core/checks.js';
import { renderButton, renderStatus, type ButtonOptions } from '../core/chrome.js';
import { safeFileName } from '../core/export.js';
import { FLOW_READY_EVENT, flowContext, type FlowSettings } from '../core/flow-context.js';
import { renderHeading } from '../core/heading.js';
import { interpolate } from '../core/localize.js';
import { TendElement } from '../core/tend-element.js';
import type { CoreStringKey } from '../core/strings.js';
import type { FlowData, FlowStep } from '../core/types.js';
import { groupSteps, type StepGroup } from './steps.js';
import { flowStrings } from './strings.js';
import { flowStyles } from './styles.js';
import { sessionMarkdown, sessionText, stepEntries, type StepSummary } from './summary.js';

type FlowStringKey = keyof typeof flowStrings;

const flowShape = z.object({
  steps: z.array(z.object({ exercise: z.string(), data: z.unknown(), completedAt: orNull(z.string()) })),
});
/** A flow's data: the shape of its steps; each step's own data is checked by its element when it is given to it. */
const flowSchema = z.custom<FlowData>((value) => z.safeParse(flowShape, value).success);

type Step = HTMLElement & {
  value?: unknown;
  reset?: () => void;
  focusHeading?: () => void;
  updateComplete?: Promise<unknown>;
};

/**
 * A guided session: several exercises in order, one at a time. Its exercise children are its steps,
 * in document order; anything else inside it (a therapist's paragraph of instructions) is shown with
 * the step before it, or with the first step when it comes first. The flow does not load the exercises:
 * the page imports (or its script tag defines) them.
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
    index: { state: true, attribute: false }, groups: { state: true, attribute: false },
  };
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, slotAssignment: 'manual' };

  protected override readonly valueSchema = flowSchema;

  /** The step on show; `groups.length` is the summary. */
  private index = 0;
  private groups: StepGroup[] = [];
  /** Nodes shown while the flow has no steps yet. */
  private leading: (Element | Text)[] = [];
  /** When each step was finished (null: not, or skipped); kept by element, so a reorder keeps it. */
  private finished = new Map<Element, string | null>();
  private observer: MutationObserver | undefined;
  private ownChildStrings: Readonly<Record<string, unknown>> = {};
  /** Steps with `autostart` that were not on show when they would have started: they start when shown. */
  private readonly deferredStarts = new WeakSet<Element>();
  /** Tag names of children not defined yet. */
  private readonly awaited = new Set<string>();

  private get slotElement(): HTMLSlotElement | null | undefined {
    return this.renderRoot?.querySelector<HTMLSlotElement>('slot');
  }

  private readonly provider = new ContextProvider(this, { context: flowContext });

  constructor() {
    super();
    this.addEventListener('tend-complete', this.onStepComplete);
    this.addEventListener('tend-change', this.onStepChange);
  }

  override connectedCallback(): void {
    this.findSteps();
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
    for (const { step } of this.groups) (step as Step).reset?.();
    super.reset();
  }

  // ——— the steps ———

  private findSteps(): void {
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
    const scoped = this.strings[`flow.${key}`] ?? this.ownChildStrings[`flow.${key}`];
    return typeof scoped === 'string' ? interpolate(scoped, values) : super.t(key, values);
  }

  private settings(): FlowSettings {
    this.ownChildStrings = this.childStringsOfFlow();
    const strings = { ...this.ownChildStrings, ...this.strings };
    const key = this.persist;
    const steps = this.groups.map((group) => group.step);
    return {
      lang: this.locale,
      strings,
      persistFor: (step) => (key && steps.includes(step as HTMLElement) ? `${key}/${steps.indexOf(step as HTMLElement)}` : undefined),
      headingLevel: this.headingLevel + 1,
      positionOf: (step) => {
        const at = steps.indexOf(step as HTMLElement);
        return at < 0 ? undefined : this.t('position', { current: at + 1, total: steps.length });
      },
    };
  }

  /** The flow's `<script data-tend-strings>` child, which the base reads for the flow's own strings. */
  private childStringsOfFlow(): Record<string, unknown> {
    const script = this.querySelector(':scope > script[type="application/json"][data-tend-strings]');
    try {
      const parsed: unknown = JSON.parse(script?.textContent ?? '');
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
    } catch {
      return {}; // the base warns once for the flow
    }
  }

  private readonly onStepComplete = (event: Event): void => {
    const at = this.groups.findIndex((group) => group.step === event.target);
    if (at === -1) return; // the flow's own event, or an exercise nested in instructions
    this.finished.set(this.groups[at]!.step, (event as CustomEvent<{ completedAt: string }>).detail.completedAt);
    this.completed = false;
    this.commit();
    if (at === this.index) void this.go(at + 1);
  };

  private readonly onStepChange = (event: Event): void => {
    if (event.target === this || !this.groups.some((group) => group.step === event.target)) return;
    this.syncForm();
  };

  private async go(to: number): Promise<void> {
    this.index = Math.max(0, Math.min(to, this.groups.length));
    this.message = '';
    this.saveDraft();
    await this.updateComplete;
    // The move is said once: focus on the new step's heading, which begins "Step 2 of 3:" for a screen
    // reader. No live message on top, and the progress bar is drawn anew (an update is read as "66 percent").
    const group = this.groups[this.index];
    if (!group) {
      this.renderRoot.querySelector<HTMLElement>('#summary-heading')?.focus();
      return;
    }
    const step = group.step as Step;
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
      steps: this.groups.map(
        ({ step, exercise }) =>
          ({ exercise, data: (step as Step).value ?? null, completedAt: this.finished.get(step) ?? null }) as FlowStep,
      ),
    };
  }

  protected override applyData(data: FlowData): void {
    data.steps.forEach((entry, i) => {
      const group = this.groups[i];
      if (!group || group.exercise !== entry.exercise) return;
      this.finished.set(group.step, entry.completedAt);
      // A draft holds no step data (each step keeps its own); a value set by the page does.
      if (entry.data !== null && group.step.matches(':defined')) (group.step as Step).value = entry.data;
    });
  }

  /** The flow's draft: where the person is and which steps are finished; each step keeps its own words. */
  protected override draftData(): object {
    return {
      steps: this.groups.map(({ step, exercise }) => ({ exercise, data: null, completedAt: this.finished.get(step) ?? null })),
      index: this.index,
    };
  }

  protected override applyDraftExtras(stored: Record<string, unknown>): void {
    const index = stored.index;
    if (Number.isInteger(index) && (index as number) >= 0) this.index = Math.min(index as number, this.groups.length);
  }

  // ——— updates ———

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('persist') || changed.has('strings') || this.provider.value?.lang !== this.locale) this.provider.setValue(this.settings());
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const shown = this.groups.length ? (this.groups[this.index]?.nodes ?? []) : this.leading;
    this.slotElement?.assign?.(...shown);
  }

  // ——— the summary ———

  private titleOf({ step, exercise }: StepGroup): string {
    const heading = step.shadowRoot?.querySelector('[part~="heading"]');
    // The heading says "Step 2 of 3: " first, for a screen reader: the title is what follows.
    const position = heading?.querySelector('[data-position]')?.textContent ?? '';
    const shown = heading?.textContent?.trim().slice(position.trim().length).trim();
    return shown || this.t(`exercise.${exercise}` as FlowStringKey);
  }

  /** Every step's words, as the summary's "Copy", for `send-to` and `share`. */
  protected override takeAwayText(): string {
    return sessionText(this.headingText, this.summaries(), this.t('nothingWritten'));
  }

  private summaries(): StepSummary[] {
    const label = (key: string) => this.t(`label.${key}` as FlowStringKey);
    return this.groups.map((group) => ({
      title: this.titleOf(group),
      status: this.t(this.finished.get(group.step) ? 'finished' : 'skipped'),
      entries: stepEntries(group.exercise, (group.step as Step).value, label, this.locale),
    }));
  }

  private copy(): Promise<void> {
    return this.copyAndSay(this.takeAwayText());
  }

  private download(): void {
    const markdown = sessionMarkdown(this.headingText, this.summaries(), this.t('nothingWritten'));
    this.downloadAndSay(safeFileName(this.headingText, 'md', 'session'), 'text/markdown', markdown);
  }

  private done(): void {
    this.complete();
    this.say(this.t('completed'));
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

  protected override renderBody(): TemplateResult {
    const total = this.groups.length;
    const onSummary = total > 0 && this.index >= total;
    const position = onSummary ? this.t('summaryPosition') : this.t('position', { current: this.index + 1, total });
    return html`${total
        ? html`<div part="progress">
            <p id="position" aria-hidden="true">${position}</p>
            ${keyed(
              this.index,
              html`<progress aria-labelledby="heading" aria-valuetext=${position} max=${total} .value=${onSummary ? total : this.index + 1}></progress>`,
            )}
          </div>`
        : html`<p>${this.t('empty')}</p>`}
      <div part="step" ?hidden=${onSummary}><slot></slot></div>
      ${onSummary ? this.renderSummary() : nothing}
      ${total
        ? html`<div part="nav" class="actions no-print">
            ${this.button('back', this.back, { disabled: this.index === 0 })} ${onSummary ? nothing : this.button('skip', this.skip)}
          </div>`
        : nothing}
      ${renderStatus(this.message, this.completed)}`;
  }
}
