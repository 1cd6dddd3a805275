import { nothing } from 'lit';
import * as z from 'zod/mini';
import { attributeRule } from './attributes.js';
import { isEmailAddress } from './email-address.js';
import { Lazy } from './lazy.js';
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
  /** Whether the person has written (or chosen) anything yet: before that there is nothing to send. */
  hasWords(): boolean;
  voice: Voice;
  /** Shows and announces a confirmation. */
  say(message: string): void;
  /** Renders the element again (the link and the button, once their module is here). */
  requestUpdate(): void;
}

/** The link and the button (`send-view.ts`): imported once an element on the page has `send-to` or `share`. */
const sendView = new Lazy(() => import('./send-view.js').then((module) => module.default));

/**
 * The "Email my words to …" link (`send-to`) and the "Share" button (`share`), see `send-view.ts`: nothing of them is
 * part of a page that uses neither; an element with either imports them at its first render (long before the person
 * has written anything, which they wait for).
 */
export class SendController {
  constructor(private readonly options: SendOptions) {}

  /** Has `send-to` or `share`, and their module is not here yet: it is on its way (the render that takes over a server's HTML waits for it). */
  get loading(): boolean {
    const [address, share] = this.options.targets();
    if ((!address && !share) || sendView.settled) return false;
    void sendView.load().then(() => this.options.requestUpdate());
    return true;
  }

  render() {
    return this.loading ? nothing : (sendView.value?.renderSend(this.options) ?? nothing);
  }
}

