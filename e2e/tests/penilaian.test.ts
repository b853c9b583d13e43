import { type APIRequestContext, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiAs, json, lebarHalaman, login, NIP, PHONE, screenshot, useBrowser } from './browser.js';
import { pdfText } from './pdf.js';

const b = useBrowser();

/** The demo perawat's pejabat penilai: the kepala puskesmas. */
const KAPUS = '197911102005011004';

type Rating = 'DI_ATAS_EKSPEKTASI' | 'SESUAI_EKSPEKTASI' | 'DI_BAWAH_EKSPEKTASI';
interface Periode {
  id: string;
  jenis: string;
  tahun: number;
  nomor: number;
  status: string;
}
interface ListItem {
  id: string;
  pegawai: { id: string; nip: string };
  unit: { id: string };
  status: string;
  predikat: string | null;
}
interface Evaluasi {
  id: string;
  periode: { id: string };
  pegawai: { id: string; nip: string; nama: string };
  pejabatPenilai: { nip: string } | null;
  unit: { id: string; nama: string };
  status: string;
  kepalaUnit: boolean;
  rhk: Array<{ id: string }>;
  predikat: string | null;
  rowVersion: number;
  can: { nilai: boolean };
}
interface Kurva {
  jumlah: number;
  belumDinilai: number;
  distribusi: Record<string, number>;
  pelanggaran: Array<{ pesan: string }>;
  bolehFinalisasi: boolean;
}



const FINALISH = new Set(['FINAL', 'KEBERATAN', 'DIPUTUS']);

/**
 * An open period of this year in which the perawat's unit is not final yet: the demo's own if it
 * has one, else one opened here (annual first, then the instansi's periodic kind).
 */
async function periodeTerbuka(admin: APIRequestContext, kapus: APIRequestContext, tahun: number): Promise<{ periode: Periode; tim: ListItem[] }> {
  const cocok = async (p: Periode) => {
    const tim = (await json<{ items: ListItem[] }>(await kapus.get('/api/v1/penilaian/evaluasi', { params: { periodeId: p.id, peran: 'tim' } }))).items;
    const perawat = tim.find((i) => i.pegawai.nip === NIP.perawat);
    return perawat && !tim.some((i) => i.unit.id === perawat.unit.id && FINALISH.has(i.status)) ? tim : null;
  };
  const list = await json<{ items: Periode[] }>(await admin.get('/api/v1/penilaian/periode', { params: { tahun } }));
  for (const p of list.items.filter((x) => x.status === 'DIBUKA')) {
    const tim = await cocok(p);
    if (tim) return { periode: p, tim };
  }
  const coba: Array<[string, number]> = [['TAHUNAN', 1]];
  for (const jenis of ['BULANAN', 'TRIWULANAN', 'SEMESTERAN']) for (let n = 12; n >= 1; n--) coba.push([jenis, n]);
  for (const [jenis, nomor] of coba) {
    if (list.items.some((p) => p.jenis === jenis && p.nomor === nomor)) continue;
    const res = await admin.post('/api/v1/penilaian/periode', { data: { jenis, tahun, nomor, batasPenilaian: `${tahun + 1}-01-31` } });
    if (res.status() !== 201) continue;
    const p = (await res.json()) as Periode;
    const tim = await cocok(p);
    if (tim) return { periode: p, tim };
  }
  throw new Error('no open period with the perawat in it could be found or opened');
}

function body(e: Evaluasi, hk: Rating, rp: Rating) {
  return {
    rowVersion: e.rowVersion,
    rhk: e.rhk.map((r) => ({ rhkId: r.id, rating: hk, umpanBalik: 'Sesuai target yang disepakati' })),
    ratingHasilKerja: e.kepalaUnit ? null : hk,
    umpanBalikHasilKerja: 'Pertahankan kinerja',
    perilaku: [{ kode: 'BERORIENTASI_PELAYANAN', umpanBalik: 'Ramah dan cekatan melayani' }],
    ratingPerilaku: rp,
    umpanBalikPerilaku: 'Perilaku kerja baik',
  };
}

const barisKurva = (page: Page, predikat: string) => page.locator(`[data-testid="kurva-baris"][data-predikat="${predikat}"]`);

describe('Penilaian: rating with the live curve, finalisation and the result PDF', () => {
  it('a superior rates a subordinate and sees the curve update; the pegawai opens the final result PDF', async () => {
    const baseUrl = b.baseUrl();
    const tahun = new Date().getFullYear();
    const admin = await apiAs(baseUrl, NIP.adminBkpsdm);
    const kapusApi = await apiAs(baseUrl, KAPUS);
    const { periode, tim } = await periodeTerbuka(admin, kapusApi, tahun);
    const itemPerawat = tim.find((i) => i.pegawai.nip === NIP.perawat)!;
    const unitId = itemPerawat.unit.id;

    // The unit's result (Baik) is set by BKPSDM, so the kepala puskesmas' own rating follows it.
    const cap = await json<{ rowVersion: number | null }>(await admin.get('/api/v1/penilaian/capaian-organisasi', { params: { periodeId: periode.id, unitId } }));
    await json(
      await admin.put('/api/v1/penilaian/capaian-organisasi', {
        data: { periodeId: periode.id, unitId, capaian: 'BAIK', justifikasi: 'Sasaran Perjanjian Kinerja puskesmas tercapai sesuai target.', ...(cap.rowVersion ? { rowVersion: cap.rowVersion } : {}) },
      }),
    );
    const perawatSebelum = await json<Evaluasi>(await kapusApi.get(`/api/v1/penilaian/evaluasi/${itemPerawat.id}`));
    expect(perawatSebelum.can.nilai).toBe(true);
    // The rating the superior gives in the browser: one that moves her into another predikat.
    const sb = perawatSebelum.predikat !== 'SANGAT_BAIK';
    const target = sb ? 'SANGAT_BAIK' : 'BAIK';
    const pilih: Rating = sb ? 'DI_ATAS_EKSPEKTASI' : 'SESUAI_EKSPEKTASI';

    // Everyone else in the unit is rated first through the API, all Baik: that breaks the Baik unit's curve.
    const kapusSaya = (await json<{ items: ListItem[] }>(await kapusApi.get('/api/v1/penilaian/evaluasi', { params: { periodeId: periode.id, peran: 'saya' } }))).items;
    const semua = [...tim.filter((i) => i.unit.id === unitId), ...kapusSaya.filter((i) => i.unit.id === unitId)];
    const penilai = new Map<string, APIRequestContext>([[KAPUS, kapusApi]]);
    for (const item of semua) {
      if (item.id === itemPerawat.id) continue;
      const e = await json<Evaluasi>(await admin.get(`/api/v1/penilaian/evaluasi/${item.id}`));
      if (FINALISH.has(e.status) || !e.pejabatPenilai) continue;
      const nip = e.pejabatPenilai.nip;
      if (!penilai.has(nip)) penilai.set(nip, await apiAs(baseUrl, nip));
      await json(await penilai.get(nip)!.put(`/api/v1/penilaian/evaluasi/${e.id}`, { data: body(e, 'SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI') }));
    }
    // The kepala puskesmas opens the team assessment and the perawat's rating screen.
    const ctx = await b.context({ width: 1400, height: 900 });
    const atasan = await ctx.newPage();
    await login(atasan, KAPUS);
    await atasan.getByRole('heading', { name: 'Beranda', exact: true }).waitFor();
    await atasan.getByTestId('nav-penilaian-tim').click();
    await atasan.locator(`[data-testid="penilaian-row"][data-evaluasi-id="${itemPerawat.id}"]`).getByTestId('penilaian-nilai-link').click();
    await atasan.waitForURL(`**/penilaian/evaluasi/${itemPerawat.id}/nilai`);
    await atasan.getByTestId('kurva-panel').waitFor();
    await atasan.getByTestId('nilai-tim-list').waitFor();
    expect(await atasan.getByTestId('kurva-capaian').textContent()).toBe('Baik');
    const sebelum = Number(await barisKurva(atasan, target).getAttribute('data-jumlah'));
    expect(await atasan.getByTestId('kurva-pelanggaran-item').count()).toBeGreaterThan(0);

    const rhk = atasan.getByTestId('nilai-rhk');
    const n = await rhk.count();
    expect(n).toBeGreaterThan(0);
    for (let i = 0; i < n; i++) {
      await atasan.getByTestId(`nilai-rhk-rating-${i}-${pilih}`).check();
      await atasan.getByTestId(`nilai-rhk-umpan-balik-${i}`).fill('Target layanan pasien terlampaui dengan dokumentasi lengkap.');
    }
    await atasan.getByTestId(`nilai-hk-${pilih}`).check();
    await atasan.getByTestId('nilai-hk-umpan-balik').fill('Capaian hasil kerja sangat baik sepanjang periode.');
    await atasan.getByTestId('nilai-perilaku-BERORIENTASI_PELAYANAN').fill('Ramah, cekatan dan solutif kepada pasien.');
    await atasan.getByTestId('nilai-perilaku-KOLABORATIF').fill('Aktif membantu rekan di ruang tindakan.');
    await atasan.getByTestId(`nilai-rp-${pilih}`).check();
    // The predicate appears from the matrix as the ratings are picked, before saving.
    await expect.poll(() => atasan.getByTestId('nilai-predikat-badge').getAttribute('data-predikat')).toBe(target);
    await atasan.getByTestId('nilai-simpan').click();
    await atasan.getByTestId('nilai-tersimpan').waitFor();

    // The unit's curve counts her in the new predikat right after the save, without a reload.
    await expect.poll(async () => Number(await barisKurva(atasan, target).getAttribute('data-jumlah')), { timeout: 8_000 }).toBe(sebelum + 1);
    await atasan.evaluate(() => window.scrollTo(0, 0));
    await screenshot(atasan, 'penilaian');

    const kurva = await json<Kurva>(await admin.get(`/api/v1/penilaian/unit/${unitId}/kurva`, { params: { periodeId: periode.id } }));
    expect(kurva.belumDinilai, JSON.stringify(kurva)).toBe(0);
    expect(kurva.pelanggaran.length).toBeGreaterThan(0);
    // Finalising is refused while the curve is broken, naming the rules; BKPSDM overrides it with a written reason.
    const tolak = await admin.post(`/api/v1/penilaian/unit/${unitId}/finalisasi`, { data: { periodeId: periode.id } });
    expect(tolak.status()).toBe(409);
    expect(((await tolak.json()) as { error: string }).error).toBe('kurva_dilanggar');
    await json(
      await admin.post(`/api/v1/penilaian/unit/${unitId}/finalisasi`, {
        data: { periodeId: periode.id, overrideAlasan: 'Uji peramban: seluruh pegawai puskesmas memang berkinerja baik menurut bukti dukung.' },
      }),
    );

    // The pegawai opens her result, acknowledges it and downloads the evaluation PDF.
    const pCtx = await b.context({ width: 360, height: 740 });
    const pegawai = await pCtx.newPage();
    await login(pegawai, NIP.perawat);
    await pegawai.getByRole('heading', { name: 'Beranda', exact: true }).waitFor();
    await pegawai.goto(`/penilaian/evaluasi/${itemPerawat.id}`);
    await expect.poll(() => pegawai.getByTestId('hasil-predikat').getAttribute('data-predikat')).toBe(target);
    await pegawai.getByTestId('hasil-terima').click();
    await pegawai.getByTestId('hasil-diterima').waitFor();
    // Her result was just delivered: the window is open and the page says until when.
    const batasBaru = pegawai.getByTestId('hasil-keberatan-sampai');
    await batasBaru.waitFor();
    expect(await batasBaru.getAttribute('data-terbuka')).toBe('true');
    expect(await batasBaru.textContent()).toContain('Keberatan dapat diajukan sampai');
    const href = await pegawai.getByTestId('hasil-pdf').getAttribute('href');
    expect(href).toBeTruthy();
    const pdf = await pegawai.request.get(href!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    const text = await pdfText(await pdf.body());
    expect(text).toContain(target === 'SANGAT_BAIK' ? 'Sangat Baik' : 'Baik');
    expect(text).toContain(perawatSebelum.pegawai.nama);

    // Her results list fits the phone: a card per result instead of the five-column table.
    await pegawai.goto('/penilaian');
    await pegawai.getByTestId('penilaian-saya-kartu').waitFor();
    expect(await pegawai.getByTestId('penilaian-saya-table').count()).toBe(0);
    await expect.poll(() => pegawai.locator(`[data-testid="penilaian-row"][data-evaluasi-id="${itemPerawat.id}"]`).count()).toBe(1);
    expect(await lebarHalaman(pegawai)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(pegawai, 'penilaian-saya-ponsel');

    // Last year's result (delivered on 15 January): once its window has closed the page says so
    // instead of "dapat diajukan sampai".
    const perawatApi = await apiAs(baseUrl, NIP.perawat);
    const milik = (await json<{ items: Array<{ id: string; periode: { label: string } }> }>(await perawatApi.get('/api/v1/penilaian/evaluasi', { params: { peran: 'saya' } }))).items;
    const lalu = milik.find((i) => i.periode.label === `Tahun ${tahun - 1}`);
    expect(lalu).toBeDefined();
    const { keberatanSampai } = await json<{ keberatanSampai: string | null }>(await perawatApi.get(`/api/v1/penilaian/evaluasi/${lalu!.id}`));
    expect(keberatanSampai).not.toBeNull();
    const tertutup = Date.now() > Date.parse(keberatanSampai!);
    await pegawai.locator(`[data-testid="penilaian-row"][data-evaluasi-id="${lalu!.id}"]`).getByTestId('penilaian-hasil-link').click();
    const batasLalu = pegawai.getByTestId('hasil-keberatan-sampai');
    await batasLalu.waitFor();
    expect(await batasLalu.getAttribute('data-terbuka')).toBe(String(!tertutup));
    expect(await batasLalu.textContent()).toContain(tertutup ? 'Masa pengajuan keberatan sudah berakhir pada' : 'Keberatan dapat diajukan sampai');
    expect(await lebarHalaman(pegawai)).toBeLessThanOrEqual(PHONE.width);
    await perawatApi.dispose();

    await Promise.all([ctx.close(), pCtx.close(), ...[...penilai.values()].map((c) => c.dispose()), admin.dispose()]);
  });
});
