import { describe, expect, it } from 'vitest';
import { login, NIP, useBrowser } from './browser.js';

const b = useBrowser();
const shot = (p: import('playwright-core').Page, n: string) => p.screenshot({ path: `/tmp/shots/${n}.png`, fullPage: true });

describe('tmp screenshots', () => {
  it('pengaturan', async () => {
    for (const [w, h, n] of [[360, 740, 'phone'], [1280, 800, 'desk']] as const) {
      const ctx = await b.context({ width: w, height: h });
      const page = await ctx.newPage();
      await login(page, NIP.adminBkpsdm);
      await page.getByRole('heading', { name: 'Profil Saya' }).waitFor();
      await page.goto('/pengaturan');
      await page.getByTestId('aturan-card').waitFor();
      await shot(page, `pengaturan-${n}`);
      if (n === 'desk') {
        await page.getByTestId('aturan-keberatan-hari').fill('0');
        await page.getByTestId('aturan-kurva-nilai').first().fill('120');
        await page.getByTestId('aturan-pimpinan-SANGAT_KURANG').click();
        await page.getByRole('option', { name: 'Di Atas Ekspektasi' }).click();
        await page.getByTestId('aturan-pengelolaMulai-bulan').click();
        await page.getByRole('option', { name: 'Maret' }).click();
        await page.getByTestId('aturan-saran-sesuaiMinPersen').fill('200');
        await page.getByTestId('aturan-simpan').click();
        await page.getByRole('alert').first().waitFor();
        await page.waitForTimeout(500);
        await shot(page, `pengaturan-errors`);
        await page.getByTestId('aturan-bawaan').click();
        await page.waitForTimeout(300);
        await shot(page, `pengaturan-bawaan`);
      }
      await ctx.close();
    }
  });

  it('evaluasi tahunan', async () => {
    const ctx = await b.context({ width: 1280, height: 900 });
    const page = await ctx.newPage();
    await login(page, NIP.perawat);
    await page.getByRole('heading', { name: 'Profil Saya' }).waitFor();
    const list = (await (await page.request.get('/api/v1/penilaian/evaluasi?peran=saya')).json()) as { items: Array<{ id: string; periode: { label: string } }> };
    console.log(list.items.map((i) => i.periode.label));
    const tahunan = list.items.find((i) => i.periode.label.startsWith('Tahun'));
    expect(tahunan).toBeTruthy();
    await page.goto(`/penilaian/evaluasi/${tahunan!.id}`);
    await page.getByTestId('hasil-ringkasan').waitFor();
    await page.waitForTimeout(500);
    await shot(page, 'hasil-tahunan');
    const bulanan = list.items.find((i) => !i.periode.label.startsWith('Tahun'));
    if (bulanan) {
      await page.goto(`/penilaian/evaluasi/${bulanan.id}/nilai`);
      await page.getByTestId('nilai-indikator').first().waitFor();
      await page.waitForTimeout(500);
      await shot(page, 'nilai-periodik');
    }
    await page.goto(`/penilaian/evaluasi/${tahunan!.id}/nilai`);
    await page.getByTestId('nilai-tahunan').waitFor();
    await page.waitForTimeout(500);
    await shot(page, 'nilai-tahunan');
    await page.setViewportSize({ width: 360, height: 740 });
    await page.waitForTimeout(300);
    await shot(page, 'nilai-tahunan-phone');
    await ctx.close();
  });

  it('skp tinjau (mocked can.tinjau)', async () => {
    const ctx = await b.context({ width: 1280, height: 900 });
    const page = await ctx.newPage();
    await login(page, NIP.pelaksana);
    await page.getByRole('heading', { name: 'Profil Saya' }).waitFor();
    const mine = (await (await page.request.get('/api/v1/skp')).json()) as Array<{ id: string }>;
    const id = mine[0]!.id;
    await page.route(`**/api/v1/skp/${id}`, async (route) => {
      const res = await route.fetch();
      const j = await res.json();
      j.status = 'DITINJAU';
      j.statusLabel = 'Ditinjau Pengelola Kinerja';
      j.can.tinjau = true;
      j.dialog.push({ id: '00000000-0000-4000-8000-000000000001', jenis: 'TINJAU', targetJenis: 'SKP', targetId: null, pesan: 'Direviu pengelola kinerja; diteruskan ke pejabat penilai.', penulis: 'Pengelola', waktu: new Date().toISOString() });
      await route.fulfill({ response: res, json: j });
    });
    await page.goto(`/skp/${id}`);
    await page.getByTestId('skp-tinjau').click();
    await page.getByTestId('skp-tinjau-catatan').waitFor();
    await page.waitForTimeout(400);
    await shot(page, 'skp-tinjau');
    await ctx.close();
  });
});
