/**
 * The one list of the elements (the exercises and `<tend-flow>`). Adding a widget = its folder (`src/<exercise>/`, with the
 * element class named `className` in `src/<exercise>/<exercise>.ts`), its examples
 * (`stories/examples/<exercise>.ts`, exporting `<camelCase exercise>Examples`) and one entry here;
 * then `npm run registry` writes what is derived from this list (the entry modules, `src/index.ts`,
 * `src/react.ts`, `stories/examples/index.ts`, the `package.json` exports), and `npm test` fails while
 * any of it is stale. The build, the size budget, the xAPI mapping, Storybook and the tests read it.
 *
 * Plain data without imports, so the Node scripts read it too.
 */
export interface WidgetInfo {
  /** The id in every event's `detail.exercise`, the storage keys and the module path (`tend-widgets/<exercise>`). */
  exercise: string;
  tag: `tend-${string}`;
  /** The element class, and the React component of `tend-widgets/react`. */
  className: `Tend${string}`;
  /** Extra events the React component maps (`onTendStep` for the timer). */
  reactEvents?: readonly ('tend-step')[];
  xapi: {
    verb: 'answered' | 'completed';
    name: string;
    description: string;
    interactionType: 'fill-in' | 'long-fill-in' | 'other';
  };
}

/** One widget: its tag follows from its id (`tend-<exercise>`). */
const widget = <const E extends string, const C extends `Tend${string}`, const I extends Pick<WidgetInfo, 'reactEvents' | 'xapi'>>(exercise: E, className: C, info: I) => ({
  exercise,
  tag: `tend-${exercise}` as const,
  className,
  ...info,
});

export const widgets = [
  widget('i-statement', 'TendIStatement', {
    xapi: { verb: 'answered', name: 'I-statement', description: 'I feel [emotion] when [situation] because [reason]. I need [request].', interactionType: 'fill-in' },
  }),
  widget('stop-timer', 'TendStopTimer', {
    reactEvents: ['tend-step'],
    xapi: { verb: 'completed', name: 'STOP skill', description: 'Stop, take a breath, observe, proceed.', interactionType: 'other' },
  }),
  widget('agreement', 'TendAgreement', {
    xapi: { verb: 'completed', name: 'Relationship agreement', description: 'A living agreement with a review date.', interactionType: 'long-fill-in' },
  }),
  widget('reflection-card', 'TendReflectionCard', {
    xapi: { verb: 'answered', name: 'Reflection cards', description: 'Reflection prompts with journaling answers.', interactionType: 'long-fill-in' },
  }),
  widget('check-in', 'TendCheckIn', {
    xapi: { verb: 'answered', name: 'Check-in', description: 'How I feel, a highlight, a challenge and what I need.', interactionType: 'long-fill-in' },
  }),
  widget('flow', 'TendFlow', {
    xapi: { verb: 'completed', name: 'Guided session', description: 'Several exercises in order, as one session.', interactionType: 'other' },
  }),
] as const satisfies readonly WidgetInfo[];

export type Widget = (typeof widgets)[number];
/** The exercises, by the id that appears in every event's `detail.exercise`. */
export type ExerciseId = Widget['exercise'];
export type WidgetTag = Widget['tag'];
