/** A flow's steps: each an exercise with its own settings and the therapist's words before it; add, move and remove them by keyboard. */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { AnnouncerController } from '../core/announcer-controller.js';
import { catalog, STEP_TAGS } from './catalog.js';
import { renderField } from './field-view.js';
import { fieldsOf, type Target } from './fields.js';
import { renderMarkupNote } from './markup-note.js';
import { exerciseName } from './names.js';
import { emptyStep, type StepState } from './state.js';
import { focusAfterRemoval, moveEntry } from './step-edits.js';
import type { BuilderView } from './view.js';

export class StepsEditor {
  private readonly announcer: AnnouncerController;

  constructor(
    host: ReactiveControllerHost,
    private readonly view: BuilderView,
    /** The fields' target for step `index`. */
    private readonly target: (step: StepState, index: number) => Target,
  ) {
    this.announcer = new AnnouncerController(host);
  }

  private name(tag: string): string {
    const element = catalog.find((candidate) => candidate.tag === tag);
    return element ? exerciseName(this.view.text, element) : tag;
  }

  /** After the steps change: focus where the person can go on from, and say what happened. */
  private async afterChange(focus: string, message: string): Promise<void> {
    await this.view.updated();
    this.view.root().querySelector<HTMLElement>(focus)?.focus();
    this.announcer.announce(message);
  }

  private readonly add = (): void => {
    const select = this.view.root().querySelector<HTMLSelectElement>('#new-step');
    const tag = select?.value ?? STEP_TAGS[0]!;
    this.view.edit((draft) => void draft.steps.push(emptyStep(tag)));
    const total = this.view.state().steps.length;
    void this.afterChange(`#step-${total - 1}-title`, this.view.text.t('stepAdded', { index: total, total, name: this.name(tag) }));
  };

  private move(index: number, by: -1 | 1): void {
    const steps = this.view.state().steps;
    if (!moveEntry(steps, index, by)) return;
    const name = this.name(steps[index]!.tag);
    const to = index + by;
    this.view.edit((draft) => void (draft.steps = moveEntry(draft.steps, index, by)!));
    void this.afterChange(`#step-${to}-${by < 0 ? 'up' : 'down'}`, this.view.text.t('stepMoved', { name, index: to + 1, total: steps.length }));
  }

  private remove(index: number): void {
    const name = this.name(this.view.state().steps[index]!.tag);
    this.view.edit((draft) => void draft.steps.splice(index, 1));
    const left = this.view.state().steps.length;
    void this.afterChange(focusAfterRemoval(index, left), this.view.text.t('stepRemoved', { name, index: index + 1, total: left }));
  }

  private renderStep(step: StepState, index: number, total: number): TemplateResult {
    const { t } = this.view.text;
    const target = this.target(step, index);
    const n = index + 1;
    const id = `step-${index}`;
    return html`<li>
      <section class="step box" aria-labelledby="${id}-title">
        <h3 id="${id}-title" tabindex="-1">${t('stepTitle', { index: n, total, name: this.name(step.tag) })}</h3>
        <div class="row">
          <button type="button" id="${id}-up" aria-disabled=${index === 0 ? 'true' : nothing} @click=${() => this.move(index, -1)}>
            ${t('moveUp', { index: n })}
          </button>
          <button type="button" id="${id}-down" aria-disabled=${index === total - 1 ? 'true' : nothing} @click=${() => this.move(index, 1)}>
            ${t('moveDown', { index: n })}
          </button>
          <button type="button" id="${id}-remove" @click=${() => this.remove(index)}>${t('removeStep', { index: n })}</button>
        </div>
        <div class="field">
          <label for="${id}-instruction">${t('instruction')}</label>
          <p class="hint" id="${id}-instruction-hint">${t(index === 0 ? 'instructionHintFirst' : 'instructionHint')}</p>
          ${renderMarkupNote(this.view, `${id}-instruction`, step.instruction)}
          <textarea id="${id}-instruction" rows="2" aria-describedby="${id}-instruction-hint" .value=${live(step.instruction)}
            @input=${(e: Event) => this.view.edit((draft) => void (draft.steps[index]!.instruction = (e.target as HTMLTextAreaElement).value))}></textarea>
        </div>
        ${fieldsOf(target).map((field) => renderField(this.view, field, target))}
      </section>
    </li>`;
  }

  render(): TemplateResult {
    const { t } = this.view.text;
    const steps = this.view.state().steps;
    return html`<fieldset>
      <legend>${t('stepsHeading')}</legend>
      <p class="hint">${t('stepsHint')}</p>
      ${steps.length
        ? html`<ol class="list steps">
            ${steps.map((step, i) => this.renderStep(step, i, steps.length))}
          </ol>`
        : html`<p class="hint">${t('noSteps')}</p>`}
      <div class="field">
        <label for="new-step">${t('newStep')}</label>
        <div class="row">
          <select id="new-step">
            ${STEP_TAGS.map((tag) => html`<option value=${tag}>${this.name(tag)}</option>`)}
          </select>
          <button type="button" @click=${this.add}>${t('addStep')}</button>
        </div>
      </div>
      ${this.announcer.render()}
    </fieldset>`;
  }
}
