import { expect } from '@open-wc/testing';
import { isEmailAddress } from '../../src/core/email-address.js';
import { MAILTO_LIMIT, mailtoUrl } from '../../src/core/mailto.js';

const bodyOf = (href: string) => decodeURIComponent(new URL(href).searchParams.get('body') === null ? '' : href.split('&body=')[1]!);

describe('mailtoUrl and isEmailAddress (send-to)', () => {
  it('accepts plausible addresses and refuses anything that could add headers or recipients', () => {
    for (const good of ['name@example.org', ' ana.lópez@clínica.es ', 'o\'brien+tend@mail.co.uk']) expect(isEmailAddress(good), good).to.equal(true);
    for (const bad of ['', 'name', 'name@', '@example.org', 'a@b', 'a@b.c', 'a b@example.org', 'a@example.org?bcc=x@evil.org',
      'a@example.org,b@example.org', 'a@example.org&cc=x', 'a..b@example.org', '.a@example.org', 'a@-x.org', 'javascript:alert(1)@x.org', 'a%0d@x.org']) {
      expect(isEmailAddress(bad), bad).to.equal(false);
    }
  });

  it('puts the subject and the words in the link, line breaks as CRLF', () => {
    const { href, cut } = mailtoUrl('name@example.org', 'My I-statement', 'I feel calm & "safe".\nI need rest?');
    expect(cut).to.equal(false);
    expect(href.startsWith('mailto:name@example.org?subject=My%20I-statement&body=')).to.equal(true);
    expect(bodyOf(href)).to.equal('I feel calm & "safe".\r\nI need rest?');
    expect(href).not.to.match(/[\s"<>]/);
  });

  it('cuts a long text at a word boundary under the limit and adds the note', () => {
    const words = Array.from({ length: 800 }, (_, i) => `word${i} ñandú 😊`).join(' ');
    const { href, cut } = mailtoUrl('name@example.org', 'Reflection', words, '(Paste the rest.)');
    expect(cut).to.equal(true);
    expect(href.length).to.be.at.most(MAILTO_LIMIT);
    expect(href.length).to.be.greaterThan(MAILTO_LIMIT - 200);
    const body = bodyOf(href);
    expect(body.endsWith('…\r\n\r\n(Paste the rest.)')).to.equal(true);
    const kept = body.slice(0, body.indexOf('…'));
    expect(words.startsWith(kept)).to.equal(true);
    expect(words[kept.length]).to.equal(' ');
  });

  it('never splits a character, even in a text without spaces', () => {
    const { href, cut } = mailtoUrl('a@example.org', 's', '😊'.repeat(2000), 'rest');
    expect(cut).to.equal(true);
    expect(() => decodeURIComponent(href)).not.to.throw();
    expect(href.length).to.be.at.most(MAILTO_LIMIT);
  });
});
