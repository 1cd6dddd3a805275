import { html, nothing } from 'lit';
import { downloadText, safeFileName } from './export.js';
import { mailtoUrl } from './mailto.js';
import type { SendOptions } from './send-controller.js';

/** The browser's navigator, where there is one (a server render has none). */
const browser = (): Navigator | undefined => (typeof navigator === 'undefined' ? undefined : navigator);

/** A share sheet that takes files (phones): the whole text goes to the mail app as an attachment. */
function sharesFiles(file: File): boolean {
  const nav = browser();
  try {
    return typeof nav?.share === 'function' && typeof nav.canShare === 'function' && nav.canShare({ files: [file] });
  } catch {
    return false;
  }
}

/**
 * The "Email my words to …" link (`send-to`) and the "Share" button (`share`, only where the
 * browser has a share sheet), once the person has written something: both hand the person's words
 * to their own mail app or share sheet. The widget itself sends nothing. A text too long for a
 * `mailto:` link is never cut silently: the link says beside it that the whole text goes as a file
 * to attach (saved on a computer; through the share sheet, which takes files, on a phone), and the
 * e-mail's own text says where the rest is.
 */
function renderSend(options: SendOptions) {
  const { say } = options;
  const { t } = options.voice;
  const [address, wantsShare] = options.targets();
  const share = wantsShare && typeof browser()?.share === 'function';
  if ((!address && !share) || !options.hasWords()) return nothing;
  const [text, subject] = options.words();
  const name = safeFileName(subject, 'txt', 'my-words');
  const mail = address ? mailtoUrl(address, subject, text, t('emailAttached', { file: name })) : null;
  const file = mail?.cut && typeof File === 'function' ? new File([text], name, { type: 'text/plain' }) : undefined;
  const viaShare = !!file && sharesFiles(file);
  const sendWhole = (event: Event) => {
    if (!file) return;
    if (viaShare) {
      event.preventDefault();
      void browser()!
        .share({ files: [file], title: subject })
        .then(() => say(t('emailShared', { address: address! })))
        .catch(() => {});
      return;
    }
    downloadText(name, 'text/plain', text);
    say(t('emailSaved', { file: name }));
  };
  return html`<div class="actions no-print">
    ${mail
      ? html`<a part="button" href=${mail.href} aria-describedby=${file ? 'email-whole' : nothing} @click=${sendWhole}>${t('emailTo', { address: address! })}</a>
          ${file ? html`<p part="hint" class="hint" id="email-whole">${t(viaShare ? 'emailLongShare' : 'emailLong', { file: name, address: address! })}</p>` : nothing}`
      : nothing}
    ${share
      ? html`<button part="button" type="button" @click=${() => browser()!.share({ title: subject, text }).catch(() => {})}>${t('share')}</button>`
      : nothing}
  </div>`;
}

/** What `SendController` imports once an element has `send-to` or `share`. */
export default { renderSend };
