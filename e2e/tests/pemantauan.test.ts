import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { KLIEN, login, NIP, screenshot, useBrowser } from './browser.js';

const b = useBrowser();

/** The demo perawat's pejabat penilai: the kepala puskesmas. */
const KAPUS = '197911102005011004';

interface Beranda {
  hariIni: string;
  skp: { status: string } | null;
  rhk: Array<{ id: string; indikator: Array<{ id: string; aspek: string }> }>;
  can: { catat: boolean };
}

/** Marks the page's window: the mark survives client-side updates and is lost on a reload. */
const tandai = (page: Page) => page.evaluate(() => Reflect.set(window, '__tanpaMuatUlang', true));
const masihSama = (page: Page) => page.evaluate(() => Reflect.get(window, '__tanpaMuatUlang') === true);

/** The unread count the bell announces ("Buka notifikasi (3 belum dibaca)"). */
async function unread(page: Page): Promise<number> {
  const label = (await page.getByTestId('notif-bell').getAttribute('aria-label')) ?? '';
  return Number(/\((\d+)/.exec(label)?.[1] ?? NaN);
}

describe('Live team board (pemantauan) and feedback', () => {
  it("shows a subordinate's new progress without a reload, and the pegawai's bell counts the superior's feedback live", async () => {
    const atasanCtx = await b.context();
    const pegawaiCtx = await b.context({ width: 360, height: 740 });
    const atasan = await atasanCtx.newPage();
    const pegawai = await pegawaiCtx.newPage();

    // The pegawai (demo perawat, approved SKP) signs in; her tab opens the live stream for the bell.
    const pegawaiLive = pegawai.waitForRequest((r) => r.url().endsWith('/api/v1/live'));
    await login(pegawai, NIP.perawat);
    await pegawai.getByRole('heading', { name: 'Beranda', exact: true }).waitFor();
    await pegawaiLive;
    const me = (await (await pegawai.request.get('/api/v1/auth/me')).json()) as { pegawaiId: string };
    const beranda = (await (await pegawai.request.get('/api/v1/realisasi/saya')).json()) as Beranda;
    expect(beranda.skp?.status).toBe('DISETUJUI');
    expect(beranda.can.catat).toBe(true);

    // Her superior opens the team board in a second browser.
    await login(atasan, KAPUS);
    await atasan.getByRole('heading', { name: 'Beranda', exact: true }).waitFor();
    await atasan.getByTestId('nav-papan-tim').click();
    const card = atasan.locator(`[data-testid="papan-anggota"][data-pegawai-id="${me.pegawaiId}"]`);
    await card.waitFor();
    await expect.poll(() => atasan.getByTestId('live-status').getAttribute('data-connected')).toBe('true');
    const sebelum = Number(await card.getByTestId('papan-entri-bulan').textContent());
    const mingguSebelum = Number(await card.getByTestId('papan-entri-minggu').textContent());
    await tandai(atasan);

    // The pegawai records progress (through the API: the phone UI has its own test).
    const rhk = beranda.rhk[0]!;
    const indikator = rhk.indikator.find((i) => i.aspek === 'KUANTITAS') ?? rhk.indikator[0];
    const id = randomUUID();
    const uraian = `Pemeriksaan tanda vital pasien lansia (uji papan ${id.slice(0, 8)})`;
    const res = await pegawai.request.post('/api/v1/realisasi', {
      headers: KLIEN,
      data: { id, rhkId: rhk.id, indikatorId: indikator?.id ?? null, tanggal: beranda.hariIni, uraian, jumlah: 4 },
    });
    expect(res.status()).toBe(201);

    // The board updates by itself within seconds: one more entry this month and this week, highlighted.
    await expect.poll(async () => Number(await card.getByTestId('papan-entri-bulan').textContent()), { timeout: 8_000 }).toBe(sebelum + 1);
    expect(Number(await card.getByTestId('papan-entri-minggu').textContent())).toBe(mingguSebelum + 1);
    await card.getByTestId('papan-baru').waitFor();
    expect(await card.getByTestId('papan-belum-minggu').count()).toBe(0);
    expect(await masihSama(atasan)).toBe(true);
    await card.getByTestId('papan-rincian').click();
    await card.getByTestId('papan-indikator').first().waitFor();
    // The whole board in one picture: a viewport tall enough (the header and menu stay in place).
    await atasan.setViewportSize({ width: 1280, height: 1560 });
    await atasan.evaluate(() => window.scrollTo(0, 0));
    await screenshot(atasan, 'papan-tim');
    await atasan.setViewportSize({ width: 1280, height: 800 });

    // The superior opens her progress and comments on the new entry.
    const bellSebelum = await unread(pegawai);
    await tandai(pegawai);
    await card.getByTestId('papan-progres').click();
    const entri = atasan.locator(`[data-testid="progres-item"][data-realisasi-id="${id}"]`);
    await entri.waitFor();
    expect(await entri.getByTestId('progres-uraian').textContent()).toBe(uraian);
    await entri.getByTestId('progres-umpan-balik').click();
    await entri.getByTestId('umpan-balik-pesan-input').fill('Bagus, lampirkan foto kegiatan pada laporan berikutnya.');
    await entri.getByTestId('umpan-balik-kirim').click();
    await expect.poll(() => entri.getByTestId('umpan-balik-pesan').allTextContents()).toEqual([expect.stringContaining('lampirkan foto kegiatan')]);

    // The pegawai's bell counts it without a reload, and the notification leads to the entry's thread.
    await expect.poll(() => unread(pegawai), { timeout: 8_000 }).toBe(bellSebelum + 1);
    expect(await masihSama(pegawai)).toBe(true);
    await pegawai.getByTestId('notif-bell').click();
    await pegawai.getByTestId('notif-item').first().click();
    await pegawai.waitForURL(`**/realisasi/${id}`);
    await expect.poll(() => pegawai.getByTestId('umpan-balik-pesan').allTextContents()).toEqual([expect.stringContaining('lampirkan foto kegiatan')]);

    // She replies; the superior's open thread shows the reply live.
    await pegawai.getByTestId('umpan-balik-balas').click();
    await pegawai.getByTestId('umpan-balik-balas-pesan').fill('Siap, akan saya lampirkan.');
    await pegawai.getByTestId('umpan-balik-balas-kirim').click();
    await expect.poll(() => entri.getByTestId('umpan-balik-balasan').allTextContents(), { timeout: 8_000 }).toEqual([expect.stringContaining('Siap, akan saya lampirkan.')]);

    await Promise.all([atasanCtx.close(), pegawaiCtx.close()]);
  });
});
