import { expect } from '@open-wc/testing';
import '../../src/entries/index.js';
import { widgets } from '../../src/registry.js';

// Needs `npm run build` first (npm test builds before the browser tests).
const bundleUrl = '/dist/tend.min.js';
const tags = widgets.map((widget) => widget.tag);

describe('the CDN bundle beside the npm modules', () => {
  it('loads on the same page without NotSupportedError and keeps one definition per tag', async () => {
    const before = tags.map((tag) => customElements.get(tag));
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      await import(/* @vite-ignore */ bundleUrl);
      await import(/* @vite-ignore */ `${bundleUrl}?again`);
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    expect(tags.map((tag) => customElements.get(tag))).to.deep.equal(before);
  });

  it('shares one locale registry with the bundle, so a locale file reaches every element', async () => {
    const el = document.createElement('tend-i-statement');
    el.setAttribute('lang', 'zz');
    document.body.append(el);
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const bundle = (await import(/* @vite-ignore */ bundleUrl)) as { registerLocale: (lang: string, bundle: object) => void };
    bundle.registerLocale('zz', { 'i-statement': { heading: 'Zed heading' } });
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal('Zed heading');
    el.remove();
  });
});
