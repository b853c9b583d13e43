import fs from 'node:fs/promises';
import type { BukuAngkaKredit } from '@capaian/contract/angka-kredit';
import { describe, expect, it } from 'vitest';
import { apiAs, json, lebarHalaman, masukProfil, NIP, PHONE, screenshot, useBrowser, WAIT } from './browser.js';
import { pdfText, qrDariPdf } from './pdf.js';

const b = useBrowser();


describe('Angka kredit: BKPSDM issues a PAK from a ledger, and its QR verifies on a phone', () => {
  it("a PAK's QR verified", async () => {
    const baseUrl = b.baseUrl();
    const port = new URL(baseUrl).port;
    // The demo perawat is a pejabat fungsional: her ledger holds an opening balance and last year's conversion.
    const perawat = await apiAs(baseUrl, NIP.perawat);
    const me = await json<{ pegawaiId: string }>(await perawat.get('/api/v1/auth/me'));
    const awal = await json<BukuAngkaKredit>(await perawat.get(`/api/v1/angka-kredit/pegawai/${me.pegawaiId}`));
    expect(awal.jenjang).not.toBeNull();
    expect(awal.entri.map((e) => e.jenis)).toEqual(expect.arrayContaining(['AWAL', 'KONVERSI']));
    await perawat.dispose();

    // BKPSDM finds her in the eligibility list, opens her ledger and issues a PAK.
    const ctx = await b.context({ width: 1280, height: 900 });
    const admin = await ctx.newPage();
    await masukProfil(admin, NIP.adminBkpsdm);
    await admin.getByTestId('nav-kelayakan-ak').click();
    await admin.waitForURL('**/angka-kredit/kelayakan');
    const baris = admin.locator(`[data-testid="ak-kelayakan-baris"][data-nip="${NIP.perawat}"]`);
    await baris.waitFor(WAIT);
    await baris.getByTestId('ak-kelayakan-buka').click();
    await admin.waitForURL(`**/angka-kredit/pegawai/${me.pegawaiId}`);
    await admin.getByTestId('ak-total').waitFor(WAIT);
    expect(Number(await admin.getByTestId('ak-total').getAttribute('data-total'))).toBe(awal.total);
    const nomor = `800/PAK/E2E/${Date.now() % 100_000}`;
    const tanggal = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    await admin.getByTestId('ak-pak-nomor').fill(nomor);
    await admin.getByTestId('ak-pak-tanggal').fill(tanggal);
    await admin.getByTestId('ak-pak-simpan').click();
    const pak = admin.locator(`[data-testid="ak-pak"][data-nomor="${nomor}"]`);
    await pak.waitFor(WAIT);
    await screenshot(admin, 'angka-kredit-buku');
    const [unduhan] = await Promise.all([admin.waitForEvent('download', WAIT), pak.getByTestId('ak-pak-pdf').click()]);
    const berkas = await fs.readFile((await unduhan.path())!);
    const teks = await pdfText(berkas);
    expect(teks).toContain('PENETAPAN ANGKA KREDIT');
    expect(teks).toContain(nomor);

    // The QR code's address, opened by anyone on a phone, says the PAK is valid.
    const [qr] = await qrDariPdf(berkas);
    expect(qr, 'a QR code on the PAK').toBeTruthy();
    const url = new URL(qr!);
    expect(url.origin).toBe(`http://localhost:${port}`);
    expect(url.pathname).toMatch(/^\/verifikasi\/pak\/[0-9a-f-]{36}$/);
    expect(teks, 'the code printed under the QR code').toContain(url.searchParams.get('h')!.slice(0, 16));
    const vCtx = await b.context(PHONE, { isMobile: true, hasTouch: true });
    const ponsel = await vCtx.newPage();
    await ponsel.goto(`${url.pathname}${url.search}`);
    const hasil = ponsel.getByTestId('verifikasi-hasil');
    await expect.poll(() => hasil.getAttribute('data-valid'), WAIT).toBe('true');
    const fakta = (await hasil.textContent()) ?? '';
    expect(fakta).toContain('Dokumen valid');
    expect(fakta).toContain('Penetapan Angka Kredit');
    expect(fakta).toContain(nomor);
    expect(await lebarHalaman(ponsel)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(ponsel, 'pak-verifikasi-ponsel');
    await Promise.all([ctx.close(), vCtx.close()]);
  });
});
