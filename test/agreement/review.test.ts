import { expect } from '@open-wc/testing';
import { addCadence, nextReviewDate } from '../../src/agreement/review.js';
import { daysInMonth, isIsoDate, parseIsoDate, toLocalDate, todayIso } from '../../src/core/dates.js';

describe('agreement review dates', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    for (const good of ['2024-02-29', '2025-12-31', '2000-02-29', '0001-01-01']) expect(isIsoDate(good), good).to.equal(true);
    for (const bad of ['9999-12-01', '2023-02-29', '1900-02-29', '2025-13-01', '2025-04-31', '2025-4-1', '2025-04-01T00:00', ' 2025-04-01', '', 'soon'])
      expect(isIsoDate(bad), bad).to.equal(false);
    expect(parseIsoDate('2024-02-29')).to.deep.equal({ year: 2024, month: 2, day: 29 });
  });

  it('knows the length of each month, leap years included', () => {
    expect(daysInMonth(2024, 2)).to.equal(29);
    expect(daysInMonth(2023, 2)).to.equal(28);
    expect(daysInMonth(1900, 2)).to.equal(28);
    expect(daysInMonth(2000, 2)).to.equal(29);
    expect(daysInMonth(2025, 4)).to.equal(30);
  });

  it('weekly adds seven days across month, year and leap-day boundaries', () => {
    expect(addCadence('2025-03-10', 'weekly')).to.equal('2025-03-17');
    expect(addCadence('2025-01-28', 'weekly')).to.equal('2025-02-04');
    expect(addCadence('2025-12-29', 'weekly')).to.equal('2026-01-05');
    expect(addCadence('2024-02-25', 'weekly')).to.equal('2024-03-03');
    expect(addCadence('2023-02-25', 'weekly')).to.equal('2023-03-04');
    expect(addCadence('2024-02-29', 'weekly')).to.equal('2024-03-07');
  });

  it('monthly keeps the day, or clamps to the end of a shorter month', () => {
    expect(addCadence('2025-03-15', 'monthly')).to.equal('2025-04-15');
    expect(addCadence('2025-01-31', 'monthly')).to.equal('2025-02-28');
    expect(addCadence('2024-01-31', 'monthly')).to.equal('2024-02-29');
    expect(addCadence('2024-01-30', 'monthly')).to.equal('2024-02-29');
    expect(addCadence('2025-03-31', 'monthly')).to.equal('2025-04-30');
    expect(addCadence('2025-12-31', 'monthly')).to.equal('2026-01-31');
    expect(addCadence('2100-01-29', 'monthly')).to.equal('2100-02-28');
    expect(addCadence('2000-01-29', 'monthly')).to.equal('2000-02-29');
  });

  it('quarterly adds three months, clamped, across the year end', () => {
    expect(addCadence('2025-01-15', 'quarterly')).to.equal('2025-04-15');
    expect(addCadence('2023-11-30', 'quarterly')).to.equal('2024-02-29');
    expect(addCadence('2024-11-30', 'quarterly')).to.equal('2025-02-28');
    expect(addCadence('2025-05-31', 'quarterly')).to.equal('2025-08-31');
    expect(addCadence('2025-03-31', 'quarterly')).to.equal('2025-06-30');
    expect(addCadence('2025-10-31', 'quarterly')).to.equal('2026-01-31');
  });

  it('counts from the last review, or from today when there is none', () => {
    expect(nextReviewDate('2024-01-31', 'monthly', '2030-01-01')).to.equal('2024-02-29');
    expect(nextReviewDate(null, 'weekly', '2025-12-31')).to.equal('2026-01-07');
    expect(nextReviewDate(null, 'quarterly', '2025-11-30')).to.equal('2026-02-28');
  });

  it('uses the local date, not the UTC one', () => {
    expect(todayIso(new Date(2025, 0, 31, 23, 59))).to.equal('2025-01-31');
    expect(todayIso(new Date(2025, 1, 1, 0, 1))).to.equal('2025-02-01');
    const local = toLocalDate('2024-02-29');
    expect([local.getFullYear(), local.getMonth(), local.getDate(), local.getHours()]).to.deep.equal([2024, 1, 29, 0]);
  });

  it('refuses to compute from a date that is not one', () => {
    expect(() => addCadence('2025-02-30', 'monthly')).to.throw(RangeError);
  });
});
