/**
 * Reading the PDFs the server prints, as a person with the paper would: the text, and the QR
 * code's address decoded from the embedded image (pdfjs extracts it, jsQR reads it).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import jsQR from 'jsqr';
import { getDocument, ImageKind, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

const standardFontDataUrl = path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts') + path.sep;

const open = (data: Buffer) =>
  getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false, isOffscreenCanvasSupported: false, standardFontDataUrl }).promise;

/** Every page's text, whitespace normalised, joined. */
export async function pdfText(data: Buffer): Promise<string> {
  const pdf = await open(data);
  let text = '';
  for (let n = 1; n <= pdf.numPages; n++) {
    const tc = await (await pdf.getPage(n)).getTextContent();
    text += ' ' + tc.items.map((i) => ('str' in i ? i.str : '')).join(' ');
  }
  await pdf.destroy();
  return text.replace(/\s+/g, ' ');
}

interface Gambar {
  width: number;
  height: number;
  kind: number;
  data: Uint8Array | Uint8ClampedArray;
}

/** RGBA pixels with a white margin around them (a printed QR code has a quiet zone; ours is drawn without). */
function rgbaDenganTepi(img: Gambar, tepi: number): { data: Uint8ClampedArray; width: number; height: number } {
  const width = img.width + 2 * tepi;
  const height = img.height + 2 * tepi;
  const out = new Uint8ClampedArray(width * height * 4).fill(255);
  for (let y = 0; y < img.height; y++) {
    for (let x = 0; x < img.width; x++) {
      const o = ((y + tepi) * width + (x + tepi)) * 4;
      let v: [number, number, number];
      if (img.kind === ImageKind.GRAYSCALE_1BPP) {
        const bit = (img.data[(y * Math.ceil(img.width / 8)) + (x >> 3)]! >> (7 - (x & 7))) & 1;
        v = bit ? [255, 255, 255] : [0, 0, 0];
      } else if (img.kind === ImageKind.RGB_24BPP) {
        const i = (y * img.width + x) * 3;
        v = [img.data[i]!, img.data[i + 1]!, img.data[i + 2]!];
      } else {
        const i = (y * img.width + x) * 4;
        v = [img.data[i]!, img.data[i + 1]!, img.data[i + 2]!];
      }
      out[o] = v[0];
      out[o + 1] = v[1];
      out[o + 2] = v[2];
    }
  }
  return { data: out, width, height };
}

/** The text of every QR code drawn in the PDF, in page order. */
export async function qrDariPdf(data: Buffer): Promise<string[]> {
  const pdf = await open(data);
  const found: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const ops = await page.getOperatorList();
    for (let i = 0; i < ops.fnArray.length; i++) {
      if (ops.fnArray[i] !== OPS.paintImageXObject) continue;
      const name = (ops.argsArray[i] as [string])[0];
      const img = await new Promise<Gambar>((resolve) => page.objs.get(name, resolve));
      const { data: rgba, width, height } = rgbaDenganTepi(img, 20);
      const code = jsQR(rgba, width, height);
      if (code?.data) found.push(code.data);
    }
  }
  await pdf.destroy();
  return found;
}
