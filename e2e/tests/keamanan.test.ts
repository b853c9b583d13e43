/**
 * Hardening (issue #11) seen from the browser: a temporary password opens nothing but the page
 * to change it; writes without the client header (or from another site) are refused while the
 * web app's own writes go through; accounts above the caller's authority offer no actions; the
 * login page counts down a throttle's wait; a server without its database reads "tidak tersedia".
 */
import type { Akun, AkunPage } from '@capaian/contract/akun';
import type { Me } from '@capaian/contract/auth';
import { request, type Page, type Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiAs, DEMO_PASSWORD, json, KLIEN, login, NIP, useBrowser } from './browser.js';

const b = useBrowser();
const PONSEL = { width: 360, height: 740 };
const WAIT = { timeout: 30_000 };

/** The demo admin sistem (server/src/seed/generator.ts): more privilege than a BKPSDM admin. */
const NIP_ADMIN_SISTEM = '199412052020121001';
/** The named demo users (README): other tests sign in as them, so this file never touches them. */
const NIP_DEMO = new Set([
  '199003172015031001',
  '199201152017032001',
  '199308242022212001',
  '198002112006042003',
  '197911102005011004',
  '197508202003121002',
  '197003152000032001',
  '196805121994031003',
  '199105222019022002',
  '198407152009011002',
  NIP_ADMIN_SISTEM,
]);

/** What a session opened with a temporary password may call (server/src/app.ts), and the login before it. */
const BOLEH_SEMENTARA = new Set(['POST /api/v1/auth/login', 'GET /api/v1/auth/me', 'POST /api/v1/auth/password', 'POST /api/v1/auth/logout']);



/** Signs in with the password the account has now and sets it back to the demo password. */
async function pulihkanSandi(nip: string, passwordKini: string): Promise<void> {
  const ctx = await apiAs(b.baseUrl(), nip, passwordKini);
  const res = await ctx.post('/api/v1/auth/password', { data: { passwordLama: passwordKini, passwordBaru: DEMO_PASSWORD } });
  expect(res.status(), await res.text()).toBeLessThan(300);
  await ctx.dispose();
}

/** Every /api/v1 call a page makes, as "METHOD /path". */
function catatPanggilan(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (r: Request) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/api/v1/')) calls.push(`${r.method()} ${url.pathname}`);
  });
  return calls;
}

/** The accounts page filtered to one NIP; resolves with that account's row. */
async function barisAkun(page: Page, nip: string) {
  await page.goto('/akun');
  await page.getByRole('heading', { name: 'Akun Pengguna' }).waitFor(WAIT);
  await page.getByRole('searchbox', { name: 'Cari' }).fill(nip);
  const row = page.locator(`[data-testid="akun-row"][data-nip="${nip}"]`);
  await row.waitFor(WAIT);
  await expect.poll(() => page.getByTestId('akun-row').count(), WAIT).toBe(1);
  return row;
}

describe('keamanan (issue #11)', () => {
  it('a reset password opens only the change-password page on a phone; nothing else reaches the API until it is changed', { timeout: 180_000 }, async () => {
    // A generated pegawai of the demo (not one the other tests sign in as), with a plain account.
    const admin = await apiAs(b.baseUrl(), NIP.adminBkpsdm);
    const daftar = await json<AkunPage>(await admin.get('/api/v1/akun?role=PEGAWAI&pageSize=100'));
    const calon = daftar.items
      .filter((a: Akun) => a.aktif && !a.wajibGantiPassword && a.can.resetPassword && !NIP_DEMO.has(a.nip) && a.roles.every((r) => r.role === 'PEGAWAI'))
      .sort((x, y) => y.nip.localeCompare(x.nip));
    expect(calon.length).toBeGreaterThan(0);
    const target = calon[0]!;
    await admin.dispose();

    let passwordKini = DEMO_PASSWORD;
    try {
      // The BKPSDM admin resets the password on the accounts page; the web app sends the client header itself.
      const adminCtx = await b.context();
      const adminPage = await adminCtx.newPage();
      await login(adminPage, NIP.adminBkpsdm);
      await adminPage.getByRole('heading', { name: 'Beranda', exact: true }).waitFor(WAIT);
      const row = await barisAkun(adminPage, target.nip);
      await row.getByTestId('akun-reset').click();
      const dialog = adminPage.getByRole('dialog');
      const resetReq = adminPage.waitForRequest((r) => r.url().endsWith(`/api/v1/akun/${target.id}/reset-password`) && r.method() === 'POST');
      await dialog.getByRole('button', { name: 'Reset kata sandi' }).click();
      expect((await (await resetReq).allHeaders())['x-capaian']).toBe('1');
      const temp = (await dialog.getByTestId('temp-password').textContent())?.trim() ?? '';
      expect(temp.length).toBeGreaterThanOrEqual(8);
      passwordKini = temp;
      await adminCtx.close();

      // The pegawai signs in with it on a phone: only the change-password page, in a minimal shell.
      const ctx = await b.context(PONSEL);
      const page = await ctx.newPage();
      const calls = catatPanggilan(page);
      await login(page, target.nip, temp);
      await page.waitForURL(/\/ganti-kata-sandi$/, WAIT);
      await page.getByRole('heading', { name: 'Ganti Kata Sandi' }).waitFor(WAIT);
      await page.getByTestId('shell-ganti-sandi').waitFor();
      await page.getByTestId('must-change-password').waitFor();
      await page.getByTestId('logout').waitFor();
      expect(await page.getByText('EN', { exact: true }).isVisible()).toBe(true);
      for (const testId of ['nav-beranda', 'nav-skp', 'notif-bell', 'antrian-status', 'antrian-panel'])
        expect(await page.getByTestId(testId).count(), testId).toBe(0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);

      // Any other address leads back to it.
      await page.goto('/skp');
      await page.waitForURL(/\/ganti-kata-sandi$/, WAIT);
      await page.getByRole('heading', { name: 'Ganti Kata Sandi' }).waitFor(WAIT);
      await page.waitForLoadState('networkidle');
      expect(calls.length).toBeGreaterThan(0);
      expect(calls.filter((c) => !BOLEH_SEMENTARA.has(c))).toEqual([]);
      expect(calls).not.toContain('GET /api/v1/live');

      // Changing it opens the app at the home page.
      const baru = `Aman${Date.now().toString(36)}7`;
      await page.getByLabel('Kata sandi sementara', { exact: true }).fill(temp);
      await page.getByLabel('Kata sandi baru', { exact: true }).fill(baru);
      await page.getByLabel('Ulangi kata sandi baru', { exact: true }).fill(baru);
      const ganti = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/password') && r.request().method() === 'POST');
      await page.getByRole('button', { name: 'Simpan' }).click();
      const gantiRes = await ganti;
      expect(gantiRes.status()).toBeLessThan(300);
      expect((await gantiRes.request().allHeaders())['x-capaian']).toBe('1');
      passwordKini = baru;
      await page.waitForURL((u) => u.pathname === '/', WAIT);
      await page.getByRole('heading', { name: 'Beranda', exact: true }).waitFor(WAIT);
      expect(await page.getByTestId('shell-ganti-sandi').count()).toBe(0);
      const me = await json<Me>(await page.request.get('/api/v1/auth/me'));
      expect(me.mustChangePassword).toBe(false);
      await ctx.close();
    } finally {
      // Leave the account as the demo has it for any other test.
      if (passwordKini !== DEMO_PASSWORD) await pulihkanSandi(target.nip, passwordKini);
    }
  });

  it('refuses a write without the client header, or from another site, before anything else; reads are not affected', async () => {
    const baseURL = b.baseUrl();
    // No header: even signing in is refused.
    const polos = await request.newContext({ baseURL });
    const masuk = await polos.post('/api/v1/auth/login', { data: { nip: NIP.adminBkpsdm, password: DEMO_PASSWORD } });
    expect(masuk.status()).toBe(403);
    expect(await masuk.json()).toMatchObject({ error: 'asal_ditolak' });
    await polos.dispose();

    // A session opened properly, then used by a client that does not send the header.
    const admin = await apiAs(b.baseUrl(), NIP.adminBkpsdm);
    const tanpaHeader = await request.newContext({ baseURL, storageState: await admin.storageState() });
    const me = await tanpaHeader.get('/api/v1/auth/me');
    expect(me.status()).toBe(200);
    const tulis = await tanpaHeader.post('/api/v1/realisasi', { data: {} });
    expect(tulis.status()).toBe(403);
    expect(await tulis.json()).toMatchObject({ error: 'asal_ditolak' });
    // The same (invalid) write with the header reaches the route: its validation answers.
    const denganHeader = await tanpaHeader.post('/api/v1/realisasi', { headers: KLIEN, data: {} });
    expect(denganHeader.status()).toBe(400);
    // With the header but from another site's page: refused.
    const situsLain = await admin.post('/api/v1/realisasi', { headers: { origin: 'https://situs-lain.example' }, data: {} });
    expect(situsLain.status()).toBe(403);
    expect(await situsLain.json()).toMatchObject({ error: 'asal_ditolak' });
    await tanpaHeader.dispose();
    await admin.dispose();
  });

  it("a BKPSDM admin sees no reset, role or deactivation action on the system admin's account", async () => {
    const ctx = await b.context();
    const page = await ctx.newPage();
    await login(page, NIP.adminBkpsdm);
    await page.getByRole('heading', { name: 'Beranda', exact: true }).waitFor(WAIT);
    const row = await barisAkun(page, NIP_ADMIN_SISTEM);
    await row.getByTestId('akun-tanpa-aksi').waitFor();
    for (const testId of ['akun-reset', 'akun-peran', 'akun-status', 'akun-lepas']) expect(await row.getByTestId(testId).count(), testId).toBe(0);
    // The lock filter is gone; the column speaks of sign-ins from new devices.
    expect(await page.getByRole('columnheader', { name: 'Masuk dari perangkat baru' }).count()).toBe(1);
    // A plain pegawai's row still offers them.
    const pegawai = await barisAkun(page, NIP.pelaksana);
    for (const testId of ['akun-reset', 'akun-peran', 'akun-status']) expect(await pegawai.getByTestId(testId).count(), testId).toBe(1);
    await ctx.close();
  });

  it('the login page shows the throttle message and counts down before it allows another try; a server without its database says so', async () => {
    const ctx = await b.context(PONSEL);
    const page = await ctx.newPage();
    let jawab: 'tidak-tersedia' | 'terlalu-banyak' = 'tidak-tersedia';
    await page.route('**/api/v1/auth/login', (route) =>
      jawab === 'tidak-tersedia'
        ? route.fulfill({
            status: 503,
            headers: { 'retry-after': '5' },
            contentType: 'application/json',
            body: JSON.stringify({ error: 'layanan_tidak_tersedia', message: 'Server sedang tidak tersedia sesaat.' }),
          })
        : route.fulfill({
            status: 429,
            headers: { 'retry-after': '75' },
            contentType: 'application/json',
            body: JSON.stringify({
              error: 'terlalu_banyak',
              message: 'Terlalu banyak percobaan masuk yang gagal untuk NIP ini dari perangkat ini. Coba lagi dalam 2 menit.',
              details: { cobaLagiDetik: 75 },
            }),
          }),
    );

    await login(page, NIP.pelaksana, 'salah-sekali1');
    await expect.poll(() => page.getByTestId('login-error').textContent(), WAIT).toContain('Server sedang tidak tersedia. Mencoba lagi…');
    expect(await page.getByTestId('login-submit').isEnabled()).toBe(true);

    jawab = 'terlalu-banyak';
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('login-error').textContent(), WAIT).toContain('Terlalu banyak percobaan masuk');
    const tunggu = page.getByTestId('login-tunggu');
    await expect.poll(() => tunggu.textContent(), WAIT).toMatch(/^Coba lagi dalam 1:1[0-5]$/);
    expect(await page.getByTestId('login-submit').isDisabled()).toBe(true);
    const awal = Number(await tunggu.getAttribute('data-detik'));
    await expect.poll(async () => Number(await tunggu.getAttribute('data-detik')), WAIT).toBeLessThan(awal);
    await ctx.close();
  });
});
