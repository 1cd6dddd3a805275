import { expect } from '@open-wc/testing';
import { escapeMarkdown } from '../../src/core/markdown.js';
import { hostileStrings } from '../helpers/hostile.js';
import { readText, renderMarkdown, tagsOf } from '../helpers/markdown.js';

/**
 * Rendered, the escaped text is one paragraph of plain text (line breaks aside) reading as typed. A
 * typed web address may become a link to itself (GFM's autolinks): that is the text, not markup.
 */
function expectLiteral(text: string): void {
  const rendered = renderMarkdown(escapeMarkdown(text));
  for (const link of rendered.querySelectorAll('a')) {
    expect(/^(https?|mailto):/.test(link.href) && text.includes(link.textContent!), link.outerHTML).to.equal(true);
    link.replaceWith(link.textContent!);
  }
  const tags = tagsOf(rendered).filter((tag) => tag !== 'br');
  expect(tags, `${JSON.stringify(text)} renders as ${rendered.innerHTML}`).to.deep.equal(text.trim() ? ['p'] : []);
  const typed = text.replace(/\r\n?/g, '\n').replace(/^[ \t]+/gm, '').trim();
  expect(readText(rendered.querySelector('p') ?? rendered).trim(), JSON.stringify(text)).to.equal(typed);
}

describe('core: escapeMarkdown', () => {
  it('leaves ordinary prose as typed: no backslashes', () => {
    for (const text of ['Maya & Jordan', 'We listen to each other.', 'Self-awareness', 'It is 5 o’clock (nearly)!', 'snake_case', '-5 degrees', 'Q&A', 'a + b = c']) {
      expect(escapeMarkdown(text), text).to.equal(text);
    }
  });

  it('never lets typed text become markup', () => {
    for (const text of [
      '# heading',
      '###### small heading',
      '<script>alert(1)</script>',
      '<img src=x onerror="alert(1)">',
      '<!-- comment -->',
      '[x](javascript:alert(1))',
      '![image](https://example.com/x.png)',
      '<https://example.com>',
      '**bold** and *em* and _em_',
      '`code` and ```fence```',
      '~~struck~~',
      '> quoted',
      '- item',
      '+ item',
      '* item',
      '1. first',
      '2) second',
      '---',
      'title\n===',
      'title\n---',
      '    indented code',
      'a | b\n--|--\n1 | 2',
      '&amp; &#60; &lt;',
      'ends with a backslash \\',
      'escaped \\* star',
      '[ref]: https://example.com',
    ]) {
      expectLiteral(text);
    }
  });

  it('keeps every hostile string literal', () => {
    // (Control characters aside: a Markdown reader drops or replaces them, as CommonMark asks.)
    const hasControl = (t: string) => [...t].some((c) => c.codePointAt(0)! < 0x20 && !'\t\n\r'.includes(c));
    for (const text of hostileStrings.filter((t) => !hasControl(t))) expectLiteral(text);
  });
});
