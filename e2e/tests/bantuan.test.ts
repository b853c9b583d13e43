import fs from 'node:fs/promises';
import type { KontenBantuan, StatusTur } from '@capaian/contract/bantuan';
import { describe, expect, it } from 'vitest';
import { apiAs, json, lebarHalaman, masukProfil, NIP, PHONE, useBrowser, WAIT } from './browser.js';
import { pdfText } from './pdf.js';

const b = useBrowser();

/** The help content as the server serves it (the tests compare the pages with it). */
async function konten(): Promise<KontenBantuan> {
  const api = await apiAs(b.baseUrl(), NIP.pelaksana);
  const k = await json<KontenBantuan>(await api.get('/api/v1/bantuan'));
  await api.dispose();
  return k;
}

describe('Help in the app: "?" on a page, the guide per role, the printable guide, the glossary, the tour', () => {
  it('a pegawai presses "?" on SKP Saya and lands on the section about drafting an SKP, with its screenshot; the guide prints as PDF', async () => {
    const k = await konten();
    const skp = k.bagian.find((x) => x.id === 'skp-menyusun')!;
    const ctx = await b.context({ width: 1280, height: 900 }, { acceptDownloads: true });
    const page = await ctx.newPage();
    await masukProfil(page, NIP.pelaksana);
    await page.goto('/skp');
    await page.getByRole('heading', { name: 'SKP Saya', level: 1 }).waitFor(WAIT);
    await page.getByTestId('tombol-bantuan').click();
    await page.waitForURL((u) => u.pathname === '/bantuan' && u.searchParams.get('dari') === '/skp', WAIT);

    const halamanIni = page.getByTestId('bantuan-halaman-ini');
    await halamanIni.waitFor(WAIT);
    await expect.poll(() => halamanIni.textContent()).toContain(skp.judul);
    const teks = (await halamanIni.textContent()) ?? '';
    for (const langkah of skp.langkah) expect(teks).toContain(langkah);
    // The screenshot the browser tests took is served and drawn.
    const gambar = halamanIni.locator(`img[alt="${skp.gambar[0]!.keterangan}"]`);
    await gambar.waitFor(WAIT);
    await expect.poll(() => gambar.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), WAIT).toBe(true);

    // The pegawai's own guide is shown, with the same section opened in it.
    await expect.poll(() => page.getByTestId('bantuan-peran').inputValue()).toBe('Pegawai');
    await page.locator('#skp-menyusun').getByTestId('bagian-skp-menyusun').waitFor({ state: 'visible', ...WAIT });

    // The printable guide of the role shown.
    const [unduhan] = await Promise.all([page.waitForEvent('download', WAIT), page.getByTestId('bantuan-pdf').click()]);
    expect(unduhan.suggestedFilename()).toBe('panduan-capaian-pegawai.pdf');
    const pdf = await fs.readFile((await unduhan.path())!);
    const isi = await pdfText(pdf);
    expect(isi).toContain('Panduan Pegawai');
    expect(isi).toContain(skp.langkah[0]!);
    await ctx.close();
  });

  it('on a phone: "?" on Progres Saya opens the section about recording progress, without sideways scrolling', async () => {
    const k = await konten();
    const progres = k.bagian.find((x) => x.rute.includes('/progres'))!;
    const ctx = await b.context(PHONE);
    const page = await ctx.newPage();
    await masukProfil(page, NIP.pelaksana);
    await page.goto('/progres');
    await page.getByRole('heading', { name: 'Progres Saya', level: 1 }).waitFor(WAIT);
    await page.getByTestId('tombol-bantuan').click();
    const halamanIni = page.getByTestId('bantuan-halaman-ini');
    await halamanIni.waitFor(WAIT);
    await expect.poll(() => halamanIni.textContent()).toContain(progres.judul);
    expect(await lebarHalaman(page)).toBeLessThanOrEqual(PHONE.width);
    await ctx.close();
  });

  it('the glossary finds a term by its name, its long form or its meaning, and says when nothing matches', async () => {
    const ctx = await b.context();
    const page = await ctx.newPage();
    await masukProfil(page, NIP.pelaksana);
    await page.goto('/bantuan');
    await page.getByTestId('bantuan-glosarium').click();
    await page.waitForURL('**/bantuan/glosarium', WAIT);
    const istilah = page.getByTestId('glosarium-istilah');
    await istilah.first().waitFor(WAIT);
    const semua = await istilah.count();
    expect(semua).toBeGreaterThan(20);

    await page.getByTestId('glosarium-cari').fill('kurva');
    await expect.poll(() => istilah.count(), WAIT).toBe(1);
    expect(await istilah.first().textContent()).toContain('Kurva distribusi');

    // By the long form of an abbreviation: the term whose name matches comes first.
    await page.getByTestId('glosarium-cari').fill('sasaran kinerja');
    await expect.poll(async () => (await istilah.first().textContent()) ?? '', WAIT).toContain('SKP(Sasaran Kinerja Pegawai)');

    await page.getByTestId('glosarium-cari').fill('zzzz tidak ada');
    await expect.poll(() => istilah.count(), WAIT).toBe(0);
    await page.getByText('Tidak ada istilah yang cocok').waitFor(WAIT);
    expect(await page.getByTestId('glosarium-jumlah').textContent()).toBe('0 istilah');

    await page.getByTestId('glosarium-cari').fill('');
    await expect.poll(() => istilah.count(), WAIT).toBe(semua);
    await ctx.close();
  });

  it('the tour: a pejabat penilai sees the steps for the team, and finishing it is remembered on the server', async () => {
    const ctx = await b.context();
    const page = await ctx.newPage();
    await masukProfil(page, NIP.pengawas);
    await page.goto('/bantuan');
    await page.getByRole('button', { name: 'Ulangi tur pengenalan' }).click();
    const tur = page.getByTestId('tur-pengenalan');
    const judul = tur.getByTestId('tur-judul');
    await judul.waitFor(WAIT);
    expect(await judul.textContent()).toBe('Selamat datang di Capaian');
    const selesai = tur.getByRole('button', { name: 'Selesai', exact: true });
    const dilihat: string[] = [];
    for (let i = 0; i < 12 && (await selesai.count()) === 0; i++) {
      const kini = (await judul.textContent()) ?? '';
      dilihat.push(kini);
      await tur.getByRole('button', { name: 'Lanjut', exact: true }).click();
      await expect.poll(() => judul.textContent(), WAIT).not.toBe(kini);
    }
    dilihat.push((await judul.textContent()) ?? '');
    expect(dilihat).toEqual(expect.arrayContaining(['SKP Anda', 'Tim Anda', 'Butuh bantuan?']));
    expect(dilihat).not.toContain('Data dasar');
    await selesai.click();
    await judul.waitFor({ state: 'detached', ...WAIT });

    const api = await apiAs(b.baseUrl(), NIP.pengawas);
    const status = await json<StatusTur>(await api.get('/api/v1/bantuan/tur'));
    expect(status.selesai).toBe(true);
    expect(status.peran).toContain('pejabat-penilai');
    await api.dispose();
    await ctx.close();
  });
});
