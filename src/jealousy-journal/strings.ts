import { feelingStrings } from '../core/feelings.js';

/**
 * The English strings of `<tend-jealousy-journal>` (namespace `jealousy-journal`). Seed 000
 * (000_1243f390ff428b0e.txt) asks for "a short jealousy journaling exercise when you notice the feeling
 * starting" and says how: "treat jealousy as data not as a threat", "ask yourself what the feeling is telling
 * you about a boundary or a need", "name the feeling and the need that lies behind it", "have a calm
 * conversation", "adjust agreements or boundaries if needed", "compersion is possible and it grows with
 * practice". Seed 002 gives the history's frame. `{name}` is the people of `with`, or `someone`.
 */
export const jealousyJournalStrings = {
  heading: 'Jealousy journal',
  headingInDanger: 'Your words',
  intro:
    'Jealousy is normal in any relationship style. Treat it as data, not as a threat: name the feeling, and ask what it is telling you about a need or a boundary.',
  someone: 'them',

  situationLabel: 'What happened',
  situationHint: 'As a camera would have seen it, such as "they posted photos from a weekend away".',
  feelingsLegend: 'What do you feel?',
  feelingsHint: 'Name the feeling without judging it. Choose as many as fit.',
  neighbours: {
    label: 'Jealousy and its neighbours',
    words: ['jealous', 'envious', 'left out', 'insecure', 'afraid of losing you', 'possessive', 'competitive', 'less important'],
  },
  ownFeelingsLabel: 'Other feelings, in your own words (optional)',
  ownFeelingsHint: 'Separated by commas.',
  strengthLabel: 'How strong is it? (0 to 10)',
  strengthHint: 'A number is information, not a grade. Any number is all right to feel.',
  strengthValue: '{value} of 10',
  strengthNotChosen: 'Not chosen',
  strengthLow: 'barely there',
  strengthHigh: 'as strong as it gets',
  needLabel: 'What it tells me about a need or a boundary',
  needHint: 'Ask what the feeling is telling you. Start from one of these, or write your own.',
  needChoicesLabel: 'Needs and boundaries',
  needChoices: [
    { label: 'Reassurance', words: 'reassurance' },
    { label: 'Time together', words: 'time together' },
    { label: 'Being included', words: 'to be included' },
    { label: 'Knowing what to expect', words: 'to know what to expect' },
    { label: 'A boundary about…', words: 'a boundary about ' },
  ],
  sayLabel: "What I'd like to say (optional)",
  sayHint: 'A calm, honest conversation can defuse a problem before it grows.',
  sayToStatement: 'Turn this into an I-statement',
  carried: 'Carried into the I-statement: your feeling, what happened and your need. Change anything there.',
  carriedNothing: 'The I-statement already holds your own words there, so nothing was replaced.',
  carryNothingYet: 'Nothing to carry yet: write what happened and name a feeling first.',
  agreementLabel: 'An agreement to revisit (optional)',
  agreementHint: 'Agreements are living: an agreement or a boundary can be adjusted if needed.',
  gladLabel: 'Anything I can feel glad about for {name}? (optional)',
  gladHint:
    "Only if something is there. Compersion, joy at a partner's happiness with someone else, is possible and grows with practice. It is never required: leaving this empty is fine.",

  errorSituation: 'Write what happened, as a camera would have seen it.',
  errorFeelings: 'Name at least one feeling: choose one above, or write your own.',
  missingSituation: 'what happened',
  missingFeelings: 'what you feel',
  stillMissing: 'Still to write: {parts}.',
  kept: 'Kept this entry on this device.',
  notKept:
    'This entry could not be kept in this browser: its storage is full or not available. It is still here on the screen; download it to keep it.',
  completed: 'Finished. Thank you for listening to what the feeling had to say.',

  // 002: "Celebrate small victories and track patterns over time. Growth is rarely linear so patience compassion and curiosity are essential".
  historyHeading: 'Your jealousy journal over time',
  historyIntro: 'Notice what comes back. Growth is rarely linear, so patience, compassion and curiosity are essential.',
  historyEmpty: 'No entries kept yet. After Done, each entry is kept here.',
  strengthOverTime: 'How strong it felt in the last four weeks',
  strengthPoint: '{date}: {value} of 10',
  fieldDate: 'Date',
  noStrengths: 'No strength chosen in the last four weeks.',
  feelingsOften: 'Feelings named most often in the last four weeks',
  noRecentFeelings: 'No feelings named in the last four weeks.',
  needsRecur: 'Needs and boundaries that came back in the last four weeks',
  noRecurringNeeds: 'No need or boundary came back more than once in the last four weeks.',
  'times.one': 'once',
  'times.other': '{count} times',
  eachEntry: 'Each entry',
  'older.one': 'Show {count} older entry',
  'older.other': 'Show {count} older entries',
  fieldWith: 'With',
  fieldSituation: 'What happened',
  fieldFeelings: 'Feelings',
  fieldStrength: 'Strength',
  fieldNeed: 'Need or boundary',
  fieldSay: 'What I would like to say',
  fieldAgreement: 'Agreement to revisit',
  fieldGlad: 'Glad for them',
  downloadCsv: 'Download as CSV',
  downloaded: 'Downloaded {file}.',
  forgetAll: 'Forget all entries…',
  confirmForget: 'Forget every kept entry? They are removed from this browser and cannot be brought back.',
  confirmYes: 'Forget all',
  confirmNo: 'Keep them',
  forgotAll: 'Every kept entry was removed from this browser.',

  ...feelingStrings,
};

export type JealousyJournalStringKey = keyof typeof jealousyJournalStrings;
