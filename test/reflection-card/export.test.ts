import { expect, fixture, html } from '@open-wc/testing';
import { escapeMarkdown } from '../../src/core/markdown.js';
import { builtInDecks, DECK_IDS, normalizePrompt, promptsFromChildren } from '../../src/reflection-card/decks.js';
import { answersToText } from '../../src/reflection-card/export.js';
import { answersToMarkdown } from '../../src/reflection-card/markdown.js';
import { countWords } from '../../src/reflection-card/words.js';
import { renderMarkdown } from '../helpers/markdown.js';

const labels = { title: 'Self-awareness', skipped: '(skipped)' };
const answers = [
  { prompt: 'What makes me feel most secure in relationships?', answer: 'Quiet mornings.\nKept promises.' },
  { prompt: 'When do I shut down or become reactive?', answer: '' },
];

describe('reflection-card export', () => {
  it('writes plain text: title, numbered prompts, answers, skipped ones marked', () => {
    expect(answersToText(answers, labels)).to.equal(
      'Self-awareness\n\n1. What makes me feel most secure in relationships?\nQuiet mornings.\nKept promises.\n\n2. When do I shut down or become reactive?\n(skipped)\n',
    );
  });

  it('writes Markdown with every piece of text escaped', () => {
    expect(answersToMarkdown(answers, labels)).to.equal(
      '# Self-awareness\n\n## 1. What makes me feel most secure in relationships?\n\nQuiet mornings.  \nKept promises.\n\n## 2. When do I shut down or become reactive?\n\n*(skipped)*\n',
    );
  });

  it('keeps hostile prompts and answers literal in Markdown', () => {
    const hostile = '<img src=x onerror="alert(1)"> [x](javascript:alert(1)) # h';
    const md = answersToMarkdown([{ prompt: hostile, answer: hostile }], { title: hostile, skipped: '-' });
    expect(md.split(escapeMarkdown(hostile)).length - 1).to.equal(3);
    const rendered = renderMarkdown(md);
    expect(rendered.querySelector('h1')!.textContent).to.equal(hostile);
    expect(rendered.querySelector('h2')!.textContent).to.equal(`1. ${hostile}`);
    expect(rendered.querySelector('p')!.textContent).to.equal(hostile);
    expect(rendered.querySelectorAll('img, a, script')).to.have.length(0);
    expect(answersToText([{ prompt: hostile, answer: hostile }], { title: 'T', skipped: '-' })).to.equal(`T\n\n1. ${hostile}\n${hostile}\n`);
  });

  it('counts words', () => {
    expect(countWords('')).to.equal(0);
    expect(countWords('   ')).to.equal(0);
    expect(countWords('Quiet mornings, kept promises.')).to.equal(4);
  });
});

describe('reflection-card decks', () => {
  it('has the five decks with their prompt counts, the default deck verbatim from seed 001', () => {
    expect(DECK_IDS).to.deep.equal(['self-awareness', 'check-in', 'jealousy', 'repair', 'progress']);
    expect(DECK_IDS.map((id) => builtInDecks[id].prompts.length)).to.deep.equal([5, 5, 5, 6, 6]);
    expect(builtInDecks['self-awareness'].prompts).to.deep.equal([
      'How do I typically react when my partner seems distant?',
      'What makes me feel most secure in relationships?',
      'What patterns do I repeat across different relationships?',
      'When do I shut down or become reactive?',
      'What did I learn about love from my family?',
    ]);
  });

  it('reads prompts from <li>/<p> children and lists, text only', async () => {
    const host = await fixture(html`<div>
      <p>
        First
        prompt
      </p>
      <li>Second <b>bold</b></li>
      <ol>
        <li>Third</li>
        <li></li>
      </ol>
      <ul>
        <li>Fourth</li>
      </ul>
      <span>not one</span>
      <script type="application/json" data-tend-strings>
        {}
      </script>
    </div>`);
    expect(promptsFromChildren(host)).to.deep.equal(['First prompt', 'Second bold', 'Third', 'Fourth']);
    expect(normalizePrompt('  a \n\t b ')).to.equal('a b');
  });
});
