/**
 * Penghargaan (issue #12): BKPSDM runs an award round on last year's annual results (the demo
 * seed finished last year's assessment), makes the first suggestion a candidate and decides the
 * round; the recipient downloads the piagam; the QR code printed on it, read out of the PDF,
 * opens the public verification on a phone, which says the document is valid.
 */
import fs from 'node:fs/promises';
import type { PenghargaanList } from '@capaian/contract/tindak-lanjut';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { login, NIP, screenshot, useBrowser } from './browser.js';
import { pdfText, qrDariPdf } from './pdf.js';

const b = useBrowser();
const PHONE = { width: 360, height: 740 };
/** The machine may be busy: give the app time before a wait gives up. */
const WAIT = { timeout: 30_000 };

/** Today in the demo pemda's zone (WIB), as 'YYYY-MM-DD'. */
const hariIni = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

async function masuk(page: Page, nip: string) {
  await login(page, nip);
  await page.getByRole('heading', { name: 'Beranda', exact: true }).waitFor(WAIT);
}

/** Nothing on the page is wider than the phone. */
const lebarHalaman = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe('Penghargaan: an award round from creation to a verified piagam', () => {
  it('decide an award and verify the piagam\'s QR on a phone', async () => {
    const baseUrl = b.baseUrl();
    const port = new URL(baseUrl).port;
    const tahunLalu = new Date().getFullYear() - 1;
    const namaRonde = `Penghargaan Kinerja Terbaik ${tahunLalu}`;
    const nomor = `800/${Date.now() % 100_000}/BKPSDM/${tahunLalu + 1}`;
    const tanggal = hariIni();

    // BKPSDM opens Penghargaan and creates a round for the whole pemda on last year's annual period.
    const ctx = await b.context({ width: 1280, height: 900 });
    const admin = await ctx.newPage();
    await masuk(admin, NIP.adminBkpsdm);
    await admin.getByTestId('nav-penghargaan').click();
    await admin.waitForURL('**/penghargaan');
    await admin.getByTestId('penghargaan-saya-bagian').waitFor(WAIT);
    await admin.getByTestId('ronde-buat').click();
    await admin.getByTestId('ronde-nama').fill(namaRonde);
    await admin.getByTestId('ronde-periode').click();
    await admin.getByRole('option', { name: new RegExp(`^Tahun ${tahunLalu}( \\(ditutup\\))?$`) }).click();
    await expect.poll(() => admin.getByTestId('ronde-periode').inputValue(), WAIT).toMatch(new RegExp(`^Tahun ${tahunLalu}`));
    // The whole pemda is BKPSDM's default scope; the minimum is left to the pemda's setting.
    expect(await admin.getByTestId('ronde-unit').count()).toBe(0);
    await admin.getByTestId('ronde-buat-kirim').click();
    await admin.waitForURL(/\/penghargaan\/ronde\/[0-9a-f-]{36}$/, WAIT);
    const rondeId = new URL(admin.url()).pathname.split('/').pop()!;
    await expect.poll(() => admin.getByTestId('ronde-status').getAttribute('data-status'), WAIT).toBe('DRAFT');
    expect(await admin.getByTestId('ronde-periode-teks').textContent()).toBe(`Tahun ${tahunLalu}`);
    expect(await admin.getByTestId('ronde-cakupan-teks').textContent()).toBe('Seluruh pemda');
    expect(await admin.getByTestId('ronde-dasar-hukum').textContent()).toContain('PP 30/2019');
    expect(await admin.getByTestId('ronde-putuskan').count()).toBe(0);

    // The first (best-ranked) suggestion becomes a candidate: a Piagam penghargaan.
    const usulan = admin.getByTestId('usulan-item').first();
    await usulan.waitFor(WAIT);
    expect(await usulan.getAttribute('data-peringkat')).toBe('1');
    const nip = (await usulan.getAttribute('data-nip'))!;
    const nama = (await usulan.getByTestId('usulan-nama').textContent())!;
    expect(nip).toMatch(/^\d{18}$/);
    await usulan.getByTestId('usulan-jadikan-calon').click();
    await admin.getByTestId('calon-jenis-PIAGAM').check();
    await admin.getByTestId('calon-alasan').fill('Peringkat pertama hasil penilaian kinerja tahunan seluruh pemda.');
    await admin.getByTestId('calon-kirim').click();
    const calon = admin.locator(`[data-testid="calon-baris"][data-nip="${nip}"]`);
    await calon.waitFor(WAIT);
    expect(await calon.getByTestId('calon-jenis').textContent()).toBe('Piagam penghargaan');
    await expect.poll(() => admin.locator(`[data-testid="usulan-item"][data-nip="${nip}"]`).first().getAttribute('data-sudah-calon'), WAIT).toBe('true');

    // The round is decided with its number and today's date (the date the form offers).
    await admin.getByTestId('ronde-putuskan').click();
    await admin.getByTestId('putuskan-nomor').fill(nomor);
    expect(await admin.getByTestId('putuskan-tanggal').inputValue()).toBe(tanggal);
    await admin.getByTestId('putuskan-tanggal').fill(tanggal);
    await admin.getByTestId('putuskan-kirim').click();
    await expect.poll(() => admin.getByTestId('ronde-status').getAttribute('data-status'), WAIT).toBe('DIPUTUSKAN');
    await admin.getByTestId('ronde-diputuskan').waitFor(WAIT);
    expect(await admin.getByTestId('ronde-nomor').textContent()).toBe(nomor);
    expect(await admin.getByTestId('usulan-bagian').count()).toBe(0);
    expect(await admin.getByTestId('ronde-putuskan').count()).toBe(0);
    expect(await calon.getByTestId('calon-piagam').getAttribute('href')).toMatch(/^\/api\/v1\/tindak-lanjut\/penghargaan\/[0-9a-f-]{36}\/piagam\.pdf$/);

    // The round list shows it decided.
    await admin.getByTestId('nav-penghargaan').click();
    await admin.waitForURL('**/penghargaan');
    const item = admin.locator(`[data-testid="ronde-item"][data-id="${rondeId}"]`);
    await item.waitFor(WAIT);
    // The list refetches after the decision; the cached row may show for a moment.
    await expect.poll(() => item.getAttribute('data-status'), WAIT).toBe('DIPUTUSKAN');

    // The recipient, on a phone, finds the award under Penghargaan saya and downloads the piagam.
    const pCtx = await b.context(PHONE);
    const penerima = await pCtx.newPage();
    await masuk(penerima, nip);
    await penerima.getByRole('button', { name: 'Buka menu' }).click();
    await penerima.getByTestId('nav-penghargaan').click();
    await penerima.waitForURL('**/penghargaan');
    // (The demo seed's decided round of last year may have given them an award too.)
    const award = penerima.getByTestId('penghargaan-saya').locator(`[data-testid="penghargaan-item"][data-ronde-id="${rondeId}"]`);
    await award.waitFor(WAIT);
    expect(await award.getAttribute('data-jenis')).toBe('PIAGAM');
    expect(await award.textContent()).toContain(nomor);
    expect(await award.textContent()).toContain(namaRonde);
    // Not a round manager: no rounds section.
    expect(await penerima.getByTestId('ronde-bagian').count()).toBe(0);
    expect(await lebarHalaman(penerima)).toBeLessThanOrEqual(PHONE.width);
    const [unduhan] = await Promise.all([penerima.waitForEvent('download', WAIT), award.getByTestId('piagam-unduh').click()]);
    expect(unduhan.suggestedFilename()).toMatch(/^Piagam-Penghargaan-\d{18}-.+\.pdf$/);
    const berkas = await fs.readFile((await unduhan.path())!);
    const teks = await pdfText(berkas);
    expect(teks).toContain('PIAGAM PENGHARGAAN');
    expect(teks).toContain(nomor);
    expect(teks).toContain(namaRonde);

    // What the server holds: the award is the recipient's, given, with the decision.
    const diterima = (await (await penerima.request.get('/api/v1/tindak-lanjut/penghargaan', { params: { lingkup: 'SAYA' } })).json()) as PenghargaanList;
    expect(diterima.items.find((g) => g.rondeId === rondeId)).toMatchObject({ jenis: 'PIAGAM', diberikan: true, nomorKeputusan: nomor, tanggalKeputusan: tanggal, pegawai: { nip } });

    // The QR code's address, opened by anyone on a phone, says the piagam is valid.
    const [qr] = await qrDariPdf(berkas);
    expect(qr, 'a QR code on the piagam').toBeTruthy();
    const url = new URL(qr!);
    expect(url.origin).toBe(`http://localhost:${port}`);
    expect(url.pathname).toMatch(/^\/verifikasi\/piagam\/[0-9a-f-]{36}$/);
    const kode = url.searchParams.get('h')!;
    expect(teks, 'the code printed under the QR code').toContain(kode.slice(0, 16));
    const vCtx = await b.context(PHONE, { isMobile: true, hasTouch: true });
    const ponsel = await vCtx.newPage();
    await ponsel.goto(`${url.pathname}${url.search}`);
    const hasil = ponsel.getByTestId('verifikasi-hasil');
    await expect.poll(() => hasil.getAttribute('data-valid'), WAIT).toBe('true');
    const fakta = (await hasil.textContent()) ?? '';
    expect(fakta).toContain('Dokumen valid');
    expect(fakta).toContain(nama);
    expect(fakta).toContain('Piagam penghargaan');
    expect(fakta).toContain(nomor);
    expect(await lebarHalaman(ponsel)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(ponsel, 'piagam-verifikasi-ponsel');

    await Promise.all([ctx.close(), pCtx.close(), vCtx.close()]);
  });
});
