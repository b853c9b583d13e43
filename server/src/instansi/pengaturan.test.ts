import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { DEFAULT_ATURAN_PENILAIAN, type AturanPenilaian } from '@capaian/domain';
import type { Pengaturan } from '@capaian/contract/instansi';
import { createTestContext, NIP } from '../../test/context.js';
import { aturanPenilaian, auditEvent, pegawai, rencanaAksi, rhk, skp } from '../db/schema.js';

// 2 March 2026, 10:00 WIB: with monthly periods a change applies from 1 April.
const t = await createTestContext({ clock: () => new Date('2026-03-02T03:00:00Z') });

const body = (periodeKinerja: string, pengingatRealisasiHari: number) => ({ periodeKinerja, pengingatRealisasiHari });

describe('instansi settings', () => {
  it('everyone of the instansi reads them; only the admins may change them', async () => {
    expect((await t.api('GET', '/api/v1/instansi/pengaturan', { as: NIP.pelaksana })).json()).toMatchObject({ periodeKinerja: 'BULANAN', pengingatRealisasiHari: 7, zonaWaktu: 'WIB', can: { ubah: false } });
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
    expect(res.json()).toMatchObject({ periodeKinerja: 'TRIWULANAN', pengingatRealisasiHari: 5, can: { ubah: true } });
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

describe('aturan penilaian: the pemda sets its own rules, effective from the next period', () => {
  const baru = (ubah: Partial<AturanPenilaian>) => ({ ...structuredClone(DEFAULT_ATURAN_PENILAIAN), ...ubah });

  it('shows the rules in force (the defaults until a pemda sets its own) and when a change would apply', async () => {
    // The other pemda never set any: it reads the defaults.
    const other = await t.otherPemdaAdmin();
    const p = (await t.api('GET', '/api/v1/instansi/pengaturan', { as: other.nip })).json<Pengaturan>();
    expect(p.aturan).toEqual({ berlaku: { versi: null, berlakuMulai: null, aturan: DEFAULT_ATURAN_PENILAIAN }, terjadwal: null, perubahanBerlakuMulai: '2026-04-01' });
  });

  it('refuses anyone but the admins, and names each bad part in Indonesian, writing nothing', async () => {
    const sebelum = await t.database.db.select().from(aturanPenilaian);
    for (const nip of [NIP.pelaksana, NIP.pengelola, NIP.kadis, NIP.sekda]) {
      expect((await t.api('PUT', '/api/v1/instansi/aturan-penilaian', { as: nip, body: baru({ keberatanHari: 21 }) })).statusCode, nip).toBe(403);
    }
    const bad = await t.api('PUT', '/api/v1/instansi/aturan-penilaian', {
      as: NIP.adminBkpsdm,
      body: baru({
        keberatanHari: 0,
        ratingPimpinan: { ...DEFAULT_ATURAN_PENILAIAN.ratingPimpinan, BAIK: 'DI_BAWAH_EKSPEKTASI', BUTUH_PERBAIKAN: 'SESUAI_EKSPEKTASI' },
        tenggatSkp: { batas: '01-31', pengelolaMulai: '02-10' },
      }),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({
      error: 'validation_failed',
      fields: {
        keberatanHari: 'paling sedikit 1 hari',
        'ratingPimpinan.BUTUH_PERBAIKAN': expect.stringContaining('tidak boleh memberi rating lebih baik'),
        'tenggatSkp.pengelolaMulai': 'tanggal pengelola kinerja boleh menetapkan SKP tidak boleh setelah batas waktu SKP',
      },
    });
    const kurvaRusak = await t.api('PUT', '/api/v1/instansi/aturan-penilaian', {
      as: NIP.adminBkpsdm,
      body: baru({ kurva: { ...DEFAULT_ATURAN_PENILAIAN.kurva, BAIK: [{ id: 'X', jenis: 'MAKS_PERSEN', predikat: ['BAIK'], persen: 170 }] } }),
    });
    expect(kurvaRusak.json()).toMatchObject({ fields: { 'kurva.BAIK.0.persen': 'Persentase paling besar 100' } });
    expect(await t.database.db.select().from(aturanPenilaian)).toEqual(sebelum);
  });

  it('saves a version from the next period, audited; a second change before then replaces it; the other pemda keeps its own', async () => {
    const res = await t.api('PUT', '/api/v1/instansi/aturan-penilaian', { as: NIP.adminBkpsdm, body: baru({ keberatanHari: 21, reviuPengelola: true }) });
    expect(res.statusCode, res.body).toBe(200);
    const p = res.json<Pengaturan>();
    expect(p.aturan.berlaku).toMatchObject({ versi: null, aturan: { keberatanHari: 14, reviuPengelola: false } });
    expect(p.aturan.terjadwal).toMatchObject({ versi: 1, berlakuMulai: '2026-04-01', aturan: { keberatanHari: 21, reviuPengelola: true } });
    // Everyone reads the change at once (the settings cache was cleared).
    expect((await t.api('GET', '/api/v1/instansi/pengaturan', { as: NIP.pelaksana })).json<Pengaturan>().aturan.terjadwal?.aturan.keberatanHari).toBe(21);

    const again = await t.api('PUT', '/api/v1/instansi/aturan-penilaian', { as: NIP.adminSistem, body: baru({ keberatanHari: 30 }) });
    expect(again.json<Pengaturan>().aturan.terjadwal).toMatchObject({ versi: 1, berlakuMulai: '2026-04-01', aturan: { keberatanHari: 30, reviuPengelola: false } });
    const rows = await t.database.db.select().from(aturanPenilaian);
    expect(rows.map((r) => [r.versi, r.berlakuMulai])).toEqual([[1, '2026-04-01']]);

    const audit = await t.database.db.select().from(auditEvent).where(and(eq(auditEvent.entityType, 'aturan_penilaian'))).orderBy(auditEvent.id);
    expect(audit.map((a) => a.summary)).toEqual(['Aturan penilaian diubah (versi 1), berlaku mulai 2026-04-01', 'Aturan penilaian diubah (versi 1), berlaku mulai 2026-04-01']);
    expect(audit[1]).toMatchObject({ before: { versi: 1, aturan: { keberatanHari: 21 } }, after: { versi: 1, berlakuMulai: '2026-04-01', aturan: { keberatanHari: 30 } } });

    const other = await t.otherPemdaAdmin();
    expect((await t.api('GET', '/api/v1/instansi/pengaturan', { as: other.nip })).json<Pengaturan>().aturan.terjadwal).toBeNull();
  });
});
