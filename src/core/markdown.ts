/** Escapes text so Markdown shows it literally (no links, images, HTML, emphasis or headings). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (char) => `\\${char}`)
    .replace(/\n/g, '  \n');
}
