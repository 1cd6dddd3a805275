/**
 * `mailto:` links for `send-to`. Pure functions: the link opens the person's own mail app with
 * their words in it; nothing is sent by the page.
 */

/** Some mail apps (and Windows' URL handler) drop or refuse `mailto:` links longer than about 2,000 characters. */
export const MAILTO_LIMIT = 1800;


const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));

/**
 * A `mailto:` link to `address` with `subject` and `body`, and whether the body had to be cut:
 * a link longer than `limit` keeps the body up to the last space or line break that fits (never
 * inside a character), then `…` and `note` (e.g. asking the person to paste the rest).
 */
export function mailtoUrl(address: string, subject: string, body: string, note = '', limit = MAILTO_LIMIT): { href: string; cut: boolean } {
  const start = `mailto:${encodeURI(address.trim())}?subject=${encode(subject)}&body=`;
  if ((start + encode(body)).length <= limit) return { href: start + encode(body), cut: false };
  const room = limit - start.length - encode(`…\n\n${note}`).length;
  const chars = Array.from(body);
  // The longest prefix whose encoding fits, by bisection on characters.
  let low = 0;
  let high = chars.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (encode(chars.slice(0, mid).join('')).length <= room) low = mid;
    else high = mid - 1;
  }
  let kept = chars.slice(0, low).join('');
  const boundary = kept.search(/\s\S*$/);
  // Back to a word boundary unless that would throw away most of what fits.
  if (boundary > kept.length * 0.6) kept = kept.slice(0, boundary);
  return { href: start + encode(`${kept}…\n\n${note}`), cut: true };
}
