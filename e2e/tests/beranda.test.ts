import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { lebarHalaman, masukProfil, NIP, PHONE, screenshot, useBrowser, WAIT } from './browser.js';

const b = useBrowser();

const KADIS = '197003152000032001';

/** Each role's home: the view that opens first, on a desktop and on a 360-px phone. */
const HOME: ReadonlyArray<{ peran: string; nip: string; tampilan: string }> = [
  { peran: 'pegawai', nip: NIP.pelaksana, tampilan: 'beranda-saya' },
  { peran: 'pejabat-penilai', nip: NIP.pengawas, tampilan: 'beranda-penilai' },
  { peran: 'kepala-dinas', nip: KADIS, tampilan: 'beranda-pimpinan' },
  { peran: 'bkpsdm', nip: NIP.adminBkpsdm, tampilan: 'pusat-kendali' },
];

async function bukaBeranda(page: Page, nip: string, tampilan: string) {
  await masukProfil(page, nip);
  await page.getByTestId(tampilan).waitFor(WAIT);
}

describe('a home for every role', () => {
  it.each(HOME)('$peran: on a desktop and on a 360-px phone', async ({ peran, nip, tampilan }) => {
    for (const [layar, viewport] of [['', { width: 1280, height: 900 }], ['-ponsel', PHONE]] as const) {
      const ctx = await b.context(viewport);
      const page = await ctx.newPage();
      await bukaBeranda(page, nip, tampilan);
      if (layar) expect(await lebarHalaman(page)).toBeLessThanOrEqual(PHONE.width);
      await screenshot(page, `beranda-${peran}${layar}`);
      await ctx.close();
    }
  });

  it('a figure opens the list behind it, with as many people as it said', async () => {
    const ctx = await b.context();
    const page = await ctx.newPage();
    await bukaBeranda(page, NIP.pengawas, 'beranda-penilai');
    const kartu = page.getByTestId('beranda-belum-lapor');
    const nilai = Number(await kartu.getAttribute('data-nilai'));
    await kartu.click();
    await page.waitForURL((u) => u.pathname === '/beranda/daftar', WAIT);
    if (nilai === 0) await page.getByTestId('daftar-kosong').waitFor(WAIT);
    else {
      await page.getByTestId('daftar-tabel').waitFor(WAIT);
      expect(Number(await page.getByTestId('daftar-tabel').getAttribute('data-total'))).toBe(nilai);
    }
    await ctx.close();
  });
});

describe('the command centre', () => {
  it("sets the capaian kinerja organisasi of a perangkat daerah's units on one screen", async () => {
    const ctx = await b.context({ width: 1280, height: 900 });
    const page = await ctx.newPage();
    await bukaBeranda(page, NIP.adminBkpsdm, 'pusat-kendali');
    await page.getByTestId('pusat-pd-baris').filter({ hasText: 'Dinas Kesehatan' }).getByTestId('pusat-capaian-massal').click();
    await page.getByTestId('capaian-massal').waitFor(WAIT);
    // Each unit is shown with its parent, so two of the same name are told apart.
    const baris = page.getByTestId('capaian-massal-baris');
    expect(await baris.count()).toBeGreaterThan(3);
    const terbuka = baris.filter({ has: page.locator('textarea:not([disabled])') });
    const dua = [terbuka.nth(0), terbuka.nth(1)];
    const nama: string[] = [];
    for (const [n, r] of dua.entries()) {
      nama.push((await r.getAttribute('data-unit')) ?? '');
      await r.getByLabel(/^Capaian /).click();
      await page.getByRole('option', { name: n === 0 ? 'Istimewa' : 'Baik', exact: true }).click();
      await r.getByLabel(/^Justifikasi /).fill(`Sasaran Perjanjian Kinerja ${nama[n]} tercapai (uji peramban).`);
    }
    await page.getByTestId('capaian-massal-simpan').click();
    await page.getByTestId('capaian-massal-tersimpan').waitFor(WAIT);
    await screenshot(page, 'capaian-massal');
    // After a reload the values are there.
    await page.reload();
    await page.getByTestId('capaian-massal').waitFor(WAIT);
    for (const n of nama) await expect.poll(() => page.locator(`[data-unit="${n}"] textarea`).first().inputValue()).toContain('uji peramban');
    await ctx.close();
  });
});

describe('the menu', () => {
  it('for a pelaksana: grouped by the cycle, no team pages; on a phone four taps at the bottom', async () => {
    const ctx = await b.context({ width: 1280, height: 900 });
    const page = await ctx.newPage();
    await bukaBeranda(page, NIP.pelaksana, 'beranda-saya');
    for (const g of ['perencanaan', 'pelaksanaan', 'penilaian', 'tindakLanjut']) await page.getByTestId(`nav-grup-${g}`).waitFor(WAIT);
    for (const timOnly of ['nav-papan-tim', 'nav-skp-tim', 'nav-penilaian-tim', 'nav-kehadiran-tim', 'nav-pusat-kendali', 'nav-pegawai']) expect(await page.getByTestId(timOnly).count(), timOnly).toBe(0);
    await page.getByTestId('nav-skp').click();
    await page.waitForURL((u) => u.pathname === '/skp', WAIT);
    expect(await page.getByTestId('nav-skp').getAttribute('aria-current')).toBe('page');
    expect(await page.getByTestId('nav-beranda').getAttribute('aria-current')).toBeNull();
    await screenshot(page, 'menu-pelaksana');
    await ctx.close();

    const hp = await (await b.context(PHONE)).newPage();
    await bukaBeranda(hp, NIP.pelaksana, 'beranda-saya');
    const bar = hp.getByTestId('nav-ponsel');
    await bar.waitFor(WAIT);
    expect(await bar.getByRole('link').count()).toBe(4);
    await hp.getByTestId('ponsel-progres').click();
    await hp.waitForURL((u) => u.pathname === '/progres', WAIT);
    expect(await hp.getByTestId('ponsel-progres').getAttribute('aria-current')).toBe('page');
    expect(await lebarHalaman(hp)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(hp, 'menu-ponsel');
    await hp.context().close();
  });

  it.each([
    ['a pelaksana', NIP.pelaksana],
    ['a pejabat penilai', NIP.pengawas],
    ['BKPSDM', NIP.adminBkpsdm],
  ] as const)('%s opens every page of their menu without a single refused call in the background', async (_, nip) => {
    const ctx = await b.context({ width: 1280, height: 900 });
    const page = await ctx.newPage();
    const ditolak: string[] = [];
    // API calls in flight (the live event stream stays open by design and is not counted).
    let berjalan = 0;
    const api = (u: string) => u.includes('/api/') && !u.includes('/api/v1/live');
    page.on('request', (r) => {
      if (api(r.url())) berjalan++;
    });
    page.on('requestfinished', (r) => {
      if (api(r.url())) berjalan--;
    });
    page.on('requestfailed', (r) => {
      if (api(r.url())) berjalan--;
    });
    page.on('response', (r) => {
      if (r.url().includes('/api/') && r.status() === 403) ditolak.push(`${r.request().method()} ${new URL(r.url()).pathname}`);
    });
    await masukProfil(page, nip);
    const menu = page.getByRole('navigation', { name: 'Navigasi utama' });
    await menu.getByTestId('nav-skp').waitFor(WAIT);
    const hrefs = await menu.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(10);
    for (const href of hrefs) {
      await menu.locator(`a[href="${href}"]`).click();
      await page.waitForURL((u) => u.pathname === href, WAIT);
      await page.locator('h1').first().waitFor(WAIT);
      await expect.poll(() => berjalan, WAIT).toBe(0);
      expect(await menu.locator('[aria-current="page"]').getAttribute('href'), href).toBe(href);
    }
    expect(ditolak).toEqual([]);
    await ctx.close();
  });
});
