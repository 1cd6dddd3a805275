import { expect } from '@open-wc/testing';

export const encoder = new TextEncoder();
export const octets = (line: string) => encoder.encode(line).length;

/** Splits an .ics file into its physical lines, checking CRLF everywhere. */
export function physicalLines(ics: string): string[] {
  expect(ics.endsWith('\r\n'), 'ends with CRLF').to.equal(true);
  expect(/\r(?!\n)|(?<!\r)\n/.test(ics), 'no bare CR or LF').to.equal(false);
  return ics.slice(0, -2).split('\r\n');
}

/** Unfolds physical lines into content lines (RFC 5545 §3.1). */
export function unfold(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (line.startsWith(' ') || line.startsWith('\t')) out[out.length - 1] += line.slice(1);
    else out.push(line);
  }
  return out;
}

/** Reverses TEXT escaping (§3.3.11). */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

