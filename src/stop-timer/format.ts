/** m:ss for a number of milliseconds, counting a started second as a whole one; digits in `locale` (already a valid tag). */
export function formatClock(ms: number, locale: string): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const digits = (n: number, width: number) => n.toLocaleString(locale, { minimumIntegerDigits: width, useGrouping: false });
  return `${digits(Math.floor(total / 60), 1)}:${digits(total % 60, 2)}`;
}
