import { expect } from '@open-wc/testing';
import { longDate } from '../../src/core/dates.js';

describe('core dates: longDate', () => {
  it('writes a YYYY-MM-DD date in full in the reader’s language, on that very day whatever the time zone', () => {
    expect(longDate('2025-03-31', 'en-GB')).to.equal('31 March 2025');
    expect(longDate('2025-03-31', 'en-US')).to.equal('March 31, 2025');
    expect(longDate('2024-02-29', 'es')).to.equal('29 de febrero de 2024');
  });

  it('keeps years below 100 as they are (no 1900s)', () => {
    expect(longDate('0099-01-01', 'en-GB')).to.equal('1 January 99');
  });

  it('rejects what is not a real date instead of writing a wrong one', () => {
    expect(() => longDate('2023-02-29', 'en')).to.throw(RangeError);
  });
});
