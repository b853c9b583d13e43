import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { login, NIP, screenshot, useBrowser } from './browser.js';

const b = useBrowser();

describe('BKPSDM admin', () => {
  it('sees the organisation tree', async () => {
    const ctx = await b.context();
    const page = await ctx.newPage();
    await login(page, NIP.adminBkpsdm);
    await page.getByRole('heading', { name: 'Profil Saya' }).waitFor();
    await page.goto('/organisasi');
    await page.getByRole('heading', { name: 'Struktur Organisasi' }).waitFor();
    await expect.poll(() => page.getByTestId('org-tree').textContent()).toContain('Dinas Kesehatan');
    await screenshot(page, 'organisasi');
    await ctx.close();
  });

  it('imports a CSV with one bad row and sees every problem; nothing is saved', async () => {
    const ctx = await b.context();
    const page = await ctx.newPage();
    await login(page, NIP.adminBkpsdm);
    await page.getByRole('heading', { name: 'Profil Saya' }).waitFor();
    await page.goto('/impor');
    await page.getByRole('heading', { name: 'Impor Data' }).waitFor();
    const file = path.join(os.tmpdir(), `pegawai-${process.pid}.csv`);
    fs.writeFileSync(
      file,
      [
        'nip,nama,gelar_depan,gelar_belakang,jenis_asn,golongan,kode_jabatan,tmt_jabatan,status,email',
        '199505052020121001,Rina Marlina,,S.Kep.,PNS,III/a,DINKES.UMPEG.PENGADM,2024-01-02,AKTIF,',
        '19950505202012100,Joko Susilo,,,PNS,III/a,DINKES.UMPEG.PENGADM,,AKTIF,',
      ].join('\n'),
    );
    await page.locator('input[type=file]').setInputFiles(file);
    await page.getByTestId('import-submit').click();
    await expect.poll(() => page.getByTestId('import-problems').textContent()).toContain('18 digit');
    expect(await page.getByTestId('import-problems').textContent()).toContain('3');
    await screenshot(page, 'impor-ditolak');

    // The good row was not saved either: the file is refused whole.
    const res = await page.request.get('/api/v1/pegawai?q=Rina%20Marlina');
    expect(res.status()).toBe(200);
    expect((await res.json()).total).toBe(0);
    await ctx.close();
  });
});
