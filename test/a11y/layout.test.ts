import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { controls, isChromium, render, screenshot, widgets, type Widget } from './helpers.js';

const describeBox = (c: Element) =>
  `${c.localName}${c.id ? `#${c.id}` : ''}${c.getAttribute('part') ? `[${c.getAttribute('part')}]` : ''} "${(c.getAttribute('aria-label') ?? c.textContent ?? '').trim().slice(0, 24)}"`;

/** WCAG 2.2 2.5.8: every control of every example at least 24 × 24 CSS px. */
describe('target size: every control of every example ≥ 24 × 24 CSS px', function () {
  this.timeout(20000);
  afterEach(() => localStorage.clear());
  for (const { tag, examples } of widgets) {
    it(`<${tag}>`, async () => {
      const small: string[] = [];
      let measured = 0;
      for (const example of examples) {
        const el = await render(tag, example);
        for (const control of controls(el)) {
          const { width, height } = control.getBoundingClientRect();
          measured++;
          if (width < 24 || height < 24) small.push(`«${example.name}» ${describeBox(control)}: ${width.toFixed(1)} × ${height.toFixed(1)}`);
        }
        localStorage.clear();
      }
      expect(small).to.deep.equal([]);
      expect(measured).to.be.greaterThan(examples.length * 2);
    });
  }
});

/** WCAG 1.4.10 reflow and 1.4.4 text resize: 320 CSS px wide, text at 200%: no horizontal scrolling, nothing clipped. */
describe('reflow: 320 CSS px wide, root font-size 200%', function () {
  this.timeout(20000);
  /** What must not scroll sideways: the page, or (see before) a 320 px wide body. */
  let page: HTMLElement = document.documentElement;
  before(async () => {
    await setViewport({ width: 320, height: 640 });
    document.documentElement.style.fontSize = '200%';
    document.body.style.margin = '0';
    // WebKitGTK's MiniBrowser window stops at its toolbar's width (447 px): there the widgets get a
    // 320 px wide body instead, inside a viewport still under the agreement's 30rem media query.
    if (innerWidth > 320) {
      document.body.style.inlineSize = '320px';
      page = document.body;
    }
  });
  after(async () => {
    document.documentElement.style.fontSize = '';
    document.body.style.margin = '';
    document.body.style.inlineSize = '';
    page = document.documentElement;
    await setViewport({ width: 800, height: 600 });
  });
  afterEach(() => localStorage.clear());

  for (const { tag, examples } of widgets) {
    it(`<${tag}>: every example fits without horizontal scrolling or clipping`, async () => {
      const problems: string[] = [];
      for (const example of examples) {
        const el = await render(tag, example);
        const base = el.shadowRoot!.querySelector<HTMLElement>('[part~=base]')!;
        expect(parseFloat(getComputedStyle(base).fontSize), 'text is at 200%').to.be.at.least(31);
        const where = `«${example.name}»`;
        if (page.scrollWidth > 320) problems.push(`${where}: the page scrolls sideways (${page.scrollWidth}px)`);
        if (el.scrollWidth > el.clientWidth) problems.push(`${where}: the widget overflows (${el.scrollWidth} > ${el.clientWidth})`);
        const frame = base.getBoundingClientRect();
        for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
          if (node.closest('.visually-hidden, [hidden], style, svg') || !node.getClientRects().length) continue;
          const box = node.getBoundingClientRect();
          if (box.width === 0 || box.height === 0) continue;
          if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5) {
            problems.push(
              `${where} ${describeBox(node)} sticks out of the frame (${box.left.toFixed(1)}–${box.right.toFixed(1)} of ${frame.left.toFixed(1)}–${frame.right.toFixed(1)})`,
            );
          }
          const style = getComputedStyle(node);
          const clips = /hidden|clip/.test(style.overflowX) && !/^(input|textarea|select)$/.test(node.localName);
          if (clips && node.scrollWidth > node.clientWidth + 1) problems.push(`${where} ${describeBox(node)} clips its content`);
        }
        localStorage.clear();
      }
      expect(problems).to.deep.equal([]);
    });
  }
});

/** Under dir="rtl" the layout mirrors (logical properties): a layout assertion, and a screenshot in test/.screenshots/. */
describe('right to left: every widget mirrors', function () {
  this.timeout(20000);
  before(async () => setViewport({ width: 800, height: 900 }));

  async function both(tag: string) {
    const stage = await fixture(html`<div style="inline-size: 640px">
      <div dir="ltr"></div>
      <div dir="rtl"></div>
    </div>`);
    const [ltr, rtl] = [...stage.children].map((wrapper) => {
      const el = document.createElement(tag) as Widget;
      wrapper.append(el);
      return el;
    });
    await Promise.all([ltr!.updateComplete, rtl!.updateComplete]);
    for (const el of [ltr!, rtl!]) {
      // The timer shows its row of buttons once started.
      (el as Widget & { start?: () => void }).start?.();
      await el.updateComplete;
    }
    return { ltr: ltr!, rtl: rtl! };
  }

  /** Where a piece of the widget sits, as insets from the base's content box. */
  function insets(el: Widget, selector: string) {
    const base = el.shadowRoot!.querySelector('[part~=base]')!.getBoundingClientRect();
    const node = el.shadowRoot!.querySelector(selector);
    if (!node) throw new Error(`<${el.localName}>: nothing matches ${selector}`);
    const box = node.getBoundingClientRect();
    return { start: box.left - base.left, end: base.right - box.right };
  }

  function buttonRow(el: Widget): number[] {
    const row = [...el.shadowRoot!.querySelectorAll('.actions')].find((r) => r.querySelectorAll('button').length >= 2)!;
    const buttons = [...row.querySelectorAll('button')].slice(0, 2);
    return buttons.map((b) => b.getBoundingClientRect().left);
  }

  // The flow has no label or Done of its own before its summary: test/flow/flow.test.ts mirrors it with its steps.
  for (const { tag } of widgets.filter((widget) => widget.tag !== 'tend-flow')) {
    it(`<${tag}>: heading, first label and the button row start on the right`, async function () {
      const { ltr, rtl } = await both(tag);
      for (const selector of ['[part~=heading]', '[part~=label], [part~=steps-item]', 'button.primary']) {
        const [l, r] = [insets(ltr, selector), insets(rtl, selector)];
        // The inline-start edge: at the left in LTR, at the right in RTL, by the same inset.
        expect(r.end, `${selector}: RTL starts at the right`).to.be.closeTo(l.start, 2);
        expect(r.start, `${selector}: RTL ends where LTR ends`).to.be.closeTo(l.end, 2);
      }
      const [a, b] = buttonRow(ltr);
      const [ra, rb] = buttonRow(rtl);
      expect(a!, 'LTR: first button left of the second').to.be.lessThan(b!);
      expect(ra!, 'RTL: first button right of the second').to.be.greaterThan(rb!);
      if (!isChromium) return;
      const file = await screenshot(`rtl-${tag}`, rtl.parentElement!.parentElement!);
      expect(file, 'screenshot: add tendA11yCommands() (test/a11y/commands.mjs) to web-test-runner.config.mjs').to.equal(
        `test/.screenshots/rtl-${tag}.png`,
      );
    });
  }
});
