import { expect, fixture } from '@open-wc/testing';
import { agreement, iStatement, reflectionCard, stopTimer, type Widget, type WidgetSpec } from '../security/widgets.js';
import { findButton, root, settle } from '../helpers/harness.js';
import { captureWarnings } from '../helpers/warnings.js';
import { captureTakeAway, fileText, type Captured } from '../security/take-away.js';

const emailLink = (el: Widget) => [...root(el).querySelectorAll('a')].find((a) => a.textContent!.trim().startsWith('Email'));
const shareButton = (el: Widget) => findButton(el, /^Share$/);
const bodyOf = (a: HTMLAnchorElement) => decodeURIComponent(a.href.split('&body=')[1] ?? '');

async function place(spec: WidgetSpec, attributes: Record<string, string>): Promise<Widget> {
  const el = document.createElement(spec.tag) as Widget;
  for (const [name, value] of Object.entries({ ...spec.setup, ...attributes })) el.setAttribute(name, value);
  return fixture<Widget>(el);
}

/** What each widget sends: its own text export, with the person's words in it. */
const expected: [WidgetSpec, string[]][] = [
  [iStatement, ['I feel hurt when plans change at the last minute. I need a day of notice.']],
  [stopTimer, ['Tight shoulders.', 'Ask for a pause.']],
  [agreement, ['Alex', '- Sunday walks together']],
  [reflectionCard, ['A long walk.']],
];

describe('send-to and share on every exercise', () => {
  let share: PropertyDescriptor | undefined;
  // Copies and downloads on the way to Done are captured: a real download would take the browser's focus.
  let captured: Captured;
  beforeEach(() => {
    share = Object.getOwnPropertyDescriptor(Navigator.prototype, 'share');
    captured = captureTakeAway();
  });
  afterEach(() => {
    captured.restore();
    if (share) Object.defineProperty(Navigator.prototype, 'share', share);
    else delete (Navigator.prototype as { share?: unknown }).share;
  });

  for (const [spec, words] of expected) {
    describe(spec.tag, () => {
      it('"Email …" appears once there is something to send, and opens the mail app with the subject and the person\'s words', async () => {
        const el = await place(spec, { 'send-to': 'therapist@example.org', heading: 'For our session', share: '' });
        // Nothing written yet: no link that would send "Nothing written", and no Share.
        expect(emailLink(el)).to.equal(undefined);
        expect(shareButton(el)).to.equal(undefined);
        await spec.complete(el);
        const after = emailLink(el)!;
        expect(after.textContent!.trim()).to.equal('Email my words to therapist@example.org');
        expect(after.href.startsWith('mailto:therapist@example.org?subject=For%20our%20session&body=')).to.equal(true);
        for (const word of words) expect(bodyOf(after)).to.contain(word);
        await expect(el).to.be.accessible();
      });

      it('a bad send-to gives no link, the default and exactly one warning', async () => {
        const warnings = captureWarnings();
        try {
          const el = await place(spec, { 'send-to': 'someone@example.org?bcc=all@example.org' });
          el.requestUpdate();
          await settle(el);
          expect(emailLink(el)).to.equal(undefined);
          expect(warnings.messages).to.have.length(1);
          expect(warnings.messages[0]).to.contain(`<${spec.tag}>`).and.contain('send-to').and.contain('e-mail address');
        } finally {
          warnings.restore();
        }
      });

      it('"Share" uses the share sheet where the browser has one, and is absent where it has not', async () => {
        delete (Navigator.prototype as { share?: unknown }).share;
        const without = await place(spec, { share: '' });
        expect(shareButton(without)).to.equal(undefined);
        const shared: ShareData[] = [];
        Object.defineProperty(Navigator.prototype, 'share', {
          configurable: true,
          value: (data: ShareData) => (shared.push(data), Promise.resolve()),
        });
        const el = await place(spec, { share: '', heading: 'Mine' });
        await spec.complete(el);
        shareButton(el)!.click();
        await settle(el);
        expect(shared).to.have.length(1);
        expect(shared[0]!.title).to.equal('Mine');
        for (const word of words) expect(shared[0]!.text).to.contain(word);
      });
    });
  }

  describe('a long answer is never cut silently', () => {
    /** A 3,000-character reflection, typed into the card. */
    async function longReflection(): Promise<{ el: Widget; long: string }> {
      const el = await place(reflectionCard, { 'send-to': 'me@example.org', heading: 'After Tuesday' });
      const answer = root(el).querySelector<HTMLTextAreaElement>('#answer')!;
      const long = Array.from({ length: 300 }, (_, i) => `thought ${String(i).padStart(3, '0')}`).join(' ').slice(0, 3000);
      expect(long).to.have.length(3000);
      answer.value = long;
      answer.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await settle(el);
      return { el, long };
    }

    it('on a computer: says so beside the link, and "Email my words" saves the whole text as a file to attach', async () => {
      delete (Navigator.prototype as { canShare?: unknown }).canShare;
      const { el, long } = await longReflection();
      const link = emailLink(el)!;
      expect(link.href.length).to.be.at.most(1800);
      const note = root(el).getElementById(link.getAttribute('aria-describedby')!)!;
      expect(note.textContent).to.contain('longer than an e-mail link can hold').and.contain('after-tuesday.txt').and.contain('attach');
      // The e-mail itself says where the rest is.
      expect(bodyOf(link)).to.contain('The whole text is in the attached file after-tuesday.txt');
      link.addEventListener('click', (event) => event.preventDefault()); // no mail app in a test
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
      await settle(el);
      expect(captured.files.map((file) => file.name)).to.deep.equal(['after-tuesday.txt']);
      const saved = await fileText(captured.files[0]!);
      expect(saved).to.contain(long);
      expect(root(el).querySelector('[part~=status]')?.textContent).to.contain('Saved after-tuesday.txt. Attach it');
    });

    it('on a phone: the share sheet takes the whole text as a file, and says where to send it', async () => {
      const shared: ShareData[] = [];
      const canShare = Object.getOwnPropertyDescriptor(Navigator.prototype, 'canShare');
      Object.defineProperty(Navigator.prototype, 'share', { configurable: true, value: (data: ShareData) => (shared.push(data), Promise.resolve()) });
      Object.defineProperty(Navigator.prototype, 'canShare', { configurable: true, value: (data: ShareData) => !!data.files?.length });
      try {
        const { el, long } = await longReflection();
        const link = emailLink(el)!;
        expect(root(el).getElementById(link.getAttribute('aria-describedby')!)!.textContent).to.contain('send it to me@example.org');
        const clicked = new MouseEvent('click', { bubbles: true, cancelable: true });
        link.dispatchEvent(clicked);
        await settle(el);
        await new Promise((resolve) => setTimeout(resolve, 0));
        expect(clicked.defaultPrevented).to.equal(true);
        expect(shared).to.have.length(1);
        expect(await shared[0]!.files![0]!.text()).to.contain(long);
        expect(root(el).querySelector('[part~=status]')?.textContent).to.contain('Send it to me@example.org');
      } finally {
        if (canShare) Object.defineProperty(Navigator.prototype, 'canShare', canShare);
        else delete (Navigator.prototype as { canShare?: unknown }).canShare;
      }
    });

    it('a short answer goes whole in the link, with no file', async () => {
      const el = await place(reflectionCard, { 'send-to': 'me@example.org' });
      const answer = root(el).querySelector<HTMLTextAreaElement>('#answer')!;
      answer.value = 'A long walk helped.';
      answer.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await settle(el);
      expect(bodyOf(emailLink(el)!)).to.contain('A long walk helped.').and.not.contain('attached');
      expect(emailLink(el)!.hasAttribute('aria-describedby')).to.equal(false);
    });
  });

  it('checkAttribute answers with the element\'s own rules', async () => {
    const { TendStopTimer, TendAgreement, TendIStatement, TendReflectionCard } = await import('../../src/entries/index.js');
    expect(TendStopTimer.checkAttribute('durations', '5 30 20 10')).to.equal(null);
    expect(TendStopTimer.checkAttribute('durations', '5 30 20')).to.contain('four whole numbers');
    expect(TendAgreement.checkAttribute('review', 'Weekly')).to.equal(null);
    expect(TendAgreement.checkAttribute('review', 'daily')).to.contain('"monthly"');
    expect(TendIStatement.checkAttribute('send-to', 'x')).to.contain('e-mail address');
    expect(TendIStatement.checkAttribute('heading', 'anything')).to.equal(null);
    expect(TendReflectionCard.checkAttribute('theme', 'dark')).to.equal(null);
    expect(TendReflectionCard.checkAttribute('deck', 'nope')).to.match(/^It accepts one of /);
  });
});
