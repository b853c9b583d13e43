import { describe, expect, it } from 'vitest';
import { login, NIP, screenshot, useBrowser } from './browser.js';

const b = useBrowser();

describe('login and profile', () => {
  it('shows an Indonesian error for a wrong password', async () => {
    const ctx = await b.context();
    const page = await ctx.newPage();
    await page.goto('/masuk');
    await screenshot(page, 'login');
    await login(page, NIP.pelaksana, 'salah-sekali1');
    await expect.poll(() => page.getByTestId('login-error').textContent()).toContain('NIP atau kata sandi salah.');
    await ctx.close();
  });

  it('logs the demo pegawai in and shows the profile with the right atasan', async () => {
    const ctx = await b.context();
    const page = await ctx.newPage();
    await login(page, NIP.pelaksana);
    await page.getByRole('heading', { name: 'Beranda', exact: true }).waitFor();
    await expect.poll(() => page.getByTestId('atasan-penilai').textContent()).toContain('Yuliana Sari');
    expect(await page.getByTestId('atasan-atasan').textContent()).toContain('Agus Setiawan');
    expect(await page.textContent('body')).toContain('Budi Santoso');
    await screenshot(page, 'profil');
    await ctx.close();
  });

  it('works on a 360-px-wide phone screen without sideways scrolling', async () => {
    const ctx = await b.context({ width: 360, height: 740 });
    const page = await ctx.newPage();
    await login(page, NIP.perawat);
    await page.getByRole('heading', { name: 'Beranda', exact: true }).waitFor();
    await expect.poll(() => page.getByTestId('atasan-penilai').textContent()).toContain('Wahyu Hidayat');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'profil-ponsel');
    await ctx.close();
  });
});
