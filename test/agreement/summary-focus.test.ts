import { expect } from '@open-wc/testing';
import { isReviewDue } from '../../src/agreement/review.js';
import { changeTargetSelector } from '../../src/agreement/summary-view.js';

describe('agreement summary: where "Change" leads, and when a review is due (pure)', () => {
  const sections = [{ items: [{ key: 7 }, { key: 8 }] }, { items: [] }];

  it('leads to a section’s first item, to its "add" field when it has none, else to the field changed', () => {
    expect(changeTargetSelector({ field: 'section', index: 0 }, sections)).to.equal('#item-7');
    expect(changeTargetSelector({ field: 'section', index: 1 }, sections)).to.equal('#add-1');
    expect(changeTargetSelector({ field: 'review' }, sections)).to.equal('#cadence input:checked');
    expect(changeTargetSelector({ field: 'title' }, sections)).to.equal('#title');
    expect(changeTargetSelector({ field: 'with' }, sections)).to.equal('#with');
    expect(changeTargetSelector({ field: 'agreed-on' }, sections)).to.equal('#agreed-on');
  });

  it('offers a review once the agreement is older than today, never for one agreed today, later or on no known day', () => {
    expect(isReviewDue('2025-03-30', '2025-03-31')).to.equal(true);
    expect(isReviewDue('2025-03-31', '2025-03-31')).to.equal(false);
    expect(isReviewDue('2025-04-01', '2025-03-31')).to.equal(false);
    expect(isReviewDue(null, '2025-03-31')).to.equal(false);
  });
});
