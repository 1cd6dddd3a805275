/**
 * Injection: every hostile string (test/helpers/hostile.ts) set on every attribute, typed into
 * every text field and run through every export of every widget. Nothing runs, nothing is injected
 * into the shadow or light DOM, the text is shown and exported literally, the page stays responsive.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { composePreview, composeStatement } from '../../src/i-statement/compose.js';
import { escapeMarkdown } from '../../src/core/markdown.js';
import { renderMarkdown } from '../helpers/markdown.js';
import { normalizePrompt } from '../../src/reflection-card/decks.js';
import { assertNothingInjected, clearPwned, hostile100k, hostileCorpus, hostileCorpusSmall, pwned } from '../helpers/hostile.js';
import { captureWarnings } from '../helpers/warnings.js';
import { unescapeText, unfold } from '../agreement/ics-helpers.js';
import { captureTakeAway, fileText, wellFormed } from './take-away.js';
import {
  agreement,
  browserValue,
  cleanup,
  create,
  iStatement,
  names,
  oneLine,
  reflectionCard,
  widgets,
  type Widget,
  type WidgetSpec,
} from './widgets.js';
import { button, field, fill, root } from '../helpers/harness.js';

type Parts = { emotion: string; situation: string; reason: string; need: string };

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())));

/**
 * Does `work`, then waits for the page's next frame. A page frozen by the text (a runaway pattern, a
 * render that never ends) never gets there, and the test's timeout fails it; how fast it gets there is
 * the benchmark's business, not a test's (a loaded machine is slow, not broken).
 */
async function thenNextFrame(work: () => Promise<unknown>): Promise<void> {
  await work();
  await frame();
}

const defaultHeadings = new Map<string, string>();
async function defaultHeading(spec: WidgetSpec): Promise<string> {
  if (!defaultHeadings.has(spec.tag)) {
    const el = await create(spec);
    defaultHeadings.set(spec.tag, root(el).querySelector('[part~=heading]')!.textContent!);
    el.remove();
  }
  return defaultHeadings.get(spec.tag)!;
}

/** Where an attribute's text must appear literally, when it is shown at all. */
async function assertAttributeShown(spec: WidgetSpec, el: Widget, attribute: string, text: string): Promise<void> {
  const shadow = root(el);
  if (attribute === 'heading') {
    const heading = shadow.querySelector('[part~=heading]')!.textContent!;
    if (text.trim()) expect(heading).to.equal(text.trim());
    // Blank: the default (the reflection card's default follows its deck or custom prompts).
    else if (spec === reflectionCard) expect(heading.trim()).not.to.equal('');
    else expect(heading).to.equal(await defaultHeading(spec));
  } else if (spec === iStatement && ['emotion', 'situation', 'reason', 'need'].includes(attribute)) {
    const input = field(el, `#${attribute}`);
    expect(input.value).to.equal(browserValue(input, text));
    expect((el.value as Parts)[attribute as keyof Parts]).to.equal(text);
  } else if (spec === reflectionCard && attribute === 'prompt' && normalizePrompt(text)) {
    expect(shadow.querySelector('label[for=answer]')!.textContent).to.equal(normalizePrompt(text));
  } else if (spec === agreement && attribute === 'with') {
    const input = field(el, '#with');
    expect(input.value).to.equal(browserValue(input, names(text).join(', ')));
  }
}

describe('injection: hostile text stays text', function () {
  // Heavy (100,000-character strings, hundreds of runs): room for a loaded machine and slower engines;
  // the frame budgets below still catch a frozen page.
  this.timeout(30000);
  let warnings: ReturnType<typeof captureWarnings>;
  let resources: PerformanceObserver;
  const fetched: string[] = [];

  before(() => {
    resources = new PerformanceObserver((list) => fetched.push(...list.getEntries().map((e) => e.name)));
    resources.observe({ type: 'resource' });
  });
  after(() => {
    resources.disconnect();
    expect(fetched.filter((url) => url.includes('evil.example')), 'a payload made the browser fetch').to.deep.equal([]);
  });
  beforeEach(() => {
    clearPwned();
    warnings = captureWarnings();
  });
  afterEach(() => {
    warnings.restore();
    cleanup();
    expect(pwned(), 'a payload ran').to.equal(false);
  });

  it(`has a corpus of ${hostileCorpus.length} hostile strings, up to 100,000 characters`, () => {
    expect(hostileCorpus.length).to.be.at.least(50);
    expect(hostileCorpus.some((text) => text.length === 10_000)).to.equal(true);
    expect(hostileCorpus.some((text) => text.length === 100_000)).to.equal(true);
    expect(hostileCorpus.some((text) => text.includes('\u0000'))).to.equal(true);
    expect(hostileCorpus.some((text) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(text))).to.equal(true);
  });

  for (const spec of widgets) {
    describe(`<${spec.tag}>`, () => {
      it('every attribute, set at creation and changed later, to every hostile string', async () => {
        for (const text of hostileCorpusSmall) {
          // All attributes at once, from the start.
          const attributes = Object.fromEntries(spec.attributes.map((name) => [name, text]));
          const el = await create(spec, attributes);
          assertNothingInjected(el);
          for (const attribute of spec.attributes) await assertAttributeShown(spec, el, attribute, text);
          el.remove();
        }
        // One attribute at a time, changed on a living element (every fourth string: the loop above had them all).
        for (const attribute of spec.attributes) {
          const el = await create(spec);
          for (const text of hostileCorpusSmall.filter((_, i) => i % 4 === 0)) {
            el.setAttribute(attribute, text);
            await el.updateComplete;
            assertNothingInjected(el);
            await assertAttributeShown(spec, el, attribute, text);
          }
          el.remove();
        }
        expect(pwned()).to.equal(false);
      });

      it('a 100,000-character attribute: shown literally, and the page gets its next frame', async () => {
        const few = ['heading', 'persist', 'theme', ...spec.attributes.filter((a) => ['emotion', 'durations', 'with', 'template'].includes(a))];
        for (const attribute of few) {
          let el!: Widget;
          await thenNextFrame(async () => {
            el = await create(spec, { [attribute]: hostile100k });
          });
          assertNothingInjected(el);
          await assertAttributeShown(spec, el, attribute, hostile100k);
          el.remove();
        }
      });

      it('every text field filled with every hostile string', async () => {
        const el = await create(spec);
        await spec.prepare?.(el);
        for (const [index, f] of spec.fields(el).entries()) {
          // The 100,000-character string goes into the first field only (it is slow to type everywhere).
          const corpus = index === 0 ? hostileCorpus : hostileCorpusSmall;
          for (const text of corpus) {
            const input = field(el, f.selector);
            const typeIt = async () => {
              fill(el, input, text);
              await el.updateComplete;
              await f.after?.(el, input);
            };
            if (text.length < 10_000) await typeIt();
            else await thenNextFrame(typeIt);
            assertNothingInjected(el);
            const kept = browserValue(input, text);
            if (f.after && !f.expected(kept)) continue; // blank: nothing added (checked below)
            expect(f.read(el), `${f.selector} keeps the text`).to.equal(f.expected(kept));
            if (!f.after) expect(field(el, f.selector).value).to.equal(kept);
          }
          if (!f.after) fill(el, f.selector, 'calm');
          await f.next?.(el);
        }
        if (spec === iStatement) {
          // The sentence shows the typed parts literally (tidied as documented in compose.ts).
          fill(el, '#situation', hostileCorpus.at(-1)!);
          await el.updateComplete;
          const shown = root(el).querySelector('[part~=sentence]')!.textContent!;
          const expected = composePreview(el.value as Parts);
          expect(shown === expected, `sentence shown (${shown.length} chars) is the composed one (${expected.length} chars)`).to.equal(true);
        }
        if (spec === agreement) {
          const items = [...root(el).querySelectorAll<HTMLInputElement>('[part~=item] textarea')].map((i) => i.value);
          const probe = field(el, '#add-0');
          expect(items).to.deep.equal(hostileCorpusSmall.map((t) => browserValue(probe, t).replace(/\s*[\r\n]+\s*/g, ' ').trim()).filter(Boolean));
        }
      });
    });
  }

  it('typed with the real keyboard: markup and template syntax arrive as text', async () => {
    const typed = `<img src=x onerror="window.__tendPwned=1"> \${window.__tendPwned=1} {{x}} <%= y %> '"\``;
    const statement = await create(iStatement);
    field(statement, '#situation').focus();
    await sendKeys({ type: typed });
    await statement.updateComplete;
    expect((statement.value as Parts).situation).to.equal(typed);
    assertNothingInjected(statement);
    const doc = await create(agreement);
    field(doc, '#add-0').focus();
    await sendKeys({ type: typed });
    await sendKeys({ press: 'Enter' });
    await doc.updateComplete;
    expect((doc.value as { sections: { items: string[] }[] }).sections[0]!.items).to.deep.equal([typed]);
    expect(root(doc).querySelector<HTMLInputElement>('[part~=item] textarea')!.value).to.equal(typed);
    assertNothingInjected(doc);
  });

  describe('exports', () => {
    let taken: ReturnType<typeof captureTakeAway>;
    beforeEach(() => (taken = captureTakeAway()));
    afterEach(() => taken.restore());

    it('<tend-i-statement> copies exactly the composed sentence for every hostile situation', async () => {
      const el = await create(iStatement, { emotion: 'hurt', need: 'a day of notice' });
      for (const text of hostileCorpus) {
        fill(el, '#situation', text);
        await el.updateComplete;
        taken.clipboard.length = 0;
        button(el, 'Copy').click();
        await new Promise((resolve) => setTimeout(resolve, 0));
        const parts = el.value as Parts;
        const sentence = composeStatement(parts);
        if (sentence) expect(taken.clipboard).to.deep.equal([sentence]);
        else expect(taken.clipboard).to.deep.equal([]);
        assertNothingInjected(el);
      }
    });

    it('<tend-reflection-card> copies and writes Markdown with every hostile answer and prompt literally', async () => {
      const prompt = hostileCorpusSmall[2]!;
      const el = await create(reflectionCard, { prompt });
      for (const text of hostileCorpus.filter((t) => t.trim())) {
        fill(el, '#answer', text);
        await el.updateComplete;
        taken.clipboard.length = 0;
        taken.files.length = 0;
        button(el, 'Copy').click();
        button(el, 'Download').click();
        await new Promise((resolve) => setTimeout(resolve, 0));
        assertNothingInjected(el);
        const answer = browserValue(field(el, '#answer'), text).replace(/\r\n?/g, '\n');
        expect(taken.clipboard).to.have.length(1);
        expect(taken.clipboard[0]!.includes(`1. ${normalizePrompt(prompt)}\n${answer}\n`), 'the clipboard holds the answer').to.equal(true);
        expect(taken.files).to.have.length(1);
        const md = await fileText(taken.files[0]!);
        expect(md.split('\n\n')[1]).to.equal(`## 1. ${wellFormed(escapeMarkdown(normalizePrompt(prompt)))}`);
        // Rendered as a Markdown reader would: the heading and the answer read as typed, no markup of their own.
        const rendered = renderMarkdown(md);
        expect(rendered.querySelectorAll('script, img, iframe, svg, a[href^="javascript"], h3, blockquote, ul, ol, pre, table')).to.have.length(0);
        expect(rendered.querySelector('h2')!.textContent).to.equal(`1. ${wellFormed(normalizePrompt(prompt))}`);
      }
    });

    it('<tend-agreement> copies, writes Markdown and .ics with every hostile item literally (escaped forms unescape back)', async () => {
      const el = await create(agreement, { with: 'Alex' });
      const title = hostileCorpusSmall[0]!;
      fill(el, '#title', title);
      const items = hostileCorpus.map((t) => t.trim()).filter(Boolean);
      el.value = { ...(el.value as object), sections: [{ id: 'time', title: 'Time together', items }] } as never;
      await el.updateComplete;
      // The person chooses to put the items in the reminder (by default it carries only the title and date).
      el.shadowRoot!.querySelector<HTMLInputElement>('#items-in-reminder')!.click();
      await el.updateComplete;
      for (const name of ['Copy as text', 'Download Markdown', 'Download calendar']) button(el, name).click();
      await new Promise((resolve) => setTimeout(resolve, 0));
      assertNothingInjected(el);

      // Clipboard: one line per item, line breaks turned into spaces.
      expect(taken.clipboard).to.have.length(1);
      const copied = taken.clipboard[0]!;
      expect(copied.split('\n')[0]).to.equal(title);
      for (const item of items) expect(copied).to.contain(`\n- ${oneLine(item)}\n`);

      // Markdown: every item escaped on its own line; unescaping gives the item back.
      const markdown = taken.files.find((f) => f.name.endsWith('.md'));
      expect(markdown, 'a Markdown file').to.exist;
      const md = await fileText(markdown!);
      expect(md.split('\n')[0]).to.equal(`# ${wellFormed(escapeMarkdown(title))}`);
      // Rendered as a Markdown reader would: one list item per item reading as typed, nothing else made of them.
      const rendered = renderMarkdown(md);
      expect(rendered.querySelectorAll('script, img, iframe, svg, h3, blockquote, pre, table, ul ul, ul ol')).to.have.length(0);
      const listed = [...rendered.querySelector('ul')!.children].map((li) => li.textContent);
      // (A Markdown reader drops NUL, as CommonMark asks of it.)
      expect(listed).to.deep.equal(items.map((item) => wellFormed(oneLine(item)).split(String.fromCharCode(0)).join('').trim()));

      // .ics: the description holds the text, escaped and folded; control characters are dropped (RFC 5545 §3.3.11).
      const calendar = taken.files.find((f) => f.name.endsWith('.ics'));
      expect(calendar, 'an .ics file').to.exist;
      const ics = await fileText(calendar!);
      const lines = unfold(ics.slice(0, -2).split('\r\n'));
      expect(lines.filter((line) => line === 'BEGIN:VEVENT')).to.have.length(1);
      expect(lines.some((line) => line.startsWith('ATTACH'))).to.equal(false);
      const description = unescapeText(lines.find((line) => line.startsWith('DESCRIPTION:'))!.slice('DESCRIPTION:'.length));
      const noControls = (text: string) =>
        [...text].filter((c) => { const code = c.codePointAt(0)!; return code === 0x09 || (code >= 0x20 && code !== 0x7f); }).join('');
      for (const item of items) expect(description).to.contain(`\n- ${wellFormed(noControls(oneLine(item)))}\n`);
    });
  });
});
