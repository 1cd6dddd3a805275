import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/entries/stop-timer.js';
import '../../src/entries/locales/es.js';
import type { TendStopTimer } from '../../src/stop-timer/stop-timer.js';
import type { TendStepDetail } from '../../src/core/events.js';
import { captureWarnings } from '../helpers/warnings.js';
import { FakeClock } from './fake-clock.js';
import { textOf } from '../helpers/harness.js';

const titles = (el: TendStopTimer) => [...el.shadowRoot!.querySelectorAll('ol[part=steps] li > span:first-child')].map((s) => s.textContent!.trim());

async function timer(markup: ReturnType<typeof html>): Promise<{ el: TendStopTimer; clock: FakeClock }> {
  const el = await fixture<TendStopTimer>(markup);
  const clock = new FakeClock();
  el.clock = clock;
  await el.updateComplete;
  return { el, clock };
}

describe('<tend-stop-timer variant>', () => {
  it('is the mindfulness STOP by default: "Take a breath", no credit line', async () => {
    const { el } = await timer(html`<tend-stop-timer></tend-stop-timer>`);
    expect(titles(el)).to.deep.equal(['Stop', 'Take a breath', 'Observe', 'Proceed']);
    expect(textOf(el, '[part=heading]')).to.equal('The STOP technique');
    expect(el.shadowRoot!.querySelector('[part=credit]')).to.equal(null);
  });

  it('variant="dbt": DBT\'s wording, credited to Marsha M. Linehan, with the same step ids in tend-step', async () => {
    const { el, clock } = await timer(html`<tend-stop-timer variant="dbt" durations="1 1 1 1"></tend-stop-timer>`);
    expect(titles(el)).to.deep.equal(['Stop', 'Take a step back', 'Observe', 'Proceed mindfully']);
    expect(textOf(el, '[part=heading]')).to.equal('The STOP skill');
    expect(textOf(el, '[part=credit]')).to.contain('Dialectical Behavior Therapy').and.contain('Marsha M. Linehan');
    const steps: TendStepDetail[] = [];
    el.addEventListener('tend-step', (event) => steps.push((event as CustomEvent<TendStepDetail>).detail));
    el.start();
    clock.frame(1000);
    await el.updateComplete;
    expect(textOf(el, '[part=step-title]')).to.equal('Step 2 of 4: Take a step back');
    expect(textOf(el, '[part=instruction]')).to.contain('Step back from the situation');
    await aTimeout(80);
    expect(el.shadowRoot!.querySelector('[aria-live=polite]')!.textContent).to.contain('Take a step back.');
    expect(steps.map((s) => s.step)).to.deep.equal(['stop', 'breathe']);
    await expect(el).to.be.accessible();
  });

  it('keeps S·T·O·P in Spanish in both variants', async () => {
    const { el } = await timer(html`<tend-stop-timer lang="es" variant="DBT "></tend-stop-timer>`);
    expect(titles(el)).to.deep.equal(['Stop (detente)', 'Toma distancia', 'Observa', 'Procede con atención plena']);
    expect(textOf(el, '[part=heading]')).to.equal('La habilidad STOP');
    expect(textOf(el, '[part=credit]')).to.contain('Marsha M. Linehan');
    el.variant = 'mindfulness';
    await el.updateComplete;
    expect(titles(el)).to.deep.equal(['Stop (detente)', 'Toma aire', 'Observa', 'Procede']);
    expect(titles(el).map((t) => t[0]).join('')).to.equal('STOP');
  });

  it('a bad variant gives the default wording and exactly one warning', async () => {
    const warnings = captureWarnings();
    try {
      const { el } = await timer(html`<tend-stop-timer variant="acceptance"></tend-stop-timer>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(titles(el)).to.deep.equal(['Stop', 'Take a breath', 'Observe', 'Proceed']);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('<tend-stop-timer>').and.contain('variant').and.contain('"acceptance"').and.contain('"dbt"');
    } finally {
      warnings.restore();
    }
  });

  it('an embedder can reword a DBT step like any string', async () => {
    const { el } = await timer(html`<tend-stop-timer variant="dbt"></tend-stop-timer>`);
    el.strings = { 'dbt.step.breathe.title': 'Step back' };
    await el.updateComplete;
    expect(titles(el)[1]).to.equal('Step back');
  });
});
