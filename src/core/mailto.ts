/**
 * `mailto:` links for `send-to`. Pure functions: the link opens the person's own mail app with
 * their words in it; nothing is sent by the page.
 */

/** Some mail apps (and Windows' URL handler) drop or refuse `mailto:` links longer than about 2,000 characters. */
export const MAILTO_LIMIT = 1800;

// Letters and digits of any script, and the few signs real addresses use. No "?", "&", "#", "%",
// "/" or spaces: they would add headers (`?bcc=`) or break the link.
const EMAIL = /^[\p{L}\p{N}.!$'*+=^_`{|}~-]{1,64}@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+[\p{L}]{2,63}$/u;

/** True for a plausible single e-mail address such as `name@example.org` (outer spaces ignored). */
export function isEmailAddress(value: string): boolean {
  const address = value.trim();
  return address.length <= 254 && EMAIL.test(address) && !address.split('@')[0]!.split('.').includes('');
}

const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));

export interface Mailto {
  href: string;
  /** True when the body had to be shortened (the link then ends with `note`). */
  cut: boolean;
}

/**
 * A `mailto:` link to `address` with `subject` and `body`. When the link would be longer than
 * `limit`, the body is cut at the last line break or space that fits (never inside a character)
 * and `note` is appended, e.g. to ask the person to paste the rest.
 */
export function mailtoUrl(address: string, subject: string, body: string, note = '', limit = MAILTO_LIMIT): Mailto {
  const start = `mailto:${encodeURI(address.trim())}?subject=${encode(subject)}&body=`;
  const whole = start + encode(body);
  if (whole.length <= limit) return { href: whole, cut: false };
  const tail = encode(`…\n\n${note}`);
  const chars = Array.from(body);
  // The longest prefix whose encoding fits, by bisection on characters (encoding grows with each one).
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (start.length + encode(chars.slice(0, mid).join('')).length + tail.length <= limit) low = mid;
    else high = mid - 1;
  }
  let kept = chars.slice(0, low).join('');
  const boundary = Math.max(kept.lastIndexOf('\n'), kept.lastIndexOf(' '));
  // Back to a word boundary unless that would throw away most of what fits.
  if (boundary > kept.length * 0.6) kept = kept.slice(0, boundary);
  return { href: start + encode(kept.trimEnd()) + tail, cut: true };
}
