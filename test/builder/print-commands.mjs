// Server-side command for the builder's worksheet test (a web-test-runner plugin):
// - `tend-print-pdf` { html }: opens `html` as a page of its own in the test's Chromium, prints it with
//   Chromium's print-to-PDF (A4, as a person's "Save as PDF" does), and reads the PDF back with PDF.js:
//   { pages, text: string[] (one entry a page) }. Answers false where the browser is not Chromium.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const isChromium = (session) => session.browser.type === 'puppeteer' && /chrom/i.test(session.browser.name ?? '');

/** The text of every page of a PDF, in reading order. */
export async function pdfText(data) {
  const pdf = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : '')).join('').replace(/[ \t]+/g, ' ').trim());
  }
  await pdf.destroy();
  return pages;
}

export function tendPrintCommands() {
  return {
    name: 'tend-print-commands',
    async executeCommand({ command, payload, session }) {
      if (command !== 'tend-print-pdf') return undefined;
      if (!isChromium(session)) return false;
      const page = await session.browser.getPage(session.id).browser().newPage();
      try {
        await page.setContent(String(payload?.html ?? ''), { waitUntil: 'load' });
        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
        const text = await pdfText(pdf);
        return { pages: text.length, text };
      } finally {
        await page.close();
      }
    },
  };
}
