import { html, nothing } from 'lit';
import * as z from 'zod/mini';
import { attributeRule } from './attributes.js';
import { copyText } from './export.js';
import { isEmailAddress, mailtoUrl } from './mailto.js';
import type { Voice } from './voice.js';

/** `send-to`: one plausible e-mail address. */
export const sendToRule = attributeRule<string | null>(
  z.string().check(z.refine(isEmailAddress)) as unknown as z.ZodMiniType<string | null, string>,
  null,
  'one e-mail address, such as "name@example.org"',
);

/** What the controller needs from its element (callbacks, so the element's own members stay protected). */
export interface SendOptions {
  /** The validated `send-to` address (or null), and whether `share` is on. */
  targets(): [address: string | null, share: boolean];
  /** The person's words as plain text (each widget's own text export), and the subject/title. */
  words(): [text: string, subject: string];
  voice: Voice;
  /** Shows and announces a confirmation. */
  say(message: string): void;
}

/**
 * The "Email my words to …" link (`send-to`) and the "Share" button (`share`, only where the
 * browser has a share sheet): both hand the person's words to their own mail app or share sheet.
 * The widget itself sends nothing.
 */
export class SendController {
  constructor(private readonly options: SendOptions) {}

  render() {
    const { say } = this.options;
    const { t } = this.options.voice;
    const [address, wantsShare] = this.options.targets();
    const share = wantsShare && typeof navigator.share === 'function';
    if (!address && !share) return nothing;
    const [text, subject] = this.options.words();
    const empty = !text.trim();
    const mail = address && mailtoUrl(address, subject, text, t('emailRest'));
    // Nothing written yet: say so instead of opening an empty e-mail or share sheet.
    const guard = (event: Event) => empty && (event.preventDefault(), say(t('nothingToSend')), true);
    return html`<div class="actions no-print">
      ${mail
        ? html`<a
            part="button"
            href=${mail.href}
            @click=${async (event: Event) => {
              if (!guard(event) && mail.cut) say(t((await copyText(text)) ? 'emailCopied' : 'copyFailed'));
            }}
            >${t('emailTo', { address })}</a
          >`
        : nothing}
      ${share
        ? html`<button
            part="button"
            type="button"
            @click=${(event: Event) => guard(event) || navigator.share({ title: subject, text }).catch(() => {})}
          >
            ${t('share')}
          </button>`
        : nothing}
    </div>`;
  }
}
