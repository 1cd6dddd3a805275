import { expect } from '@open-wc/testing';
import { toXapiStatement, toXapiStatements, isoDuration, DEFAULT_EXTENSION_KEY } from '../../src/xapi.js';
import type { TendCompleteDetail } from '../../src/core/events.js';

const actor = { name: 'Sam', mbox: 'mailto:sam@example.org' };
const activityId = 'https://practice.example/exercises/i-statement';
const completedAt = '2026-11-23T10:00:00.000Z';

const iStatement: TendCompleteDetail = {
  exercise: 'i-statement',
  version: 1,
  completedAt,
  data: { emotion: 'anxious', situation: 'you do not text back', reason: '', need: 'a check-in', text: 'I feel anxious when you do not text back. I need a check-in.' },
};

describe('toXapiStatement', () => {
  it('builds a statement with the required properties and only allowed top-level keys', () => {
    const statement = toXapiStatement(iStatement, { actor, activityId });
    expect(Object.keys(statement).sort()).to.deep.equal(['actor', 'context', 'object', 'result', 'timestamp', 'verb']);
    expect(statement.actor).to.deep.equal({ objectType: 'Agent', name: 'Sam', mbox: 'mailto:sam@example.org' });
    expect(statement.verb.id).to.equal('http://adlnet.gov/expapi/verbs/answered');
    expect(statement.verb.display).to.deep.equal({ 'en-US': 'answered' });
    expect(statement.object.objectType).to.equal('Activity');
    expect(statement.object.id).to.equal(activityId);
    expect(statement.object.definition.type).to.equal('http://adlnet.gov/expapi/activities/cmi.interaction');
    expect(statement.object.definition.interactionType).to.equal('fill-in');
    expect(statement.result.response).to.equal(iStatement.data.text);
    expect(statement.result.completion).to.equal(true);
    expect(statement.result.extensions[DEFAULT_EXTENSION_KEY]).to.deep.equal(iStatement.data);
    expect(statement.timestamp).to.equal(completedAt);
    // The LRS sets these; a statement from a learning record provider must not.
    expect(statement).not.to.have.property('stored');
    expect(statement).not.to.have.property('authority');
    expect(statement).not.to.have.property('version');
  });

  it('uses "completed" with an ISO 8601 duration for the timer', () => {
    const statement = toXapiStatement(
      {
        exercise: 'stop-timer',
        version: 1,
        completedAt,
        data: { durations: [5, 30, 20, 10], elapsedMs: 65432, pausedMs: 1000, notes: { observe: 'tight chest', proceed: 'ask for a pause' } },
      },
      { actor, activityId: 'urn:practice:stop' },
    );
    expect(statement.verb.id).to.equal('http://adlnet.gov/expapi/verbs/completed');
    expect(statement.result.duration).to.equal('PT1M5.43S');
    expect(statement.result.response).to.equal('tight chest\n\nask for a pause');
  });

  it('puts the words of agreements and reflection cards in the response', () => {
    const agreement = toXapiStatement(
      {
        exercise: 'agreement',
        version: 1,
        completedAt,
        data: {
          title: 'Our agreement',
          with: ['Alex'],
          sections: [{ id: 'time', title: 'Time together', items: ['Sunday walks'] }],
          review: { cadence: 'monthly', lastReviewed: null, nextReview: '2026-12-23' },
        },
      },
      { actor, activityId },
    );
    expect(agreement.result.response).to.equal('Our agreement\n\nTime together\n- Sunday walks');
    const cards = toXapiStatement(
      { exercise: 'reflection-card', version: 1, completedAt, data: { deck: 'custom', answers: [{ prompt: 'Q?', answer: 'A.' }] } },
      { actor, activityId, language: 'es', id: '0f8fad5b-d9cb-469f-a165-70867728950e' },
    );
    expect(cards.result.response).to.equal('Q?\nA.');
    expect(cards.verb.display).to.deep.equal({ es: 'answered' });
    expect(cards.id).to.equal('0f8fad5b-d9cb-469f-a165-70867728950e');
  });

  it('answers a check-in with its feelings, highlight (weekly: small win), challenge and need', () => {
    const data = { rhythm: 'weekly' as const, date: '2026-11-23', with: [], feelings: ['calm', 'tired'], highlight: 'A walk.', challenge: '', need: 'Rest.' };
    const statement = toXapiStatement({ exercise: 'check-in', version: 1, completedAt, data }, { actor, activityId });
    expect(statement.verb.id).to.equal('http://adlnet.gov/expapi/verbs/answered');
    expect(statement.object.definition.name).to.deep.equal({ 'en-US': 'Check-in' });
    expect(statement.result.response).to.equal('Feelings: calm, tired\nSmall win: A walk.\nNeed: Rest.');
    expect(statement.result.extensions[DEFAULT_EXTENSION_KEY]).to.deep.equal(data);
  });

  it('rejects an actor without exactly one identifier, a bad mbox, and a relative activity id', () => {
    expect(() => toXapiStatement(iStatement, { actor: { name: 'No id' }, activityId })).to.throw(TypeError);
    expect(() => toXapiStatement(iStatement, { actor: { mbox: 'mailto:a@b.c', openid: 'https://x.y' }, activityId })).to.throw(TypeError);
    expect(() => toXapiStatement(iStatement, { actor: { mbox: 'sam@example.org' }, activityId })).to.throw(/mailto/);
    expect(() => toXapiStatement(iStatement, { actor, activityId: 'exercises/1' })).to.throw(/IRI/);
    expect(() => toXapiStatement(iStatement, { actor, activityId, id: 'not-a-uuid' })).to.throw(/UUID/);
  });

  it('formats durations to 0.01 s', () => {
    expect(isoDuration(0)).to.equal('PT0S');
    expect(isoDuration(1234)).to.equal('PT1.23S');
    expect(isoDuration(3_600_000)).to.equal('PT1H');
    expect(isoDuration(3_661_500)).to.equal('PT1H1M1.5S');
  });
});

describe('toXapiStatements: a flow', () => {
  const flowDetail: TendCompleteDetail = {
    exercise: 'flow',
    version: 1,
    completedAt: '2026-11-23T10:30:00.000Z',
    data: {
      steps: [
        { exercise: 'i-statement', data: iStatement.data, completedAt },
        { exercise: 'reflection-card', data: { deck: 'custom', answers: [{ prompt: 'What helps?', answer: '' }] }, completedAt: null },
        {
          exercise: 'stop-timer',
          data: { durations: [5, 30, 20, 10], elapsedMs: 65000, pausedMs: 0, notes: { observe: 'tight chest', proceed: '' } },
          completedAt: '2026-11-23T10:20:00.000Z',
        },
      ],
    },
  };
  const flowId = 'https://practice.example/sessions/before-we-talk';
  const uuid = '3b5c1a9e-2f4d-4c8e-9a1b-6d7e8f901234';

  it('one statement for the flow: "completed", every step’s words in the response, the whole data in the extensions', () => {
    const statement = toXapiStatement(flowDetail, { actor, activityId: flowId });
    expect(statement.verb.id).to.equal('http://adlnet.gov/expapi/verbs/completed');
    expect(statement.object.definition.name['en-US']).to.equal('Guided session');
    expect(statement.result.response).to.equal(`${iStatement.data.text}\n\nWhat helps?\n\n\ntight chest`);
    expect(statement.result.extensions[DEFAULT_EXTENSION_KEY]).to.deep.equal(flowDetail.data);
    expect(statement.timestamp).to.equal('2026-11-23T10:30:00.000Z');
  });

  it('and one per finished step, each with the flow as its parent activity and the flow’s statement as context', () => {
    const [flow, ...steps] = toXapiStatements(flowDetail, { actor, activityId: flowId, id: uuid });
    expect(flow!.id).to.equal(uuid);
    expect(steps.map((s) => s.object.id), 'the skipped step has no statement').to.deep.equal([`${flowId}/steps/1`, `${flowId}/steps/3`]);
    for (const step of steps) {
      expect(step).not.to.have.property('id');
      expect(step.context.contextActivities).to.deep.equal({ parent: [{ objectType: 'Activity', id: flowId }] });
      expect(step.context.statement).to.deep.equal({ objectType: 'StatementRef', id: uuid });
    }
    expect(steps.map((s) => s.timestamp)).to.deep.equal([completedAt, '2026-11-23T10:20:00.000Z']);
    expect(steps[1]!.result.duration).to.equal('PT1M5S');
    expect(toXapiStatements(iStatement, { actor, activityId })).to.have.length(1);
  });

  it('leaves out a step it cannot describe (an exercise it does not know, or one without data)', () => {
    const odd = {
      ...flowDetail,
      data: { steps: [{ exercise: 'mystery', data: { a: 1 }, completedAt }, { exercise: 'i-statement', data: null, completedAt }] },
    } as unknown as TendCompleteDetail;
    expect(toXapiStatement(odd, { actor, activityId: flowId }).result.response).to.equal('');
    expect(toXapiStatements(odd, { actor, activityId: flowId })).to.have.length(1);
  });
});
