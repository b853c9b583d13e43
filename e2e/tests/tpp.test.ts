import fs from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { RunList, TppSaya } from '@capaian/contract/tpp';
import { describe, expect, it } from 'vitest';
import { apiAs, json, lebarHalaman, masukProfil, NIP, PHONE, screenshot, useBrowser, WAIT } from './browser.js';

const b = useBrowser();


describe('TPP: BKPSDM approves a run and downloads the payroll list; a pegawai reads their breakdown on a phone', () => {
  it('BKPSDM approves a run and downloads the XLSX', async () => {
    const baseUrl = b.baseUrl();
    // The demo holds last month's approved run: BKPSDM recalculates that month (a correction, version 2).
    const admin0 = await apiAs(baseUrl, NIP.adminBkpsdm);
    const awal = await json<RunList>(await admin0.get('/api/v1/tpp/run'));
    const lalu = awal.items.find((r) => r.status === 'DISETUJUI' && r.unit === null);
    expect(lalu, 'the demo seed approved last month’s run').toBeDefined();
    await admin0.dispose();

    const ctx = await b.context({ width: 1280, height: 900 }, { acceptDownloads: true });
    const admin = await ctx.newPage();
    await masukProfil(admin, NIP.adminBkpsdm);
    await admin.getByTestId('nav-tpp').click();
    await admin.waitForURL('**/tpp');
    await admin.getByTestId('tpp-skema').waitFor(WAIT);
    await admin.getByTestId('tpp-run-bulan').fill(lalu!.bulan);
    await admin.getByTestId('tpp-run-hitung').click();
    const draf = admin.locator('[data-testid="tpp-run"][data-status="DRAF"]').filter({ hasText: `${lalu!.bulan} · v${lalu!.versi + 1}` });
    await draf.waitFor(WAIT);
    await draf.getByTestId('tpp-run-buka').click();
    await admin.waitForURL('**/tpp/run/**');
    await admin.getByTestId('tpp-setujui').click();
    await admin.locator('[data-testid="tpp-run-status"][data-status="DISETUJUI"]').waitFor(WAIT);
    await screenshot(admin, 'tpp-run-disetujui');

    const [unduhan] = await Promise.all([admin.waitForEvent('download', WAIT), admin.getByTestId('tpp-unduh-pd').first().click()]);
    expect(unduhan.suggestedFilename()).toMatch(new RegExp(`^TPP-${lalu!.bulan}-.+-v${lalu!.versi + 1}\\.xlsx$`));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await fs.readFile((await unduhan.path())!)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('TPP')!;
    expect((ws.getRow(1).values as string[]).filter(Boolean)).toEqual(expect.arrayContaining(['NIP', 'Nama', 'Perangkat daerah', 'Dibayar']));
    expect(ws.rowCount).toBeGreaterThan(3);

    // The list says version 2 is approved and version 1 replaced (kept).
    const admin1 = await apiAs(baseUrl, NIP.adminBkpsdm);
    const runs = (await json<RunList>(await admin1.get('/api/v1/tpp/run'))).items.filter((r) => r.bulan === lalu!.bulan && r.unit === null);
    expect(runs.map((r) => [r.versi, r.status])).toEqual([
      [lalu!.versi + 1, 'DISETUJUI'],
      [lalu!.versi, 'DIGANTI'],
    ]);
    await admin1.dispose();
    await ctx.close();
  });

  it("a pegawai's TPP breakdown on a phone", async () => {
    const baseUrl = b.baseUrl();
    const perawat = await apiAs(baseUrl, NIP.perawat);
    const api = await json<TppSaya>(await perawat.get('/api/v1/tpp/saya'));
    await perawat.dispose();
    expect(api.rincian, 'the demo perawat is paid in the approved run').not.toBeNull();

    const ctx = await b.context(PHONE, { isMobile: true, hasTouch: true });
    const hp = await ctx.newPage();
    await masukProfil(hp, NIP.perawat);
    await hp.getByRole('button', { name: 'Buka menu' }).click();
    await hp.getByTestId('nav-tpp-saya').click();
    await hp.waitForURL('**/tpp/saya');
    const dibayar = hp.getByTestId('tpp-dibayar');
    await dibayar.waitFor(WAIT);
    expect(Number(await dibayar.getAttribute('data-nilai'))).toBe(api.rincian!.dibayar);
    expect(await hp.getByTestId('tpp-potongan-hari').count()).toBe(api.rincian!.potonganHarian.length);
    for (const p of api.rincian!.potonganHarian) expect(await hp.locator(`[data-testid="tpp-potongan-hari"][data-tanggal="${p.tanggal}"][data-jenis="${p.jenis}"]`).count()).toBe(1);
    expect(await lebarHalaman(hp)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(hp, 'tpp-saya-ponsel');
    await ctx.close();
  });
});
