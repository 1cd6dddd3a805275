import { marked } from 'marked';

/** Markdown rendered as a CommonMark + GFM reader would (marked), as a detached DOM tree. */
export function renderMarkdown(markdown: string): HTMLElement {
  const html = marked.parse(markdown, { async: false, gfm: true }) as string;
  const container = document.createElement('div');
  container.append(new DOMParser().parseFromString(html, 'text/html').body.cloneNode(true));
  return container.firstElementChild as HTMLElement;
}

/** The tags the rendered Markdown holds (e.g. ['h1', 'p', 'br']). */
export function tagsOf(root: Element): string[] {
  return [...root.querySelectorAll('*')].map((el) => el.localName);
}

/** The text a reader sees, line breaks (`<br>`) as "\n". */
export function readText(root: Element): string {
  const copy = root.cloneNode(true) as Element;
  copy.querySelectorAll('br').forEach((br) => br.replaceWith('\n'));
  return (copy.textContent ?? '').replace(/\n\n+$/, '').replace(/^\n+|\n+$/g, '');
}
