import { expect, fixture, html, oneEvent, aTimeout } from '@open-wc/testing';
import { SampleElement } from './sample-element.js';
import { registerLocale } from '../../src/core/localize.js';
import { storageKey } from '../../src/core/persistence.js';
import { captureWarnings } from '../helpers/warnings.js';

describe('TendElement (core)', () => {
  afterEach(() => localStorage.clear());

  it('defines once: defining the same tag again never throws', () => {
    expect(() => SampleElement.define('tend-sample')).not.to.throw();
    class Other extends SampleElement {}
    expect(() => Other.define('tend-sample')).not.to.throw();
    expect(customElements.get('tend-sample')).to.equal(SampleElement);
  });

  it('renders the default heading and an override', async () => {
    const el = await fixture<SampleElement>(html`<tend-sample></tend-sample>`);
    expect(el.shadowRoot!.querySelector('[part=heading]')!.textContent).to.equal('Sample heading');
    el.heading = 'My own title';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part=heading]')!.textContent).to.equal('My own title');
  });

  it('fires tend-change and tend-complete that bubble, are composed and carry the contract detail', async () => {
    const el = await fixture<SampleElement>(html`<tend-sample></tend-sample>`);
    setTimeout(() => el.type('calm'));
    const change = await oneEvent(document, 'tend-change');
    expect(change.bubbles && change.composed).to.equal(true);
    expect(change.detail).to.deep.equal({
      exercise: 'i-statement',
      version: 1,
      data: { emotion: 'calm', situation: '', reason: '', need: '', text: 'I feel calm.' },
    });
    setTimeout(() => el.finish());
    const complete = await oneEvent(document, 'tend-complete');
    expect(complete.bubbles && complete.composed).to.equal(true);
    expect(complete.detail.exercise).to.equal('i-statement');
    expect(complete.detail.version).to.equal(1);
    expect(complete.detail.data.emotion).to.equal('calm');
    expect(new Date(complete.detail.completedAt).toISOString()).to.equal(complete.detail.completedAt);
  });

  it('gives the default and exactly one warning for an invalid theme', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<SampleElement>(html`<tend-sample theme="purple"></tend-sample>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<tend-sample>').and.contain('theme').and.contain('"purple"').and.contain('"dark"');
      el.theme = 'dark';
      await el.updateComplete;
      expect(warnings.messages).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('value round-trips and rejects data of the wrong shape with one warning', async () => {
    const el = await fixture<SampleElement>(html`<tend-sample></tend-sample>`);
    el.value = { emotion: 'hopeful', situation: '', reason: '', need: '', text: '' };
    expect(el.value.emotion).to.equal('hopeful');
    const warnings = captureWarnings();
    try {
      (el as unknown as { value: unknown }).value = { emotion: 42 };
      expect(el.value.emotion).to.equal('hopeful');
      expect(warnings.messages).to.have.length(1);
    } finally {
      warnings.restore();
    }
    el.reset();
    expect(el.value.emotion).to.equal('');
  });

  describe('strings and locales', () => {
    it('fills placeholders and picks plural forms', async () => {
      const el = await fixture<SampleElement>(html`<tend-sample></tend-sample>`);
      expect(el.phrase('greeting', { name: 'Ana' })).to.equal('Hello Ana');
      expect(el.count('apples', 1)).to.equal('1 apple');
      expect(el.count('apples', 3)).to.equal('3 apples');
    });

    it('lets the embedder override any string, by property or by a JSON child', async () => {
      const el = await fixture<SampleElement>(html`<tend-sample
        ><script type="application/json" data-tend-strings>
          { "heading": "Take a step back" }
        </script></tend-sample
      >`);
      expect(el.shadowRoot!.querySelector('[part=heading]')!.textContent).to.equal('Take a step back');
      el.strings = { greeting: 'Welcome, {name}' };
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=greeting]')!.textContent).to.equal('Welcome, there');
    });

    it('speaks the language of its new place when moved under another lang', async () => {
      registerLocale('yy', { 'i-statement': { heading: 'Yy heading' } });
      const wrapper = await fixture<HTMLDivElement>(html`<div><div lang="en"><tend-sample></tend-sample></div><div lang="yy"></div></div>`);
      const el = wrapper.querySelector<SampleElement>('tend-sample')!;
      expect(el.shadowRoot!.querySelector('[part=heading]')!.textContent).to.equal('Sample heading');
      wrapper.querySelector('[lang="yy"]')!.append(el);
      await el.updateComplete;
      expect(el.locale).to.equal('yy');
      expect(el.shadowRoot!.querySelector('[part=heading]')!.textContent).to.equal('Yy heading');
    });

    it('warns once about a JSON child that is not an object', async () => {
      const warnings = captureWarnings();
      try {
        await fixture(html`<tend-sample><script type="application/json" data-tend-strings>[1,</script></tend-sample>`);
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.contain('data-tend-strings');
      } finally {
        warnings.restore();
      }
    });

    it('speaks the nearest lang, and switches when a locale registers or lang changes', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="xx-test"><tend-sample></tend-sample></div>`);
      const el = wrapper.querySelector<SampleElement>('tend-sample')!;
      expect(el.locale).to.equal('xx-test');
      expect(el.shadowRoot!.querySelector('[part=heading]')!.textContent).to.equal('Sample heading');
      registerLocale('xx', { 'i-statement': { heading: 'Título de prueba' } });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=heading]')!.textContent).to.equal('Título de prueba');
      wrapper.lang = 'en';
      await aTimeout(0);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=heading]')!.textContent).to.equal('Sample heading');
      el.lang = 'xx';
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part=heading]')!.textContent).to.equal('Título de prueba');
    });
  });

  describe('persistence', () => {
    const key = storageKey('i-statement', 'k');

    it('stores nothing without persist', async () => {
      const el = await fixture<SampleElement>(html`<tend-sample></tend-sample>`);
      el.type('sad');
      expect(localStorage.length).to.equal(0);
    });

    it('saves under tend:v1:<exercise>:<key> and restores on reload', async () => {
      const el = await fixture<SampleElement>(html`<tend-sample persist="k"></tend-sample>`);
      el.type('tender');
      expect(JSON.parse(localStorage.getItem('tend:v1:i-statement:k')!).data.emotion).to.equal('tender');
      const again = await fixture<SampleElement>(html`<tend-sample persist="k"></tend-sample>`);
      expect(again.value.emotion).to.equal('tender');
    });

    it('says plainly the words are kept on this device, with a switch that stops keeping them and forgets what was kept', async () => {
      const el = await fixture<SampleElement>(html`<tend-sample persist="k"></tend-sample>`);
      el.type('tender');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[part~=privacy]')!.textContent).to.contain('kept on this device');
      const keep = el.shadowRoot!.querySelector<HTMLButtonElement>('[role=switch]')!;
      expect(keep.textContent!.trim()).to.equal('Keep my words on this device');
      expect(keep.getAttribute('aria-checked')).to.equal('true');
      const writes: string[] = [];
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, k: string, v: string) {
        writes.push(k);
        setItem.call(this, k, v);
      };
      try {
        keep.focus();
        expect(el.shadowRoot!.activeElement).to.equal(keep);
        keep.click();
        await el.updateComplete;
        expect(writes, 'switching off writes nothing first').to.deep.equal([]);
        expect(localStorage.getItem(key)).to.equal(null);
        expect(keep.getAttribute('aria-checked')).to.equal('false');
        expect(el.shadowRoot!.querySelector('[part~=privacy]')!.textContent).to.contain('not kept');
        // The words stay on the page; typing on stores nothing.
        expect(el.value.emotion).to.equal('tender');
        el.type('tenderer');
        expect(localStorage.getItem(key)).to.equal(null);
        keep.click();
        await el.updateComplete;
        expect(JSON.parse(localStorage.getItem(key)!).data.emotion).to.equal('tenderer');
      } finally {
        Storage.prototype.setItem = setItem;
      }
    });

    for (const [fault, setup] of [
      ['read throws (SecurityError)', () => stub('getItem', () => { throw new DOMException('denied', 'SecurityError'); })],
      ['write throws (QuotaExceededError)', () => stub('setItem', () => { throw new DOMException('full', 'QuotaExceededError'); })],
      ['corrupt JSON', () => { localStorage.setItem(key, '{not json'); return () => {}; }],
      ['wrong shape', () => { localStorage.setItem(key, JSON.stringify({ version: 1, data: { emotion: 7 } })); return () => {}; }],
      ['a newer version', () => { localStorage.setItem(key, JSON.stringify({ version: 2, data: {} })); return () => {}; }],
    ] as const) {
      it(`keeps working, warns once and loses nothing when storage has ${fault}`, async () => {
        const restoreStub = setup();
        const warnings = captureWarnings();
        try {
          const el = await fixture<SampleElement>(html`<tend-sample persist="k"></tend-sample>`);
          el.type('first');
          el.type('second');
          expect(el.value.emotion).to.equal('second');
          expect(warnings.messages).to.have.length(1);
          expect(warnings.messages[0]).to.contain('persist');
        } finally {
          warnings.restore();
          restoreStub();
        }
        if (fault === 'a newer version') expect(JSON.parse(localStorage.getItem(key)!).version).to.equal(2);
      });
    }
  });

  it('keeps this page\'s draft when another tab writes the same key, warns once, and saves it at the next edit', async () => {
    const key = storageKey('i-statement', 'k');
    const el = await fixture<SampleElement>(html`<tend-sample persist="k"></tend-sample>`);
    el.type('mine');
    const warnings = captureWarnings();
    try {
      for (const emotion of ['theirs', 'theirs again']) {
        const other = JSON.stringify({ version: 1, savedAt: new Date().toISOString(), data: { ...el.value, emotion } });
        localStorage.setItem(key, other);
        window.dispatchEvent(new StorageEvent('storage', { key, newValue: other, storageArea: localStorage }));
      }
      window.dispatchEvent(new StorageEvent('storage', { key: 'tend:v1:i-statement:other', newValue: '{}', storageArea: localStorage }));
      await el.updateComplete;
      expect(el.value.emotion).to.equal('mine');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('another tab');
      el.type('mine, edited');
      expect(JSON.parse(localStorage.getItem(key)!).data.emotion).to.equal('mine, edited');
    } finally {
      warnings.restore();
    }
  });

  it('ignores a lang that is not a language tag: English, one warning, no error', async () => {
    const warnings = captureWarnings();
    try {
      const notATag = '<not a tag>';
      const el = await fixture<SampleElement>(html`<tend-sample lang=${notATag}></tend-sample>`);
      expect(el.locale).to.equal('en');
      expect(el.count('apples', 2)).to.equal('2 apples');
      el.requestUpdate();
      await el.updateComplete;
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('lang=').and.contain('BCP 47');
    } finally {
      warnings.restore();
    }
  });

  it('announces politely, repeating a repeated message', async () => {
    const el = await fixture<SampleElement>(html`<tend-sample></tend-sample>`);
    const region = el.shadowRoot!.querySelector('[aria-live=polite]')!;
    expect(region.getAttribute('aria-atomic')).to.equal('true');
    // No role="status": a read-through would name it ("statusbar") even while it is empty.
    expect(region.hasAttribute('role')).to.equal(false);
    el.announce('Saved');
    await aTimeout(80);
    expect(region.textContent).to.equal('Saved');
  });

  it('say() shows a confirmation and announces it; reset() clears it', async () => {
    const el = await fixture<SampleElement>(html`<tend-sample></tend-sample>`);
    el.confirm('Copied.');
    expect(el.shownMessage).to.equal('Copied.');
    await aTimeout(80);
    expect(el.shadowRoot!.querySelector('[aria-live=polite]')!.textContent).to.equal('Copied.');
    el.reset();
    expect(el.shownMessage).to.equal('');
  });

  it('takes part in a form under its name, and the form reset resets it', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><tend-sample name="feeling"></tend-sample></form>`);
    const el = form.querySelector<SampleElement>('tend-sample')!;
    el.type('calm');
    expect(JSON.parse(new FormData(form).get('feeling') as string).emotion).to.equal('calm');
    form.reset();
    expect(el.value.emotion).to.equal('');
  });

  it('is accessible', async () => {
    const el = await fixture<SampleElement>(html`<tend-sample persist="k"></tend-sample>`);
    await expect(el).to.be.accessible();
  });
});

function stub(method: 'getItem' | 'setItem', impl: () => never): () => void {
  const proto = Storage.prototype as unknown as Record<string, unknown>;
  const original = proto[method];
  proto[method] = impl;
  return () => {
    proto[method] = original;
  };
}
