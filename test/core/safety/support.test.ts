import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../src/entries/index.js';
import '../../../src/entries/locales/es.js';
import { press, type } from '../../helpers/harness.js';
import { FakeClock } from '../../stop-timer/fake-clock.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown>; value: unknown; clock?: unknown };

/** Each exercise element with a way to type into one of its free-text fields, as a person would. */
const widgets: { tag: string; template: (slot?: TemplateResult) => TemplateResult; write: (el: Widget, text: string) => Promise<void> }[] = [
  {
    tag: 'tend-i-statement',
    template: (slot) => html`<tend-i-statement>${slot}</tend-i-statement>`,
    write: (el, text) => type(el, '#situation', text),
  },
  {
    tag: 'tend-reflection-card',
    template: (slot) => html`<tend-reflection-card>${slot}</tend-reflection-card>`,
    write: (el, text) => type(el, '#answer', text),
  },
  {
    tag: 'tend-agreement',
    template: (slot) => html`<tend-agreement>${slot}</tend-agreement>`,
    write: async (el, text) => {
      await type(el, '#add-0', text);
    },
  },
  {
    tag: 'tend-check-in',
    template: (slot) => html`<tend-check-in>${slot}</tend-check-in>`,
    write: (el, text) => type(el, '#challenge', text),
  },
  {
    tag: 'tend-active-listening',
    template: (slot) => html`<tend-active-listening>${slot}</tend-active-listening>`,
    write: (el, text) => type(el, '#said', text),
  },
  {
    tag: 'tend-stop-timer',
    template: (slot) => html`<tend-stop-timer notes durations="1 1 30 30">${slot}</tend-stop-timer>`,
    write: async (el, text) => {
      const clock = new FakeClock();
      el.clock = clock;
      await press(el, '[data-main]');
      clock.run(2500);
      await el.updateComplete;
      await type(el, '#note-observe', text);
    },
  },
];

const note = (el: Widget) => el.shadowRoot!.querySelector<HTMLElement>('[part~=support]');

describe('safety: the support note in every exercise element', () => {
  afterEach(() => localStorage.clear());

  for (const { tag, template, write } of widgets) {
    describe(`<${tag}>`, () => {
      it('shows nothing for ordinary words', async () => {
        const el = await fixture<Widget>(template());
        await write(el, 'I felt hurt and ignored, and I could kill for a coffee');
        expect(note(el)).to.equal(null);
      });

      it('shows a calm built-in note for words of danger, pointing to emergency services and a crisis line', async () => {
        const el = await fixture<Widget>(template());
        await write(el, 'you hit me');
        const shown = note(el)!;
        expect(shown, 'support note').to.exist;
        expect(shown.getAttribute('role')).to.equal('region');
        expect(shown.getAttribute('aria-labelledby')).to.equal('support-heading');
        const text = shown.textContent!;
        expect(text).to.match(/support|help|safe/);
        expect(text).to.contain('You deserve to be safe');
        expect(text).to.contain('emergency');
        expect(text).to.contain('crisis line');
        expect(shown.getBoundingClientRect().height).to.be.greaterThan(0);
      });

      it("shows the host's own slot=\"support\" text instead of the built-in line", async () => {
        const el = await fixture<Widget>(template(html`<p slot="support">Call our practice on 555 0100, or the helpline on 0800 000 000.</p>`));
        const own = el.querySelector<HTMLElement>('[slot=support]')!;
        expect(own.getClientRects().length, 'not displayed until needed').to.equal(0);
        await write(el, 'quiero morirme');
        const slot = note(el)!.querySelector('slot')!;
        expect(slot.assignedElements()).to.deep.equal([own]);
        expect(own.getClientRects().length).to.be.greaterThan(0);
        expect(note(el)!.textContent).to.contain('You deserve to be safe');
      });

      it('sends and stores nothing because of a match', async () => {
        const changes: unknown[] = [];
        const listen = (event: Event) => changes.push((event as CustomEvent).detail);
        document.addEventListener('tend-change', listen);
        const requests: unknown[] = [];
        const fetch = window.fetch;
        window.fetch = (...args: Parameters<typeof window.fetch>) => (requests.push(args), Promise.reject(new Error('no')));
        try {
          const el = await fixture<Widget>(template());
          const before = changes.length;
          await write(el, 'he threatened me');
          expect(note(el)).to.exist;
          // One tend-change per keystroke-like edit at most, as for any words; nothing extra for the match.
          expect(changes.length - before).to.be.at.most(1);
          expect(JSON.stringify(changes)).not.to.contain('danger');
          expect(localStorage.length).to.equal(0);
          expect(requests).to.deep.equal([]);
        } finally {
          window.fetch = fetch;
          document.removeEventListener('tend-change', listen);
        }
      });

      it('speaks Spanish under lang="es"', async () => {
        const el = await fixture<Widget>(template());
        el.setAttribute('lang', 'es');
        await el.updateComplete;
        await write(el, 'me pega');
        expect(note(el)!.textContent).to.contain('Mereces estar a salvo');
        expect(note(el)!.textContent).to.match(/ayuda|apoyo/);
      });
    });
  }
});

describe('safety: <tend-i-statement> never coaches or tidies words of danger', () => {
  it('no hint that "abused" is not a feeling, no composed sentence, no "Say it without blame", no thanks', async () => {
    const el = await fixture<Widget>(html`<tend-i-statement></tend-i-statement>`);
    await type(el, '#emotion', 'abused');
    await type(el, '#situation', 'you hit me');
    await type(el, '#need', 'you to stop');
    const shadow = el.shadowRoot!;
    expect(shadow.querySelector('[part~=coaching]'), 'coaching hint').to.equal(null);
    expect(shadow.querySelector('[part~=sentence]'), 'composed sentence').to.equal(null);
    expect(shadow.querySelector('[part~=heading]')!.textContent).not.to.contain('Say it without blame');
    expect(shadow.textContent).not.to.contain('Say it without blame');
    expect((el.value as { text: string }).text).to.equal('');
    await press(el, 'button.primary');
    const status = shadow.querySelector('[part~=status]')!.textContent!;
    expect(status).to.contain('Finished');
    expect(status).not.to.match(/thank/i);
    expect(shadow.querySelector('[part~=support]')).to.exist;
  });

  it('"like I want to die" gets no hint about a thought', async () => {
    const el = await fixture<Widget>(html`<tend-i-statement></tend-i-statement>`);
    await type(el, '#emotion', 'like I want to die');
    expect(el.shadowRoot!.querySelector('[part~=coaching]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~=support]')).to.exist;
  });

  it('coaches again once the words of danger are gone', async () => {
    const el = await fixture<Widget>(html`<tend-i-statement></tend-i-statement>`);
    await type(el, '#emotion', 'abused');
    const field = el.shadowRoot!.querySelector<HTMLInputElement>('#emotion')!;
    field.value = '';
    await type(el, '#emotion', 'like you ignore me');
    expect(el.shadowRoot!.querySelector('[part~=support]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part~=coaching]')).to.exist;
  });
});
