import { expect, fixture, html } from '@open-wc/testing';
import '../../src/entries/index.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

const primary = (el: Widget) => el.shadowRoot!.querySelector<HTMLElement>('[part~=button].primary, [part~=button]')!;

/** Relative luminance contrast (WCAG 2) between two rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (rgb: string) => {
    const [r, g, bl] = rgb.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('styling: --tend-* set on an ancestor applies', () => {
  afterEach(() => {
    document.body.style.removeProperty('--tend-accent');
    document.body.style.removeProperty('--tend-radius');
  });

  for (const tag of ['tend-i-statement', 'tend-stop-timer', 'tend-agreement', 'tend-reflection-card']) {
    it(`<${tag}>: --tend-accent on body colours its buttons, light and dark, as when set on the element`, async () => {
      document.body.style.setProperty('--tend-accent', 'rgb(128, 0, 64)');
      document.body.style.setProperty('--tend-radius', '0px');
      const stage = await fixture<HTMLElement>(html`<div></div>`);
      stage.innerHTML = `<${tag}></${tag}>`;
      const el = stage.firstElementChild as Widget;
      await el.updateComplete;
      const button = primary(el);
      expect(getComputedStyle(button).borderTopColor).to.equal('rgb(128, 0, 64)');
      expect(getComputedStyle(button).borderTopLeftRadius).to.equal('0px');
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      expect(getComputedStyle(button).borderTopColor, 'dark theme').to.equal('rgb(128, 0, 64)');
    });
  }

  it('an ancestor wrapper (an article) works the same, and the element’s own value still wins', async () => {
    const article = await fixture<HTMLElement>(html`<article style="--tend-accent: rgb(0, 80, 0)">
      <tend-i-statement></tend-i-statement><tend-i-statement style="--tend-accent: rgb(0, 0, 120)"></tend-i-statement>
    </article>`);
    const [inherits, own] = [...article.querySelectorAll<Widget>('tend-i-statement')];
    await inherits!.updateComplete;
    await own!.updateComplete;
    expect(getComputedStyle(primary(inherits!)).borderTopColor).to.equal('rgb(0, 80, 0)');
    expect(getComputedStyle(primary(own!)).borderTopColor).to.equal('rgb(0, 0, 120)');
  });

  it('keeps the built-in colours at 4.5:1 or more without any --tend-* set (light and dark)', async () => {
    const el = await fixture<Widget>(html`<tend-i-statement theme="light"></tend-i-statement>`);
    const done = el.shadowRoot!.querySelector<HTMLElement>('[part~=button].primary')!;
    let style = getComputedStyle(done);
    expect(contrast(style.color, style.backgroundColor)).to.be.at.least(4.5);
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    style = getComputedStyle(done);
    expect(contrast(style.color, style.backgroundColor)).to.be.at.least(4.5);
    const surface = getComputedStyle(el.shadowRoot!.querySelector('[part~=base]')!).backgroundColor;
    expect(contrast(style.backgroundColor, surface)).to.be.at.least(4.5);
  });
});
