/**
 * The printable QR poster of a service point: A4, a large QR code to the public form, the
 * question, the service point and its unit, and a one-line privacy note. The QR code is drawn
 * as vector squares (sharp at any print size); the rest uses the shared PDF helpers.
 */
import { ASPEK_LAYANAN, ASPEK_LAYANAN_INFO } from '@capaian/domain';
import QRCode from 'qrcode';
import { contentBox, createPdf, FONT, toBuffer, type Pdf } from '../dokumen/pdf.js';

export interface PosterData {
  instansiNama: string;
  titikNama: string;
  unitNama: string;
  /** <PUBLIC_URL>/l/<kode> */
  tautan: string;
  /** Fixed by the caller so the same service point gives the same bytes. */
  tanggal: Date;
}

export const PERTANYAAN_POSTER = 'Bagaimana pelayanan kami hari ini?';
export const CATATAN_PRIVASI = 'Tanpa login dan tanpa data pribadi: kami tidak menanyakan nama, nomor telepon, atau identitas Anda.';

/** Draws a QR code as filled squares of `size` points with the top-left corner at (x, y). */
function drawQrVektor(doc: Pdf, text: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'Q' });
  const n = qr.modules.size;
  const m = size / n;
  doc.save().fillColor('#000000');
  for (let r = 0; r < n; r++) {
    // One rectangle per horizontal run of dark modules keeps the file small.
    for (let c = 0; c < n; ) {
      if (!qr.modules.get(r, c)) {
        c++;
        continue;
      }
      let e = c + 1;
      while (e < n && qr.modules.get(r, e)) e++;
      doc.rect(x + c * m, y + r * m, (e - c) * m + 0.05, m + 0.05);
      c = e;
    }
  }
  doc.fill();
  doc.restore();
}

export async function renderPoster(d: PosterData): Promise<Buffer> {
  const doc = createPdf({ title: `Poster umpan balik layanan — ${d.titikNama}`, subject: d.tautan, creationDate: d.tanggal });
  const box = contentBox(doc);
  const center = { width: box.width, align: 'center' as const };

  doc.fillColor('#555555').font(FONT.regular).fontSize(12).text(d.instansiNama.toUpperCase(), box.left, box.top + 6, center);
  doc.moveDown(0.8);
  doc.fillColor('#000000').font(FONT.bold).fontSize(30).text(PERTANYAAN_POSTER, box.left, doc.y, center);
  doc.moveDown(0.3);
  doc.font(FONT.regular).fontSize(14).fillColor('#333333').text('Pindai kode QR ini dengan kamera ponsel Anda. Hanya perlu satu menit.', box.left, doc.y, center);

  const qrSize = 380;
  const pad = 14;
  const qrY = doc.y + 22;
  const qrX = box.left + (box.width - qrSize) / 2;
  doc.lineWidth(2).roundedRect(qrX - pad, qrY - pad, qrSize + 2 * pad, qrSize + 2 * pad, 12).stroke('#222222');
  drawQrVektor(doc, d.tautan, qrX, qrY, qrSize);

  doc.y = qrY + qrSize + pad + 10;
  doc.font(FONT.mono).fontSize(11).fillColor('#333333').text(d.tautan, box.left, doc.y, center);
  doc.moveDown(1);
  doc.font(FONT.bold).fontSize(22).fillColor('#000000').text(d.titikNama, box.left, doc.y, center);
  doc.moveDown(0.2);
  doc.font(FONT.regular).fontSize(14).fillColor('#333333').text(d.unitNama, box.left, doc.y, center);
  doc.moveDown(1);
  doc.fontSize(12).fillColor('#000000').text(`Nilai kami 1–5: ${ASPEK_LAYANAN.map((a) => ASPEK_LAYANAN_INFO[a].label).join(' · ')}`, box.left, doc.y, center);

  // The privacy note sits at the foot of the page.
  doc.font(FONT.italic).fontSize(10).fillColor('#444444').text(CATATAN_PRIVASI, box.left, box.bottom - 14, { ...center, lineBreak: false });
  doc.fillColor('#000000');
  return toBuffer(doc);
}
