import { expect } from '@open-wc/testing';
import { formatClock } from '../../src/stop-timer/format.js';

describe('stop-timer formatClock (pure)', () => {
  it('writes m:ss, counting a started second as a whole one', () => {
    expect(formatClock(0, 'en')).to.equal('0:00');
    expect(formatClock(1, 'en')).to.equal('0:01');
    expect(formatClock(1000, 'en')).to.equal('0:01');
    expect(formatClock(1001, 'en')).to.equal('0:02');
    expect(formatClock(59_500, 'en')).to.equal('1:00');
    expect(formatClock(600_000, 'en')).to.equal('10:00');
    expect(formatClock(61_000, 'en')).to.equal('1:01');
  });

  it('never shows a negative time', () => {
    expect(formatClock(-5000, 'en')).to.equal('0:00');
  });

  it('writes the digits of the locale, without grouping', () => {
    expect(formatClock(65_000, 'ar-EG')).to.equal('١:٠٥');
    expect(formatClock(6_000_000, 'en')).to.equal('100:00');
  });
});
