/**
 * Puts text into Markdown so that it reads as typed and never becomes markup. Only what would
 * change its meaning is escaped, with a backslash, and only where it would: HTML tags and entities,
 * links, emphasis, code and tables anywhere; headings, quotes, lists, rules and indented code at
 * the start of a line. Ordinary prose ("Maya & Jordan", "each other.", "Self-awareness") is left as it is.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r\n?/g, '\n').split('\n').map(escapeLine).join('  \n');
}

const isWordChar = (char: string | undefined): boolean => char !== undefined && /[\p{L}\p{N}]/u.test(char);

function escapeLine(raw: string): string {
  const inline = raw
    // Leading indentation would make a code block.
    .replace(/^[ \t]+/, '')
    // A backslash that would escape what follows it (or break the line) is itself escaped.
    .replace(/\\(?=[!-/:-@[-`{-~]|$)/g, '\\\\')
    .replace(/[*`~|[]/g, (char) => `\\${char}`)
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
    // A typed web address is not made a link (GFM's autolinks would also swallow the escapes after it).
    .replace(/\b(https?|ftp|mailto):/gi, '$1\\:')
    .replace(/\bwww\./gi, 'www\\.')
    // An underscore inside a word ("snake_case") is never emphasis.
    .replace(/_/g, (char, at: number, line: string) => (isWordChar(line[at - 1]) && isWordChar(line[at + 1]) ? char : '\\_'));
  return inline
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^>/, '\\>')
    .replace(/^([-+=])(?=\s|$|\1+\s*$)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** A section of a Markdown document: its heading and its labelled answers. */
export interface MarkdownSection {
  heading: string;
  rows: readonly (readonly [string, string])[];
}

/** A Markdown document of labelled answers: `# title`, then `## heading` and `- **label:** text` per section, every text escaped. */
export function markdownDocument(title: string, sections: readonly MarkdownSection[]): string {
  const blocks = sections.map(
    ({ heading, rows }) => `## ${escapeMarkdown(heading)}\n\n${rows.map(([label, text]) => `- **${escapeMarkdown(label)}:** ${escapeMarkdown(text)}`).join('\n')}`,
  );
  return `${[`# ${escapeMarkdown(title)}`, ...blocks].join('\n\n')}\n`;
}
