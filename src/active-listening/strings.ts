/**
 * The English strings of `<tend-active-listening>` (namespace `active-listening`). The four skills come
 * from seed 001 (001_228c2ee457f676cc.txt), "Active Listening Skills": "Reflect back what you heard before
 * responding", "Ask clarifying questions instead of making assumptions", "Validate emotions even if you
 * disagree with the situation", "Take breaks if either person becomes overwhelmed"; seed 002 adds
 * "reflective listening. Repeat back feelings you hear". `{speaker}` and `{listener}` are the two names.
 */
export const activeListeningStrings = {
  heading: 'Listening to each other',
  headingInDanger: 'Your words',
  intro:
    'Two people, one device, taking turns. One of you speaks; the other reflects back what they heard before responding, asks a clarifying question instead of assuming, and validates the feeling, even where they disagree. Either of you can take a break at any moment.',
  defaultFirst: 'Person A',
  defaultSecond: 'Person B',

  'turn.say': '{speaker}, your turn: say what you want {listener} to hear.',
  'turn.reflect': '{listener}, your turn: say back what you heard, before responding.',
  'turn.check': '{speaker}, is that what you meant?',
  'turn.respond': '{listener}, your turn: a question, then what makes sense to you.',
  'turn.break': 'A break. You go on when you are both ready.',

  saidLabel: '{speaker}: what I want you to hear',
  saidHint: 'One thing, about you: what happened and how it felt.',
  pass: 'Pass to {listener}',
  heardLabel: '{listener}: what I heard, in my own words',
  heardHint: 'Reflect back what you heard before responding: the feeling as well as the facts. Your side can wait for your turn.',
  offer: 'Check with {speaker}',
  thatsIt: "That's it",
  notQuite: 'Not quite',
  notQuiteNext: '{listener}, have another go: what did {speaker} mean? Getting it right can take a few tries; that is how listening works.',
  noPeeking: 'No peeking: hide what the speaker wrote while the listener reflects',
  saidHidden: "{speaker}'s words are hidden until {speaker} says \"That's it\".",
  saidQuote: '{speaker} said',
  heardQuote: '{listener} heard',
  questionLabel: '{listener}: one clarifying question',
  questionHint: 'Ask instead of assuming, such as "What was the hardest part for you?" You can leave it empty.',
  validationLabel: '{listener}: it makes sense that you feel… because…',
  validationHint: 'Validating is not agreeing: you can understand how {speaker} feels and still see the situation differently.',
  swap: 'Swap roles',

  takeBreak: 'Take a break',
  breakHeading: 'Taking a break',
  breakText:
    'Taking a break when either of you feels overwhelmed is part of listening well. Say that you need a pause, step away and breathe slowly; then come back to the conversation when you are both ready.',
  breakLength: 'About twenty minutes is often enough for a body to settle.',
  breakBreathe: 'Breathe with the STOP timer',
  breatheIn: 'Breathe in',
  hold: 'Hold',
  breatheOut: 'Breathe out',
  breathProgress: 'Progress of this breath phase',
  ready: "We're ready",

  'round.of': 'Round {round} of {suggested}',
  'round.beyond': 'Round {round}',
  'roundsReached.one': 'That is the round suggested: you can stop here, or keep going.',
  'roundsReached.other': 'That is the {count} rounds suggested: you can stop here, or keep going.',
  roundKept: 'Round {round} kept. Now {speaker} speaks and {listener} listens.',

  errorSaid: '{speaker}, write what you want {listener} to hear.',
  errorReflection: '{listener}, write back what you heard.',
  errorValidation: '{listener}, write what makes sense about how {speaker} feels.',
  missingSaid: 'what {speaker} wants heard',
  missingReflection: "{listener}'s reflection, with a \"That's it\"",
  missingValidation: "{listener}'s validation",
  breakFirst: 'You are on a break: choose "We\'re ready" to go on.',
  stillMissing: 'Done needs one round. Still to do: {parts}.',
  droppedRound: 'The round in progress is not kept: a round counts once its validation is written.',

  tipPrefix: 'Tip:',
  hintArguing: '"{word}" answers back. A reflection only mirrors what {speaker} said; your side has its place in your turn to speak.',
  hintAccusingQuestion: '"{word}" can sound like an accusation. Try an open question, such as "What was that like for you?"',
  hintValidationBut: '"{word}" can take back the validation. Try ending after "because…"; your view can wait for your turn to speak.',

  fieldSpeaker: 'Speaker',
  fieldSaid: 'Said',
  fieldReflection: 'Heard',
  fieldTries: 'Tries',
  fieldQuestion: 'Question',
  fieldValidation: 'Makes sense',
  fieldBreaks: 'Breaks',

  completed: 'Finished. Thank you both for listening.',
};

export type ActiveListeningStringKey = keyof typeof activeListeningStrings;
