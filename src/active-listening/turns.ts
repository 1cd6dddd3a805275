/**
 * Two people, one device, taking turns: the rounds of active listening as a pure state machine. The four
 * skills of seed 001 ("Active Listening Skills") set the order of a round: the speaker says what they want
 * heard; the listener reflects it back before responding ("That's it" or "Not quite" from the speaker: the
 * tries are counted, never scored); the listener asks a clarifying question instead of assuming and validates
 * the feeling even if they disagree; then the pair swaps roles, or is done. Either person can take a break at
 * any moment ("take breaks if either person becomes overwhelmed"), and the round goes on where it was.
 *
 * Every function returns a new state; nothing here renders, stores or announces.
 */
import type { ActiveListeningData, ListeningRound } from './schema.js';

/**
 * Where a round is: `say` (the speaker writes what they want heard), `reflect` (the listener writes it back),
 * `check` (the speaker answers "That's it" or "Not quite"), `respond` (the listener's question and validation).
 */
export type Phase = 'say' | 'reflect' | 'check' | 'respond';

/** The fields of a round, and the phase in which each is written. */
export type TurnField = 'said' | 'reflection' | 'question' | 'validation';
const writtenIn: Record<TurnField, Phase> = { said: 'say', reflection: 'reflect', question: 'respond', validation: 'respond' };

/** The round being taken. */
export interface Turn {
  phase: Phase;
  said: string;
  reflection: string;
  /** The reflections offered to the speaker so far. */
  tries: number;
  question: string;
  validation: string;
}

export interface Listening {
  /** The two people; the first speaks first. */
  names: readonly [string, string];
  /** The rounds that count, in order. */
  rounds: readonly ListeningRound[];
  breaks: number;
  onBreak: boolean;
  turn: Turn;
}

export type Action =
  | { type: 'write'; field: TurnField; text: string }
  /** The speaker has said it: the listener reflects. */
  | { type: 'pass' }
  /** The listener offers the reflection to the speaker (a try). */
  | { type: 'offer' }
  | { type: 'thatsIt' }
  | { type: 'notQuite' }
  /** The round is kept and the next one begins, the listener now speaking. */
  | { type: 'swap' }
  | { type: 'takeBreak' }
  | { type: 'ready' };

/** What an action still needs, in the order of the round (`ready`: the pair is on a break). */
export type Needed = 'said' | 'reflection' | 'validation' | 'ready';

export interface Outcome {
  state: Listening;
  /** Empty when the action went through; else what it needs, and the state is unchanged. */
  needs: Needed[];
}

const written = (text: string) => text.trim() !== '';
const freshTurn = (): Turn => ({ phase: 'say', said: '', reflection: '', tries: 0, question: '', validation: '' });

/** A new session for two people, or one going on from its data (a draft, a `value` set by the page). */
export function startListening(names: readonly [string, string], data?: Pick<ActiveListeningData, 'rounds' | 'breaks'>): Listening {
  return { names, rounds: data?.rounds ?? [], breaks: data?.breaks ?? 0, onBreak: false, turn: freshTurn() };
}

/** The index in `names` of whoever speaks in the round being taken: the first at the start, then in turn after each kept round. */
export function speakerIndex(state: Listening): 0 | 1 {
  const last = state.rounds.at(-1);
  if (!last) return 0;
  if (last.speaker === state.names[0]) return 1;
  if (last.speaker === state.names[1]) return 0;
  return state.rounds.length % 2 === 0 ? 0 : 1;
}

export const speaker = (state: Listening): string => state.names[speakerIndex(state)];
export const listener = (state: Listening): string => state.names[1 - speakerIndex(state)]!;

/** Whose hands the device is in: the speaker says and checks, the listener reflects and responds. */
export function turnHolder(state: Listening): 'speaker' | 'listener' {
  return state.turn.phase === 'say' || state.turn.phase === 'check' ? 'speaker' : 'listener';
}

/** What the round being taken still needs before it counts. */
export function stillNeeded(turn: Turn): Needed[] {
  switch (turn.phase) {
    case 'say':
      return written(turn.said) ? ['reflection', 'validation'] : ['said', 'reflection', 'validation'];
    case 'reflect':
    case 'check':
      return ['reflection', 'validation'];
    case 'respond':
      return written(turn.validation) ? [] : ['validation'];
  }
}

/** The round being taken as a round that counts, once its validation is written. */
function roundOf(state: Listening): ListeningRound | null {
  const { turn } = state;
  if (turn.phase !== 'respond' || !written(turn.validation)) return null;
  return { speaker: speaker(state), said: turn.said, reflection: turn.reflection, tries: turn.tries, question: turn.question, validation: turn.validation };
}

const go = (state: Listening, turn: Partial<Turn>): Outcome => ({ state: { ...state, turn: { ...state.turn, ...turn } }, needs: [] });
const stay = (state: Listening, needs: Needed[] = []): Outcome => ({ state, needs });

/** The session after one action. An action out of its phase changes nothing. */
export function act(state: Listening, action: Action): Outcome {
  if (action.type === 'takeBreak') return state.onBreak ? stay(state) : { state: { ...state, onBreak: true, breaks: state.breaks + 1 }, needs: [] };
  if (action.type === 'ready') return { state: { ...state, onBreak: false }, needs: [] };
  if (state.onBreak) return stay(state, ['ready']);
  const { turn } = state;
  switch (action.type) {
    case 'write':
      return writtenIn[action.field] === turn.phase ? go(state, { [action.field]: action.text }) : stay(state);
    case 'pass':
      if (turn.phase !== 'say') return stay(state);
      return written(turn.said) ? go(state, { phase: 'reflect' }) : stay(state, ['said']);
    case 'offer':
      if (turn.phase !== 'reflect') return stay(state);
      return written(turn.reflection) ? go(state, { phase: 'check', tries: turn.tries + 1 }) : stay(state, ['reflection']);
    case 'thatsIt':
      return turn.phase === 'check' ? go(state, { phase: 'respond' }) : stay(state);
    case 'notQuite':
      // The listener tries again, from their last words.
      return turn.phase === 'check' ? go(state, { phase: 'reflect' }) : stay(state);
    case 'swap': {
      const round = roundOf(state);
      if (!round) return stay(state, stillNeeded(turn));
      return { state: { ...state, rounds: [...state.rounds, round], turn: freshTurn() }, needs: [] };
    }
  }
}

export interface Finish {
  /** The session's data with every round that counts, or null while there is none. */
  data: ActiveListeningData | null;
  /** What Done still needs: the first round's missing steps. */
  needs: Needed[];
  /** Words of a round not yet validated, which the data leaves out (the page may say so). */
  dropped: boolean;
}

/** Done: the round being taken is kept when its validation is written; Done needs one round. */
export function finish(state: Listening): Finish {
  const round = roundOf(state);
  const rounds = round ? [...state.rounds, round] : [...state.rounds];
  const { turn } = state;
  const dropped = !round && [turn.said, turn.reflection, turn.question, turn.validation].some(written);
  if (!rounds.length) return { data: null, needs: stillNeeded(turn), dropped: false };
  return { data: { with: [state.names[0], state.names[1]], rounds, breaks: state.breaks }, needs: [], dropped };
}

/**
 * The session's data as it stands (`value`, `tend-change`): the rounds that count so far, the round being
 * taken among them once its validation is written (it counts from then on, as Swap roles and Done keep it).
 */
export function listeningData(state: Listening): ActiveListeningData {
  const round = roundOf(state);
  return { with: [state.names[0], state.names[1]], rounds: round ? [...state.rounds, round] : [...state.rounds], breaks: state.breaks };
}

/** The rounds kept by Swap roles (and the breaks), without the round in progress: what a draft keeps beside that round. */
export function keptData(state: Listening): ActiveListeningData {
  return { with: [state.names[0], state.names[1]], rounds: [...state.rounds], breaks: state.breaks };
}

const PHASES: readonly Phase[] = ['say', 'reflect', 'check', 'respond'];
const isText = (value: unknown): value is string => typeof value === 'string';

/**
 * A round in progress as a draft kept it (read from storage: anything may be there), or null when it is not
 * one a session could have reached: a phase past "say" has the words said, one past "reflect" a reflection
 * offered at least once.
 */
export function turnFrom(stored: unknown): Turn | null {
  if (!stored || typeof stored !== 'object') return null;
  const { phase, said, reflection, tries, question, validation } = stored as Record<string, unknown>;
  if (!PHASES.includes(phase as Phase) || ![said, reflection, question, validation].every(isText)) return null;
  if (typeof tries !== 'number' || !Number.isInteger(tries) || tries < 0) return null;
  const at = PHASES.indexOf(phase as Phase);
  if (at >= 1 && !written(said as string)) return null;
  if (at >= 2 && (!written(reflection as string) || tries < 1)) return null;
  return { phase: phase as Phase, said: said as string, reflection: reflection as string, tries, question: question as string, validation: validation as string };
}

/** The session with a round in progress and the break it was on put back (a draft's), over the rounds it keeps. */
export function resumed(state: Listening, turn: Turn | null, onBreak: boolean): Listening {
  return { ...state, turn: turn ?? state.turn, onBreak };
}

/** The same session under new names (the `with` attribute changed): kept rounds follow their speaker's place. */
export function renamed(state: Listening, names: readonly [string, string]): Listening {
  const rename = (name: string) => (name === state.names[0] ? names[0] : name === state.names[1] ? names[1] : name);
  return { ...state, names, rounds: state.rounds.map((round) => ({ ...round, speaker: rename(round.speaker) })) };
}

/** Where the pair is against the rounds suggested: the number of the round being taken, and whether the suggestion is reached. */
export function progress(state: Listening, suggested: number): { round: number; suggested: number; reached: boolean } {
  return { round: state.rounds.length + 1, suggested, reached: state.rounds.length >= suggested };
}

/**
 * "No peeking": the speaker's words are hidden while the listener reflects and while the speaker checks the
 * reflection (so a second try cannot copy them), and shown again once the speaker says "That's it". Without
 * the option they are always shown.
 */
export function saidShown(state: Listening, noPeeking: boolean): boolean {
  return !noPeeking || state.turn.phase === 'say' || state.turn.phase === 'respond';
}

/** What a change of turn says to a screen reader, once: a string key by phase (or the break) and the two names. */
export function turnAnnouncement(state: Listening): { key: `turn.${Phase | 'break'}`; values: { speaker: string; listener: string } } {
  return { key: state.onBreak ? 'turn.break' : `turn.${state.turn.phase}`, values: { speaker: speaker(state), listener: listener(state) } };
}
