import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../../src/entries/index.js';
import '../../../src/entries/locales/es.js';
import type { SafetyFinding } from '../../../src/core/safety/detect.js';
import { safetyWatch } from '../../../src/core/safety/safety-controller.js';
import { widgets } from '../../../src/registry.js';
import { recordEvents, text } from '../../helpers/harness.js';
import { safetyFixtures, write, type Widget } from './fixtures.js';

/**
 * After words of danger no exercise congratulates, calls anything ready or composes a sentence to say
 * to the other person: its Done says "Finished." and the note comes beside it. Caution (a finding of the
 * broad pass) stops the coaching too, without a note. The person's own violence gets a note pointing to
 * help to stop. Events carry the words as written.
 *
 * Caution and own violence come from a stubbed watch (`safetyWatch.assess`), so these tests hold
 * whatever phrases the watch's tables catch; danger uses phrases today's lists catch.
 */

const EXIT = 'https://www.bbc.co.uk/weather';
const HOST_LINE = 'Call our practice on 555 0100.';

/** What only a coaching, congratulating widget says (statuses, announcements, headings, hints). */
const COACHING = /thank|ready|notice how you feel|come back to these|kept your check-in|grow through challenges|say it without blame|to share how each person|growth is rarely linear|gracias|lista/i;

/** Everything a sighted person reads in the widget (its shadow root, and the slotted text). */
const shown = (widget: Widget) => text(widget.shadowRoot as unknown as Node);

async function mount(markup: string, tag: string): Promise<Widget> {
  fixtureCleanup();
  const stage = await fixture<HTMLElement>(html`<div></div>`);
  stage.innerHTML = markup;
  const el = stage.querySelector<Widget>(tag)!;
  await el.updateComplete;
  return el;
}

/** Every element the person finished in (a flow's steps and the flow). */
const finishedIn = (el: Widget): Widget[] => [el, ...[...el.children].filter((c): c is Widget => c.localName.startsWith('tend-'))];

/** An exercise with a heading for words of danger or caution (`headingInDanger`) shows it, unless the page set one. */
function expectDangerHeading(widget: Widget): void {
  const strings = (customElements.get(widget.localName) as unknown as { strings: Record<string, unknown> }).strings;
  if (!('headingInDanger' in strings) || widget.hasAttribute('heading')) return;
  expect(text(widget.shadowRoot!.querySelector('[part~=heading]')!), `${widget.localName}: heading`).to.contain(String(strings['headingInDanger']));
}

function stubWatch(finding: Omit<SafetyFinding, 'phrase'> | null): () => void {
  const real = safetyWatch.assess;
  safetyWatch.assess = (texts) => (texts.some((t) => t.trim()) && finding ? { ...finding, phrase: 'stubbed' } : null);
  return () => (safetyWatch.assess = real);
}

describe('safety: after words of danger, nothing congratulates or composes', function () {
  // Whole exercises are walked through (a flow: two of them); a loaded machine with three browsers is slow.
  this.timeout(30000);
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
    localStorage.clear();
  });

  for (const { tag, exercise } of widgets) {
    const fix = safetyFixtures[exercise];

    describe(`<${tag}>`, () => {
      it('danger: Done says "Finished." beside the note (with "Leave this page"); no thanks, nothing ready, no composed sentence; the events carry the words', async () => {
        const el = await mount(fix.markup(`exit-url="${EXIT}"`), tag);
        const completes = recordEvents<{ data: unknown }>('tend-complete');
        try {
          const result = await fix.finish(el, 'he hit me');
          expect(result.shadowRoot!.querySelector('[part~=support]'), 'support note').to.exist;
          const statuses = [...result.shadowRoot!.querySelectorAll('[part~=status]')].map((s) => text(s)).filter(Boolean);
          expect(statuses, 'status').to.include('Finished.');
          for (const widget of finishedIn(el)) {
            expect(shown(widget), widget.localName).not.to.match(COACHING);
            expect(widget.shadowRoot!.querySelector('[part~=sentence], [part~=preview], [part~=coaching]'), widget.localName).to.equal(null);
            expectDangerHeading(widget);
          }
          // Beside Done: the note comes after the row of Done (or after the heading the widget moved focus to).
          const place = result.shadowRoot!.querySelector('.support-place')?.previousElementSibling;
          expect(place?.matches('.actions, h3'), `the note comes after ${place?.outerHTML.slice(0, 60)}`).to.equal(true);
          const words = JSON.stringify(completes.details);
          expect(words, 'the words as written').to.contain('he hit me');
          // The I-statement composes nothing to say from words of danger (its README): `text` stays ''.
          expect(words).not.to.match(/"text":"[^"]/);
        } finally {
          completes.stop();
        }
      });

      it('caution: no hints, examples, composed sentence or thanks, and no note', async () => {
        restore = stubWatch({ tier: 'caution', kind: 'violence' });
        const el = await mount(fix.markup(''), tag);
        const completes = recordEvents<{ data: unknown }>('tend-complete');
        try {
          const result = await fix.finish(el, 'like you never listen');
          for (const widget of finishedIn(el)) {
            expect(widget.shadowRoot!.querySelector('[part~=support]'), `${widget.localName}: note`).to.equal(null);
            expect(shown(widget), widget.localName).not.to.match(COACHING);
            expect(widget.shadowRoot!.querySelector('[part~=sentence], [part~=preview], [part~=coaching], [aria-controls=example], [placeholder]')).to.equal(null);
            expectDangerHeading(widget);
          }
          const statuses = [...result.shadowRoot!.querySelectorAll('[part~=status]')].map((s) => text(s)).filter(Boolean);
          expect(statuses.join(' '), 'status').to.match(/^Finished\.$|Kept your check-in/);
          expect(JSON.stringify(completes.details)).to.contain('like you never listen').and.not.to.match(/"text":"[^"]/);
        } finally {
          completes.stop();
        }
      });
    });
  }

  it('the same words without a finding are coached (the checks above can fail)', async () => {
    const el = await mount(safetyFixtures['i-statement'].markup(''), 'tend-i-statement');
    await write(el, el.shadowRoot!.querySelector('#emotion')!, 'like you never listen');
    await write(el, el.shadowRoot!.querySelector('#situation')!, 'you always leave');
    await write(el, el.shadowRoot!.querySelector('#need')!, 'you to be more considerate');
    expect(el.shadowRoot!.querySelector('[part~=coaching]')).to.exist;
    expect(shown(el)).to.match(COACHING);
  });

  it('in a flow, words of danger in one step: the next step shows the note under its heading and thanks no one, nor does the summary', async () => {
    const fix = safetyFixtures.flow;
    const el = await mount(fix.markup(`exit-url="${EXIT}"`, `<p slot="support">${HOST_LINE}</p>`), 'tend-flow');
    const line = el.querySelector('[slot=support]')!;
    expect(line.getClientRects().length, 'the support line is not shown as instructions').to.equal(0);
    const { widget } = await fix.fields['i-statement #situation']!(el);
    await safetyFixtures['i-statement'].finish(widget, 'he hit me');
    const card = el.querySelector<Widget>('tend-reflection-card')!;
    await new Promise((resolve) => setTimeout(resolve, 0));
    await card.updateComplete;
    const place = card.shadowRoot!.querySelector('.support-place');
    expect(place, 'the note in the next step').to.exist;
    expect(place!.previousElementSibling?.matches('[part~=heading]'), 'right under its heading').to.equal(true);
    expect(place!.querySelector('[part~=exit]'), '"Leave this page" (the flow\'s exit-url)').to.exist;
    await safetyFixtures['reflection-card'].finish(card, 'time apart');
    expect(shown(card)).not.to.match(COACHING);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const summaryNote = el.shadowRoot!.querySelector('#summary-heading + .support-place [part~=support]');
    expect(summaryNote, 'the note under the summary heading').to.exist;
    expect(summaryNote!.querySelector<HTMLSlotElement>('slot[name=support]')!.assignedElements(), "the flow's own line").to.deep.equal([line]);
    expect(line.getClientRects().length).to.be.greaterThan(0);
    expect(text(card.shadowRoot!.querySelector('[part~=support]')), "the flow's line in a step's note").to.contain(HOST_LINE);
  });

  describe('own violence ("I hit her")', () => {
    it('the note points to help to stop, without shame, then the host\'s own line; no sentence is composed', async () => {
      restore = stubWatch({ tier: 'danger', kind: 'own-violence' });
      const el = await mount(`<tend-i-statement exit-url="${EXIT}"><p slot="support">${HOST_LINE}</p></tend-i-statement>`, 'tend-i-statement');
      await write(el, el.shadowRoot!.querySelector('#emotion')!, 'angry');
      await write(el, el.shadowRoot!.querySelector('#situation')!, 'I hit her');
      await write(el, el.shadowRoot!.querySelector('#need')!, 'her to listen');
      const note = el.shadowRoot!.querySelector('[part~=support]')!;
      expect(text(note.querySelector('.support-heading'))).to.equal('You can get help to stop');
      expect(text(note)).to.contain('help you stop').and.not.to.contain('You deserve to be safe');
      expect(note.querySelector<HTMLSlotElement>('slot[name=support]')!.assignedElements().map((e) => text(e))).to.deep.equal([HOST_LINE]);
      expect(note.querySelector('[part~=exit]'), '"Leave this page"').to.exist;
      expect(el.shadowRoot!.querySelector('[part~=sentence], [part~=coaching]')).to.equal(null);
      expect((el.value as { text: string }).text).to.equal('');
    });

    it('in Spanish', async () => {
      restore = stubWatch({ tier: 'danger', kind: 'own-violence' });
      const el = await mount('<tend-reflection-card lang="es"></tend-reflection-card>', 'tend-reflection-card');
      await write(el, el.shadowRoot!.querySelector('#answer')!, 'le pegué');
      const note = el.shadowRoot!.querySelector('[part~=support]')!;
      expect(text(note.querySelector('.support-heading'))).to.equal('Puedes recibir ayuda para parar');
      expect(text(note)).to.contain('ayudarte a parar');
    });

    it('is announced once, with its own words', async () => {
      restore = stubWatch({ tier: 'danger', kind: 'own-violence' });
      const el = await mount('<tend-reflection-card></tend-reflection-card>', 'tend-reflection-card');
      await write(el, el.shadowRoot!.querySelector('#answer')!, 'I pushed him');
      await new Promise((resolve) => setTimeout(resolve, 80));
      expect(text(el.shadowRoot!.querySelector('[aria-live=polite]'))).to.match(/^You can get help to stop\. If you have hurt someone/);
    });
  });
});
