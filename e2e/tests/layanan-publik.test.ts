import { type APIRequestContext } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiAs, NIP, screenshot, useBrowser } from './browser.js';

const b = useBrowser();

interface Titik {
  id: string;
  unitId: string;
  nama: string;
  kode: string;
  aktif: boolean;
}

interface Tren {
  total: { jumlah: number };
  perTitik: Array<{ titikId: string; jumlah: number }>;
  komentar: Array<{ komentar: string }>;
}


async function jumlahTitik(admin: APIRequestContext, titikId: string): Promise<number> {
  const res = await admin.get(`/api/v1/layanan-publik/tren?titikId=${titikId}`);
  expect(res.status()).toBe(200);
  const tren = (await res.json()) as Tren;
  return tren.total.jumlah;
}

describe('Public feedback form (QR) on a phone', () => {
  it('a member of the public rates a service point without logging in, and the answer is counted', async () => {
    // An admin (BKPSDM) finds an active service point, or creates one.
    const admin = await apiAs(b.baseUrl(), NIP.adminBkpsdm);
    const list = (await (await admin.get('/api/v1/layanan-publik/titik')).json()) as { items: Titik[] };
    let titik = list.items.find((t) => t.aktif);
    if (!titik) {
      const units = (await (await admin.get('/api/v1/unit-kerja')).json()) as Array<{ id: string }>;
      const res = await admin.post('/api/v1/layanan-publik/titik', { data: { unitId: units[0]!.id, nama: 'Loket Pelayanan Uji E2E', aktif: true } });
      expect(res.status()).toBe(201);
      titik = (await res.json()) as Titik;
    }
    const sebelum = await jumlahTitik(admin, titik.id);

    // The public: a fresh phone-sized browser, no session.
    const ctx = await b.context({ width: 360, height: 740 }, { isMobile: true, hasTouch: true });
    const page = await ctx.newPage();
    const js: string[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js')) js.push(r.url());
    });
    await page.goto(`/l/${titik.kode}`);
    await page.getByTestId('publik-form').waitFor();
    expect(await page.getByTestId('publik-titik-nama').textContent()).toBe(titik.nama);
    // Outside the app shell: no login redirect, no navigation, no notifications.
    expect(new URL(page.url()).pathname).toBe(`/l/${titik.kode}`);
    expect(await page.getByTestId('nav-beranda').count()).toBe(0);
    expect(await page.getByTestId('notif-bell').count()).toBe(0);
    await page.getByTestId('publik-privasi').waitFor();

    // Submitting without ratings asks for all four.
    await page.getByTestId('publik-kirim').click();
    await page.getByTestId('publik-kurang').waitFor();

    for (const [aspek, nilai] of [
      ['kecepatan', 4],
      ['keramahan', 5],
      ['kejelasan', 4],
      ['keadilan', 5],
    ] as const) {
      await page.getByTestId(`publik-${aspek}-${nilai}`).click();
    }
    const petugas = page.getByTestId('publik-petugas');
    if ((await petugas.count()) > 0) {
      const values = await petugas.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      if (values[1]) await petugas.selectOption(values[1]);
    }
    const komentar = `Pelayanan cepat dan ramah (uji e2e ${Date.now().toString(36)})`;
    await page.getByTestId('publik-komentar').fill(komentar);
    // The whole form fits a 360 px screen without horizontal scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'layanan-publik-ponsel');

    // The challenge needs ≥ 3 s between loading and sending: the form itself waits the rest before it sends.
    const kirim = page.waitForResponse((r) => r.url().includes(`/api/v1/publik/layanan/${titik.kode}`) && r.request().method() === 'POST');
    await page.getByTestId('publik-kirim').click();
    expect((await kirim).status()).toBe(201);
    await page.getByTestId('publik-terima-kasih').waitFor();

    // The public route loaded none of the staff pages' code.
    expect(js.some((u) => /shell|titik-layanan|tren-/.test(u))).toBe(false);

    // The answer is counted in the trends, with its comment.
    await expect.poll(() => jumlahTitik(admin, titik.id)).toBe(sebelum + 1);
    const tren = (await (await admin.get(`/api/v1/layanan-publik/tren?titikId=${titik.id}`)).json()) as Tren;
    expect(tren.komentar.some((k) => k.komentar === komentar)).toBe(true);

    await ctx.close();
    await admin.dispose();
  });
});
