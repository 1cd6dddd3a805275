import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/entries/repair.js';
import '../../src/entries/locales/es.js';
import { TendRepair } from '../../src/entries/repair.js';
import { todayIso } from '../../src/core/dates.js';
import { followUpDate } from '../../src/repair/follow-up.js';
import type { RepairData } from '../../src/repair/schema.js';
import { assertNothingInjected, hostileStrings } from '../helpers/hostile.js';
import { $, $$, button, errorOf, field, findButton, press, root, settle, status, text, textOf, type } from '../helpers/harness.js';
import { captureWarnings } from '../helpers/warnings.js';

const steps = ['part', 'impact', 'apology', 'plan'] as const;
const describedBy = (el: TendRepair, id: string) => (field(el, `#${id}`).getAttribute('aria-describedby') ?? '').split(' ');
const tipKeys = (el: TendRepair) => $$(el, '[part~=coaching] [data-hint]').map((tip) => `${tip.closest('[part~=field]')!.querySelector('textarea')!.id}:${tip.dataset.hint}`);
const sentence = (el: TendRepair) => textOf(el, '[part~=sentence]');

/** The four steps as typed on a phone: capitals, a lead-in typed again, an apostrophe left out. */
async function writeSteps(el: TendRepair): Promise<void> {
  await type(el, '#part', 'I was on my phone all through dinner');
  await type(el, '#impact', 'You felt alone at the table');
  await type(el, '#apology', 'Im sorry for ignoring you');
  await type(el, '#plan', 'Next time I will leave my phone in the other room');
}

/** Files the widget saves (a Blob URL clicked): their names and contents. */
function captureDownloads() {
  const files: { name: string; blob: Blob }[] = [];
  const create = URL.createObjectURL;
  const revoke = URL.revokeObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  let last: Blob | undefined;
  URL.createObjectURL = (blob: Blob | MediaSource) => ((last = blob as Blob), 'blob:stub');
  URL.revokeObjectURL = () => {};
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: last! });
  };
  return {
    files,
    restore() {
      URL.createObjectURL = create;
      URL.revokeObjectURL = revoke;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

describe('<tend-repair>', () => {
  afterEach(() => localStorage.clear());

  describe('the six steps', () => {
    it('has the contract’s fields in the source’s order, each labelled with a hint, the date a date field, and Done', async () => {
      const el = await fixture<TendRepair>(html`<tend-repair></tend-repair>`);
      const labels = $$(el, '[part~=field] > label').map((label) => text(label));
      expect(labels).to.deep.equal([
        'My part in what happened',
        'The impact on the other person',
        "I'm sorry for…",
        'Next time I will…',
        'Follow up on',
        'A way to reconnect (optional)',
      ]);
      for (const [id, word] of [['part', 'part'], ['impact', 'impact'], ['apology', 'sorry'], ['plan', 'next time'], ['follow-up', 'follow'], ['reconnect', 'reconnect']] as const) {
        const control = field(el, `#${id}`);
        expect(control.labels![0]!.textContent!.toLowerCase(), id).to.contain(word);
        expect(describedBy(el, id), id).to.include(`${id}-hint`);
      }
      expect(field(el, '#follow-up').type).to.equal('date');
      expect(button(el, 'Done').classList.contains('primary')).to.equal(true);
    });

    it('names the people of with in the labels, the hints, the choices and the words', async () => {
      const el = await fixture<TendRepair>(html`<tend-repair with="Sam, Alex"></tend-repair>`);
      expect(field(el, '#impact').labels![0]!.textContent).to.equal('The impact on Sam and Alex');
      expect(textOf(el, '#apology-hint')).to.contain('how Sam and Alex feels');
      expect($$(el, '.choices button').map((b) => text(b))).to.deep.equal(['Affection', 'Quality time', "Sam and Alex's love language"]);
      expect(textOf(el, '[part~=intro]')).to.contain('A repair with Sam and Alex.');
      await writeSteps(el);
      expect(el.value.with).to.deep.equal(['Sam', 'Alex']);
      expect(el.value.text).to.match(/^Sam and Alex, I want to own my part: /);
    });

    it('offers a follow-up date follow-up days ahead (7 by default), which the person changes or clears', async () => {
      const today = todayIso();
      const plain = await fixture<TendRepair>(html`<tend-repair></tend-repair>`);
      expect(plain.value.followUp).to.equal(followUpDate(today, 7));
      expect(field(plain, '#follow-up').value).to.equal(followUpDate(today, 7));
      const later = await fixture<TendRepair>(html`<tend-repair follow-up="30"></tend-repair>`);
      expect(later.value.followUp).to.equal(followUpDate(today, 30));
      const date = field(later, '#follow-up');
      date.value = '2031-05-04';
      date.dispatchEvent(new Event('change', { bubbles: true }));
      await settle(later);
      expect(later.value.followUp).to.equal('2031-05-04');
      await press(later, button(later, 'Clear the date'));
      expect(later.value.followUp).to.equal(null);
      expect(root(later).activeElement, 'focus goes back to the date when its button goes').to.equal(date);
      expect(findButton(later, /calendar/), 'no reminder without a date').to.equal(undefined);
    });

    it('a bad follow-up gives the default and one warning naming the element, the value and what it accepts', async () => {
      for (const bad of ['0', '91', 'seven', '7.5', '-3']) {
        const warnings = captureWarnings();
        try {
          const el = await fixture<TendRepair>(html`<tend-repair follow-up=${bad}></tend-repair>`);
          expect(el.value.followUp, bad).to.equal(followUpDate(todayIso(), 7));
          el.requestUpdate();
          await el.updateComplete;
          expect(warnings.messages, bad).to.have.length(1);
          expect(warnings.messages[0]).to.contain('<tend-repair>').and.contain('follow-up').and.contain(bad).and.contain('1 to 90');
        } finally {
          warnings.restore();
        }
      }
      const element = customElements.get('tend-repair') as unknown as typeof TendRepair;
      expect(element.checkAttribute('follow-up', '14')).to.equal(null);
      expect(element.checkAttribute('follow-up', '120')).to.contain('1 to 90');
    });
  });

  describe('what you could say', () => {
    it('composes the words as typed on a phone, only capitals and punctuation tidied', async () => {
      const el = await fixture<TendRepair>(html`<tend-repair with="Sam"></tend-repair>`);
      expect(textOf(el, '[part~=preview]')).to.contain('Your words come together here');
      await writeSteps(el);
      const said =
        "Sam, I want to own my part: I was on my phone all through dinner. I can see the impact it had on you: you felt alone at the table. I'm sorry for ignoring you. Next time, I will leave my phone in the other room.";
      expect(el.value.text).to.equal(said);
      expect(sentence(el)).to.equal(said);
      await press(el, '.choices button:nth-child(1)');
      expect(el.value.reconnect).to.equal('a hug, if you would like one');
      expect(el.value.text).to.equal(`${said} When you are ready, I'd like us to reconnect: a hug, if you would like one.`);
    });

    it('composes Spanish from phone input («Saqué…» lowered after «mi parte:», lead-ins dropped)', async () => {
      const el = await fixture<TendRepair>(html`<tend-repair lang="es" with="Ana"></tend-repair>`);
      await type(el, '#part', 'Saqué dinero de los ahorros sin preguntarte');
      await type(el, '#impact', 'Te pillo por sorpresa');
      await type(el, '#apology', 'Perdon por no preguntarte antes');
      await type(el, '#plan', 'La proxima vez voy a Hablarlo contigo antes');
      expect(el.value.text).to.equal(
        'Ana, quiero reconocer mi parte: saqué dinero de los ahorros sin preguntarte. Veo el impacto que tuvo lo que hice: te pillo por sorpresa. Te pido perdón por no preguntarte antes. La próxima vez, voy a hablarlo contigo antes.',
      );
      expect(field(el, '#impact').labels![0]!.textContent).to.equal('El impacto en Ana');
    });

    it('Done too early says what is still to write, marks each field and focuses the first; the data keeps text empty', async () => {
      const el = await fixture<TendRepair>(html`<tend-repair></tend-repair>`);
      await type(el, '#impact', 'you waited all evening');
      await type(el, '#apology', 'Sorry.');
      let completes = 0;
      el.addEventListener('tend-complete', () => completes++);
      await press(el, button(el, 'Done'));
      expect(completes).to.equal(0);
      expect(status(el)).to.equal('Still to write: your part, what you are sorry for, and what you will do next time.');
      expect(errorOf(el, 'part')).to.contain('Write your part');
      expect(errorOf(el, 'apology'), 'a lone "Sorry." says nothing yet').to.contain('what you are sorry for');
      expect(errorOf(el, 'impact')).to.equal('');
      expect(field(el, '#part').getAttribute('aria-invalid')).to.equal('true');
      expect(describedBy(el, 'part')).to.include('part-error');
      await waitUntil(() => root(el).activeElement?.id === 'part', 'focus on the first missing field once its error is painted');
      expect(el.value.text).to.equal('');
      await type(el, '#part', 'I was late again');
      expect(errorOf(el, 'part'), 'the error stays while the person types there (its description is not read again)').to.contain('Write your part');
      field(el, '#impact').focus();
      await settle(el);
      expect(errorOf(el, 'part'), 'the error goes once focus leaves the written field').to.equal('');
      expect(errorOf(el, 'apology'), 'an error of a field still empty stays').to.contain('what you are sorry for');
    });

    it('Done with the four steps completes with the words; Copy copies them', async () => {
      const el = await fixture<TendRepair>(html`<tend-repair></tend-repair>`);
      await writeSteps(el);
      let copied = '';
      const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (words: string) => void (copied = words) } });
      try {
        button(el, 'Copy what I could say').click();
        await waitUntil(() => status(el) !== '', 'no confirmation');
      } finally {
        if (original) Object.defineProperty(navigator, 'clipboard', original);
        else delete (navigator as unknown as Record<string, unknown>)['clipboard'];
      }
      expect(copied).to.equal(el.value.text);
      const completed = oneEvent(el, 'tend-complete');
      button(el, 'Done').click();
      const { detail } = await completed;
      expect(detail.data.text).to.equal(el.value.text);
      expect(detail.data.followUp).to.equal(followUpDate(todayIso(), 7));
      await settle(el);
      expect(status(el)).to.match(/^Finished\. Take the time you both need/);
    });
  });

  describe('coaching hints', () => {
    const cases: [string, 'part' | 'apology' | 'plan', string, string][] = [
      ['en', 'part', 'I raised my voice but you started it', 'hintDeflecting'],
      ['en', 'part', 'i yelled because you were on your phone', 'hintDeflecting'],
      ['en', 'apology', 'sorry you feel that way', 'hintNonApology'],
      ['en', 'apology', 'Sorry if I upset you', 'hintNonApology'],
      ['en', 'apology', 'sorry, but I was exhausted', 'hintApologyBut'],
      ['en', 'plan', 'try harder', 'hintVaguePlan'],
      ['en', 'plan', "it won't happen again", 'hintVaguePlan'],
      ['es', 'part', 'Te grité pero tú empezaste', 'hintDeflecting'],
      ['es', 'apology', 'siento que te sientas asi', 'hintNonApology'],
      ['es', 'apology', 'perdón, pero estaba agotada', 'hintApologyBut'],
      ['es', 'plan', 'esforzarme más', 'hintVaguePlan'],
    ];
    for (const [lang, id, words, key] of cases) {
      it(`${lang} ${id} "${words}": ${key}, beside the field and in its description`, async () => {
        const el = await fixture<TendRepair>(html`<tend-repair lang=${lang} with="Sam"></tend-repair>`);
        await type(el, `#${id}`, words);
        expect(tipKeys(el)).to.deep.equal([`${id}:${key}`]);
        expect(describedBy(el, id)).to.include(`${id}-coaching`);
        // The tip quotes the words that raised it, and names the other person where it speaks of them.
        expect(textOf(el, `#${id}-coaching`)).to.match(/["«][^"»]+["»]/);
        if (key !== 'hintApologyBut') expect(textOf(el, `#${id}-coaching`)).to.contain('Sam');
      });
    }

    it('stays quiet on ordinary words, on the impact (which speaks of "you"), and with no-hints', async () => {
      const el = await fixture<TendRepair>(html`<tend-repair></tend-repair>`);
      await type(el, '#part', 'I made plans without asking you');
      await type(el, '#impact', 'you felt left out, but you did not say so because you were tired');
      await type(el, '#apology', 'not asking you first');
      await type(el, '#plan', 'check with you before I say yes to anything on a weekend');
      expect(tipKeys(el)).to.deep.equal([]);
      const quiet = await fixture<TendRepair>(html`<tend-repair no-hints></tend-repair>`);
      await type(quiet, '#apology', 'sorry you feel that way');
      expect(tipKeys(quiet)).to.deep.equal([]);
    });

    it('a tip that appeared is said once: it stays while the person types in that field, and goes when they leave it', async () => {
      const el = await fixture<TendRepair>(html`<tend-repair></tend-repair>`);
      await type(el, '#apology', 'sorry if');
      expect(tipKeys(el)).to.deep.equal(['apology:hintNonApology']);
      const tip = $(el, '#apology-coaching p');
      // The next keystroke makes "sorry if I" ... then a word that is no longer the hint's: the tip stays as it was.
      const area = field(el, '#apology');
      area.value = 'sorry i';
      area.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await settle(el);
      expect(tipKeys(el), 'held while focus is in the field').to.deep.equal(['apology:hintNonApology']);
      expect($(el, '#apology-coaching p'), 'the same tip, not drawn again').to.equal(tip);
      field(el, '#plan').focus();
      await settle(el);
      expect(tipKeys(el), 'gone once the person left the field').to.deep.equal([]);
    });
  });

  describe('safety', () => {
    for (const [lang, words, heading] of [
      ['en', 'I hit her when she said she was leaving', 'You can get help to stop'],
      ['es', 'le pegué cuando dijo que se iba', 'Puedes recibir ayuda para parar'],
    ] as const) {
      it(`${lang}: "${words}" (own violence) brings the note pointing to help to stop, and no apology is composed`, async () => {
        const el = await fixture<TendRepair>(html`<tend-repair lang=${lang} with="Sam"></tend-repair>`);
        await type(el, '#part', words);
        await type(el, '#impact', lang === 'en' ? 'she was scared' : 'se asustó');
        await type(el, '#apology', lang === 'en' ? 'what I did' : 'lo que hice');
        await type(el, '#plan', lang === 'en' ? 'walk away' : 'irme a otra habitación');
        const note = $(el, '[part~=support]');
        expect(text(note)).to.contain(heading);
        expect(el.value.text).to.equal('');
        expect(root(el).querySelector('[part~=preview]'), 'nothing to say is shown').to.equal(null);
        expect(root(el).querySelector('[part~=coaching]'), 'no coaching').to.equal(null);
        expect(findButton(el, /^(Copy|Copiar)/), 'nothing to copy').to.equal(undefined);
        const completed = oneEvent(el, 'tend-complete');
        button(el, lang === 'en' ? 'Done' : 'Listo').click();
        const { detail } = await completed;
        expect(detail.data.text).to.equal('');
        expect(detail.data.part).to.equal(words);
        await settle(el);
        expect(status(el)).to.equal(lang === 'en' ? 'Finished.' : 'Terminado.');
      });
    }

    it('"he hit me" brings the note as everywhere (to be safe), and composes nothing', async () => {
      const el = await fixture<TendRepair>(html`<tend-repair></tend-repair>`);
      await writeSteps(el);
      expect(el.value.text).to.not.equal('');
      await type(el, '#impact', ' and then he hit me');
      expect(textOf(el, '[part~=support]')).to.contain('You deserve to be safe');
      expect(el.value.text).to.equal('');
      expect(textOf(el, '[part~=heading]')).to.equal('Your words');
    });

    it('every free-text field goes through the watch', async () => {
      for (const id of ['part', 'impact', 'apology', 'plan', 'reconnect']) {
        const el = await fixture<TendRepair>(html`<tend-repair></tend-repair>`);
        await type(el, `#${id}`, 'he hit me');
        expect(root(el).querySelector('[part~=support]'), id).to.not.equal(null);
      }
    });
  });

  describe('take-away', () => {
    let downloads: ReturnType<typeof captureDownloads>;
    beforeEach(() => (downloads = captureDownloads()));
    afterEach(() => downloads.restore());

    it('the follow-up as a one-off calendar reminder with the title only, the words only when the person chooses', async () => {
      const el = await fixture<TendRepair>(html`<tend-repair with="Sam"></tend-repair>`);
      expect(root(el).querySelector('#words-in-reminder'), 'no option while there are no words').to.equal(null);
      await writeSteps(el);
      const option = $<HTMLInputElement>(el, '#words-in-reminder');
      const add = button(el, 'Add the follow-up to my calendar');
      expect(option.compareDocumentPosition(add) & Node.DOCUMENT_POSITION_FOLLOWING, 'the option comes before the button it changes').to.not.equal(0);
      add.click();
      await settle(el);
      const plain = await downloads.files[0]!.blob.text();
      expect(downloads.files[0]!.name).to.match(/^follow-up-with-sam-\d{4}-\d{2}-\d{2}\.ics$/);
      expect(plain).to.contain(`DTSTART;VALUE=DATE:${el.value.followUp!.replace(/-/g, '')}`);
      expect(plain).to.contain('SUMMARY:Follow up with Sam');
      expect(plain).to.not.contain('RRULE');
      expect(plain).to.not.contain('phone');
      expect(plain.split('\r\n').filter((line) => line.startsWith('DESCRIPTION:'))).to.deep.equal(['DESCRIPTION:Follow up with Sam']);
      expect(status(el)).to.contain('Open it to add the reminder to your calendar');
      option.click();
      await settle(el);
      add.click();
      await settle(el);
      const withWords = (await downloads.files[1]!.blob.text()).replace(/\r\n /g, '');
      expect(withWords).to.contain('DESCRIPTION:Sam\\, I want to own my part: I was on my phone all through dinner.');
    });

    it('Markdown: the words (or the steps under their labels) and the follow-up, every piece of text literal', async () => {
      const el = await fixture<TendRepair>(html`<tend-repair with="Sam"></tend-repair>`);
      await type(el, '#part', '<b>I</b> forgot *our* anniversary');
      button(el, 'Download as Markdown').click();
      await settle(el);
      const steps = await downloads.files[0]!.blob.text();
      expect(downloads.files[0]!.name).to.equal('repair-after-a-conflict.md');
      expect(steps).to.contain('# Repair after a conflict');
      expect(steps).to.contain('**With:** Sam');
      expect(steps).to.contain('## My part\n\n\\<b>I\\</b> forgot \\*our\\* anniversary');
      expect(steps).to.contain('## Follow up on');
      await type(el, '#impact', 'you felt forgotten');
      await type(el, '#apology', 'forgetting');
      await type(el, '#plan', 'put it in my calendar');
      button(el, 'Download as Markdown').click();
      await settle(el);
      const words = await downloads.files[1]!.blob.text();
      expect(words).to.contain('> Sam, I want to own my part: \\<b>I\\</b> forgot \\*our\\* anniversary.');
      expect(words).to.not.contain('## My part');
    });
  });

  describe('value, drafts and hostile text', () => {
    it('a draft keeps the words and a cleared date across a reload', async () => {
      const el = await fixture<TendRepair>(html`<tend-repair persist="r"></tend-repair>`);
      await type(el, '#part', 'I was late');
      await press(el, button(el, 'Clear the date'));
      const again = await fixture<TendRepair>(html`<tend-repair persist="r"></tend-repair>`);
      expect(again.value.part).to.equal('I was late');
      expect(again.value.followUp).to.equal(null);
      expect(field(again, '#follow-up').value).to.equal('');
    });

    it('shows hostile text literally in the fields, the words and the tips', async () => {
      const el = await fixture<TendRepair>(html`<tend-repair with=${hostileStrings[0]!}></tend-repair>`);
      for (const hostile of hostileStrings) {
        const value: RepairData = { ...el.value, part: hostile, impact: hostile, apology: `sorry if ${hostile}`, plan: hostile, reconnect: hostile };
        el.value = value;
        await el.updateComplete;
        for (const id of [...steps, 'reconnect']) expect(field(el, `#${id}`).value, id).to.equal(id === 'apology' ? `sorry if ${hostile}` : hostile);
        expect(sentence(el)).to.equal(el.value.text);
        assertNothingInjected(root(el));
      }
    });
  });
});
