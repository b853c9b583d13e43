import zlib from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { login, NIP, screenshot, useBrowser } from './browser.js';

const b = useBrowser();
const PHONE = { width: 360, height: 740 };
const stamp = Date.now().toString(36);
/** The machine may be busy: give the app time before a poll gives up. */
const WAIT = { timeout: 30_000 };

interface Item {
  id: string;
  uraian: string;
  jumlah: number | null;
  bukti: Array<{ id: string; jenis: string; mime: string | null; ukuran: number | null; url: string | null }>;
}

/** A small PNG (solid colour) built by hand: the offline entry's photo. */
function png(width: number, height: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const x of buf) c = crcTable[(c ^ x) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    td.copy(out, 4);
    out.writeUInt32BE(crc32(td), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2; // RGB
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) raw.set([0x2b, 0x8a + (y % 16), 0x3e], y * (width * 3 + 1) + 1 + x * 3);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

/** Width and height from a JPEG's start-of-frame marker. */
function jpegSize(buf: Buffer): { width: number; height: number } | null {
  let i = 2;
  while (i + 9 < buf.length) {
    if (buf[i] !== 0xff) return null;
    const marker = buf[i + 1]!;
    const len = buf.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xc3) return { height: buf.readUInt16BE(i + 5), width: buf.readUInt16BE(i + 7) };
    i += 2 + len;
  }
  return null;
}

/** A 2000×1500 "camera" photo drawn by Chromium itself (a real JPEG, as a phone would give). */
async function cameraPhoto(page: Page): Promise<Buffer> {
  const b64 = await page.evaluate(async () => {
    const c = document.createElement('canvas');
    c.width = 2000;
    c.height = 1500;
    const g = c.getContext('2d')!;
    const grad = g.createLinearGradient(0, 0, 2000, 1500);
    grad.addColorStop(0, '#2b8a3e');
    grad.addColorStop(1, '#1c7ed6');
    g.fillStyle = grad;
    g.fillRect(0, 0, 2000, 1500);
    for (let i = 0; i < 300; i++) {
      g.fillStyle = `hsl(${(i * 37) % 360} 70% 60%)`;
      g.beginPath();
      g.arc((i * 97) % 2000, (i * 53) % 1500, 20 + (i % 40), 0, Math.PI * 2);
      g.fill();
    }
    g.fillStyle = '#fff';
    g.font = 'bold 160px sans-serif';
    g.fillText('Posyandu Melati', 300, 950);
    const blob = await new Promise<Blob>((resolve) => c.toBlob((x) => resolve(x!), 'image/jpeg', 0.95));
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  });
  return Buffer.from(b64, 'base64');
}

/** The pegawai's entries of today with this uraian, straight from the API. */
async function entries(page: Page, pegawaiId: string, hariIni: string, uraian: string): Promise<Item[]> {
  const res = await page.request.get(`/api/v1/realisasi?pegawaiId=${pegawaiId}&dari=${hariIni}&sampai=${hariIni}`);
  expect(res.status()).toBe(200);
  const body = (await res.json()) as { items: Item[] };
  return body.items.filter((i) => i.uraian === uraian);
}

async function start(page: Page) {
  // The perawat's SKP is approved in the demo data, so she can record progress.
  await login(page, NIP.perawat);
  await page.getByRole('heading', { name: 'Beranda', exact: true }).waitFor({ timeout: 60_000 });
  const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { pegawaiId: string };
  const beranda = (await (await page.request.get('/api/v1/realisasi/saya')).json()) as { hariIni: string; can: { catat: boolean } };
  expect(beranda.can.catat).toBe(true);
  return { pegawaiId: me.pegawaiId, hariIni: beranda.hariIni };
}

describe('progress (realisasi) on a phone', () => {
  it('records progress with a photo in two taps, then offline: the entry waits and arrives once', { timeout: 180_000 }, async () => {
    const ctx = await b.context(PHONE);
    const page = await ctx.newPage();
    const { pegawaiId, hariIni } = await start(page);

    // Tap 1 on the home screen: "Catat progres" opens the full-screen form.
    const catat = page.getByTestId('catat-progres');
    await expect.poll(() => catat.isEnabled(), WAIT).toBe(true);
    await screenshot(page, 'beranda-ponsel');
    await catat.click();
    await page.getByTestId('realisasi-form').waitFor();
    expect(await page.getByTestId('realisasi-tanggal').inputValue()).toBe(hariIni);
    const uraian1 = `Melayani imunisasi dasar balita di posyandu ${stamp}`;
    await page.getByTestId('realisasi-uraian').fill(uraian1);
    const target = page.getByTestId('realisasi-target');
    const indikator = await target.locator('option[value^="ind:"]').first().getAttribute('value');
    await target.selectOption(indikator!);
    await page.getByTestId('realisasi-jumlah').fill('14');
    const photo = await cameraPhoto(page);
    await page.getByTestId('realisasi-berkas').setInputFiles({ name: 'foto-posyandu.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByTestId('realisasi-bukti-baru').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, 'progres-ponsel');
    // Tap 2: save. Stored on the phone first, then sent.
    await page.getByTestId('realisasi-simpan').click();
    await expect.poll(() => page.getByTestId('realisasi-hasil').getAttribute('data-hasil'), WAIT).toBe('terkirim');

    // "Progres saya" lists it with its photo (a reload mid-upload resumes from the queue).
    await page.goto('/progres');
    const item1 = page.getByTestId('realisasi-item').filter({ hasText: uraian1 });
    await expect.poll(() => item1.getByTestId('realisasi-bukti-foto').count(), { timeout: 30_000 }).toBe(1);
    await expect
      .poll(() => item1.getByTestId('realisasi-bukti-foto').evaluate((img) => (img as HTMLImageElement).naturalWidth), { timeout: 15_000 })
      .toBeGreaterThan(0);
    const [saved] = await entries(page, pegawaiId, hariIni, uraian1);
    expect(saved).toBeDefined();
    expect(saved!.jumlah).toBe(14);
    expect(saved!.bukti).toHaveLength(1);
    // The photo was resized on the phone before upload: longest side ≤ 1600 px, fewer bytes.
    const file = await page.request.get(saved!.bukti[0]!.url!);
    expect(file.headers()['content-type']).toBe('image/jpeg');
    const size = jpegSize(await file.body());
    expect(size).not.toBeNull();
    expect(Math.max(size!.width, size!.height)).toBeLessThanOrEqual(1600);
    expect(saved!.bukti[0]!.ukuran!).toBeLessThan(photo.length);
    await screenshot(page, 'progres-saya-ponsel');

    // No signal: the entry (with its photo) waits on the phone. The installed app's service
    // worker has the app shell, so the app even reopens offline.
    expect(await page.evaluate(async () => !!(await navigator.serviceWorker.ready).active)).toBe(true);
    await ctx.setOffline(true);
    await page.getByTestId('offline-banner').waitFor();
    await page.getByTestId('catat-progres').click();
    await page.getByTestId('realisasi-form').waitFor();
    const uraian2 = `Kunjungan rumah pasien TB di dusun tanpa sinyal ${stamp}`;
    await page.getByTestId('realisasi-uraian').fill(uraian2);
    await page.getByTestId('realisasi-berkas').setInputFiles({ name: 'kunjungan.png', mimeType: 'image/png', buffer: png(64, 48) });
    await page.getByTestId('realisasi-bukti-baru').waitFor();
    await page.getByTestId('realisasi-simpan').click();
    await expect.poll(() => page.getByTestId('realisasi-hasil').getAttribute('data-hasil'), WAIT).toBe('tertunda');
    await expect.poll(() => page.getByTestId('antrian-judul').textContent(), WAIT).toBe('Menunggu dikirim (1)');
    expect(await page.getByTestId('antrian-item').textContent()).toContain(uraian2);
    await screenshot(page, 'progres-offline');
    // Closing and reopening the app without signal keeps the waiting entry (IndexedDB).
    await page.reload();
    await expect.poll(() => page.getByTestId('antrian-judul').textContent(), { timeout: 15_000 }).toBe('Menunggu dikirim (1)');
    await page.getByTestId('offline-banner').waitFor();

    // The connection returns: the queue sends it by itself, exactly once, photo included.
    await ctx.setOffline(false);
    await page.getByTestId('antrian-panel').waitFor({ state: 'detached', timeout: 30_000 });
    await expect.poll(() => page.getByTestId('offline-banner').count(), WAIT).toBe(0);
    await expect.poll(() => page.getByTestId('realisasi-item').filter({ hasText: uraian2 }).count(), { timeout: 15_000 }).toBe(1);
    const arrived = await entries(page, pegawaiId, hariIni, uraian2);
    expect(arrived).toHaveLength(1);
    expect(arrived[0]!.bukti).toHaveLength(1);
    expect(arrived[0]!.bukti[0]!.mime).toBe('image/png');
    await ctx.close();
  });

  it('sends an entry whose first answer was lost only once (same client id on retry)', { timeout: 120_000 }, async () => {
    // No service worker here, so the test can drop the server's answer on the way back.
    const ctx = await b.context(PHONE, { serviceWorkers: 'block' });
    const page = await ctx.newPage();
    const { pegawaiId, hariIni } = await start(page);
    const posted: string[] = [];
    await page.route('**/api/v1/realisasi', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      const body = route.request().postDataJSON() as { id: string };
      posted.push(body.id);
      if (posted.length === 1) {
        await route.fetch(); // the server stores the entry…
        return route.abort('failed'); // …but the phone never hears back
      }
      return route.continue();
    });

    await page.goto('/progres');
    const catat = page.getByTestId('catat-progres');
    await expect.poll(() => catat.isEnabled(), WAIT).toBe(true);
    await catat.click();
    const uraian3 = `Rekap laporan harian puskesmas, sinyal putus ${stamp}`;
    await page.getByTestId('realisasi-uraian').fill(uraian3);
    await page.getByTestId('realisasi-jumlah').fill('1');
    await page.getByTestId('realisasi-simpan').click();
    await expect.poll(() => page.getByTestId('realisasi-hasil').getAttribute('data-hasil'), WAIT).toBe('tertunda');
    await expect.poll(() => page.getByTestId('antrian-judul').textContent(), WAIT).toBe('Menunggu dikirim (1)');

    // The phone is back online: the queue re-sends the same id; the server answers with the same entry.
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await page.getByTestId('antrian-panel').waitFor({ state: 'detached', timeout: 30_000 });
    expect(posted).toHaveLength(2);
    expect(posted[1]).toBe(posted[0]);
    const arrived = await entries(page, pegawaiId, hariIni, uraian3);
    expect(arrived).toHaveLength(1);
    expect(arrived[0]!.id).toBe(posted[0]);
    await ctx.close();
  });

  it('keeps an entry queued while the server is unavailable (503) and retries it; a reused client id (409) is shown, never dropped', { timeout: 150_000 }, async () => {
    const ctx = await b.context(PHONE, { serviceWorkers: 'block' });
    const page = await ctx.newPage();
    const { pegawaiId, hariIni } = await start(page);
    // The server answers POST /realisasi as it would without its database, then as if the id held other content.
    let jawab: 'tidak-tersedia' | 'id-dipakai' | 'server' = 'tidak-tersedia';
    const posted: string[] = [];
    await page.route('**/api/v1/realisasi', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      posted.push((route.request().postDataJSON() as { id: string }).id);
      if (jawab === 'tidak-tersedia')
        return route.fulfill({
          status: 503,
          headers: { 'retry-after': '1' },
          contentType: 'application/json',
          body: JSON.stringify({ error: 'layanan_tidak_tersedia', message: 'Server sedang tidak tersedia sesaat. Data Anda tidak hilang; coba lagi dalam beberapa detik.' }),
        });
      if (jawab === 'id-dipakai')
        return route.fulfill({
          status: 409,
          contentType: 'application/json',
          body: JSON.stringify({ error: 'id_dipakai', message: 'Id entri ini sudah dipakai untuk data lain.', fields: { id: 'sudah dipakai' } }),
        });
      return route.continue();
    });

    await page.goto('/progres');
    const catat = page.getByTestId('catat-progres');
    await expect.poll(() => catat.isEnabled(), WAIT).toBe(true);
    await catat.click();
    const uraian4 = `Rekap kunjungan saat server pemeliharaan ${stamp}`;
    await page.getByTestId('realisasi-uraian').fill(uraian4);
    await page.getByTestId('realisasi-jumlah').fill('2');
    await page.getByTestId('realisasi-simpan').click();

    // Like being offline: the entry stays on the phone, says why, and is tried again later by itself.
    await expect.poll(() => page.getByTestId('realisasi-hasil').getAttribute('data-hasil'), WAIT).toBe('tertunda');
    await expect.poll(() => page.getByTestId('realisasi-hasil').textContent(), WAIT).toContain('Server sedang tidak tersedia');
    const item = page.getByTestId('antrian-item');
    await expect.poll(() => item.getAttribute('data-tunda'), WAIT).toBe('SERVER');
    expect(await item.getAttribute('data-status')).toBe('MENUNGGU');
    expect(await item.getByTestId('antrian-status-item').textContent()).toBe('Server tidak tersedia');
    expect(await page.getByTestId('antrian-keterangan').textContent()).toContain('Server sedang tidak tersedia');
    await item.getByTestId('antrian-berikutnya').waitFor();
    await expect.poll(() => posted.length, { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
    expect(new Set(posted).size).toBe(1);
    expect(await page.getByTestId('antrian-judul').textContent()).toBe('Menunggu dikirim (1)');

    // The server now holds other content under that id: the entry fails visibly instead of vanishing.
    jawab = 'id-dipakai';
    await page.getByTestId('antrian-kirim').click();
    await expect.poll(() => item.getAttribute('data-status'), WAIT).toBe('GAGAL');
    expect(await item.getAttribute('data-galat')).toBe('id_dipakai');
    expect(await item.getByTestId('antrian-galat').textContent()).toContain('Id entri ini sudah dipakai untuk data lain.');
    expect(await page.getByTestId('antrian-gagal-judul').textContent()).toBe('Gagal dikirim (1)');

    // Sent as a new entry (a new client id) once the server answers normally: it arrives once.
    jawab = 'server';
    const pertama = posted[0]!;
    await item.getByTestId('antrian-entri-baru').click();
    await page.getByTestId('antrian-panel').waitFor({ state: 'detached', timeout: 30_000 });
    const arrived = await entries(page, pegawaiId, hariIni, uraian4);
    expect(arrived).toHaveLength(1);
    expect(arrived[0]!.id).not.toBe(pertama);
    expect(arrived[0]!.jumlah).toBe(2);
    await ctx.close();
  });

  it('imports progress from a file: a bad row refuses the whole file, a good file is taken whole', { timeout: 120_000 }, async () => {
    const ctx = await b.context(PHONE);
    const page = await ctx.newPage();
    const { pegawaiId, hariIni } = await start(page);
    const beranda = (await (await page.request.get('/api/v1/realisasi/saya')).json()) as { tahun: number; rhk: Array<{ id: string }> };
    const rhkId = beranda.rhk[0]!.id;

    await page.goto('/progres/impor');
    const templat = page.getByTestId('impor-progres-templat');
    const href = await templat.getAttribute('href');
    expect(href).toBe(`/api/v1/realisasi/impor/templat?tahun=${beranda.tahun}`);
    const xlsx = await page.request.get(href!);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');

    const good = `Rekap kunjungan posyandu dari impor ${stamp}`;
    const bad = `rhk_id,tanggal,uraian,jumlah\n${rhkId},${hariIni},${good},3\n${rhkId},31/02/${beranda.tahun},Tanggal yang tidak ada,2\n`;
    await page.getByTestId('impor-progres-file').setInputFiles({ name: 'progres.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await page.getByTestId('impor-progres-kirim').click();
    const refused = page.getByTestId('impor-progres-ditolak');
    await refused.waitFor();
    expect(await refused.textContent()).toContain('tanggal');
    await refused.scrollIntoViewIfNeeded();
    await screenshot(page, 'impor-progres-ditolak');
    expect(await entries(page, pegawaiId, hariIni, good)).toHaveLength(0);

    const ok = `rhk_id,tanggal,uraian,jumlah\n${rhkId},${hariIni},${good},3\n`;
    await page.getByTestId('impor-progres-file').setInputFiles({ name: 'progres.csv', mimeType: 'text/csv', buffer: Buffer.from(ok) });
    await page.getByTestId('impor-progres-kirim').click();
    await expect.poll(() => page.getByTestId('impor-progres-hasil').textContent(), WAIT).toContain('1 entri');
    expect(await entries(page, pegawaiId, hariIni, good)).toHaveLength(1);
    await ctx.close();
  });
});
