import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { login, NIP, screenshot, useBrowser } from './browser.js';
import { pdfText } from './pdf.js';

const b = useBrowser();
const status = (page: Page) => page.getByTestId('skp-status').first().getAttribute('data-status');

describe('SKP dialogue in the browser', () => {
  it('drafts and submits, is returned with a comment on an indicator, is revised, approved, printed and verified', async () => {
    const pegawaiCtx = await b.context();
    const atasanCtx = await b.context();
    const pegawai = await pegawaiCtx.newPage();
    const atasan = await atasanCtx.newPage();

    // The pegawai drafts: adds an RHK linked to the superior's RHK, then submits.
    await login(pegawai, NIP.pelaksana);
    await pegawai.getByRole('heading', { name: 'Beranda', exact: true }).waitFor();
    await pegawai.goto('/skp');
    await expect.poll(() => status(pegawai)).toBe('DRAFT');
    await pegawai.getByTestId('skp-add-rhk').click();
    await pegawai.getByTestId('rhk-uraian').fill('Terdokumentasinya arsip kepegawaian secara digital');
    await pegawai.getByTestId('rhk-atasan').click();
    await pegawai.getByRole('option').first().click();
    await pegawai.getByTestId('indikator-uraian').first().fill('Jumlah berkas kepegawaian yang didigitalkan');
    await pegawai.getByTestId('indikator-target-nilai').first().fill('500');
    await pegawai.getByTestId('indikator-target-satuan').first().fill('berkas');
    await pegawai.getByTestId('rhk-simpan').click();
    await expect.poll(() => pegawai.getByTestId('skp-rhk').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Terdokumentasinya arsip kepegawaian secara digital')]),
    );
    await pegawai.getByTestId('rhk-uraian').waitFor({ state: 'detached' });
    await pegawai.getByRole('dialog').waitFor({ state: 'detached' });
    await screenshot(pegawai, 'skp-editor');
    await pegawai.getByTestId('skp-ajukan').click();
    await expect.poll(() => status(pegawai)).toBe('DIAJUKAN');
    const mine = await (await pegawai.request.get('/api/v1/skp')).json();
    const id: string = mine[0].id;

    // The superior finds it in the team view and returns it with a comment on one indicator.
    await login(atasan, NIP.pengawas);
    await atasan.getByRole('heading', { name: 'Beranda', exact: true }).waitFor();
    await atasan.goto('/skp/tim');
    await expect.poll(() => atasan.getByTestId('skp-tim-table').textContent()).toContain('Budi Santoso');
    await atasan.goto(`/skp/${id}`);
    await expect.poll(() => status(atasan)).toBe('DIAJUKAN');
    await atasan.getByTestId('skp-kembalikan').click();
    await atasan.getByTestId('skp-kembalikan-catatan').fill('Mohon target digitalisasi disesuaikan');
    await atasan.getByTestId('skp-kembalikan-indikator').last().fill('500 berkas terlalu banyak; 300 lebih realistis');
    await atasan.getByTestId('skp-kembalikan-kirim').click();
    await expect.poll(() => status(atasan)).toBe('DIKEMBALIKAN');

    // The pegawai sees the comment, revises that indicator and resubmits.
    await pegawai.reload();
    await expect.poll(() => status(pegawai)).toBe('DIKEMBALIKAN');
    // Why it came back is the first thing on the page.
    const catatan = pegawai.getByTestId('skp-catatan-pengembalian');
    expect(await catatan.textContent()).toContain('Mohon target digitalisasi disesuaikan');
    expect(await catatan.textContent()).toContain('Yuliana Sari');
    expect(await pegawai.getByTestId('skp-editor').locator('> *').first().getAttribute('data-testid')).toBe('skp-catatan-pengembalian');
    expect(await pegawai.getByTestId('skp-dialog').textContent()).toContain('300 lebih realistis');
    await pegawai.getByTestId('skp-rhk').filter({ hasText: 'Terdokumentasinya arsip' }).getByTestId('skp-rhk-ubah').click();
    await pegawai.getByTestId('indikator-target-nilai').first().fill('300');
    await pegawai.getByTestId('rhk-simpan').click();
    await expect.poll(() => pegawai.getByTestId('skp-rhk').filter({ hasText: 'Terdokumentasinya arsip' }).textContent()).toContain('300');
    await pegawai.getByTestId('skp-ajukan').click();
    await expect.poll(() => status(pegawai)).toBe('DIAJUKAN');
    await pegawai.getByTestId('skp-catatan-pengembalian').waitFor({ state: 'detached' });

    // The superior approves.
    await atasan.reload();
    await expect.poll(() => status(atasan)).toBe('DIAJUKAN');
    await atasan.getByTestId('skp-setujui').click();
    await expect.poll(() => status(atasan)).toBe('DISETUJUI');

    // The PDF downloads and carries the NIP, the RHK and the superior's name.
    await pegawai.reload();
    await expect.poll(() => status(pegawai)).toBe('DISETUJUI');
    const href = await pegawai.getByTestId('skp-pdf').getAttribute('href');
    expect(href).toBe(`/api/v1/skp/${id}/dokumen.pdf`);
    const pdf = await pegawai.request.get(href!);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const text = await pdfText(await pdf.body());
    expect(text).toContain('19900317 201503 1 001');
    expect(text).toContain('Terdokumentasinya arsip kepegawaian secara digital');
    expect(text).toContain('Yuliana Sari');

    // The QR code's page, opened by anyone without logging in, says the document is valid.
    const detail = await (await pegawai.request.get(`/api/v1/skp/${id}`)).json();
    const publicCtx = await b.context({ width: 360, height: 740 });
    const phone = await publicCtx.newPage();
    await phone.goto(`/verifikasi/skp/${id}?h=${detail.dokumenHash}`);
    await expect.poll(() => phone.getByTestId('verifikasi-hasil').getAttribute('data-valid')).toBe('true');
    expect(await phone.getByTestId('verifikasi-hasil').textContent()).toMatch(/valid/i);
    await screenshot(phone, 'verifikasi');
    await phone.goto(`/verifikasi/skp/${id}?h=${'0'.repeat(64)}`);
    await expect.poll(() => phone.getByTestId('verifikasi-hasil').getAttribute('data-valid')).toBe('false');
    await Promise.all([pegawaiCtx.close(), atasanCtx.close(), publicCtx.close()]);
  });
});
