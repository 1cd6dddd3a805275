/** How many words a text holds, by the locale's word boundaries where the browser knows them. */
export function countWords(text: string, locale = 'en'): number {
  if (!text.trim()) return 0;
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    let count = 0;
    for (const segment of new Intl.Segmenter(locale, { granularity: 'word' }).segment(text)) {
      if (segment.isWordLike) count++;
    }
    return count;
  }
  return text.trim().split(/\s+/u).length;
}
