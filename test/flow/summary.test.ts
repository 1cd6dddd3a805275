import { expect } from '@open-wc/testing';
import { sessionMarkdown } from '../../src/flow/session-markdown.js';
import { sessionText, stepEntries } from '../../src/flow/session.js';
import { summaries } from '../../src/entries/summaries.js';
import { groupSteps } from '../../src/flow/steps.js';

const label = { label: (key: string) => `[${key}]`, locale: 'en' };
const inSpanish = { ...label, locale: 'es' };

describe('flow summary (src/flow/session.ts, each exercise\'s summary.ts)', () => {
  it('an I-statement: the sentence, or the parts written so far with their labels', () => {
    expect(stepEntries('i-statement', { emotion: 'hurt', situation: 'x', reason: '', need: 'y', text: 'I feel hurt.' }, label)).to.deep.equal([
      { text: 'I feel hurt.' },
    ]);
    expect(stepEntries('i-statement', { emotion: 'hurt', situation: '', reason: ' ', need: 'time', text: '' }, label)).to.deep.equal([
      { label: '[emotion]', text: 'hurt' },
      { label: '[need]', text: 'time' },
    ]);
  });

  it('a timer: the time in the steps in the reader’s language (none when never started) and its notes', () => {
    const notes = { observe: 'tight chest', proceed: '' };
    expect(stepEntries('stop-timer', { durations: [], elapsedMs: 65400, pausedMs: 0, notes }, label)).to.deep.equal([
      { label: '[timeSpent]', text: '65 seconds' },
      { label: '[observe]', text: 'tight chest' },
    ]);
    expect(stepEntries('stop-timer', { elapsedMs: 2000, notes: {} }, inSpanish)[0]!.text).to.equal('2 segundos');
    expect(stepEntries('stop-timer', { elapsedMs: 0, notes: { observe: '', proceed: '' } }, label)).to.deep.equal([]);
  });

  it('an agreement, reflection cards and a check-in: only what was written', () => {
    const agreement = { sections: [{ title: 'Time', items: ['Walks', ' '] }, { title: 'Limits', items: [] }] };
    expect(stepEntries('agreement', agreement, label)).to.deep.equal([{ label: 'Time', text: 'Walks' }]);
    const cards = { deck: 'custom', answers: [{ prompt: 'A?', answer: '' }, { prompt: 'B?', answer: 'yes' }] };
    expect(stepEntries('reflection-card', cards, label)).to.deep.equal([{ label: 'B?', text: 'yes' }]);
    const checkIn = { feelings: ['calm', 'tired'], highlight: 'tea', challenge: '', need: 'sleep' };
    expect(stepEntries('check-in', checkIn, label)).to.deep.equal([
      { label: '[feelings]', text: 'calm, tired' },
      { label: '[highlight]', text: 'tea' },
      { label: '[need]', text: 'sleep' },
    ]);
  });

  it('never throws on data of the wrong shape, and lists the words of an exercise it does not know', () => {
    for (const exercise of Object.keys(summaries)) {
      for (const data of [null, undefined, 'text', 42, [], { sections: 'x', answers: [null], notes: null, feelings: 'x' }]) {
        expect(() => stepEntries(exercise, data, label)).to.not.throw();
      }
    }
    expect(stepEntries('mystery', { a: ' one ', b: { c: ['two', ''] }, n: 3 }, label)).to.deep.equal([{ text: 'one' }, { text: 'two' }]);
  });

  it('writes the session as text, and as Markdown where typed text cannot become markup', () => {
    const steps = [
      { title: 'Say it', status: 'Finished', entries: [{ text: 'I feel *hurt* [x](javascript:alert(1))' }] },
      { title: '# Cards', status: 'Skipped', entries: [] },
    ];
    expect(sessionText('Tonight', steps, 'Nothing written.')).to.equal(
      'Tonight\n\n1. Say it (Finished)\nI feel *hurt* [x](javascript:alert(1))\n\n2. # Cards (Skipped)\nNothing written.\n',
    );
    const markdown = sessionMarkdown('Tonight', steps, 'Nothing written.');
    expect(markdown).to.contain('# Tonight').and.contain('## 1\\. Say it').and.contain('*Finished*');
    expect(markdown).to.contain('I feel \\*hurt\\* \\[x](javascript:alert(1))');
    expect(markdown).to.contain('## 2\\. \\# Cards');
    expect(markdown).to.contain('Nothing written.');
  });
});

describe('flow steps (src/flow/steps.ts)', () => {
  it('groups instructions with the step before them, and those before the first step with the first', () => {
    const host = document.createElement('div');
    host.innerHTML = `text first <p>a</p><tend-i-statement></tend-i-statement><p>b</p><script type="application/json" data-tend-strings>{}</script>
      <tend-flow></tend-flow><tend-reflection-card></tend-reflection-card> <template></template><p>c</p>`;
    const { groups, leading } = groupSteps(host);
    expect(leading).to.deep.equal([]);
    expect(groups.map((g) => g.exercise)).to.deep.equal(['i-statement', 'reflection-card']);
    const names = (nodes: Node[]) => nodes.map((n) => (n instanceof Element ? n.localName : (n as Text).data.trim()));
    expect(names(groups[0]!.nodes)).to.deep.equal(['text first', 'p', 'tend-i-statement', 'p', 'tend-flow']);
    expect(names(groups[1]!.nodes)).to.deep.equal(['tend-reflection-card', 'p']);
  });

  it('keeps what it found as leading nodes when there is no step', () => {
    const host = document.createElement('div');
    host.innerHTML = '<p>only</p>';
    expect(groupSteps(host).groups).to.deep.equal([]);
    expect(groupSteps(host).leading).to.have.length(1);
  });
});
