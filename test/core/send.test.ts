import { expect, fixture } from '@open-wc/testing';
import { agreement, iStatement, reflectionCard, stopTimer, type Widget, type WidgetSpec } from '../security/widgets.js';
import { findButton, root, settle } from '../helpers/harness.js';
import { captureWarnings } from '../helpers/warnings.js';
import { captureTakeAway, type Captured } from '../security/take-away.js';

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
      it('"Email …" opens the mail app with the subject and the person\'s words; nothing before they write', async () => {
        const el = await place(spec, { 'send-to': 'therapist@example.org', heading: 'For our session' });
        const link = emailLink(el)!;
        expect(link.textContent!.trim()).to.equal('Email my words to therapist@example.org');
        const clicked = new MouseEvent('click', { bubbles: true, cancelable: true });
        emailLink(el)!.dispatchEvent(clicked);
        await settle(el);
        expect(clicked.defaultPrevented).to.equal(true);
        expect(root(el).querySelector('[part~=status]')?.textContent).to.contain('Write something first');
        await spec.complete(el);
        const after = emailLink(el)!;
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

  it('a long text is cut in the link and copied whole to the clipboard, with a note to paste the rest', async () => {
    const el = await place(reflectionCard, { 'send-to': 'me@example.org' });
    const answer = root(el).querySelector<HTMLTextAreaElement>('#answer')!;
    const long = Array.from({ length: 600 }, (_, i) => `thought ${i}`).join(' ');
    answer.value = long;
    answer.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await settle(el);
    const link = emailLink(el)!;
    expect(link.href.length).to.be.at.most(1800);
    expect(bodyOf(link)).to.contain('Paste the rest from your clipboard');
    // The person's click, without letting the browser open a mail app.
    link.addEventListener('click', (event) => event.preventDefault());
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
    await settle(el);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(captured.clipboard.at(-1)).to.contain(long);
    expect(root(el).querySelector('[part~=status]')?.textContent).to.contain('whole text is on your clipboard');
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
