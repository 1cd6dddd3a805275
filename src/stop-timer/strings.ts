/**
 * English UI strings of `<tend-stop-timer>`. Every key can be replaced by the embedder through the
 * `strings` property (or a `<script type="application/json" data-tend-strings>` child), and by a locale.
 * The step wording follows seed 001's STOP technique.
 */
export const stopTimerStrings = {
  heading: 'The STOP technique',
  intro: 'Four short, timed steps for responding thoughtfully rather than reacting impulsively. Press Start when you are ready.',
  'step.stop.title': 'Stop',
  'step.stop.instruction': "Stop what you're doing.",
  'step.breathe.title': 'Take a breath',
  'step.breathe.instruction': 'Take a breath (or several).',
  'step.observe.title': 'Observe',
  'step.observe.instruction': 'Observe your emotions and thoughts.',
  'step.proceed.title': 'Proceed',
  'step.proceed.instruction': 'Proceed with intention, not reaction.',
  stepsLabel: 'Steps',
  stepOf: 'Step {index} of {count}',
  'seconds.one': '{count} second',
  'seconds.other': '{count} seconds',
  start: 'Start',
  pause: 'Pause',
  resume: 'Resume',
  skip: 'Skip',
  resetButton: 'Reset',
  paused: 'Paused.',
  pausedAway: 'Paused while you were away. Press Resume when you are ready.',
  noRush: 'No rush: the next step begins when you stop writing, or when you press Next.',
  next: 'Next',
  resumed: 'Resumed.',
  breatheIn: 'Breathe in',
  hold: 'Hold',
  breatheOut: 'Breathe out',
  breathProgress: 'Progress of this breath phase',
  'note.observe': 'What do I notice — feelings, thoughts, body?',
  'note.proceed': 'What do I choose to do next?',
  noteHint: 'Optional. Take the time you need: the timer waits while you write.',
  timeUp: 'The time is up. Finish your note, then press Done.',
};
