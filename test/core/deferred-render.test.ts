import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { TendIStatement } from '../../src/entries/i-statement.js';
import { storageKey } from '../../src/core/persistence.js';

let tags = 0;

/**
 * Elements on the page before their definition arrives (as in an article when the CDN script comes
 * in): one at the top, one three screens below, inside a form. Returns them once defined.
 */
async function articleUpgraded(attributes = 'emotion="calm" situation="we talk" need="time"') {
  const tag = `tend-deferred-${++tags}`;
  const page = await fixture<HTMLFormElement>(html`<form></form>`);
  // Undefined tags cannot come from a Lit template with a dynamic name: build the markup by DOM.
  const top = document.createElement(tag);
  const spacer = document.createElement('div');
  spacer.style.blockSize = '300vh';
  const far = document.createElement(tag);
  for (const [, name, value] of attributes.matchAll(/([\w-]+)="([^"]*)"/g)) far.setAttribute(name!, value!);
  far.setAttribute('name', 's');
  page.append(top, spacer, far);
  customElements.define(tag, class extends TendIStatement {});
  return { form: page, top: top as TendIStatement, far: far as TendIStatement };
}

const rendered = (el: Element) => el.shadowRoot?.querySelector('[part~=heading]') != null;

describe('Deferred render below the fold', () => {
  afterEach(() => {
    fixtureCleanup();
    localStorage.clear();
    window.scrollTo(0, 0);
  });

  it('renders at once an element a script creates, wherever it is', async () => {
    const page = await fixture(html`<div><div style="block-size: 300vh"></div><tend-i-statement></tend-i-statement></div>`);
    const el = page.querySelector<TendIStatement>('tend-i-statement')!;
    await el.updateComplete;
    expect(rendered(el)).to.equal(true);
    expect(el.hasAttribute('data-tend-pending')).to.equal(false);
  });

  it('holds the first render of a far element already on the page, while its value, draft and form value are ready', async () => {
    const data = { emotion: 'hurt', situation: 'you left', reason: '', need: 'a call', text: '' };
    localStorage.setItem(storageKey('i-statement', 'far'), JSON.stringify({ version: 1, savedAt: '', data }));
    const { form, top, far } = await articleUpgraded('persist="far"');
    await Promise.all([top.updateComplete, far.updateComplete]);
    expect(rendered(top), 'the element in view').to.equal(true);
    expect(rendered(far), 'the element three screens down').to.equal(false);
    expect(far.hasAttribute('data-tend-pending')).to.equal(true);
    expect(far.value.text).to.equal('I feel hurt when you left. I need a call.');
    expect(new FormData(form).get('s')).to.equal('I feel hurt when you left. I need a call.');
  });

  it('renders when the person scrolls near it', async () => {
    const { far } = await articleUpgraded();
    await far.updateComplete;
    expect(rendered(far)).to.equal(false);
    far.scrollIntoView();
    await waitUntil(() => rendered(far), 'the element rendered once scrolled to', { timeout: 3000 });
    expect(far.hasAttribute('data-tend-pending')).to.equal(false);
    expect(far.shadowRoot!.querySelector<HTMLTextAreaElement>('#situation')!.value).to.equal('we talk');
  });

  it('renders at once for printing, and when a host calls a method', async () => {
    const first = (await articleUpgraded()).far;
    window.dispatchEvent(new Event('beforeprint'));
    await first.updateComplete;
    expect(rendered(first)).to.equal(true);

    fixtureCleanup();
    const second = (await articleUpgraded()).far;
    await second.updateComplete;
    expect(rendered(second)).to.equal(false);
    second.reset();
    await second.updateComplete;
    expect(rendered(second)).to.equal(true);
  });
});
