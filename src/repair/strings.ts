import { englishTemplates } from './compose.js';

/**
 * The English strings of `<tend-repair>` (namespace `repair`). The steps and their wording come from seed 001
 * (001_228c2ee457f676cc.txt), "The Repair Process" and "Trust Rebuilding After Breaks", each quoted above the
 * strings it shaped. `{name}` is the people of `with` as the widget lists them ("Sam and Alex"), or `someone`
 * when there are none.
 */
export const repairStrings = {
  heading: 'Repair after a conflict',
  /** The heading while the person writes words of danger: no repair is offered as the answer to them. */
  headingInDanger: 'Your words',
  // "All couples have conflicts and disconnections. What matters is how quickly and effectively you repair them."
  intro:
    'All couples have conflicts and disconnections; what matters is how you repair them. Prepare what you would like to say: your part, the impact, an apology, a plan, and a way to reconnect.',
  withNames: 'A repair with {name}.',
  someone: 'the other person',

  // "Take responsibility for your part without deflecting".
  partLabel: 'My part in what happened',
  partHint: 'What you did or did not do, in your own words, such as "I was on my phone all through dinner". Your part only, without deflecting.',
  // "Acknowledge the impact on your partner"; "Acknowledge the impact of your actions".
  impactLabel: 'The impact on {name}',
  impactHint: 'What it was like for {name}, as far as you can tell, such as "you waited up all evening".',
  // "Express genuine remorse (not just 'I'm sorry you feel that way')".
  apologyLabel: "I'm sorry for…",
  apologyHint: 'What you regret doing, such as "not listening". Genuine remorse is about what you did, not about how {name} feels.',
  // "Make specific plans to handle similar situations differently"; "Make specific, realistic commitments".
  planLabel: 'Next time I will…',
  planHint: 'One specific, realistic thing you will do differently in a similar situation, such as "put my phone in another room when we eat".',
  // "Follow through with changed behavior"; "Focus on consistent behavior change"; Step 4: trust is "built through consistent, small actions over time".
  followUpLabel: 'Follow up on',
  followUpHint: 'A day to check how the change is going. Trust is rebuilt through consistent, small actions over time.',
  followUpClear: 'Clear the date',
  // "Reconnect through affection, quality time, or your partner's love language".
  reconnectLabel: 'A way to reconnect (optional)',
  reconnectHint: 'Through affection, quality time, or what speaks to {name} most. Start from one of these, or write your own.',
  reconnectChoicesLabel: 'Ways to reconnect',
  reconnectChoices: [
    { label: 'Affection', words: 'a hug, if you would like one' },
    { label: 'Quality time', words: 'some quality time together, just us' },
    { label: "{name}'s love language", words: 'in the way that means the most to you' },
  ],
  // "Be patient with your partner's healing process".
  patience: "Be patient with {name}'s healing process: an apology opens the door, and healing takes its own time.",
  // "Consider couples therapy for major breaches".
  therapy: 'After a major breach of trust, couples therapy can help.',

  previewLabel: 'What you could say',
  previewEmpty: 'Your words come together here once you have written your part, the impact, your apology and your plan.',
  'sentence.part': englishTemplates.part,
  'sentence.partNamed': englishTemplates.partNamed,
  'sentence.impact': englishTemplates.impact,
  'sentence.apologyFor': englishTemplates.apologyFor,
  'sentence.apologyAs': englishTemplates.apologyAs,
  'sentence.apologyComma': englishTemplates.apologyComma,
  'sentence.apologyThat': englishTemplates.apologyThat,
  'sentence.apologySentence': englishTemplates.apologySentence,
  'sentence.planWill': englishTemplates.planWill,
  'sentence.planAs': englishTemplates.planAs,
  'sentence.planNegative': englishTemplates.planNegative,
  'sentence.reconnect': englishTemplates.reconnect,

  tipPrefix: 'Tip:',
  hintNonApology:
    '"{word}" can sound like an apology for how {name} feels rather than for what you did. Try naming what you did, such as "for raising my voice".',
  hintDeflecting:
    '"{word}" turns the attention to what {name} did, and a repair can turn into an argument there. Try staying with your own part; theirs can have a conversation of its own.',
  hintApologyBut: '"{word}" can take back what came before it. Try letting the apology stand on its own; the reasons can wait for another talk.',
  hintVaguePlan:
    '"{word}" is hard for {name} to see or count on. Try one specific thing you will do, such as "say I need twenty minutes, then come back".',

  errorPart: 'Write your part in what happened, such as "I raised my voice".',
  errorImpact: 'Write the impact on {name}, as far as you can tell.',
  errorApology: 'Write what you are sorry for, such as "not listening".',
  errorPlan: 'Write one thing you will do differently next time.',
  errorFollowUp: 'Choose a date to follow up on, or clear it.',
  missingPart: 'your part',
  missingImpact: 'the impact',
  missingApology: 'what you are sorry for',
  missingPlan: 'what you will do next time',
  stillMissing: 'Still to write: {parts}.',
  ready: 'Your words are ready for when you both are.',
  copy: 'Copy what I could say',
  takeAway: 'Take your words with you',
  nothingToCopy: 'There is nothing to copy yet. Still to write: {parts}.',

  reminderAdd: 'Add the follow-up to my calendar',
  reminderTitle: 'Follow up on our repair',
  reminderTitleNamed: 'Follow up with {name}',
  reminderIncludeWords: 'Put my words in the reminder',
  reminderIncludeHint: 'Only if you choose it: a calendar may be synced, shared or shown on a lock screen.',
  reminderDownloaded: 'Downloaded {file}. Open it to add the reminder to your calendar.',

  fieldWith: 'With',
  fieldPart: 'My part',
  fieldImpact: 'The impact',
  fieldApology: 'My apology',
  fieldPlan: 'Next time',
  fieldFollowUp: 'Follow up on',
  fieldReconnect: 'A way to reconnect',

  completed: 'Finished. Take the time you both need: a calm moment helps the words land.',
};

export type RepairStringKey = keyof typeof repairStrings;
