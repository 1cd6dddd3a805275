/**
 * "Print a blank worksheet": the configured exercise's worksheet (its `worksheet()`), laid out for
 * paper in a frame of its own and printed from there, so the builder's page is not what prints.
 * Built with DOM calls only (no HTML parsing), styled through a constructed stylesheet (allowed under
 * a strict CSP): a heading, a line for name and date, the prompts, and ruled room to write by hand.
 */
import type { Worksheet, WorksheetPart } from '../core/worksheet.js';

/** The builder's words on the sheet (its language). */
export interface WorksheetWords {
  name: string;
  date: string;
  /** Before an empty line after words to circle ("Other:"). */
  more: string;
  footer: string;
}

export const worksheetCss = `
@page { margin: 16mm 15mm 18mm; }
:root { color: #000; background: #fff; font: 11.5pt/1.45 "DejaVu Sans", Helvetica, Arial, sans-serif; font-variant-ligatures: none; }
body { margin: 0; }
header { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: flex-end; gap: 6mm; border-bottom: 2.5pt solid #000; padding-bottom: 3mm; margin-bottom: 5mm; }
h1 { font-size: 20pt; line-height: 1.2; margin: 0; }
.who { display: flex; gap: 6mm; font-size: 10pt; }
.who span { display: inline-block; min-width: 38mm; border-bottom: 0.75pt solid #000; padding-top: 4mm; }
.intro { margin: 0 0 5mm; }
section { break-inside: avoid; margin: 0 0 6mm; }
h2 { font-size: 13.5pt; margin: 7mm 0 2mm; padding: 1.5mm 3mm; background: #ececec; border-left: 2.5pt solid #000; break-after: avoid; }
h3 { font-size: 11.5pt; margin: 0 0 1mm; }
p { margin: 0 0 2mm; }
.hint { font-size: 9.5pt; color: #333; font-style: italic; }
.choices { display: flex; flex-wrap: wrap; gap: 1.5mm 5mm; margin: 1mm 0 2mm; padding: 0; list-style: none; font-size: 10pt; }
.choices li::before { content: ""; display: inline-block; width: 3mm; height: 3mm; border: 0.75pt solid #000; border-radius: 50%; margin-right: 1.5mm; vertical-align: -0.3mm; }
.group { font-size: 9.5pt; font-weight: 700; margin: 2mm 0 0; }
.items { margin: 0 0 2mm; padding-left: 6mm; }
.line { height: 9mm; border-bottom: 0.75pt solid #555; }
footer { margin-top: 8mm; border-top: 0.75pt solid #000; padding-top: 2mm; font-size: 9pt; color: #333; }
`;

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** One part: its heading, what to read, what to write about, words to circle, starting entries, ruled lines. */
function partNodes(doc: Document, part: WorksheetPart, words: WorksheetWords): HTMLElement[] {
  const nodes: HTMLElement[] = [];
  if (part.heading) nodes.push(element(doc, 'h2', part.heading));
  const section = element(doc, 'section');
  for (const paragraph of part.text ?? []) section.append(element(doc, 'p', paragraph));
  if (part.label) section.append(element(doc, 'h3', part.label));
  if (part.hint) section.append(element(doc, 'p', part.hint, 'hint'));
  for (const group of part.choices ?? []) {
    if (group.label) section.append(element(doc, 'p', group.label, 'group'));
    const list = element(doc, 'ul', undefined, 'choices');
    for (const word of group.words) list.append(element(doc, 'li', word));
    section.append(list);
  }
  if (part.choices?.length) section.append(element(doc, 'p', words.more, 'hint'), element(doc, 'div', undefined, 'line'));
  if (part.items?.length) {
    const list = element(doc, 'ul', undefined, 'items');
    for (const item of part.items) list.append(element(doc, 'li', item));
    section.append(list);
  }
  for (let i = 0; i < (part.lines ?? 0); i++) section.append(element(doc, 'div', undefined, 'line'));
  if (section.childNodes.length) nodes.push(section);
  return nodes;
}

/** Lays the worksheet out in `doc` (an empty document of its own), in `lang`. */
export function layOutWorksheet(doc: Document, sheet: Worksheet, words: WorksheetWords, lang: string): void {
  doc.documentElement.lang = lang;
  doc.title = sheet.title;
  const header = element(doc, 'header');
  const who = element(doc, 'div', undefined, 'who');
  for (const label of [words.name, words.date]) who.append(element(doc, 'span', `${label}:`));
  header.append(element(doc, 'h1', sheet.title), who);
  const main = element(doc, 'main');
  for (const paragraph of sheet.intro) main.append(element(doc, 'p', paragraph, 'intro'));
  for (const part of sheet.parts) main.append(...partNodes(doc, part, words));
  doc.body.replaceChildren(header, main, element(doc, 'footer', words.footer));
}

/**
 * A hidden frame under `root` holding the laid-out worksheet (the previous one is replaced), ready
 * for `frame.contentWindow.print()`.
 */
export function worksheetFrame(root: ParentNode & Node, sheet: Worksheet, words: WorksheetWords, lang: string): HTMLIFrameElement {
  root.querySelector('iframe.worksheet')?.remove();
  const frame = document.createElement('iframe');
  frame.className = 'worksheet';
  frame.title = sheet.title;
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  root.appendChild(frame);
  const win = frame.contentWindow as (Window & typeof globalThis) | null;
  const doc = frame.contentDocument;
  if (!win || !doc) return frame;
  const style = new win.CSSStyleSheet();
  style.replaceSync(worksheetCss);
  doc.adoptedStyleSheets = [style];
  layOutWorksheet(doc, sheet, words, lang);
  return frame;
}
