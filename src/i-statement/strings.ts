import { englishTemplates } from './templates.js';
import { feelingStrings } from '../core/feelings.js';

/**
 * The English strings of `<tend-i-statement>` (namespace `i-statement`). The formula and the example
 * come from the source text: "I feel [emotion] when [situation] because [reason]. I need [request]."
 */
export const iStatementStrings = {
  heading: 'Say it without blame',
  /** The heading while the person writes words of danger: no exercise is offered as the answer to them. */
  headingInDanger: 'Your words',
  intro:
    'Put what is going on for you into one calm sentence: "I feel [emotion] when [situation] because [reason]. I need [request]." It helps you stay open and steady while you speak.',
  sentenceWithReason: englishTemplates.withReason,
  sentenceWithoutReason: englishTemplates.withoutReason,
  sentenceFeelNoun: englishTemplates.feelNoun,
  sentenceFeelAdjective: englishTemplates.feelAdjective,

  emotionLabel: 'I feel…',
  emotionHint: 'One word for what you feel inside, such as anxious, hurt or lonely. Type your own, or choose one from the list.',
  emotionToggle: 'Show feeling words',
  vocabularyLabel: 'Feeling words',
  situationLabel: 'when…',
  situationHint: 'What happened, as a camera would have seen it, such as "you don\'t text back for hours".',
  reasonLabel: 'because… (optional)',
  reasonHint: 'Why it matters to you, such as "I start worrying something\'s wrong". You can leave it out.',
  needLabel: 'I need…',
  needHint: 'One thing you would like to happen, such as "a message when you are running late".',

  previewLabel: 'Your sentence',
  showExample: 'Show an example',
  exampleLabel: 'Example',
  example: {
    emotion: 'anxious',
    situation: "you don't text back for hours",
    reason: "I start worrying something's wrong",
    need: 'us to agree on communication expectations',
  },

  tipPrefix: 'Tip:',
  hintEmotionThought:
    'This is more a thought than a feeling. Try a word for what you feel inside, such as anxious, hurt or lonely: it is often easier to hear.',
  hintEmotionAccusation:
    '"{word}" tells what happened to you. To help them hear it, try adding the feeling it left you with, such as hurt, sad or lonely.',
  hintSituationAbsolute:
    '"{word}" can sound like a charge they must defend against: try describing one specific time, such as "when you didn\'t call last night".',
  hintSituationMakeMe:
    '"{word}" puts your feeling in their hands: try describing only what they did, such as "when you raised your voice".',
  hintNeedCharacter:
    'What you ask for matters, and one thing they could do is easier to act on: try something like "you to tell me when plans change".',

  errorEmotion: 'Write how you feel in the "I feel" field, such as "anxious" or "hurt".',
  errorSituation: 'Write what happened in the "when" field, such as "you don\'t text back for hours".',
  errorNeed: 'Write what you would like to happen in the "I need" field, such as "us to talk it through tonight".',

  check: 'Check my sentence',
  copy: 'Copy the sentence',
  partEmotion: 'how you feel',
  partSituation: 'what happened',
  partNeed: 'what you need',
  stillMissing: 'Still to write: {parts}.',
  nothingToCopy: 'There is no sentence to copy yet. Still to write: {parts}.',
  ready: 'Your sentence is ready.',
  'tips.one': '{count} tip above may help.',
  'tips.other': '{count} tips above may help.',
  completed: 'Finished. Your sentence is ready for when the moment is right.',

  ...feelingStrings,
};

export type IStatementStringKey = keyof typeof iStatementStrings;
