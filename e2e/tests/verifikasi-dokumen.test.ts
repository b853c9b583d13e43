/**
 * Every document type the app prints: render the PDF, read the address out of its QR code, open it
 * on a phone and see "valid" with the document's key facts; a link without its code asks for the
 * one printed under the QR code.
 */
import { type APIRequestContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { EvaluasiList, PeriodeList, UnitList } from '@capaian/contract/penilaian';
import type { SkpRingkas } from '@capaian/contract/skp';
import { apiAs, json, NIP, screenshot, useBrowser } from './browser.js';
import { pdfText, qrDariPdf } from './pdf.js';

const b = useBrowser();
const PONSEL = { width: 360, height: 740 };

async function pdf(api: APIRequestContext, url: string, params?: Record<string, string>): Promise<Buffer> {
  const res = await api.get(url, params ? { params } : {});
  expect(res.status(), url).toBe(200);
  expect(res.headers()['content-type']).toContain('application/pdf');
  return res.body();
}

interface Dokumen {
  nama: string;
  jenis: string;
  berkas: Buffer;
  /** Facts the verification page must show (they are printed on the paper too). */
  fakta: string[];
}

async function dokumenDemo(baseUrl: string): Promise<Dokumen[]> {
  const tahun = new Date().getFullYear();
  const pengawas = await apiAs(baseUrl, NIP.pengawas);
  const perawat = await apiAs(baseUrl, NIP.perawat);
  const admin = await apiAs(baseUrl, NIP.adminBkpsdm);

  // The Formulir SKP of an approved SKP (the demo pengawas').
  const skp = (await json<SkpRingkas[]>(await pengawas.get('/api/v1/skp', { params: { tahun: String(tahun) } }))).find((s) => s.status === 'DISETUJUI');
  expect(skp, 'an approved SKP of the demo pengawas').toBeTruthy();

  // Last year's annual result of the demo perawat: both evaluation documents.
  const saya = await json<EvaluasiList>(await perawat.get('/api/v1/penilaian/evaluasi', { params: { peran: 'saya' } }));
  const tahunan = saya.items.find((e) => e.periode.label === `Tahun ${tahun - 1}` && ['FINAL', 'KEBERATAN', 'DIPUTUS'].includes(e.status));
  expect(tahunan, "last year's final annual result of the perawat").toBeTruthy();

  // The Penetapan Predikat Kinerja Organisasi of a unit of last year.
  const periode = (await json<PeriodeList>(await admin.get('/api/v1/penilaian/periode', { params: { tahun: String(tahun - 1) } }))).items.find((p) => p.jenis === 'TAHUNAN');
  expect(periode, "last year's annual period").toBeTruthy();
  const unit = (await json<UnitList>(await admin.get(`/api/v1/penilaian/periode/${periode!.id}/unit`))).items.find((u) => u.capaian);
  expect(unit, 'a unit with its result').toBeTruthy();

  return [
    { nama: 'Formulir SKP', jenis: 'skp', berkas: await pdf(pengawas, `/api/v1/skp/${skp!.id}/dokumen.pdf`), fakta: ['Yuliana Sari', String(tahun)] },
    { nama: 'Evaluasi Kinerja Pegawai', jenis: 'evaluasi', berkas: await pdf(perawat, `/api/v1/penilaian/evaluasi/${tahunan!.id}/pdf`), fakta: ['Siti Nurhaliza', `Tahun ${tahun - 1}`] },
    { nama: 'Dokumen Evaluasi Kinerja Pegawai', jenis: 'evaluasi', berkas: await pdf(perawat, `/api/v1/penilaian/evaluasi/${tahunan!.id}/dokumen-pdf`), fakta: ['Siti Nurhaliza'] },
    {
      nama: 'Penetapan Predikat Kinerja Organisasi',
      jenis: 'capaian-organisasi',
      berkas: await pdf(admin, '/api/v1/penilaian/capaian-organisasi/pdf', { periodeId: periode!.id, unitId: unit!.unitId }),
      fakta: [unit!.unitNama, `Tahun ${tahun - 1}`],
    },
  ];
}

describe('every printed document verifies from its QR code on a phone', () => {
  it('reads the QR code of each document type and shows "valid" with its key facts; a link without the code asks for it', async () => {
    const baseUrl = b.baseUrl();
    const port = new URL(baseUrl).port;
    const dokumen = await dokumenDemo(baseUrl);
    expect(new Set(dokumen.map((d) => d.jenis))).toEqual(new Set(['skp', 'evaluasi', 'capaian-organisasi']));
    const ctx = await b.context(PONSEL, { isMobile: true, hasTouch: true });
    const page = await ctx.newPage();
    for (const d of dokumen) {
      const [qr] = await qrDariPdf(d.berkas);
      expect(qr, `${d.nama}: a QR code`).toBeTruthy();
      const url = new URL(qr!);
      // PUBLIC_URL defaults to http://localhost:<PORT>: the address printed for people to scan.
      expect(url.origin, d.nama).toBe(`http://localhost:${port}`);
      expect(url.pathname, d.nama).toMatch(new RegExp(`^/verifikasi/${d.jenis}/[0-9a-f-]{36}$`));
      const kode = url.searchParams.get('h')!;
      expect(await pdfText(d.berkas), `${d.nama}: the code printed under the QR code`).toContain(kode.slice(0, 16));

      await page.goto(`${url.pathname}${url.search}`);
      const hasil = page.getByTestId('verifikasi-hasil');
      await expect.poll(() => hasil.getAttribute('data-valid'), { timeout: 15_000 }).toBe('true');
      const teks = (await hasil.textContent()) ?? '';
      expect(teks, d.nama).toContain('Dokumen valid');
      for (const f of d.fakta) expect(teks, `${d.nama}: ${f}`).toContain(f);
      if (d.jenis === 'evaluasi' && d.nama === 'Evaluasi Kinerja Pegawai') await screenshot(page, 'verifikasi-evaluasi');

      // The same link without its code: the page asks for the printed one, then verifies.
      await page.goto(url.pathname);
      await page.getByLabel('Kode verifikasi').fill(kode.slice(0, 16));
      await page.getByRole('button', { name: 'Periksa' }).click();
      await expect.poll(() => page.getByTestId('verifikasi-hasil').getAttribute('data-valid'), { timeout: 15_000 }).toBe('true');
    }
    // A wrong code is "not valid" and shows nothing of the document.
    const first = new URL((await qrDariPdf(dokumen[0]!.berkas))[0]!);
    await page.goto(`${first.pathname}?h=${'0'.repeat(16)}`);
    await expect.poll(() => page.getByTestId('verifikasi-hasil').getAttribute('data-valid'), { timeout: 15_000 }).toBe('false');
    expect(await page.getByTestId('verifikasi-hasil').textContent()).not.toContain('Yuliana');
    await ctx.close();
  });
});
