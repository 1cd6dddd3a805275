import type { ActiveListeningData } from './schema.js';
import type { ListeningWords } from './view.js';

/**
 * The rounds as plain text, for `send-to` and `share`: the title, then each round's words under their labels
 * (the tries as a number: counted, never scored), then the breaks taken; `''` while no round counts.
 */
export function roundsToText(data: ActiveListeningData, words: ListeningWords, title: string): string {
  if (!data.rounds.length) return '';
  const rounds = data.rounds.map((round, i) =>
    [
      words.t('round.beyond', { round: i + 1 }),
      `${words.t('fieldSpeaker')}: ${round.speaker}`,
      `${words.t('fieldSaid')}: ${round.said.trim()}`,
      `${words.t('fieldReflection')}: ${round.reflection.trim()}`,
      `${words.t('fieldTries')}: ${round.tries}`,
      ...(round.question.trim() ? [`${words.t('fieldQuestion')}: ${round.question.trim()}`] : []),
      `${words.t('fieldValidation')}: ${round.validation.trim()}`,
    ].join('\n'),
  );
  return `${[title, ...rounds, `${words.t('fieldBreaks')}: ${data.breaks}`].join('\n\n')}\n`;
}
