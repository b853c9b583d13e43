import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestContext, NIP } from '../../test/context.js';
import { pegawai, rencanaAksi, rhk, skp } from '../db/schema.js';

const t = await createTestContext({ clock: () => new Date('2026-03-02T03:00:00Z') });

const body = (periodeKinerja: string, pengingatRealisasiHari: number) => ({ periodeKinerja, pengingatRealisasiHari });

describe('instansi settings', () => {
  it('everyone of the instansi reads them; only the admins may change them', async () => {
    expect((await t.api('GET', '/api/v1/instansi/pengaturan', { as: NIP.pelaksana })).json()).toEqual({ periodeKinerja: 'BULANAN', pengingatRealisasiHari: 7, can: { ubah: false } });
    expect((await t.api('GET', '/api/v1/instansi/pengaturan', { as: NIP.adminBkpsdm })).json()).toMatchObject({ can: { ubah: true } });
    expect((await t.api('GET', '/api/v1/instansi/pengaturan', { as: NIP.adminSistem })).json()).toMatchObject({ can: { ubah: true } });
    for (const nip of [NIP.pelaksana, NIP.pengelola, NIP.kadis]) {
      const res = await t.api('PUT', '/api/v1/instansi/pengaturan', { as: nip, body: body('TRIWULANAN', 5) });
      expect(res.statusCode, nip).toBe(403);
    }
    expect((await t.api('GET', '/api/v1/instansi/pengaturan')).statusCode).toBe(401);
  });

  it('BKPSDM changes them for its own instansi only, audited', async () => {
    const res = await t.api('PUT', '/api/v1/instansi/pengaturan', { as: NIP.adminBkpsdm, body: body('TRIWULANAN', 5) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ periodeKinerja: 'TRIWULANAN', pengingatRealisasiHari: 5, can: { ubah: true } });
    expect((await t.api('GET', '/api/v1/instansi/pengaturan', { as: NIP.pelaksana })).json()).toMatchObject({ periodeKinerja: 'TRIWULANAN', pengingatRealisasiHari: 5 });
    const other = await t.otherPemdaAdmin();
    expect((await t.api('GET', '/api/v1/instansi/pengaturan', { as: other.nip })).json()).toMatchObject({ periodeKinerja: 'BULANAN', pengingatRealisasiHari: 7 });
    const audit = (await t.api('GET', '/api/v1/audit?entityType=instansi', { as: NIP.adminBkpsdm })).json<{ items: Array<{ summary: string; before: unknown; after: unknown }> }>();
    expect(audit.items[0]).toMatchObject({
      summary: 'Pengaturan instansi diubah: periode kinerja TRIWULANAN, pengingat realisasi setelah 5 hari',
      before: { periodeKinerja: 'BULANAN', pengingatRealisasiHari: 7 },
      after: { periodeKinerja: 'TRIWULANAN', pengingatRealisasiHari: 5 },
    });
  });

  it('names each bad field', async () => {
    const res = await t.api('PUT', '/api/v1/instansi/pengaturan', { as: NIP.adminBkpsdm, body: body('MINGGUAN', 0) });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ fields: { periodeKinerja: 'harus BULANAN, TRIWULANAN atau SEMESTERAN', pengingatRealisasiHari: 'paling sedikit 1 hari' } });
    expect((await t.api('PUT', '/api/v1/instansi/pengaturan', { as: NIP.adminBkpsdm, body: body('BULANAN', 61) })).json()).toMatchObject({ fields: { pengingatRealisasiHari: 'paling banyak 60 hari' } });
  });

  it('keeps the periode kinerja while rencana aksi of the year use it; the reminder days still change', async () => {
    const [budi] = await t.database.db.select({ id: pegawai.id, instansiId: pegawai.instansiId }).from(pegawai).where(eq(pegawai.nip, NIP.pelaksana));
    const [s] = await t.database.db
      .insert(skp)
      .values({ instansiId: budi!.instansiId, pegawaiId: budi!.id, tahun: 2026, status: 'DISETUJUI', periodeMulai: '2026-01-01', periodeSelesai: '2026-12-31' })
      .returning();
    const [r] = await t.database.db.insert(rhk).values({ instansiId: budi!.instansiId, skpId: s!.id, jenis: 'UTAMA', uraian: 'Layanan' }).returning();
    await t.database.db
      .insert(rencanaAksi)
      .values({ instansiId: budi!.instansiId, skpId: s!.id, rhkId: r!.id, periode: 1, periodeMulai: '2026-01-01', periodeSelesai: '2026-03-31', uraian: 'Verifikasi', target: 5 });

    const res = await t.api('PUT', '/api/v1/instansi/pengaturan', { as: NIP.adminBkpsdm, body: body('BULANAN', 5) });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'periode_kinerja_dipakai', fields: { periodeKinerja: 'sudah dipakai oleh 1 rencana aksi tahun 2026' } });
    const ok = await t.api('PUT', '/api/v1/instansi/pengaturan', { as: NIP.adminSistem, body: body('TRIWULANAN', 10) });
    expect(ok.json()).toMatchObject({ periodeKinerja: 'TRIWULANAN', pengingatRealisasiHari: 10 });
  });
});
