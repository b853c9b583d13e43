import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import type { HasilVerifikasi } from '@capaian/contract/verifikasi';
import { createTestContext, NIP } from '../../test/context.js';
import { penilaianFixture } from '../../test/penilaian-fixture.js';
import { readPdf } from '../../test/pdf.js';
import { capaianOrganisasi } from '../db/schema.js';

const t = await createTestContext({ clock: () => new Date('2026-12-10T03:00:00Z') });
const f = await penilaianFixture(t);
const hashOf = (text: string) => /Kode verifikasi: ([0-9a-f]{64})/.exec(text)?.[1] ?? '';

describe('public verification of printed documents', () => {
  it('asks for the printed code when a link has none, without looking the document up', async () => {
    for (const jenis of ['skp', 'evaluasi', 'capaian-organisasi']) {
      const res = await t.api('GET', `/api/v1/verifikasi/${jenis}/00000000-0000-4000-8000-000000000000`, { as: null });
      expect(res.statusCode).toBe(200);
      expect(res.json<HasilVerifikasi>()).toMatchObject({ status: 'PERLU_KODE', valid: false, fakta: [], pesan: expect.stringContaining('kode verifikasi yang tercetak di bawah kode QR') });
    }
  });

  it('names a bad code or document type in Indonesian', async () => {
    const pendek = await t.api('GET', '/api/v1/verifikasi/skp/00000000-0000-4000-8000-000000000000?h=abc123', { as: null });
    expect(pendek.statusCode).toBe(400);
    expect(pendek.json()).toMatchObject({ fields: { h: 'kode verifikasi paling sedikit 16 karakter (tercetak di bawah kode QR)' } });
    expect((await t.api('GET', '/api/v1/verifikasi/skp/x?h=zz', { as: null })).json()).toMatchObject({ fields: { id: 'tautan dokumen tidak valid' } });
    expect((await t.api('GET', '/api/v1/verifikasi/surat/00000000-0000-4000-8000-000000000000', { as: null })).json()).toMatchObject({ fields: { jenis: 'jenis dokumen tidak dikenal' } });
  });

  it("verifies a unit's Penetapan Predikat Kinerja Organisasi by its QR code; a result changed afterwards no longer matches", async () => {
    const periodeId = await f.periode({ jenis: 'TAHUNAN', nomor: 1, mulai: '2026-01-01', selesai: '2026-12-31' });
    const unitId = await f.unitOf(f.id.pelaksana);
    await f.capaian(periodeId, unitId, 'ISTIMEWA');
    const res = await t.api('GET', `/api/v1/penilaian/capaian-organisasi/pdf?periodeId=${periodeId}&unitId=${unitId}`, { as: NIP.adminBkpsdm });
    expect(res.statusCode, res.body).toBe(200);
    const { text } = await readPdf(res.rawPayload);
    const hash = hashOf(text);
    expect(hash).toHaveLength(64);
    expect(text).toContain(hash.slice(0, 16));
    const [row] = await f.db.select({ id: capaianOrganisasi.id }).from(capaianOrganisasi).where(and(eq(capaianOrganisasi.periodeId, periodeId), eq(capaianOrganisasi.unitId, unitId)));
    const ok = (await t.api('GET', `/api/v1/verifikasi/capaian-organisasi/${row!.id}?h=${hash.slice(0, 16)}`, { as: null })).json<HasilVerifikasi>();
    expect(ok).toMatchObject({ status: 'VALID', judul: 'Penetapan Predikat Kinerja Organisasi', catatan: expect.stringContaining('belum difinalisasi') });
    expect(ok.fakta).toEqual(expect.arrayContaining([{ label: 'Predikat kinerja organisasi', nilai: 'Istimewa' }, { label: 'Periode penilaian', nilai: 'Tahun 2026' }]));
    await f.db.update(capaianOrganisasi).set({ capaian: 'BAIK' }).where(eq(capaianOrganisasi.id, row!.id));
    const changed = (await t.api('GET', `/api/v1/verifikasi/capaian-organisasi/${row!.id}?h=${hash}`, { as: null })).json<HasilVerifikasi>();
    expect(changed).toMatchObject({ status: 'TIDAK_VALID', fakta: [], pesan: expect.stringContaining('penetapan mungkin telah diubah') });
  });
});
