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
    await page.getByRole('heading', { name: 'Beranda', exact: true }).waitFor();
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
    await page.getByRole('heading', { name: 'Beranda', exact: true }).waitFor();
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

  it('imports a new pegawai at once, then sees what a second file would change and confirms it', async () => {
    const ctx = await b.context();
    const page = await ctx.newPage();
    await login(page, NIP.adminBkpsdm);
    await page.getByRole('heading', { name: 'Beranda', exact: true }).waitFor();
    await page.goto('/impor');
    await page.getByRole('heading', { name: 'Impor Data' }).waitFor();
    const nip = '199606062020121003';
    const file = (golongan: string) => {
      const f = path.join(os.tmpdir(), `pegawai-${golongan.replace('/', '')}-${process.pid}.csv`);
      fs.writeFileSync(f, ['nip,nama,jenis_asn,golongan,kode_jabatan', `${nip},Fajar Nugroho,PNS,${golongan},DINKES.UMPEG.PENGADM`].join('\n'));
      return f;
    };
    // Only new pegawai: imported without a question; the new pegawai has no account yet.
    await page.locator('input[type=file]').setInputFiles(file('III/a'));
    await page.getByTestId('import-submit').click();
    await expect.poll(() => page.getByTestId('import-result').textContent()).toContain('1 baru');
    expect(await page.getByTestId('import-tanpa-akun').textContent()).toBe('1 pegawai belum memiliki akun.');
    expect(await page.getByTestId('import-pratinjau').count()).toBe(0);

    // The same pegawai with another golongan: the change is shown and nothing is saved until confirmed.
    await page.locator('input[type=file]').setInputFiles(file('III/b'));
    await page.getByTestId('import-submit').click();
    const baris = page.getByTestId('import-perubahan').locator(`[data-nip="${nip}"]`);
    await expect.poll(() => baris.textContent()).toContain('golongan: III/a → III/b');
    await screenshot(page, 'impor-pratinjau');
    const sebelum = await page.request.get(`/api/v1/pegawai?q=${nip}`);
    expect((await sebelum.json()).items[0].golongan).toBe('III/a');
    await page.getByTestId('import-lanjut').click();
    await expect.poll(() => page.getByTestId('import-result').textContent()).toContain('1 diperbarui');
    expect(await page.getByTestId('import-pratinjau').count()).toBe(0);
    const sesudah = await page.request.get(`/api/v1/pegawai?q=${nip}`);
    expect((await sesudah.json()).items[0].golongan).toBe('III/b');
    await ctx.close();
  });
});
