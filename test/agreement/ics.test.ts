import { expect } from '@open-wc/testing';
import { buildReviewCalendar, escapeText, foldLine, recurrenceRule, utcDateTime, type ReviewReminder } from '../../src/agreement/ics.js';
import { hostileStrings } from '../helpers/hostile.js';
import { encoder, octets, physicalLines, unescapeText, unfold } from './ics-helpers.js';

const base: ReviewReminder = {
  uid: 'abc-123@tend-widgets',
  now: new Date(Date.UTC(2025, 0, 31, 23, 5, 9)),
  start: '2025-02-28',
  cadence: 'monthly',
  summary: 'Review our agreement: Us',
  description: 'Line one\nLine two',
};

describe('agreement .ics (RFC 5545)', () => {
  it('escapes backslash, semicolon, comma and line breaks in TEXT, and drops control characters', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).to.equal('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('bell\u0007 tab\tok')).to.equal('bell tab\tok');
    expect(escapeText('C:\\new')).to.equal('C:\\\\new');
  });

  it('folds at 75 octets of UTF-8 without splitting a character', () => {
    const line = `DESCRIPTION:${'é'.repeat(100)}${'😀'.repeat(30)}${'x'.repeat(200)}`;
    const folded = foldLine(line);
    const lines = folded.split('\r\n');
    expect(lines.length).to.be.greaterThan(4);
    for (const [i, physical] of lines.entries()) {
      expect(octets(physical), `line ${i}`).to.be.at.most(75);
      if (i > 0) expect(physical.startsWith(' ')).to.equal(true);
      expect(physical.includes('\uFFFD')).to.equal(false);
      // Each physical line is whole UTF-8: re-decoding gives the same text, so no sequence was cut.
      expect(new TextDecoder('utf-8', { fatal: true }).decode(encoder.encode(physical))).to.equal(physical);
      expect(/[\uD800-\uDBFF]$/.test(physical), 'no lone high surrogate at the end').to.equal(false);
    }
    expect(unfold(lines)).to.deep.equal([line]);
    expect(foldLine('SHORT:line')).to.equal('SHORT:line');
    const exactly75 = `X:${'a'.repeat(73)}`;
    expect(foldLine(exactly75)).to.equal(exactly75);
    expect(foldLine(`${exactly75}b`)).to.equal(`${exactly75}\r\n b`);
  });

  it('writes DTSTAMP in UTC', () => {
    expect(utcDateTime(new Date(Date.UTC(2025, 0, 31, 23, 5, 9)))).to.equal('20250131T230509Z');
  });

  it('repeats weekly, monthly or every three months; month ends take the last day of shorter months', () => {
    expect(recurrenceRule('weekly', '2025-01-31')).to.equal('FREQ=WEEKLY');
    expect(recurrenceRule('monthly', '2025-03-15')).to.equal('FREQ=MONTHLY');
    expect(recurrenceRule('quarterly', '2025-03-15')).to.equal('FREQ=MONTHLY;INTERVAL=3');
    expect(recurrenceRule('monthly', '2025-03-28')).to.equal('FREQ=MONTHLY');
    expect(recurrenceRule('monthly', '2025-01-31')).to.equal('FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1');
    expect(recurrenceRule('quarterly', '2025-04-30')).to.equal('FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=28,29,30;BYSETPOS=-1');
  });

  for (const [cadence, rrule] of [
    ['weekly', 'RRULE:FREQ=WEEKLY'],
    ['monthly', 'RRULE:FREQ=MONTHLY'],
    ['quarterly', 'RRULE:FREQ=MONTHLY;INTERVAL=3'],
  ] as const) {
    it(`is a valid VCALENDAR line by line (${cadence})`, () => {
      const ics = buildReviewCalendar({ ...base, cadence, start: '2025-03-10' });
      const physical = physicalLines(ics);
      for (const line of physical) expect(octets(line), line).to.be.at.most(75);
      const lines = unfold(physical);
      expect(lines[0]).to.equal('BEGIN:VCALENDAR');
      expect(lines.at(-1)).to.equal('END:VCALENDAR');
      expect(lines).to.include('VERSION:2.0');
      expect(lines.some((l) => /^PRODID:-\/\/[^/]+\/\/.+\/\/[A-Z]{2}$/.test(l))).to.equal(true);
      const event = lines.slice(lines.indexOf('BEGIN:VEVENT'), lines.indexOf('END:VEVENT') + 1);
      expect(event.length).to.be.greaterThan(5);
      expect(event.filter((l) => l.startsWith('UID:'))).to.deep.equal(['UID:abc-123@tend-widgets']);
      expect(event.filter((l) => l.startsWith('DTSTAMP:'))).to.deep.equal(['DTSTAMP:20250131T230509Z']);
      expect(event).to.include('DTSTART;VALUE=DATE:20250310');
      expect(event.filter((l) => l.startsWith('RRULE:'))).to.deep.equal([rrule]);
      expect(event.filter((l) => l.startsWith('SUMMARY:'))).to.deep.equal(['SUMMARY:Review our agreement: Us']);
      expect(event).to.include('DESCRIPTION:Line one\\nLine two');
      const alarm = event.slice(event.indexOf('BEGIN:VALARM'), event.indexOf('END:VALARM') + 1);
      expect(alarm).to.include('ACTION:DISPLAY');
      expect(alarm.some((l) => l.startsWith('TRIGGER:'))).to.equal(true);
      expect(alarm.some((l) => l.startsWith('DESCRIPTION:'))).to.equal(true);
      // Every content line is NAME[;PARAM]:VALUE.
      for (const line of lines) expect(line, line).to.match(/^[A-Z-]+(;[A-Z-]+=[^:;]+)*:/);
      // BEGIN/END balanced.
      const stack: string[] = [];
      for (const line of lines) {
        if (line.startsWith('BEGIN:')) stack.push(line.slice(6));
        if (line.startsWith('END:')) expect(stack.pop()).to.equal(line.slice(4));
      }
      expect(stack).to.deep.equal([]);
    });
  }

  it('leaves the alarm out when asked', () => {
    const ics = buildReviewCalendar({ ...base, alarm: false });
    expect(ics).not.to.contain('VALARM');
  });

  it('keeps hostile and long text literal, escaped and folded', () => {
    const description = hostileStrings.join('\n') + '\nsemi;colon, comma \\ backslash';
    const ics = buildReviewCalendar({ ...base, summary: 'A; B, C \\ D', description });
    const physical = physicalLines(ics);
    for (const line of physical) expect(octets(line)).to.be.at.most(75);
    const lines = unfold(physical);
    const summary = lines.find((l) => l.startsWith('SUMMARY:'))!;
    expect(summary).to.equal('SUMMARY:A\\; B\\, C \\\\ D');
    const value = lines.find((l) => l.startsWith('DESCRIPTION:'))!.slice('DESCRIPTION:'.length);
    expect(/[;,\n\r]/.test(value.replace(/\\[\\;,nN]/g, '')), 'no unescaped ; , or line break').to.equal(false);
    expect(unescapeText(value)).to.equal(description);
  });

  it('refuses a start that is not a date', () => {
    expect(() => buildReviewCalendar({ ...base, start: '2025-02-30' })).to.throw(RangeError);
  });
});
