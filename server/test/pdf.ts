import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

// pdfjs wants the metrics of the 14 standard fonts (the PDF uses Helvetica and Courier unembedded).
const standardFontDataUrl = path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts') + path.sep;

/** Opens a PDF with pdfjs and returns each page's text (whitespace normalised) and its operators. */
export async function readPdf(buf: Buffer) {
  const pdf = await getDocument({ data: new Uint8Array(buf), useSystemFonts: false, isEvalSupported: false, standardFontDataUrl }).promise;
  const pages: Array<{ text: string; ops: number[] }> = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const tc = await page.getTextContent();
    const text = tc.items
      .map((i) => ('str' in i ? i.str : ''))
      .join(' ')
      .replace(/\s+/g, ' ');
    pages.push({ text, ops: (await page.getOperatorList()).fnArray });
  }
  await pdf.destroy();
  return { pages, text: pages.map((p) => p.text).join(' ') };
}

