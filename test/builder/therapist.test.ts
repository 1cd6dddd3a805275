import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TendBuilder } from '../../src/builder/builder.js';
import { catalog } from '../../src/builder/catalog.js';
import { exerciseClass } from '../../src/builder/fields.js';
import { worksheetCss } from '../../src/builder/worksheet-print.js';
import { skipBecause } from '../helpers/skip.js';
import { byLabel, byName, CDN, choose, code, newBuilder, pasteIntoBlankPage, root, settle, texts, tick, type } from './helpers.js';

/** The element of an embed code, read as a page would read it. */
function embedded(source: string, tag: string): Element {
  const element = new DOMParser().parseFromString(source, 'text/html').querySelector(tag);
  if (!element) throw new Error(`no <${tag}> in the embed code`);
  return element;
}

/** What people really type into a field that wants one of a few words. */
const TYPED = ['once a week', 'DBT STOP', 'Weekly please', 'dark mode', 'self awareness deck', '<b>full</b>', 'yes'];

const pasteCode = async (b: TendBuilder, pasted: string) => {
  await type(b, byLabel(b, 'Paste an embed code'), pasted);
  byName(b, 'button', 'Load this code').click();
  await settle(b);
};

describe('<tend-builder> for a therapist', () => {
  beforeEach(() => history.replaceState(null, '', location.pathname + location.search));
  afterEach(() => {
    document.querySelectorAll('iframe.blank-page').forEach((frame) => frame.remove());
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('offers every enumerated attribute of every exercise (from the manifest) as a menu, and each value reaches the code as the element accepts it', async function () {
    this.timeout(60000);
    const b = await newBuilder();
    let menus = 0;
    for (const element of catalog) {
      await choose(b, byLabel(b, 'Exercise'), element.tag);
      const cls = exerciseClass(element.tag)!;
      for (const attribute of element.attributes.filter((a) => a.values?.length)) {
        // The manifest's values are the element's own.
        expect(attribute.values, `${element.tag} ${attribute.name}`).to.deep.equal(cls.attributeRules[attribute.name]?.values);
        const control = root(b).getElementById(`f-${attribute.name}`) as HTMLSelectElement;
        expect(control?.localName, `${element.tag} ${attribute.name}`).to.equal('select');
        expect([...control.options].map((option) => option.value)).to.include.members([...attribute.values!]);
        for (const value of attribute.values!) {
          await choose(b, root(b).getElementById(`f-${attribute.name}`) as HTMLSelectElement, value);
          const written = embedded(code(b), element.tag).getAttribute(attribute.name);
          // The default is left out; any other value is written as chosen, and the element takes it
          // (a template of her own only once she has written one: until then the code says so).
          if (value === 'custom') {
            expect(written).to.equal(null);
            expect(root(b).getElementById('code-problems')!.textContent).to.contain('Section 1 needs a title.');
          } else if (value === attribute.default) expect(written, `${element.tag} ${attribute.name}`).to.equal(null);
          else expect(written, `${element.tag} ${attribute.name}`).to.equal(value);
          if (written !== null) expect(cls.checkAttribute(attribute.name, written)).to.equal(null);
          menus += 1;
        }
      }
    }
    expect(menus).to.be.greaterThan(15);
  });

  it('never lets a value the element rejects reach the code: every attribute of every exercise, typed as people type', async function () {
    this.timeout(60000);
    const b = await newBuilder();
    for (const element of catalog) {
      const cls = exerciseClass(element.tag)!;
      const settable = element.attributes.filter((a) => !a.boolean && a.name !== 'heading');
      const attributes = settable.map((a, i) => `${a.name}="${TYPED[i % TYPED.length]}"`).join(' ');
      await pasteCode(b, `<${element.tag} ${attributes}></${element.tag}>`);
      expect(byLabel<HTMLSelectElement>(b, 'Exercise').value).to.equal(element.tag);
      const written = embedded(code(b), element.tag);
      for (const { name, value } of [...written.attributes]) {
        expect(cls.checkAttribute(name, value), `${element.tag} ${name}="${value}"`).to.equal(null);
      }
      for (const attribute of element.attributes.filter((a) => a.values?.length)) {
        // Rejected, so flagged at its field, listed by the code, and absent from it.
        expect(written.hasAttribute(attribute.name), `${element.tag} ${attribute.name}`).to.equal(false);
        expect(root(b).getElementById(`f-${attribute.name}-error`), `${element.tag} ${attribute.name}`).to.exist;
      }
      if (element.attributes.some((a) => a.values?.length)) expect(root(b).getElementById('code-problems')).to.exist;
    }
  });

  it('names exercises and settings plainly, the attribute in small print, and offers only what the exercise understands', async () => {
    const b = await newBuilder();
    const names = [...byLabel<HTMLSelectElement>(b, 'Exercise').options].map((option) => option.textContent!.trim());
    expect(names).to.include.members(['Check-in', 'Living agreement', 'Reflection cards', 'Guided session (several exercises in a row)']);
    for (const name of names) expect(name).not.to.match(/tend-/);
    await choose(b, byLabel(b, 'Exercise'), 'tend-check-in');
    const label = root(b).querySelector('label[for="f-rhythm"]')!;
    expect(label.textContent).to.contain('Kind of check-in');
    expect(label.querySelector('code')!.textContent).to.equal('rhythm');
    const hints = [...root(b).querySelectorAll('.hint')].map((hint) => hint.textContent!).join(' ');
    for (const developerWord of ['nearest lang ancestor', 'prefers-color-scheme', 'location.replace', '--tend-field-surface', 'localStorage']) {
      expect(hints).not.to.contain(developerWord);
    }
    expect(root(b).textContent).not.to.contain('Your own prompts');
    await choose(b, byLabel(b, 'Exercise'), 'tend-agreement');
    expect(root(b).textContent).not.to.contain('Your own prompts');
    await choose(b, byLabel(b, 'Exercise'), 'tend-reflection-card');
    expect(root(b).textContent).to.contain('Your own prompts');
  });

  it('reads step lengths as people write them: "5 min" is 300 seconds, "90 s" and "1:30" are 90', async () => {
    const b = await newBuilder();
    await choose(b, byLabel(b, 'Exercise'), 'tend-stop-timer');
    await type(b, byLabel(b, 'Stop'), '5 min');
    await type(b, byLabel(b, 'Take a breath'), '90 s');
    await type(b, byLabel(b, 'Observe'), '1:30');
    await type(b, byLabel(b, 'Proceed'), '2 Minutes');
    expect(embedded(code(b), 'tend-stop-timer').getAttribute('durations')).to.equal('300 90 90 120');
    expect(byLabel<HTMLInputElement>(b, 'Stop').value).to.equal('5 min');
    await type(b, byLabel(b, 'Observe'), 'five minutes');
    expect(root(b).getElementById('f-durations-error')!.textContent).to.contain('Observe: “five minutes” is not a length of time');
    expect(byLabel<HTMLInputElement>(b, 'Observe').value).to.equal('five minutes');
    expect(code(b)).not.to.contain('durations');
    await type(b, byLabel(b, 'Observe'), '20 min');
    expect(root(b).getElementById('f-durations-error')!.textContent).to.contain('Observe: 20 min is too long. A step lasts at most 10 min.');
    expect(code(b)).not.to.contain('durations');
  });

  it('sets what depends on each other together: History brings a key of its own', async () => {
    const b = await newBuilder();
    await choose(b, byLabel(b, 'Exercise'), 'tend-check-in');
    await tick(b, 'Keep each check-in');
    const element = embedded(code(b), 'tend-check-in');
    expect(element.hasAttribute('history')).to.equal(true);
    expect(element.getAttribute('persist')).to.equal('check-in');
    expect(byLabel<HTMLInputElement>(b, 'Keep answers').value).to.equal('check-in');
    await type(b, byLabel(b, 'Keep answers'), '');
    expect(embedded(code(b), 'tend-check-in').hasAttribute('history')).to.equal(false);
    expect(byLabel<HTMLInputElement>(b, 'Keep each check-in').checked).to.equal(false);
    // Pasted without its key, History is flagged and left out, never a history that keeps nothing.
    await pasteCode(b, '<tend-check-in history></tend-check-in>');
    expect(root(b).getElementById('f-history-error')!.textContent).to.contain('It needs “Keep answers');
    expect(embedded(code(b), 'tend-check-in').hasAttribute('history')).to.equal(false);
  });

  it('asks near the top for her support line and a leave-this-page address, and both land in the embed and reach the client', async () => {
    const b = await newBuilder();
    await choose(b, byLabel(b, 'Exercise'), 'tend-check-in');
    const safety = root(b).querySelector('fieldset.safety')!;
    const firstFieldset = root(b).querySelector('form fieldset')!;
    expect(firstFieldset).to.equal(safety);
    expect(safety.textContent).to.contain('Your support line').and.contain('Leave-this-page address').and.contain('stops coaching');
    expect(byLabel<HTMLInputElement>(b, 'Leave-this-page address').value).to.equal('https://www.google.com/');
    await type(b, byLabel(b, 'Your support line'), 'Call Dr. Rivera\'s line: 555 0100 <b>(weekdays)</b>');
    await type(b, byLabel(b, 'Leave-this-page address'), 'https://weather.example/');
    const pasted = code(b);
    expect(pasted).to.contain('exit-url="https://weather.example/"');
    expect(pasted).to.contain('<p slot="support">Call Dr. Rivera\'s line: 555 0100 (weekdays)</p>');
    const el = await pasteIntoBlankPage(pasted, 'tend-check-in');
    expect(texts(el, 'button')).to.include('Leave this page');
    expect(el.querySelector('[slot="support"]')!.textContent).to.equal("Call Dr. Rivera's line: 555 0100 (weekdays)");
    // A flow: each step shows its own support note, so each carries the line.
    await choose(b, byLabel(b, 'Exercise'), 'tend-flow');
    await choose(b, byLabel<HTMLSelectElement>(b, 'Exercise for a new step'), 'tend-i-statement');
    byName(b, 'button', 'Add step').click();
    await settle(b);
    expect(embedded(code(b), 'tend-flow').querySelector('tend-i-statement > p[slot="support"]')!.textContent).to.contain('Dr. Rivera');
    expect(embedded(code(b), 'tend-flow').getAttribute('exit-url')).to.equal('https://weather.example/');
  });

  it('loads only what the page shows: one exercise file, or the autoloader for a session', async () => {
    const b = await newBuilder();
    await choose(b, byLabel(b, 'Exercise'), 'tend-check-in');
    const single = code(b);
    expect(single).to.contain(`<script type="module" src="${CDN}cdn/check-in.js"></script>`);
    expect(single).to.contain(`<link rel="stylesheet" href="${CDN}tend.css">`);
    const el = await pasteIntoBlankPage(single, 'tend-check-in');
    const win = el.ownerDocument.defaultView!;
    expect(win.customElements.get('tend-check-in')).to.exist;
    expect(win.customElements.get('tend-i-statement')).to.equal(undefined);
    await choose(b, byLabel(b, 'Exercise'), 'tend-flow');
    expect(code(b)).to.contain(`<script type="module" src="${CDN}cdn/autoloader.js"></script>`);
  });

  it('lists the wording in the language chosen for the exercise', async () => {
    const b = await newBuilder();
    await choose(b, byLabel(b, 'Exercise'), 'tend-check-in');
    await choose(b, byLabel(b, 'Language'), 'es');
    const wording = [...root(b).querySelectorAll('details')].find((d) => d.querySelector('summary')!.textContent!.trim() === 'Wording')!;
    expect(wording.querySelector('.hint')!.textContent).to.contain('Spanish');
    const labels = [...wording.querySelectorAll('label')].map((l) => l.textContent!.trim());
    expect(labels).to.include('¿Cómo te sientes?');
    expect(labels).not.to.include('How do you feel?');
  });

  it('the exercise menu and settings speak Spanish under lang="es"', async () => {
    const b = await fixture<TendBuilder>(html`<div lang="es"><tend-builder cdn=${CDN}></tend-builder></div>`).then((d) => d.querySelector('tend-builder')!);
    await settle(b);
    await choose(b, byLabel(b, 'Ejercicio'), 'tend-check-in');
    expect(byLabel(b, 'Tu línea de apoyo')).to.exist;
    expect(byLabel(b, 'Dirección para salir de la página')).to.exist;
    expect([...byLabel<HTMLSelectElement>(b, 'Tipo de momento').options].map((o) => o.textContent!.trim())).to.include('Semanal, consigo misma');
  });

  it('prints a blank worksheet of the configured exercise: Chromium\'s PDF has the heading, the prompts, room to write, and no controls', async function () {
    this.timeout(30000);
    const b = await newBuilder();
    await choose(b, byLabel(b, 'Exercise'), 'tend-reflection-card');
    await choose(b, byLabel(b, 'Deck'), 'repair');
    let printed: Window | undefined;
    b.printWith = (win) => (printed = win);
    byName(b, 'button', 'Print a blank worksheet').click();
    await settle(b);
    expect(printed, 'the worksheet frame was printed').to.exist;
    const doc = printed!.document;
    const cards = (root(b).querySelector('.preview-slot tend-reflection-card') as HTMLElement & { value: { answers: { prompt: string }[] } }).value.answers;
    // Every card is on paper (the exercise shows one at a time), each with lines to write on.
    expect([...doc.querySelectorAll('h3')].map((h) => h.textContent)).to.deep.equal(cards.map((card) => card.prompt));
    expect(doc.querySelectorAll('.line').length).to.be.at.least(cards.length * 4);
    expect(doc.querySelectorAll('button, input, textarea, select, [role=switch]')).to.have.length(0);
    const pdf = (await executeServerCommand('tend-print-pdf', { html: `<!doctype html>${doc.documentElement.outerHTML.replace('</head>', `<style>${worksheetCss}</style></head>`)}` })) as
      | { pages: number; text: string[] }
      | false;
    if (!pdf) skipBecause(this, "printing to PDF is Chromium's (puppeteer); the worksheet's content is checked above in every engine");
    expect(pdf.pages).to.be.within(1, 3);
    const text = pdf.text.join('\n');
    expect(text).to.contain(doc.querySelector('h1')!.textContent!).and.contain('Name:').and.contain('Date:');
    expect(text).to.contain(cards[0]!.prompt.slice(0, 20));
    for (const chrome of ['Done', 'Start over', 'Next', 'Previous', 'Keep my words', 'Email', 'Leave this page', 'Copy']) expect(text).not.to.match(new RegExp(`\\b${chrome}\\b`));
  });

  it('prints a check-in worksheet with its feelings to circle, on one or two pages', async function () {
    this.timeout(30000);
    const b = await newBuilder();
    await choose(b, byLabel(b, 'Exercise'), 'tend-check-in');
    let printed: Window | undefined;
    b.printWith = (win) => (printed = win);
    byName(b, 'button', 'Print a blank worksheet').click();
    await settle(b);
    const doc = printed!.document;
    expect(doc.querySelector('h1')!.textContent).to.equal('Daily check-in');
    expect(doc.querySelectorAll('.choices li').length).to.be.greaterThan(10);
    const pdf = (await executeServerCommand('tend-print-pdf', { html: `<!doctype html>${doc.documentElement.outerHTML.replace('</head>', `<style>${worksheetCss}</style></head>`)}` })) as
      | { pages: number; text: string[] }
      | false;
    if (!pdf) skipBecause(this, "printing to PDF is Chromium's (puppeteer)");
    expect(pdf.pages).to.be.within(1, 2);
    expect(pdf.text.join('\n')).to.contain('How do you feel?').and.contain('A highlight from the day');
  });
});
