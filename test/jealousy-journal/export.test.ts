import { expect } from '@open-wc/testing';
import { longDate } from '../../src/core/dates.js';
import { markdownDocument } from '../../src/core/markdown.js';
import { entryToText, historyToCsv, historyToMarkdown, type JournalLabels } from '../../src/jealousy-journal/export.js';
import type { JealousyEntry } from '../../src/jealousy-journal/schema.js';
import { hostileStrings } from '../helpers/hostile.js';

const labels: JournalLabels = {
  title: 'Your jealousy journal over time',
  date: (iso) => longDate(iso, 'en-GB'),
  strengthValue: (value) => `${value} of 10`,
  with: 'With',
  situation: 'What happened',
  feelings: 'Feelings',
  strength: 'Strength',
  need: 'Need or boundary',
  say: 'What I would like to say',
  agreement: 'Agreement to revisit',
  glad: 'Glad for them',
};
const entry: JealousyEntry = {
  date: '2026-03-01',
  with: ['Sam', 'Alex'],
  situation: 'they went to the concert together',
  feelings: ['jealous', 'left out'],
  strength: 0,
  need: 'time together',
  say: '',
  agreement: 'our Friday nights',
  glad: 'they had a great night',
};

describe('jealousy journal exports (pure)', () => {
  it('writes one entry as plain text under its date, without empty answers or names', () => {
    expect(entryToText(entry, labels)).to.equal(
      '1 March 2026\nWhat happened: they went to the concert together\nFeelings: jealous, left out\nStrength: 0 of 10\nNeed or boundary: time together\nAgreement to revisit: our Friday nights\nGlad for them: they had a great night\n',
    );
    expect(entryToText({ ...entry, situation: '', feelings: [], strength: null, need: '', agreement: '', glad: '' }, labels)).to.equal('');
  });

  it('writes the history as Markdown, an entry a section, every text escaped', () => {
    const markdown = historyToMarkdown([entry, { ...entry, strength: null, situation: '# not a heading *bold* <b>x</b>', agreement: '', glad: '' }], labels);
    expect(markdown.startsWith('# Your jealousy journal over time\n\n## 1 March 2026\n\n- **With:** Sam, Alex\n')).to.equal(true);
    expect(markdown).to.contain('- **Strength:** 0 of 10');
    expect(markdown.match(/^## 1 March 2026$/gm)).to.have.length(2);
    expect(markdown).to.contain('- **What happened:** \\# not a heading \\*bold\\* \\<b>x\\</b>');
    expect(markdownDocument('T', [])).to.equal('# T\n');
  });

  it('writes the history as CSV with formula-safe cells, an empty cell for no strength', () => {
    const csv = historyToCsv([entry, { ...entry, with: [], situation: '=HYPERLINK("x")', feelings: ['+1', '@me'], strength: null, need: '-2', glad: 'a, "b"\nc' }]);
    const lines = csv.split('\r\n');
    expect(lines[0]).to.equal('date,with,situation,feelings,strength,need,say,agreement,glad');
    expect(lines[1]).to.equal('2026-03-01,Sam; Alex,they went to the concert together,jealous; left out,0,time together,,our Friday nights,they had a great night');
    expect(lines[2]).to.equal(`2026-03-01,,"'=HYPERLINK(""x"")",'+1; @me,,'-2,,our Friday nights,"a, ""b""\nc"`);
    expect(csv.endsWith('\r\n')).to.equal(true);
  });

  it('keeps hostile text as text', () => {
    for (const text of hostileStrings) {
      const markdown = historyToMarkdown([{ ...entry, situation: text }], labels);
      // Markup stays escaped: no tag opens, no link or emphasis forms.
      expect(markdown, text.slice(0, 40)).not.to.match(/(?<!\\)<(?:script|img|svg)/i);
      expect(entryToText({ ...entry, situation: text }, labels)).to.contain(text);
    }
  });
});
