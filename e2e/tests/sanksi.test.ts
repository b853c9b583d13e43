import type { Kasus, KasusList, Sanksi, SanksiList } from '@capaian/contract/tindak-lanjut';
import { type Locator, type Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiAs, json, login, NIP, useBrowser } from './browser.js';

const b = useBrowser();
const PHONE = { width: 360, height: 740 };
/** The machine may be busy: give the app time before a wait gives up. */
const WAIT = { timeout: 30_000 };
const SANKSI_API = '/api/v1/tindak-lanjut/sanksi';



/**
 * A pembinaan case from the demo seed whose pegawai is none of the demo users other tests sign in
 * as (a generated pegawai: they all log in with the demo password). A case already followed up is
 * preferred, so the proposed rencana perbaikan the pembinaan test looks for are left alone.
 */
async function kasusSeed(baseUrl: string): Promise<Kasus> {
  const admin = await apiAs(baseUrl, NIP.adminBkpsdm);
  try {
    const semua = await json<KasusList>(await admin.get('/api/v1/tindak-lanjut/kasus', { params: { lingkup: 'SEMUA', ukuran: '200' } }));
    const demo = new Set<string>(Object.values(NIP));
    const calon = semua.items.filter((k) => !demo.has(k.pegawai.nip));
    const kasus = calon.find((k) => k.status !== 'DIUSULKAN') ?? calon[0];
    if (!kasus) throw new Error(`The demo seed holds no pembinaan case of a non-demo pegawai (${semua.items.length} cases in all).`);
    return kasus;
  } finally {
    await admin.dispose();
  }
}

async function masuk(page: Page, nip: string) {
  await login(page, nip);
  await page.getByRole('heading', { name: 'Beranda', exact: true }).waitFor(WAIT);
}

/** The error text a form field shows beside it (the error its aria-describedby points to, not its hint), '' if none. */
async function galatField(page: Page, field: Locator): Promise<string> {
  if ((await field.getAttribute('aria-invalid')) !== 'true') return '';
  const ids = (await field.getAttribute('aria-describedby'))?.split(/\s+/).filter((id) => id.endsWith('-error')) ?? [];
  const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.join(' ').trim();
}

describe('Sanksi: BKPSDM records a sanction from a pembinaan case and the pegawai acknowledges it', () => {
  it('record a teguran tertulis, then acknowledge it on a phone', async () => {
    const baseUrl = b.baseUrl();
    const kasus = await kasusSeed(baseUrl);
    const pegawaiNip = kasus.pegawai.nip;

    // The admin BKPSDM opens the case and presses "Catat sanksi".
    const ctx = await b.context({ width: 1280, height: 900 });
    const admin = await ctx.newPage();
    await masuk(admin, NIP.adminBkpsdm);
    await admin.goto(`/pembinaan/${kasus.id}`);
    const bagian = admin.getByTestId('sanksi-kasus-bagian');
    await bagian.waitFor(WAIT);
    await bagian.getByRole('button', { name: 'Catat sanksi' }).click();
    const form = admin.getByTestId('sanksi-form');
    await form.waitFor(WAIT);
    expect(await form.getByTestId('sanksi-form-pegawai').textContent()).toContain(kasus.pegawai.nama);
    // The legal basis comes from the case.
    const dasarHukum = form.getByTestId('sanksi-dasar-hukum');
    expect(await dasarHukum.inputValue()).toBe(kasus.dasarHukum);
    expect(kasus.dasarHukum.trim()).not.toBe('');

    const posts: string[] = [];
    admin.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === SANKSI_API) posts.push(r.url());
    });

    const nomor = `800/${String(kasus.id).slice(0, 8)}/BKPSDM/2026`;
    const tanggal = new Date().toISOString().slice(0, 10);
    const pejabatNama = 'Drs. H. Ahmad Fauzi, M.Si.';
    const pejabatJabatan = 'Sekretaris Daerah';
    const uraian = 'Teguran tertulis atas capaian kinerja yang tidak memenuhi target dan tidak membaik setelah pembinaan.';

    await form.getByTestId('sanksi-jenis').click();
    await admin.getByRole('option', { name: 'Teguran tertulis', exact: true }).click();
    expect(await form.getByTestId('sanksi-jenis').inputValue()).toBe('Teguran tertulis');
    await form.getByTestId('sanksi-nomor').fill(nomor);
    await form.getByTestId('sanksi-tanggal').fill(tanggal);
    await form.getByTestId('sanksi-pejabat-nama').fill(pejabatNama);
    await form.getByTestId('sanksi-pejabat-jabatan').fill(pejabatJabatan);

    // Uraian left empty: refused beside that field, nothing sent, the form stays open.
    const uraianField = form.getByTestId('sanksi-uraian');
    await form.getByTestId('sanksi-simpan').click();
    await expect.poll(() => galatField(admin, uraianField), WAIT).toBe('Wajib diisi');
    for (const f of ['sanksi-nomor', 'sanksi-tanggal', 'sanksi-pejabat-nama', 'sanksi-pejabat-jabatan', 'sanksi-dasar-hukum'])
      expect(await galatField(admin, form.getByTestId(f)), f).toBe('');
    expect(posts).toEqual([]);
    expect(await admin.getByTestId('sanksi-form').count()).toBe(1);

    // Filled in, it is saved: the dialog closes and the sanction appears under the case.
    await uraianField.fill(uraian);
    const [res] = await Promise.all([
      admin.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === SANKSI_API, WAIT),
      form.getByTestId('sanksi-simpan').click(),
    ]);
    expect(res.status(), await res.text()).toBe(201);
    const dicatat = (await res.json()) as Sanksi;
    expect(dicatat).toMatchObject({ jenis: 'TEGURAN_TERTULIS', nomor, tanggal, pejabatNama, pejabatJabatan, uraian, dasarHukum: kasus.dasarHukum, kasusId: kasus.id, diakuiAt: null });
    expect(dicatat.pegawai.id).toBe(kasus.pegawai.id);
    await admin.getByTestId('sanksi-form').waitFor({ state: 'detached', ...WAIT });
    const item = bagian.locator(`[data-testid="sanksi-item"][data-id="${dicatat.id}"]`);
    await item.waitFor(WAIT);
    expect(await item.getByTestId('sanksi-jenis-label').textContent()).toBe('Teguran tertulis');
    expect(await item.getByTestId('sanksi-nomor-tanggal').textContent()).toContain(nomor);
    expect(await item.getByTestId('sanksi-uraian-view').textContent()).toBe(uraian);
    expect(await item.getByTestId('sanksi-status').getAttribute('data-status')).toBe('BELUM_DIAKUI');
    // Only the pegawai acknowledges.
    expect(await item.getByTestId('sanksi-akui').count()).toBe(0);
    expect(posts).toHaveLength(1);

    // The pegawai, on a phone, finds it under Pembinaan → their sanctions, not yet acknowledged.
    const pCtx = await b.context(PHONE);
    const pegawai = await pCtx.newPage();
    await masuk(pegawai, pegawaiNip);
    await pegawai.getByRole('button', { name: 'Buka menu' }).click();
    await pegawai.getByTestId('nav-pembinaan').click();
    await pegawai.waitForURL('**/pembinaan');
    const milik = pegawai.getByTestId('sanksi-bagian').locator(`[data-testid="sanksi-item"][data-id="${dicatat.id}"]`);
    await milik.waitFor(WAIT);
    const status = milik.getByTestId('sanksi-status');
    expect(await status.getAttribute('data-status')).toBe('BELUM_DIAKUI');
    expect(await status.textContent()).toBe('Belum diakui');
    expect(await milik.getByTestId('sanksi-jenis-label').textContent()).toBe('Teguran tertulis');
    expect(await milik.getByTestId('sanksi-diakui').count()).toBe(0);
    const akui = milik.getByRole('button', { name: 'Saya telah menerima' });
    await akui.scrollIntoViewIfNeeded();
    // Nothing wider than the phone.
    expect(await pegawai.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await akui.click();
    await expect.poll(() => status.getAttribute('data-status'), WAIT).toBe('DITERIMA');
    expect(await status.textContent()).toBe('Diterima');
    await milik.getByTestId('sanksi-diakui').waitFor(WAIT);
    expect(await milik.getByTestId('sanksi-diakui').textContent()).toContain('Anda menyatakan telah menerima');
    expect(await milik.getByTestId('sanksi-akui').count()).toBe(0);

    // What the server holds: the pegawai's sanction, acknowledged.
    const api = await apiAs(baseUrl, pegawaiNip);
    const daftar = await json<SanksiList>(await api.get(SANKSI_API));
    const akhir = daftar.items.find((s) => s.id === dicatat.id);
    expect(akhir, JSON.stringify(daftar.items.map((s) => s.id))).toBeDefined();
    expect(akhir?.diakuiAt).not.toBeNull();
    expect(Number.isNaN(Date.parse(akhir?.diakuiAt ?? ''))).toBe(false);
    expect(akhir).toMatchObject({ jenis: 'TEGURAN_TERTULIS', nomor, kasusId: kasus.id, can: { akui: false } });

    await Promise.all([ctx.close(), pCtx.close(), api.dispose()]);
  });
});
