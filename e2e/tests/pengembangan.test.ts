import type { PengembanganPegawai } from '@capaian/contract/pengembangan';
import { describe, expect, it } from 'vitest';
import { apiAs, json, masukProfil, NIP, PHONE, screenshot, useBrowser, WAIT } from './browser.js';

const b = useBrowser();

/** A small but real PDF (the server decides the type from the content). */
const SERTIFIKAT = Buffer.from(
  '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 200 100]>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n',
);


/** Today in the server's time zone is what the app uses; a few days ago, kept inside this year. */
function tanggalPelatihan(): { tahun: number; tanggal: string } {
  const now = new Date(Date.now() + 7 * 3_600_000);
  const tahun = now.getUTCFullYear();
  now.setUTCDate(now.getUTCDate() - 3);
  const tanggal = now.getUTCFullYear() === tahun ? now.toISOString().slice(0, 10) : `${tahun}-01-01`;
  return { tahun, tanggal };
}

describe('Pengembangan kompetensi: a development plan agreed, and a training recorded with its certificate', () => {
  it('agree a development plan and record a training with its certificate', async () => {
    const baseUrl = b.baseUrl();
    const { tahun, tanggal } = tanggalPelatihan();

    // The pelaksana (no plan yet in the demo) writes his plan: a suggestion from the catalogue when
    // his results give one, and an activity of his own; saves the draft and proposes it.
    const ctxPegawai = await b.context({ width: 1280, height: 900 });
    const budi = await ctxPegawai.newPage();
    await masukProfil(budi, NIP.pelaksana);
    await budi.getByTestId('nav-pengembangan').click();
    await budi.waitForURL('**/pengembangan');
    await budi.getByTestId('rencana-form').waitFor(WAIT);
    expect(await budi.getByTestId('rencana-status').count()).toBe(0);
    const saran = budi.getByTestId('saran-tambah');
    const adaSaran = (await saran.count()) > 0;
    if (adaSaran) await saran.first().click();
    await budi.getByTestId('rencana-tambah-baris').click();
    const baris = budi.getByTestId('rencana-baris').last();
    await baris.getByTestId('rencana-baris-judul').fill('Kursus Penulisan Telaahan Staf');
    await baris.getByTestId('rencana-baris-jenis').click();
    await budi.getByRole('option', { name: 'Teknis', exact: true }).click();
    await baris.getByTestId('rencana-baris-jp').fill('12');
    await budi.getByTestId('rencana-simpan').click();
    await budi.getByTestId('rencana-status').waitFor(WAIT);
    expect(await budi.getByTestId('rencana-status').getAttribute('data-status')).toBe('DRAF');
    expect(await budi.getByTestId('rencana-baris').count()).toBe(adaSaran ? 2 : 1);
    await budi.getByTestId('rencana-ajukan').click();
    await budi.locator('[data-testid="rencana-status"][data-status="DIAJUKAN"]').waitFor(WAIT);
    await screenshot(budi, 'pengembangan-rencana-diajukan');

    // His pejabat penilai opens Tindak Lanjut Saya → Tim saya, then his page, and agrees the plan.
    const ctxAtasan = await b.context({ width: 1280, height: 900 });
    const atasan = await ctxAtasan.newPage();
    await masukProfil(atasan, NIP.pengawas);
    await atasan.getByTestId('nav-tindak-lanjut-saya').click();
    await atasan.waitForURL('**/tindak-lanjut-saya');
    await atasan.getByTestId('tls-lingkup').getByText('Tim saya', { exact: true }).click();
    const barisBudi = atasan.locator(`[data-testid="tls-tim-baris"][data-nip="${NIP.pelaksana}"]`);
    await barisBudi.waitFor(WAIT);
    expect(await barisBudi.getByTestId('tls-tim-rencana').getAttribute('data-status')).toBe('DIAJUKAN');
    await barisBudi.getByTestId('tls-tim-buka').click();
    await atasan.waitForURL('**/pengembangan/pegawai/**');
    await atasan.getByTestId('rencana-sepakati').waitFor(WAIT);
    expect(await atasan.getByTestId('rencana-item').count()).toBe(adaSaran ? 2 : 1);
    await atasan.getByTestId('rencana-catatan').fill('Sepakat; prioritaskan telaahan staf di semester ini.');
    await atasan.getByTestId('rencana-sepakati').click();
    await atasan.locator('[data-testid="rencana-status"][data-status="DISEPAKATI"]').waitFor(WAIT);
    expect(await atasan.getByTestId('rencana-disepakati').textContent()).toContain('Disepakati oleh');
    await screenshot(atasan, 'pengembangan-rencana-disepakati');
    await ctxAtasan.close();

    // On his phone, the pelaksana sees the agreed plan and records a completed training from the
    // catalogue with its certificate; the hours count at once.
    await ctxPegawai.close();
    const ctxHp = await b.context(PHONE, { isMobile: true, hasTouch: true });
    const hp = await ctxHp.newPage();
    await masukProfil(hp, NIP.pelaksana);
    await hp.goto('/pengembangan');
    await hp.locator('[data-testid="rencana-status"][data-status="DISEPAKATI"]').waitFor(WAIT);
    const sebelum = Number(await hp.getByTestId('pengembangan-jp').getAttribute('data-selesai'));
    await hp.getByTestId('pelatihan-catat').click();
    await hp.getByTestId('pelatihan-katalog').click();
    await hp.getByTestId('pelatihan-katalog').fill('Pelayanan Prima');
    await hp.getByRole('option', { name: /^Pelayanan Prima \(16 JP\)$/ }).click();
    expect(await hp.getByTestId('pelatihan-judul').inputValue()).toBe('Pelayanan Prima');
    await hp.getByTestId('pelatihan-mulai').fill(tanggal);
    await hp.getByTestId('pelatihan-selesai').fill(tanggal);
    await hp.getByTestId('pelatihan-nomor').fill('PP/BKPSDM/0042');
    // Without its certificate the form names the missing file.
    await hp.getByTestId('pelatihan-simpan').click();
    await hp.getByText('unggah sertifikatnya').waitFor(WAIT);
    await hp.locator('[data-testid="pelatihan-form"] input[type="file"]').setInputFiles({ name: 'sertifikat-pelayanan-prima.pdf', mimeType: 'application/pdf', buffer: SERTIFIKAT });
    await hp.getByTestId('pelatihan-simpan').click();
    const item = hp.locator('[data-testid="pelatihan-item"][data-sertifikat="ada"]').filter({ hasText: 'Pelayanan Prima' });
    await item.waitFor(WAIT);
    await hp.locator(`[data-testid="pengembangan-jp"][data-selesai="${sebelum + 16}"]`).waitFor(WAIT);
    await screenshot(hp, 'pengembangan-pelatihan-hp');

    // The certificate is stored as sent and opens for his superior; the API agrees on the hours.
    const href = await item.getByTestId('pelatihan-sertifikat').getAttribute('href');
    expect(href).toMatch(/\/api\/v1\/tindak-lanjut\/pengembangan\/pelatihan\/[0-9a-f-]{36}\/sertifikat$/);
    const pengawas = await apiAs(baseUrl, NIP.pengawas);
    const unduh = await pengawas.get(href!);
    expect(unduh.status()).toBe(200);
    expect(unduh.headers()['content-type']).toBe('application/pdf');
    expect(Buffer.from(await unduh.body()).equals(SERTIFIKAT)).toBe(true);
    const budiApi = await apiAs(baseUrl, NIP.pelaksana);
    const me = await json<{ pegawaiId: string }>(await budiApi.get('/api/v1/auth/me'));
    const halaman = await json<PengembanganPegawai>(await pengawas.get(`/api/v1/tindak-lanjut/pengembangan/pegawai/${me.pegawaiId}`, { params: { tahun: String(tahun) } }));
    expect(halaman.rencana?.status).toBe('DISEPAKATI');
    expect(halaman.jp.selesai).toBe(sebelum + 16);
    expect(halaman.riwayat.find((r) => r.judul === 'Pelayanan Prima')?.nomorSertifikat).toBe('PP/BKPSDM/0042');
    await pengawas.dispose();
    await budiApi.dispose();
    await ctxHp.close();
  });
});
