import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { activeListeningSchema } from '../../src/active-listening/schema.js';
import {
  act,
  finish,
  listener,
  listeningData,
  progress,
  renamed,
  saidShown,
  speaker,
  speakerIndex,
  startListening,
  stillNeeded,
  turnAnnouncement,
  turnHolder,
  type Action,
  type Listening,
} from '../../src/active-listening/turns.js';

/** Runs actions in order; each must go through unless it is expected to need something. */
function run(state: Listening, ...actions: Action[]): Listening {
  for (const action of actions) {
    const outcome = act(state, action);
    expect(outcome.needs, JSON.stringify(action)).to.deep.equal([]);
    state = outcome.state;
  }
  return state;
}
const write = (field: 'said' | 'reflection' | 'question' | 'validation', text: string): Action => ({ type: 'write', field, text });
const pass: Action = { type: 'pass' };
const offer: Action = { type: 'offer' };
const thatsIt: Action = { type: 'thatsIt' };
const notQuite: Action = { type: 'notQuite' };
const swap: Action = { type: 'swap' };
const takeBreak: Action = { type: 'takeBreak' };
const ready: Action = { type: 'ready' };

/** One whole round, reflected right at the first try. */
const round = (said: string): Action[] => [write('said', said), pass, write('reflection', `you said ${said}`), offer, thatsIt, write('question', 'what was hardest?'), write('validation', 'it makes sense')];

describe('active listening turns (pure)', () => {
  it('starts with the first name speaking, the second listening, the speaker writing', () => {
    const state = startListening(['Sam', 'Alex']);
    expect([speaker(state), listener(state), state.turn.phase, turnHolder(state)]).to.deep.equal(['Sam', 'Alex', 'say', 'speaker']);
    expect(listeningData(state)).to.deep.equal({ with: ['Sam', 'Alex'], rounds: [], breaks: 0 });
  });

  it('goes said → heard → check → question and validation, the device passing between them', () => {
    let state = run(startListening(['Sam', 'Alex']), write('said', 'I felt alone at dinner'), pass);
    expect([state.turn.phase, turnHolder(state)]).to.deep.equal(['reflect', 'listener']);
    state = run(state, write('reflection', 'You felt alone while I was on my phone'), offer);
    expect([state.turn.phase, turnHolder(state), state.turn.tries]).to.deep.equal(['check', 'speaker', 1]);
    state = run(state, thatsIt);
    expect([state.turn.phase, turnHolder(state)]).to.deep.equal(['respond', 'listener']);
  });

  it('counts the tries until "That\'s it", keeping the last words to try again from', () => {
    let state = run(startListening(['Sam', 'Alex']), write('said', 'I need a text'), pass, write('reflection', 'You want me home early'), offer, notQuite);
    expect([state.turn.phase, state.turn.reflection, state.turn.tries]).to.deep.equal(['reflect', 'You want me home early', 1]);
    state = run(state, write('reflection', 'You need a text when I am late'), offer, notQuite, offer, thatsIt, write('validation', 'It makes sense'), swap);
    expect(state.rounds[0]).to.deep.include({ speaker: 'Sam', reflection: 'You need a text when I am late', tries: 3 });
  });

  it('keeps a round on Swap roles once its validation is written, and then the listener speaks', () => {
    let state = run(startListening(['Sam', 'Alex']), ...round('one'), swap);
    expect(state.rounds).to.deep.equal([
      { speaker: 'Sam', said: 'one', reflection: 'you said one', tries: 1, question: 'what was hardest?', validation: 'it makes sense' },
    ]);
    expect([speaker(state), listener(state), state.turn.phase, state.turn.said]).to.deep.equal(['Alex', 'Sam', 'say', '']);
    state = run(state, ...round('two'), swap);
    expect(state.rounds.map((r) => r.speaker)).to.deep.equal(['Sam', 'Alex']);
    expect(speaker(state)).to.equal('Sam');
  });

  it('lets the question be empty: the validation is what makes a round count', () => {
    const state = run(startListening(['Sam', 'Alex']), write('said', 'x'), pass, write('reflection', 'y'), offer, thatsIt, write('validation', 'z'), swap);
    expect(state.rounds[0]!.question).to.equal('');
  });

  it('says what a step still needs instead of moving on, and changes nothing', () => {
    const start = startListening(['Sam', 'Alex']);
    expect(act(start, pass)).to.deep.equal({ state: start, needs: ['said'] });
    expect(act(run(start, write('said', '   ')), pass).needs).to.deep.equal(['said']);
    const reflecting = run(start, write('said', 'x'), pass);
    expect(act(reflecting, offer)).to.deep.equal({ state: reflecting, needs: ['reflection'] });
    expect(act(start, swap).needs).to.deep.equal(['said', 'reflection', 'validation']);
    expect(act(reflecting, swap).needs).to.deep.equal(['reflection', 'validation']);
    const responding = run(reflecting, write('reflection', 'y'), offer, thatsIt);
    expect(act(responding, swap)).to.deep.equal({ state: responding, needs: ['validation'] });
  });

  it('ignores actions out of their phase, and words for another phase’s field', () => {
    const start = startListening(['Sam', 'Alex']);
    for (const action of [offer, thatsIt, notQuite, write('reflection', 'x'), write('validation', 'x'), write('question', 'x')]) {
      expect(act(start, action), JSON.stringify(action)).to.deep.equal({ state: start, needs: [] });
    }
    const checking = run(start, write('said', 'x'), pass, write('reflection', 'y'), offer);
    // While the speaker checks, neither the words said nor the reflection change.
    expect(act(checking, write('reflection', 'z')).state).to.equal(checking);
    expect(act(checking, write('said', 'z')).state).to.equal(checking);
  });

  it('takes a break at any moment, counts it once, refuses the round’s steps during it, and goes on where it was', () => {
    for (const before of [[], [write('said', 'x'), pass], [write('said', 'x'), pass, write('reflection', 'y'), offer], round('x')]) {
      const at = run(startListening(['Sam', 'Alex']), ...before);
      const paused = run(at, takeBreak);
      expect([paused.onBreak, paused.breaks]).to.deep.equal([true, 1]);
      expect(act(paused, takeBreak).state.breaks, 'a second press is the same break').to.equal(1);
      expect(act(paused, pass).needs).to.deep.equal(['ready']);
      expect(act(paused, write('said', 'typed during the break')).state.turn).to.deep.equal(at.turn);
      expect(turnAnnouncement(paused).key).to.equal('turn.break');
      const back = run(paused, ready);
      expect([back.onBreak, back.breaks, back.turn]).to.deep.equal([false, 1, at.turn]);
    }
    const twice = run(startListening(['Sam', 'Alex']), takeBreak, ready, write('said', 'x'), takeBreak, ready);
    expect(twice.breaks).to.equal(2);
  });

  it('finishes with one round at least: the validated round being taken counts, an unvalidated one is left out and said to be', () => {
    const start = startListening(['Sam', 'Alex']);
    expect(finish(start)).to.deep.equal({ data: null, needs: ['said', 'reflection', 'validation'], dropped: false });
    const first = run(start, ...round('one'));
    const done = finish(first);
    expect(done.needs).to.deep.equal([]);
    expect(done.data!.rounds).to.have.length(1);
    expect(done.dropped).to.equal(false);
    const kept = run(first, swap, write('said', 'half a round'));
    expect(finish(kept)).to.deep.include({ needs: [], dropped: true });
    expect(finish(kept).data!.rounds).to.have.length(1);
    expect(finish(run(first, swap)).dropped).to.equal(false);
  });

  it('holds both names, the rounds, the tries and the breaks in the contract’s shape', () => {
    const state = run(
      startListening(['Sam', 'Alex']),
      write('said', 'one'), pass, write('reflection', 'a'), offer, notQuite, write('reflection', 'b'), offer, thatsIt, write('validation', 'v1'), swap,
      takeBreak, ready,
      ...round('two'),
    );
    const { data } = finish(state);
    expect(data).to.deep.equal({
      with: ['Sam', 'Alex'],
      rounds: [
        { speaker: 'Sam', said: 'one', reflection: 'b', tries: 2, question: '', validation: 'v1' },
        { speaker: 'Alex', said: 'two', reflection: 'you said two', tries: 1, question: 'what was hardest?', validation: 'it makes sense' },
      ],
      breaks: 1,
    });
    expect(z.safeParse(activeListeningSchema, data).success).to.equal(true);
  });

  it('goes on from saved data with the next speaker in turn', () => {
    const data = finish(run(startListening(['Sam', 'Alex']), ...round('one'))).data!;
    const state = startListening(['Sam', 'Alex'], data);
    expect([speaker(state), state.breaks, state.rounds.length]).to.deep.equal(['Alex', 0, 1]);
    expect(speakerIndex(startListening(['Sam', 'Alex'], { rounds: [...data.rounds, { ...data.rounds[0]!, speaker: 'Alex' }], breaks: 2 }))).to.equal(0);
    // Rounds of names no longer in the pair: turns alternate by count.
    expect(speakerIndex(startListening(['Ana', 'Bo'], data))).to.equal(1);
  });

  it('follows new names: kept rounds take their speaker’s new name', () => {
    const state = renamed(run(startListening(['Person A', 'Person B']), ...round('one'), swap), ['Sam', 'Alex']);
    expect(state.rounds[0]!.speaker).to.equal('Sam');
    expect(speaker(state)).to.equal('Alex');
    expect(z.safeParse(activeListeningSchema, listeningData(state)).success).to.equal(true);
  });

  it('suggests a number of rounds without limiting them', () => {
    let state = startListening(['Sam', 'Alex']);
    expect(progress(state, 2)).to.deep.equal({ round: 1, suggested: 2, reached: false });
    state = run(state, ...round('1'), swap, ...round('2'), swap);
    expect(progress(state, 2)).to.deep.equal({ round: 3, suggested: 2, reached: true });
    state = run(state, ...round('3'), swap);
    expect(state.rounds).to.have.length(3);
  });

  it('hides the speaker’s words while the listener reflects and the speaker checks, with "no peeking" on only', () => {
    const phases = (noPeeking: boolean) => {
      const seen: boolean[] = [];
      let state = startListening(['Sam', 'Alex']);
      for (const action of [write('said', 'x'), pass, write('reflection', 'y'), offer, notQuite, offer, thatsIt]) {
        state = act(state, action).state;
        seen.push(saidShown(state, noPeeking));
      }
      return seen;
    };
    expect(phases(true)).to.deep.equal([true, false, false, false, false, false, true]);
    expect(phases(false)).to.deep.equal(Array(7).fill(true));
  });

  it('announces whose turn it is by phase, with both names', () => {
    let state = startListening(['Sam', 'Alex']);
    expect(turnAnnouncement(state)).to.deep.equal({ key: 'turn.say', values: { speaker: 'Sam', listener: 'Alex' } });
    state = run(state, write('said', 'x'), pass);
    expect(turnAnnouncement(state).key).to.equal('turn.reflect');
    state = run(state, write('reflection', 'y'), offer);
    expect(turnAnnouncement(state).key).to.equal('turn.check');
    state = run(state, thatsIt);
    expect(turnAnnouncement(state).key).to.equal('turn.respond');
    state = run(state, write('validation', 'v'), swap);
    expect(turnAnnouncement(state)).to.deep.equal({ key: 'turn.say', values: { speaker: 'Alex', listener: 'Sam' } });
  });

  it('lists what a round still needs by phase', () => {
    expect(stillNeeded({ phase: 'say', said: '', reflection: '', tries: 0, question: '', validation: '' })).to.deep.equal(['said', 'reflection', 'validation']);
    expect(stillNeeded({ phase: 'say', said: 'x', reflection: '', tries: 0, question: '', validation: '' })).to.deep.equal(['reflection', 'validation']);
    expect(stillNeeded({ phase: 'respond', said: 'x', reflection: 'y', tries: 1, question: '', validation: ' ' })).to.deep.equal(['validation']);
  });
});
