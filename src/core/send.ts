import { html, nothing } from 'lit';
import * as z from 'zod/mini';
import { attributeRule } from './attributes.js';
import { copyText } from './export.js';
import { isEmailAddress, mailtoUrl, type Mailto } from './mailto.js';

/** `send-to`: one plausible e-mail address. */
export const sendToRule = attributeRule<string | null>(
  z.string().check(z.refine(isEmailAddress)) as unknown as z.ZodMiniType<string | null, string>,
  null,
  'one e-mail address, such as "name@example.org"',
);

export interface SendOptions {
  /** The validated `send-to` address, or null. */
  address(): string | null;
  /** Whether `share` is on. */
  share(): boolean;
  /** The person's words as plain text (each widget's own text export). */
  text(): string;
  /** The e-mail's subject and the share sheet's title. */
  subject(): string;
  t(key: string, values?: Readonly<Record<string, string>>): string;
  /** Shows and announces a confirmation. */
  say(message: string): void;
}

const canShare = (): boolean => typeof navigator !== 'undefined' && typeof navigator.share === 'function';

/**
 * The "Email my words to …" link (`send-to`) and the "Share" button (`share`): both hand the
 * person's words to their own mail app or share sheet. The widget itself sends nothing.
 */
export class SendController {
  private memo: { key: string; mail: Mailto } | undefined;

  constructor(private readonly options: SendOptions) {}

  render() {
    const { t } = this.options;
    const address = this.options.address();
    const share = this.options.share() && canShare();
    if (!address && !share) return nothing;
    const text = this.options.text();
    const mail = address ? this.mailto(address, text) : undefined;
    return html`<div class="actions no-print" role="group" aria-label=${t('sendLabel')}>
      ${mail
        ? html`<a part="button" href=${mail.href} @click=${(event: Event) => this.email(event, text, mail.cut)}
            >${t('emailTo', { address: address! })}</a
          >`
        : nothing}
      ${share ? html`<button part="button" type="button" @click=${() => this.shareText(text)}>${t('share')}</button>` : nothing}
    </div>`;
  }

  /** Computed again only when the words change (the timer renders every frame). */
  private mailto(address: string, text: string): Mailto {
    const subject = this.options.subject();
    const key = JSON.stringify([address, subject, text]);
    if (this.memo?.key !== key) this.memo = { key, mail: mailtoUrl(address, subject, text, this.options.t('emailRest')) };
    return this.memo.mail;
  }

  private async email(event: Event, text: string, cut: boolean): Promise<void> {
    const { t, say } = this.options;
    if (!text.trim()) {
      event.preventDefault();
      say(t('nothingToSend'));
    } else if (cut) {
      say(t((await copyText(text)) ? 'emailCopied' : 'emailCut'));
    }
  }

  private async shareText(text: string): Promise<void> {
    const { t, say } = this.options;
    if (!text.trim()) return say(t('nothingToSend'));
    try {
      await navigator.share({ title: this.options.subject(), text });
    } catch (error) {
      // The person closed the share sheet: nothing to say.
      if ((error as Error)?.name !== 'AbortError') say(t('shareFailed'));
    }
  }
}
