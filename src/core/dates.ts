/** Dates as the reader writes them: one formatter per language, shared by every widget. */

const formatters = new Map<string, Intl.DateTimeFormat>();

function longFormat(locale: string): Intl.DateTimeFormat {
  let format = formatters.get(locale);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    } catch {
      format = new Intl.DateTimeFormat('en', { dateStyle: 'long' });
    }
    formatters.set(locale, format);
  }
  return format;
}

/** A `YYYY-MM-DD` date in full in the reader's language ("31 March 2025"), read in local time (never shifted by a time zone). */
export function longDate(iso: string, locale: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  const local = new Date(2000, 0, 1);
  local.setFullYear(year, month - 1, day); // setFullYear keeps years 1–99 as they are
  return longFormat(locale).format(local);
}
