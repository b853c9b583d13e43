import { describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { createTestContext, NIP } from '../../test/context.js';
import { queryRows } from '../db/client.js';
import { pegawai, userAccount } from '../db/schema.js';
import { seedInstansi } from './generator.js';

const t = await createTestContext();

describe('demo seed with a year of planning', () => {
  it('gives every pegawai an SKP, mostly approved, cascaded to the superior, and approved ones verify', async () => {
    const r = await seedInstansi(t.database.db, { kode: 'KOTA-SKP', nama: 'Pemerintah Kota Berencana', pegawai: 120, seed: 3, nipPrefix: 7, fixedDemoNips: false, skpTahun: 2026 });
    const [counts] = await queryRows<{ pegawai: number; skp: number; disetujui: number; lain: number; unlinked: number }>(
      t.database.db,
      sql`SELECT (SELECT count(*) FROM pegawai WHERE instansi_id = ${r.instansiId})::int AS pegawai,
                 (SELECT count(*) FROM skp WHERE instansi_id = ${r.instansiId})::int AS skp,
                 (SELECT count(*) FROM skp WHERE instansi_id = ${r.instansiId} AND status = 'DISETUJUI')::int AS disetujui,
                 (SELECT count(DISTINCT status) FROM skp WHERE instansi_id = ${r.instansiId})::int AS lain,
                 (SELECT count(*) FROM rhk WHERE instansi_id = ${r.instansiId} AND rhk_atasan_id IS NULL)::int AS unlinked`,
    );
    expect(counts!.skp).toBe(counts!.pegawai);
    expect(counts!.disetujui / counts!.skp).toBeGreaterThan(0.7);
    expect(counts!.lain).toBeGreaterThanOrEqual(3);
    // Only the top of the tree (no ASN superior) has RHK without a superior RHK.
    expect(counts!.unlinked).toBeLessThanOrEqual(2);

    // An approved SKP's printed QR verifies: the seed stores the same hash the service computes.
    const [nurse] = await t.database.db
      .select({ nip: userAccount.nip, pid: pegawai.id })
      .from(userAccount)
      .innerJoin(pegawai, and(eq(pegawai.instansiId, userAccount.instansiId), eq(pegawai.id, userAccount.pegawaiId)))
      .where(and(eq(userAccount.instansiId, r.instansiId), eq(userAccount.nip, r.demoUsers.find((d) => d.key === 'perawat')!.nip)));
    const list = (await t.api('GET', '/api/v1/skp?tahun=2026', { as: nurse!.nip })).json<Array<{ id: string; status: string }>>();
    expect(list[0]?.status).toBe('DISETUJUI');
    const detail = (await t.api('GET', `/api/v1/skp/${list[0]!.id}`, { as: nurse!.nip })).json<{ dokumenHash: string; hasilKerja: Array<{ rhkAtasanUraian: string | null }> }>();
    expect(detail.hasilKerja.every((h) => h.rhkAtasanUraian)).toBe(true);
    const v = await t.api('GET', `/api/v1/verifikasi/skp/${list[0]!.id}?h=${detail.dokumenHash}`);
    expect(v.json()).toMatchObject({ valid: true });
    // The demo template (without SKPs) is untouched.
    expect((await t.api('GET', '/api/v1/skp?tahun=2026', { as: NIP.pelaksana })).json()).toEqual([]);
  });
});
