import { feelingStrings } from '../core/feelings.js';

/**
 * The English strings of `<tend-check-in>` (namespace `check-in`). Prompts and hints come from the
 * seeds in /work/shared/seeds, each named with its line: 000 is 000_1243f390ff428b0e.txt,
 * 002 is 002_31a936a8e8f5f16c.txt. The rest is the widget's own plain wording.
 */
export const checkInStrings = {
  // 000:52 "Set a 15 minute daily check in with one partner to share highlights from the day and a challenge".
  'heading.daily': 'Daily check-in',
  'intro.daily': 'Fifteen minutes to share highlights from the day and a challenge.',
  // 000:50 "Schedule a 20 minute self check in once a week to name feelings and needs".
  'heading.weekly': 'Weekly self check-in',
  'intro.weekly': 'Twenty minutes once a week to name feelings and needs.',
  // 002:16 "Make time for daily check ins to share how each person is feeling".
  withNames: 'A check-in with {names}, to share how each person is feeling. Each of you keeps your own, on your own device.',

  // 002:18 "Name emotions instead of judging them to reduce shame and increase openness".
  feelingsLegend: 'How do you feel?',
  feelingsHint: 'Name emotions instead of judging them. Choose as many as fit.',
  ownFeelingsLabel: 'Other feelings, in your own words (optional)',
  ownFeelingsHint: 'Separated by commas.',
  // 002:10 "daily check ins or an evening moment to share highs and lows".
  highlightLabel: 'A highlight from the day (optional)',
  highlightHint: 'A high from today, small or large, if there was one.',
  // 002:29 "Celebrate small victories".
  winLabel: 'A small win of the week (optional)',
  winHint: 'Celebrate small victories.',
  // 002:10 "highs and lows". No hint tells a person how to grow from a bad day.
  'challengeLabel.daily': 'A challenge from the day (optional)',
  'challengeHint.daily': 'A low from today, if you want to name it.',
  'challengeLabel.weekly': 'A challenge of the week (optional)',
  'challengeHint.weekly': 'What was hard this week, if you want to name it.',
  // 000:33 "naming your feelings describing the need behind them".
  'needLabel.daily': 'What you need (optional)',
  'needLabel.weekly': 'What you need (optional)',
  needHint: 'Describe the need behind your feelings.',

  errorFeelings: 'Name at least one feeling: choose one above, or write your own.',
  errorHighlight: 'Write a highlight from the day, small or large.',
  errorChallenge: 'Write a challenge from the day.',
  errorNeed: 'Write what you need.',
  partFeelings: 'how you feel',
  partHighlight: 'a highlight',
  partChallenge: 'a challenge',
  partNeed: 'what you need',
  stillMissing: 'Still to write: {parts}.',
  kept: 'Kept your check-in for {date} on this device.',
  notKept: 'Your check-in could not be kept in this browser: its storage is full or not available. It is still here on the screen; download it to keep it.',

  // 002:29 "Celebrate small victories and track patterns over time. Growth is rarely linear so patience compassion and curiosity are essential".
  historyHeading: 'Your check-ins over time',
  historyIntro: 'Track patterns over time. Growth is rarely linear, so patience, compassion and curiosity are essential.',
  historyEmpty: 'No check-ins kept yet. After Done, each day’s check-in is kept here.',
  feelingsOften: 'Feelings named most often in the last four weeks',
  noRecentFeelings: 'No feelings named in the last four weeks.',
  needsRecur: 'Needs that came back in the last four weeks',
  noRecurringNeeds: 'No need came back more than once in the last four weeks.',
  'times.one': 'once',
  'times.other': '{count} times',
  eachCheckIn: 'Each check-in',
  'older.one': 'Show {count} older check-in',
  'older.other': 'Show {count} older check-ins',
  fieldWith: 'With',
  fieldFeelings: 'Feelings',
  fieldHighlight: 'Highlight',
  fieldWin: 'Small win',
  fieldChallenge: 'Challenge',
  fieldNeed: 'Need',
  downloadCsv: 'Download as CSV',
  downloaded: 'Downloaded {file}.',
  forgetAll: 'Forget all check-ins…',
  confirmForget: 'Forget every kept check-in? They are removed from this browser and cannot be brought back.',
  confirmYes: 'Forget all',
  confirmNo: 'Keep them',
  forgotAll: 'Every kept check-in was removed from this browser.',

  ...feelingStrings,
};
