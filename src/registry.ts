/**
 * The one list of the elements (the exercises and `<tend-flow>`). Adding an exercise = its folder
 * (`src/<exercise>/`, see the README's "Developing"), one entry here, and its words in each locale's folder
 * (`src/locales/<lang>/<exercise>.ts`); then `npm run registry` writes everything derived from this list into
 * `src/entries/` (the entry and registering modules, the index, the React wrappers, the autoloader's table, the
 * data types, the summaries, each locale's module) and the `package.json` paths, and `npm test` fails while any of
 * it is stale. The build, the size budget, the layout checks, the strings table, the flow, xAPI, Storybook and the
 * tests read the list too.
 *
 * Plain data without imports, so the Node scripts read it too.
 */
export interface WidgetInfo {
  /** The id in every event's `detail.exercise`, the storage keys and the module path (`tend-widgets/<exercise>`). */
  exercise: string;
  tag: `tend-${string}`;
  /** The element class, and the React component of `tend-widgets/react`. */
  className: `Tend${string}`;
  /**
   * Extra events the React component maps, each to `on` + its name in PascalCase (`tend-step` → `onTendStep`),
   * typed by the core's event class of that name (`TendStepEvent` in src/core/events.ts).
   */
  reactEvents?: readonly `tend-${string}`[];
  /** The flow: it holds the other exercises as its steps (it is never a step, and has no summary of its own). */
  holdsSteps?: true;
  xapi: {
    verb: 'answered' | 'completed';
    name: string;
    description: string;
    interactionType: 'fill-in' | 'long-fill-in' | 'other';
  };
  /**
   * Size ceilings in kB gzip (`npm run size`): `alone`, the element's entry with all it imports statically (an app's
   * first load); `share`, what it adds to `dist/tend.min.js`; `page`, a page with this one element through
   * `dist/cdn/autoloader.js` (the autoloader, the element's file and every chunk they import statically).
   */
  budget: { alone: number; share: number; page: number };
  /**
   * The forms of the element whose height differs before any interaction, which `dist/tend.css` reserves space
   * for and the layout-shift check measures: `when`, the attribute selector of the form (none: the element as
   * such); `attributes` and `children`, the markup measured. Default: the bare element.
   */
  layout?: readonly LayoutForm[];
}

export interface LayoutForm {
  when?: `[${string}]`;
  attributes?: string;
  children?: string;
}

/** One widget: its tag follows from its id (`tend-<exercise>`). */
const widget = <const E extends string, const C extends `Tend${string}`, const I extends Omit<WidgetInfo, 'exercise' | 'tag' | 'className'>>(
  exercise: E,
  className: C,
  info: I,
) => ({
  exercise,
  tag: `tend-${exercise}` as const,
  className,
  ...info,
});

export const widgets = [
  widget('i-statement', 'TendIStatement', {
    xapi: { verb: 'answered', name: 'I-statement', description: 'I feel [emotion] when [situation] because [reason]. I need [request].', interactionType: 'fill-in' },
    budget: { alone: 28.4, share: 12.3, page: 31.0 },
  }),
  widget('stop-timer', 'TendStopTimer', {
    reactEvents: ['tend-step'],
    xapi: { verb: 'completed', name: 'STOP skill', description: 'Stop, take a breath, observe, proceed.', interactionType: 'other' },
    budget: { alone: 30.5, share: 7.3, page: 33.7 },
  }),
  widget('agreement', 'TendAgreement', {
    xapi: { verb: 'completed', name: 'Relationship agreement', description: 'A living agreement with a review date.', interactionType: 'long-fill-in' },
    budget: { alone: 34.6, share: 11.1, page: 36.8 },
    layout: [
      { attributes: 'with="Alex, Sam" review="monthly"' },
      { when: "[template='full']", attributes: 'template="full"' },
      { when: "[template='blank']", attributes: 'template="blank"' },
    ],
  }),
  widget('reflection-card', 'TendReflectionCard', {
    xapi: { verb: 'answered', name: 'Reflection cards', description: 'Reflection prompts with journaling answers.', interactionType: 'long-fill-in' },
    budget: { alone: 27.9, share: 4.0, page: 31.2 },
    layout: [
      {},
      { when: "[deck='check-in']", attributes: 'deck="check-in"' },
      { when: "[deck='jealousy']", attributes: 'deck="jealousy"' },
      { when: "[deck='repair']", attributes: 'deck="repair"' },
      { when: "[deck='progress']", attributes: 'deck="progress"' },
    ],
  }),
  widget('check-in', 'TendCheckIn', {
    xapi: { verb: 'answered', name: 'Check-in', description: 'How I feel, a highlight, a challenge and what I need.', interactionType: 'long-fill-in' },
    budget: { alone: 30.1, share: 6.0, page: 33.9 },
    layout: [{ attributes: 'with="Alex"' }, { when: "[rhythm='weekly']", attributes: 'rhythm="weekly"' }],
  }),
  widget('jealousy-journal', 'TendJealousyJournal', {
    xapi: { verb: 'answered', name: 'Jealousy journal', description: 'What happened, the feeling and its strength, the need or boundary behind it.', interactionType: 'long-fill-in' },
    budget: { alone: 38.5, share: 7.4, page: 43.1 },
    layout: [{ attributes: 'with="Sam"' }],
  }),
  widget('active-listening', 'TendActiveListening', {
    xapi: { verb: 'completed', name: 'Active listening', description: 'Two people take turns: one speaks, the other reflects back, asks and validates; then they swap.', interactionType: 'long-fill-in' },
    budget: { alone: 32.4, share: 8.1, page: 35.7 },
  }),
  widget('repair', 'TendRepair', {
    xapi: { verb: 'answered', name: 'Repair after a conflict', description: 'My part, the impact, an apology, a plan, a follow-up and a way to reconnect.', interactionType: 'long-fill-in' },
    budget: { alone: 38.9, share: 9.0, page: 43.0 },
    layout: [{ attributes: 'with="Sam"' }],
  }),
  widget('flow', 'TendFlow', {
    holdsSteps: true,
    xapi: { verb: 'completed', name: 'Guided session', description: 'Several exercises in order, as one session.', interactionType: 'other' },
    budget: { alone: 30.5, share: 5.5, page: 34.1 },
    layout: [{ attributes: 'heading="Before we talk"', children: '<tend-stop-timer></tend-stop-timer><tend-i-statement></tend-i-statement>' }],
  }),
] as const satisfies readonly WidgetInfo[];

export type Widget = (typeof widgets)[number];
/** The exercises, by the id that appears in every event's `detail.exercise`. */
export type ExerciseId = Widget['exercise'];
export type WidgetTag = Widget['tag'];
/** The exercises a flow takes as steps (every one but the flow). */
export type StepExerciseId = Exclude<Widget, { holdsSteps: true }>['exercise'];
