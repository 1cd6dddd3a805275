import type { ExerciseDataMap, ExerciseId } from '../../src/core/types.js';
import { press, textOf, type } from '../helpers/harness.js';
import { FakeClock } from '../stop-timer/fake-clock.js';
import { validatedRound, walkTo } from '../active-listening/walk.js';
import { button } from '../helpers/harness.js';

export type Widget = HTMLElement & {
  updateComplete: Promise<unknown>;
  value: unknown;
  reset(): void;
  checkValidity(): boolean;
  formStateRestoreCallback(state: unknown, reason: string): void;
  clock?: unknown;
};

/**
 * What the contract suite needs to know about one widget: its attributes for the run, an edit by
 * the person, a change to a value (for value/set and restore), Start over, and how to finish. A widget
 * added to src/registry.ts fails to compile until it has an entry.
 */
export interface ContractFixture<E extends ExerciseId> {
  attributes?: Record<string, string>;
  /** Types into one field, as a person would. */
  edit(el: Widget, text: string): Promise<void>;
  /** A different, valid value made from the current one. */
  changed(value: ExerciseDataMap[E]): ExerciseDataMap[E];
  /** What the form submits for a value. */
  formValue(value: ExerciseDataMap[E]): string;
  startOver(el: Widget): Promise<void>;
  complete(el: Widget): Promise<void>;
}

const json = (value: unknown) => JSON.stringify(value);

/** The exercises (the flow, which holds them, has its own suite). */
export type ContractExercise = Exclude<ExerciseId, 'flow'>;

export const contractFixtures: { [E in ContractExercise]: ContractFixture<E> } = {
  'i-statement': {
    edit: (el, text) => type(el, '#emotion', text),
    changed: () => ({ emotion: 'calm', situation: 'we talk', reason: '', need: 'time', text: 'I feel calm when we talk. I need time.' }),
    formValue: (value) => value.text,
    startOver: (el) => press(el, '.actions button:last-child'),
    complete: async (el) => {
      await type(el, '#emotion', 'calm');
      await type(el, '#situation', 'we talk');
      await type(el, '#need', 'time');
      await press(el, 'button.primary');
    },
  },
  'stop-timer': {
    attributes: { notes: '', durations: '1 1 1 1' },
    edit: async (el, text) => {
      if (!(el.clock instanceof FakeClock)) el.clock = new FakeClock();
      if (!el.shadowRoot!.querySelector('#note-observe')) {
        await press(el, '[data-main]');
        await press(el, '[data-skip]');
        await press(el, '[data-skip]');
      }
      await type(el, '#note-observe', text);
    },
    changed: (value) => ({ ...value, notes: { observe: 'tight chest', proceed: 'a walk' } }),
    formValue: (value) => json(value),
    startOver: (el) => press(el, '[data-reset]'),
    complete: async (el) => {
      if (!(el.clock instanceof FakeClock)) el.clock = new FakeClock();
      if (textOf(el, '[data-main]') === 'Start') await press(el, '[data-main]');
      while (!el.shadowRoot!.querySelector('[data-done]')) await press(el, '[data-skip]');
      await press(el, '[data-done]');
    },
  },
  agreement: {
    edit: (el, text) => type(el, '#title', text),
    changed: (value) => ({ ...value, title: 'Us', sections: value.sections.map((s, i) => (i === 0 ? { ...s, items: ['Tuesday evenings'] } : s)) }),
    formValue: (value) => json(value),
    startOver: async (el) => {
      // The agreement has no Start over: its Remove is what throws words away.
      await type(el, '#add-0', 'Tuesday evenings');
      await press(el, 'button[aria-label^="Add to"]');
      await press(el, 'button.remove');
    },
    complete: async (el) => {
      await type(el, '#add-0', 'Tuesday evenings');
      await press(el, 'button[aria-label^="Add to"]');
      await press(el, 'button.primary');
    },
  },
  'check-in': {
    edit: (el, text) => type(el, '#highlight', text),
    changed: (value) => ({ ...value, feelings: ['calm'], highlight: 'a walk', challenge: 'a long day', need: 'rest' }),
    // '' until Done would accept it: a feeling, a highlight, a challenge and a need.
    formValue: (value) => (value.feelings.length && value.highlight && value.challenge && value.need ? json(value) : ''),
    startOver: (el) => press(el, '.actions button:last-child'),
    complete: async (el) => {
      await type(el, '#own-feelings', 'calm');
      await type(el, '#highlight', 'a walk');
      await type(el, '#challenge', 'a long day');
      await type(el, '#need', 'rest');
      await press(el, 'button.primary');
    },
  },
  'jealousy-journal': {
    edit: (el, text) => type(el, '#situation', text),
    changed: (value) => ({ ...value, situation: 'They went out without me.', feelings: ['jealous'], strength: 6, need: 'reassurance' }),
    // '' until Done would accept it: what happened and one feeling.
    formValue: (value) => (value.situation.trim() && value.feelings.length ? json(value) : ''),
    startOver: (el) => press(el, '.actions button:last-child'),
    complete: async (el) => {
      await type(el, '#situation', 'They went out without me.');
      await type(el, '#own-feelings', 'jealous');
      await press(el, 'button.primary');
    },
  },
  repair: {
    attributes: { with: 'Sam' },
    edit: (el, text) => type(el, '#part', text),
    changed: (value) => ({
      ...value,
      part: 'I raised my voice',
      impact: 'you felt small',
      apology: 'shouting',
      plan: 'take a break first',
      reconnect: 'a walk',
      text: "Sam, I want to own my part: I raised my voice. I can see the impact it had on you: you felt small. I'm sorry for shouting. Next time, I will take a break first. When you are ready, I'd like us to reconnect: a walk.",
    }),
    // '' until Done would accept it: the part, the impact, the apology and the plan.
    formValue: (value) => (value.part && value.impact && value.apology && value.plan ? json(value) : ''),
    startOver: (el) => press(el, '.actions:not([role]) button:last-child'),
    complete: async (el) => {
      await type(el, '#part', 'I raised my voice');
      await type(el, '#impact', 'you felt small');
      await type(el, '#apology', 'shouting');
      await type(el, '#plan', 'take a break first');
      await press(el, 'button.primary');
    },
  },
  'reflection-card': {
    edit: (el, text) => type(el, '#answer', text),
    changed: (value) => ({ ...value, answers: value.answers.map((a, i) => (i === 0 ? { ...a, answer: 'Quiet mornings' } : a)) }),
    formValue: (value) => json(value),
    startOver: (el) => press(el, '.actions:not(.nav) button:last-child'),
    complete: async (el) => {
      await type(el, '#answer', 'Quiet mornings');
      await press(el, 'button.primary');
    },
  },
  'active-listening': {
    attributes: { with: 'Sam, Alex' },
    // A round is in the data once its validation is written: the person's edit is the validation, the round walked to it.
    edit: async (el, text) => {
      await walkTo(el, 'respond');
      await type(el, '#validation', text);
    },
    changed: (value) => ({
      ...value,
      rounds: [{ speaker: value.with[0], said: 'I felt alone', reflection: 'You felt alone', tries: 2, question: '', validation: 'It makes sense' }],
      breaks: 1,
    }),
    // '' until Done would accept it: one round.
    formValue: (value) => (value.rounds.length ? json(value) : ''),
    startOver: (el) => press(el, button(el, 'Start over')),
    complete: async (el) => {
      await validatedRound(el);
      await press(el, button(el, 'Done'));
    },
  },
};
