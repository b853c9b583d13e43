import { describe, expect, it } from 'vitest';
import { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { readPdf } from '../../test/pdf.js';
import { contohSkpDokumen, rhkTambahan } from './skp-contoh.js';
import { renderSkpPdf } from './skp-pdf.js';

describe('renderSkpPdf', () => {
  const skp = contohSkpDokumen();

  it('renders the whole Formulir SKP', async () => {
    const buf = await renderSkpPdf(skp);
    expect(buf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { pages, text } = await readPdf(buf);
    expect(pages.length).toBeGreaterThanOrEqual(2);

    expect(text).toContain('SASARAN KINERJA PEGAWAI');
    expect(text).toContain('PERIODE PENILAIAN: 1 Januari 2026 s.d. 31 Desember 2026');
    expect(text).toContain('19920115 201703 2 001');
    expect(text).toContain('Siti Nurhaliza, S.Kep., Ners');
    expect(text).toContain('Wahyu Hidayat');
    expect(text).toContain('UPT Puskesmas Asemrowo');
    expect(text).toContain('Terlaksananya asuhan keperawatan pada pasien rawat jalan');
    expect(text).toContain('A. Utama');
    expect(text).toContain('B. Tambahan');
    expect(text).toContain('Berorientasi Pelayanan');
    expect(text).toContain('Kolaboratif');
    expect(text).toContain('Ekspektasi Khusus Pimpinan');
    expect(text).toContain('LAMPIRAN SASARAN KINERJA PEGAWAI');
    for (const item of [...skp.lampiran.dukunganSumberDaya, ...skp.lampiran.skemaPertanggungjawaban, ...skp.lampiran.konsekuensi])
      expect(text).toContain(item);
    expect(text).toContain('Surabaya, 15 Januari 2026');
    expect(text).toContain('Pindai untuk memeriksa keaslian dokumen');
    expect(text).toContain(skp.verifikasi.hash.slice(0, 16));
    expect(pages[0]!.text).toContain(`Halaman 1 dari ${pages.length}`);
    expect(pages.at(-1)!.text).toContain(`Halaman ${pages.length} dari ${pages.length}`);

    // The QR code is an embedded image near the signatures.
    expect(pages.some((p) => p.ops.includes(OPS.paintImageXObject))).toBe(true);
    // Approved: no draft mark.
    expect(text).not.toContain('BELUM DISETUJUI');
  });

  it('breaks long tables over pages and repeats the header row', async () => {
    const short = await readPdf(await renderSkpPdf(skp));
    const long = await readPdf(await renderSkpPdf({ ...skp, hasilKerja: [...skp.hasilKerja, ...rhkTambahan(40, 3)] }));
    expect(long.pages.length).toBeGreaterThan(short.pages.length);
    expect(long.pages[1]!.text).toContain('Rencana Hasil Kerja Pimpinan yang Diintervensi');
    expect(long.pages[1]!.text).toContain('Indikator Kinerja Individu');
    expect(long.text).toContain('Terlaksananya kegiatan pelayanan keperawatan nomor 40');
  });

  it('splits an RHK with more indicators than fit on a page, repeating its text', async () => {
    const [besar] = rhkTambahan(1, 45);
    const { pages } = await readPdf(await renderSkpPdf({ ...skp, hasilKerja: [besar!] }));
    const withRhk = pages.filter((p) => p.text.includes('Terlaksananya kegiatan pelayanan keperawatan nomor 1 '));
    expect(withRhk.length).toBeGreaterThanOrEqual(2);
    expect(pages.map((p) => p.text).join(' ')).toContain('Indikator 45 dari kegiatan 1');
  });

  it('marks a draft on every page and prints "—" for a missing pejabat penilai', async () => {
    const { pages } = await readPdf(await renderSkpPdf({ ...skp, status: 'Draf', pejabatPenilai: null, tanggal: null }));
    for (const page of pages) expect(page.text).toContain('DRAF \u2014 BELUM DISETUJUI');
    expect(pages[0]!.text).not.toContain('Wahyu Hidayat');
    expect(pages[0]!.text).toMatch(/PEJABAT PENILAI KINERJA.*Nama \u2014/);
  });

  it('shows the perspektif column only for JPT / unit heads', async () => {
    const tanpa = await readPdf(await renderSkpPdf(skp));
    const dengan = await readPdf(await renderSkpPdf({ ...skp, denganPerspektif: true }));
    expect(tanpa.text).not.toContain('Perspektif');
    expect(dengan.text).toContain('Perspektif');
    expect(dengan.text).toContain('Penerima Layanan');
  });

  it('is deterministic: the same input gives the same bytes', async () => {
    const a = await renderSkpPdf(skp);
    const b = await renderSkpPdf(skp);
    expect(a.equals(b)).toBe(true);
  });
});
