import { expect } from '@open-wc/testing';
import { formatDuration, parseDuration } from '../../src/builder/durations.js';
import { findMarkup, plainText } from '../../src/builder/markup.js';

describe('builder: lengths of time as people type them', () => {
  it('reads minutes, seconds, clock times and bare numbers, in any case, English or Spanish', () => {
    const cases: [string, number][] = [
      ['5 min', 300], ['5min', 300], ['5 Minutes', 300], ['5 MINS', 300], ['5m', 300], ['5 minutos', 300],
      ['90 s', 90], ['90s', 90], ['90 sec', 90], ['90 seconds', 90], ['90 segundos', 90], ['90', 90], [' 30 ', 30],
      ['1:30', 90], ['0:45', 45], ['10:00', 600], ['1 min 30 s', 90], ['1m30s', 90], ['1 min and 30 sec', 90], ['1 minuto y 30 segundos', 90],
      ['1.5 min', 90], ['1,5 min', 90], ['2 min.', 120],
    ];
    for (const [typed, seconds] of cases) expect(parseDuration(typed), typed).to.equal(seconds);
  });

  it('says null for what is not a length of time', () => {
    for (const typed of ['', 'five minutes', 'soon', '5 parsecs', '1:75', 'min', '5 min later', '-5']) expect(parseDuration(typed), typed).to.equal(null);
  });

  it('writes seconds back as people read them', () => {
    expect([5, 30, 60, 90, 300, 600].map(formatDuration)).to.deep.equal(['5 s', '30 s', '1 min', '1 min 30 s', '5 min', '10 min']);
    for (const seconds of [1, 59, 61, 599]) expect(parseDuration(formatDuration(seconds))).to.equal(seconds);
  });
});

describe('builder: markup pasted into a text', () => {
  it('finds tags and entities, and gives the text as clients should read it', () => {
    expect(findMarkup('What happened <b>before</b>?')).to.equal('<b>');
    expect(findMarkup('Tom &amp; Jerry')).to.equal('&amp;');
    expect(findMarkup('I feel <3 and 2 < 5 > 1')).to.equal(null);
    expect(plainText('What happened <b>before</b>?')).to.equal('What happened before?');
    expect(plainText('<p>First</p><p>Second</p>')).to.equal('First Second');
    expect(plainText('Line<br>break &amp; more&nbsp;here')).to.equal('Line break & more here');
    expect(plainText('<span style="color:red">x</span>')).to.equal('x');
    expect(plainText('No markup, <3')).to.equal('No markup, <3');
  });
});
