/**
 * One CSV cell (RFC 4180): quoted when it holds a quote, comma or line break. A cell that a
 * spreadsheet would read as a formula (starting with = + - @, or a tab or carriage return) gets a
 * leading apostrophe, so opening the file never runs what someone wrote.
 */
export function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV document: the header row, then one row per record, every cell made safe, lines ended by CRLF. */
export function csvDocument(columns: readonly string[], rows: readonly (readonly string[])[]): string {
  return `${[columns.join(','), ...rows.map((row) => row.map(csvCell).join(','))].join('\r\n')}\r\n`;
}
