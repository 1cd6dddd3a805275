import { expect } from '@open-wc/testing';
import type { AgreementDocument, DocumentLabels } from '../../src/agreement/document.js';
import { agreementToMarkdown } from '../../src/agreement/markdown.js';
import { agreementToText } from '../../src/agreement/text.js';
import { hostileStrings } from '../helpers/hostile.js';
import { renderMarkdown } from '../helpers/markdown.js';

const labels: DocumentLabels = {
  with: 'With',
  review: 'Review',
  cadence: 'Review every',
  lastReviewed: 'Last reviewed',
  notYetReviewed: 'Not yet',
  nextReview: 'Next review',
  noItems: 'No items yet.',
};

const doc: AgreementDocument = {
  title: 'Maya & Jordan',
  with: ['Alex', 'Sam'],
  sections: [
    { title: 'Time together', items: ['Tuesday evenings', 'A daily check in'] },
    { title: 'Boundaries', items: [] },
  ],
  review: { cadence: 'Monthly', lastReviewed: null, nextReview: 'March 5, 2025' },
};

describe('agreement exports', () => {
  it('writes Markdown line by line', () => {
    expect(agreementToMarkdown(doc, labels).split('\n')).to.deep.equal([
      '# Maya & Jordan',
      '',
      '**With:** Alex, Sam',
      '',
      '## Time together',
      '',
      '- Tuesday evenings',
      '- A daily check in',
      '',
      '## Boundaries',
      '',
      '_No items yet._',
      '',
      '## Review',
      '',
      '- **Review every:** Monthly',
      '- **Last reviewed:** Not yet',
      '- **Next review:** March 5, 2025',
      '',
    ]);
  });

  it('adds the day it was agreed when there is one, in both formats', () => {
    const agreed = { ...doc, review: { ...doc.review, agreedOn: 'February 5, 2025' } };
    const withLabel = { ...labels, agreedOn: 'Agreed on' };
    expect(agreementToMarkdown(agreed, withLabel)).to.contain('- **Review every:** Monthly\n- **Agreed on:** February 5, 2025\n- **Last reviewed:** Not yet');
    expect(agreementToText(agreed, withLabel)).to.contain('Review every: Monthly\nAgreed on: February 5, 2025\nLast reviewed: Not yet');
    expect(agreementToText({ ...doc, review: { ...doc.review, agreedOn: null } }, withLabel)).not.to.contain('Agreed on');
  });

  it('writes plain text line by line', () => {
    expect(agreementToText({ ...doc, review: { ...doc.review, lastReviewed: 'February 5, 2025' } }, labels).split('\n')).to.deep.equal([
      'Maya & Jordan',
      'With: Alex, Sam',
      '',
      'Time together',
      '- Tuesday evenings',
      '- A daily check in',
      '',
      'Boundaries',
      '- No items yet.',
      '',
      'Review',
      'Review every: Monthly',
      'Last reviewed: February 5, 2025',
      'Next review: March 5, 2025',
      '',
    ]);
  });

  it('leaves out the people line when there is nobody', () => {
    expect(agreementToMarkdown({ ...doc, with: [] }, labels)).not.to.contain('With');
    expect(agreementToText({ ...doc, with: [] }, labels)).not.to.contain('With');
  });

  it('keeps hostile text literal in Markdown: as rendered, no markup of its own, one list item per item', () => {
    const items = [...hostileStrings, '# heading', '1. numbered', '> quote', 'two\nlines'];
    const hostile = { ...doc, title: '# [x](javascript:alert(1)) <b>', sections: [{ title: '*Stars*', items }] };
    const md = agreementToMarkdown(hostile, labels);
    expect(md.split('\n')[0]).to.equal('# \\# \\[x](javascript:alert(1)) \\<b>');
    const rendered = renderMarkdown(md);
    expect(rendered.querySelectorAll('h1')).to.have.length(1);
    expect(rendered.querySelector('h1')!.textContent).to.equal(hostile.title);
    expect([...rendered.querySelectorAll('h2')].map((h) => h.textContent)).to.deep.equal(['*Stars*', 'Review']);
    const listed = [...rendered.querySelector('ul')!.children].map((li) => li.textContent);
    expect(listed).to.deep.equal([...items.slice(0, -1), 'two lines']);
    expect(rendered.querySelectorAll('ul ul, ul ol, ul h1, ul blockquote, a, img, script, b, svg')).to.have.length(0);
  });

  it('keeps hostile text literal in plain text', () => {
    const text = agreementToText({ ...doc, sections: [{ title: 'S', items: hostileStrings }] }, labels);
    for (const hostile of hostileStrings) expect(text).to.contain(`- ${hostile}\n`);
  });
});
