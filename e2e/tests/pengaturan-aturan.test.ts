import type { AturanPenilaianInput, Pengaturan } from '@capaian/contract/instansi';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { KLIEN, login, NIP, useBrowser } from './browser.js';

const b = useBrowser();

/** "2027-01-01" → "1 Januari 2027", as the web app writes a date. */
const tanggal = (iso: string) =>
  new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

async function pengaturan(page: Page): Promise<Pengaturan> {
  const res = await page.request.get('/api/v1/instansi/pengaturan');
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as Pengaturan;
}

describe('Aturan penilaian in the instansi settings', () => {
  it('BKPSDM changes the keberatan days on a phone; the change is saved for the next period', async () => {
    const ctx = await b.context({ width: 360, height: 740 });
    const page = await ctx.newPage();
    await login(page, NIP.adminBkpsdm);
    await page.getByRole('heading', { name: 'Beranda', exact: true }).waitFor();

    const awal = await pengaturan(page);
    const sumberAwal = (awal.aturan.terjadwal ?? awal.aturan.berlaku).aturan;
    const baru = sumberAwal.keberatanHari === 21 ? 20 : 21;

    await page.goto('/pengaturan');
    const card = page.getByTestId('aturan-card');
    await card.waitFor();
    // The change applies from the first day of the next period, and the page says so.
    expect(await page.getByTestId('aturan-keterangan').textContent()).toContain(tanggal(awal.aturan.perubahanBerlakuMulai));

    const hari = page.getByTestId('aturan-keberatan-hari');
    await expect.poll(() => hari.inputValue()).toContain(String(sumberAwal.keberatanHari));
    await hari.fill(String(baru));
    await expect.poll(() => hari.inputValue()).toContain(String(baru));
    await page.getByTestId('aturan-belum-disimpan').waitFor();
    await page.getByTestId('aturan-simpan').click();

    await page.getByTestId('aturan-tersimpan').waitFor();
    const terjadwal = page.getByTestId('aturan-terjadwal');
    await terjadwal.waitFor();
    const sesudah = await pengaturan(page);
    expect(sesudah.aturan.terjadwal?.aturan.keberatanHari).toBe(baru);
    const mulai = sesudah.aturan.terjadwal?.berlakuMulai ?? '';
    expect(mulai).toBe(awal.aturan.perubahanBerlakuMulai);
    expect(await terjadwal.textContent()).toContain(`Perubahan tersimpan berlaku mulai ${tanggal(mulai)}`);
    // What is in force today did not change.
    expect(sesudah.aturan.berlaku).toEqual(awal.aturan.berlaku);

    // After a reload the form shows the saved (scheduled) value under the same notice.
    await page.reload();
    await terjadwal.waitFor();
    await expect.poll(() => hari.inputValue()).toContain(String(baru));
    expect(await terjadwal.textContent()).toContain(tanggal(mulai));

    // Leave the instansi's rules as they were for the other browser tests.
    const restore = await page.request.put('/api/v1/instansi/aturan-penilaian', { headers: KLIEN, data: sumberAwal satisfies AturanPenilaianInput });
    expect(restore.status(), await restore.text()).toBe(200);
    await ctx.close();
  });
});
