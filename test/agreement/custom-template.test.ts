import { expect } from '@open-wc/testing';
import { parseCustomTemplate } from '../../src/agreement/custom-template.js';

describe('agreement custom template (JSON)', () => {
  it('accepts sections with optional id, prompt, examples and items', () => {
    const result = parseCustomTemplate(
      JSON.stringify({
        title: 'Weekdays',
        sections: [
          { id: 'evenings', title: 'Evenings', prompt: 'Which evenings are ours?', examples: ['Tuesday'], items: ['Thursday is for friends'] },
          { title: 'Check ins & calls' },
          { title: 'Check ins & calls!' },
        ],
      }),
    );
    expect(result).to.deep.equal({
      ok: true,
      template: {
        id: 'custom',
        title: 'Weekdays',
        sections: [
          { id: 'evenings', title: 'Evenings', prompt: 'Which evenings are ours?', examples: ['Tuesday'], items: ['Thursday is for friends'] },
          { id: 'check-ins-calls', title: 'Check ins & calls', prompt: '', examples: [], items: [] },
          { id: 'check-ins-calls-2', title: 'Check ins & calls!', prompt: '', examples: [], items: [] },
        ],
      },
    });
  });

  it('accepts a bare array of sections and trims text', () => {
    const result = parseCustomTemplate('[{ "title": "  Money  " }]');
    expect(result.ok && result.template.sections[0]).to.deep.equal({ id: 'money', title: 'Money', prompt: '', examples: [], items: [] });
  });

  it('gives ids to titles without letters', () => {
    const result = parseCustomTemplate('[{ "title": "!!!" }]');
    expect(result.ok && result.template.sections[0]!.id).to.equal('section-1');
  });

  for (const [json, problem] of [
    ['{ "sections": [', 'not valid JSON'],
    ['', 'not valid JSON'],
    ['42', 'must be an object with a "sections" array'],
    ['{}', 'sections must be an array'],
    ['{ "sections": [] }', 'sections must have at least 1 entry'],
    ['{ "sections": [{ "prompt": "x" }] }', 'sections[0].title must be a string'],
    ['{ "sections": [{ "title": "   " }] }', 'sections[0].title must not be empty'],
    ['{ "sections": [{ "title": "a", "examples": "b" }] }', 'sections[0].examples must be an array'],
    ['{ "sections": [{ "title": "a", "items": [1] }] }', 'sections[0].items[0] must be a string'],
    ['{ "sections": [{ "title": "a", "id": "no spaces" }] }', 'sections[0].id may only use'],
    ['{ "sections": [{ "title": "a", "id": "x" }, { "title": "b", "id": "x" }] }', 'section id "x" is used twice'],
    [JSON.stringify({ sections: Array.from({ length: 21 }, () => ({ title: 't' })) }), 'at most 20 entries'],
  ] as const) {
    it(`rejects ${json.slice(0, 50) || 'empty text'} saying what is wrong`, () => {
      const result = parseCustomTemplate(json);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.problem).to.contain(problem);
    });
  }
});
