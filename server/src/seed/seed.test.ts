import { describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { createTestContext, NIP } from '../../test/context.js';
import { queryRows } from '../db/client.js';
import { pegawai, userAccount } from '../db/schema.js';
import { checkKurvaDistribusi, type CapaianOrganisasi, type Predikat } from '@capaian/domain';
import { seedInstansi } from './generator.js';
import { seedDemoBerkas } from './berkas-demo.js';
import { createLocalStorage } from '../core/storage.js';
import { readPdf } from '../../test/pdf.js';

const t = await createTestContext();

describe('demo seed with a year of planning', () => {
  it('gives every pegawai an SKP, mostly approved, cascaded to the superior, and approved ones verify', async () => {
    const r = await seedInstansi(t.database.db, { kode: 'KOTA-SKP', nama: 'Pemerintah Kota Berencana', pegawai: 120, seed: 3, nipPrefix: 7, fixedDemoNips: false, skpTahun: 2026, today: '2026-11-23' });
    const [counts] = await queryRows<{ pegawai: number; skp: number; disetujui: number; lain: number; unlinked: number }>(
      t.database.db,
      sql`SELECT (SELECT count(*) FROM pegawai WHERE instansi_id = ${r.instansiId})::int AS pegawai,
                 (SELECT count(*) FROM skp WHERE instansi_id = ${r.instansiId} AND tahun = 2026)::int AS skp,
                 (SELECT count(*) FROM skp WHERE instansi_id = ${r.instansiId} AND tahun = 2026 AND status = 'DISETUJUI')::int AS disetujui,
                 (SELECT count(DISTINCT status) FROM skp WHERE instansi_id = ${r.instansiId} AND tahun = 2026)::int AS lain,
                 (SELECT count(*) FROM rhk JOIN skp ON skp.instansi_id = rhk.instansi_id AND skp.id = rhk.skp_id WHERE rhk.instansi_id = ${r.instansiId} AND skp.tahun = 2026 AND rhk_atasan_id IS NULL)::int AS unlinked`,
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

  it('holds months of execution: progress on approved SKPs up to the seed date, evidence, feedback by the penilai, coaching, attendance', async () => {
    const [x] = await queryRows<Record<"realisasi" | "bulan" | "salah" | "indikator_salah" | "bukti" | "penulis_salah" | "umpan_balik" | "bimbingan" | "tindak_lanjut" | "kehadiran" | "rencana_aksi" | "tanpa_email", number>>(
      t.database.db,
      sql`WITH i AS (SELECT id FROM instansi WHERE kode = 'KOTA-SKP')
          SELECT (SELECT count(*) FROM realisasi r WHERE r.instansi_id = (SELECT id FROM i))::int AS realisasi,
                 (SELECT count(DISTINCT date_trunc('month', tanggal)) FROM realisasi r WHERE r.instansi_id = (SELECT id FROM i))::int AS bulan,
                 (SELECT count(*) FROM realisasi r JOIN skp s ON s.instansi_id = r.instansi_id AND s.id = r.skp_id
                   WHERE r.instansi_id = (SELECT id FROM i) AND (s.status <> 'DISETUJUI' OR s.pegawai_id <> r.pegawai_id OR r.tanggal >= '2026-11-23' OR r.tanggal < s.periode_mulai))::int AS salah,
                 (SELECT count(*) FROM realisasi r JOIN indikator_kinerja k ON k.instansi_id = r.instansi_id AND k.id = r.indikator_id
                   WHERE r.instansi_id = (SELECT id FROM i) AND k.rhk_id <> r.rhk_id)::int AS indikator_salah,
                 (SELECT count(*) FROM bukti_dukung b WHERE b.instansi_id = (SELECT id FROM i))::int AS bukti,
                 (SELECT count(*) FROM umpan_balik u JOIN skp s ON s.instansi_id = u.instansi_id AND s.pegawai_id = u.pegawai_id AND s.tahun = 2026
                   WHERE u.instansi_id = (SELECT id FROM i) AND u.induk_id IS NULL AND u.penulis_id <> s.pejabat_penilai_id)::int AS penulis_salah,
                 (SELECT count(*) FROM umpan_balik u WHERE u.instansi_id = (SELECT id FROM i))::int AS umpan_balik,
                 (SELECT count(*) FROM bimbingan b WHERE b.instansi_id = (SELECT id FROM i) AND b.status = 'SELESAI')::int AS bimbingan,
                 (SELECT count(*) FROM tindak_lanjut t WHERE t.instansi_id = (SELECT id FROM i))::int AS tindak_lanjut,
                 (SELECT count(*) FROM kehadiran k WHERE k.instansi_id = (SELECT id FROM i))::int AS kehadiran,
                 (SELECT count(*) FROM rencana_aksi a WHERE a.instansi_id = (SELECT id FROM i))::int AS rencana_aksi,
                 (SELECT count(*) FROM pegawai p WHERE p.instansi_id = (SELECT id FROM i) AND p.email IS NULL)::int AS tanpa_email`,
    );
    expect(x!.realisasi).toBeGreaterThan(120 * 0.7 * 100);
    expect(x!.bulan).toBe(11);
    expect(x!.salah).toBe(0);
    expect(x!.indikator_salah).toBe(0);
    expect(x!.bukti).toBeGreaterThan(x!.realisasi / 5);
    expect(x!.umpan_balik).toBeGreaterThan(100);
    expect(x!.penulis_salah).toBe(0);
    expect(x!.bimbingan).toBeGreaterThan(5);
    expect(x!.tindak_lanjut).toBe(x!.bimbingan * 2);
    expect(x!.kehadiran).toBeGreaterThan(120 * 25);
    expect(x!.rencana_aksi).toBeGreaterThan(120 * 0.7 * 12);
    expect(x!.tanpa_email).toBe(0);
  });

  it('holds a finished previous year (every unit finalised within its curve or with a written override) and an open period now', async () => {
    const rows = await queryRows<{ unit_id: string; capaian: string; predikat: string; status: string; override_alasan: string | null }>(
      t.database.db,
      sql`SELECT e.unit_id, c.capaian, e.predikat, e.status, f.override_alasan
            FROM evaluasi e JOIN periode_penilaian p ON p.instansi_id = e.instansi_id AND p.id = e.periode_id
            JOIN instansi i ON i.id = e.instansi_id AND i.kode = 'KOTA-SKP'
            LEFT JOIN capaian_organisasi c ON c.instansi_id = e.instansi_id AND c.periode_id = e.periode_id AND c.unit_id = e.unit_id
            LEFT JOIN finalisasi_unit f ON f.instansi_id = e.instansi_id AND f.periode_id = e.periode_id AND f.unit_id = e.unit_id
           WHERE p.jenis = 'TAHUNAN' AND p.tahun = 2025 AND p.status = 'DITUTUP'`,
    );
    expect(rows.length).toBeGreaterThan(100);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['FINAL', 'DIPUTUS']));
    const units = new Map<string, typeof rows>();
    for (const r of rows) units.set(r.unit_id, [...(units.get(r.unit_id) ?? []), r]);
    let overrides = 0;
    for (const [, members] of units) {
      // A keberatan decided after finalisation may change one predikat: the curve was checked before it.
      if (members.some((m) => m.status === 'DIPUTUS')) continue;
      const ok = checkKurvaDistribusi(members[0]!.capaian as CapaianOrganisasi, members.filter((m) => m.status === 'FINAL').map((m) => m.predikat as Predikat)).ok;
      if (!ok) overrides++;
      // A broken curve only with a written override.
      if (!ok) expect(members[0]!.override_alasan).toBeTruthy();
    }
    expect(overrides).toBeLessThan(units.size / 2);
    const [k] = await queryRows<{ dipertahankan: number; diubah: number; riwayat: number; sekarang: number; draft: number }>(
      t.database.db,
      sql`WITH i AS (SELECT id FROM instansi WHERE kode = 'KOTA-SKP')
          SELECT (SELECT count(*) FROM keberatan WHERE instansi_id = (SELECT id FROM i) AND hasil = 'DIPERTAHANKAN')::int AS dipertahankan,
                 (SELECT count(*) FROM keberatan WHERE instansi_id = (SELECT id FROM i) AND hasil = 'DIUBAH')::int AS diubah,
                 (SELECT count(*) FROM evaluasi_riwayat WHERE instansi_id = (SELECT id FROM i))::int AS riwayat,
                 (SELECT count(*) FROM periode_penilaian WHERE instansi_id = (SELECT id FROM i) AND status = 'DIBUKA' AND tahun = 2026 AND nomor = 10)::int AS sekarang,
                 (SELECT count(*) FROM evaluasi e JOIN periode_penilaian p ON p.id = e.periode_id WHERE e.instansi_id = (SELECT id FROM i) AND p.status = 'DIBUKA' AND e.status = 'DRAFT')::int AS draft`,
    );
    expect(k).toEqual({ dipertahankan: 1, diubah: 1, riwayat: 1, sekarang: 1, draft: expect.any(Number) });
    expect(k!.draft).toBeGreaterThan(80);
    // Last year's Butuh Perbaikan (and worse) results opened a rencana perbaikan each; about half run with an agreed plan.
    const kasus = await queryRows<{ status: string; n: number; tanpa_dasar: number; bukan_bp: number }>(
      t.database.db,
      sql`WITH i AS (SELECT id FROM instansi WHERE kode = 'KOTA-SKP')
          SELECT k.status, count(*)::int AS n,
                 count(*) FILTER (WHERE k.rencana IS NULL AND k.status = 'DITINDAKLANJUTI')::int AS tanpa_dasar,
                 count(*) FILTER (WHERE e.predikat NOT IN ('BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'))::int AS bukan_bp
            FROM kasus_pembinaan k JOIN evaluasi e ON e.instansi_id = k.instansi_id AND e.id = k.evaluasi_ids[1]
           WHERE k.instansi_id = (SELECT id FROM i) AND k.jenis = 'RENCANA_PERBAIKAN'
           GROUP BY k.status ORDER BY k.status`,
    );
    expect(kasus.map((r) => r.status)).toEqual(['DITINDAKLANJUTI', 'DIUSULKAN']);
    for (const r of kasus) expect(r).toMatchObject({ tanpa_dasar: 0, bukan_bp: 0 });
    expect(kasus.reduce((s, r) => s + r.n, 0)).toBeGreaterThan(3);
    // Last year's award round is decided, its awards all on Sangat Baik results.
    const [ph] = await queryRows<{ ronde: number; piagam: number; bukan_sb: number }>(
      t.database.db,
      sql`WITH i AS (SELECT id FROM instansi WHERE kode = 'KOTA-SKP')
          SELECT (SELECT count(*) FROM ronde_penghargaan WHERE instansi_id = (SELECT id FROM i) AND status = 'DIPUTUSKAN' AND nomor_keputusan IS NOT NULL)::int AS ronde,
                 (SELECT count(*) FROM penghargaan WHERE instansi_id = (SELECT id FROM i) AND jenis = 'PIAGAM')::int AS piagam,
                 (SELECT count(*) FROM penghargaan g JOIN evaluasi e ON e.instansi_id = g.instansi_id AND e.id = g.evaluasi_id
                   WHERE g.instansi_id = (SELECT id FROM i) AND e.predikat <> 'SANGAT_BAIK')::int AS bukan_sb`,
    );
    expect(ph).toMatchObject({ ronde: 1, bukan_sb: 0 });
    expect(ph!.piagam).toBeGreaterThan(0);
    // Pengembangan kompetensi: a catalogue of 40, plans of this year for most pegawai, completed training for most.
    const [pk] = await queryRows<{ katalog: number; pegawai: number; rencana: number; disepakati: number; dengan_pelatihan: number; bernomor: number; di_luar_tahun: number }>(
      t.database.db,
      sql`WITH i AS (SELECT id FROM instansi WHERE kode = 'KOTA-SKP')
          SELECT (SELECT count(*) FROM pelatihan_katalog WHERE instansi_id = (SELECT id FROM i))::int AS katalog,
                 (SELECT count(*) FROM pegawai WHERE instansi_id = (SELECT id FROM i) AND status = 'AKTIF')::int AS pegawai,
                 (SELECT count(*) FROM rencana_pengembangan WHERE instansi_id = (SELECT id FROM i) AND tahun = 2026)::int AS rencana,
                 (SELECT count(*) FROM rencana_pengembangan WHERE instansi_id = (SELECT id FROM i) AND status = 'DISEPAKATI' AND disepakati_oleh IS NOT NULL)::int AS disepakati,
                 (SELECT count(DISTINCT pegawai_id) FROM riwayat_pelatihan WHERE instansi_id = (SELECT id FROM i))::int AS dengan_pelatihan,
                 (SELECT count(*) FROM riwayat_pelatihan WHERE instansi_id = (SELECT id FROM i) AND nomor_sertifikat IS NOT NULL)::int AS bernomor,
                 (SELECT count(*) FROM riwayat_pelatihan WHERE instansi_id = (SELECT id FROM i) AND (tahun <> 2026 OR tanggal_selesai >= '2026-11-23' OR tanggal_mulai > tanggal_selesai))::int AS di_luar_tahun`,
    );
    expect(pk!.katalog).toBe(40);
    expect(pk!.rencana / pk!.pegawai).toBeGreaterThan(0.7);
    expect(pk!.disepakati).toBeGreaterThan(pk!.rencana / 3);
    expect(pk!.dengan_pelatihan / pk!.pegawai).toBeGreaterThan(0.6);
    expect(pk!.bernomor).toBeGreaterThan(0);
    expect(pk!.di_luar_tahun).toBe(0);
    // TPP: the pemda's scheme saved and last month's run approved, paying nearly everyone.
    const [tpp] = await queryRows<{ skema: number; bulan: string; status: string; jumlah_pegawai: number; jumlah_gagal: number; total: number; dibayar: number }>(
      t.database.db,
      sql`WITH i AS (SELECT id FROM instansi WHERE kode = 'KOTA-SKP')
          SELECT (SELECT count(*) FROM skema_tpp WHERE instansi_id = (SELECT id FROM i))::int AS skema, r.bulan, r.status, r.jumlah_pegawai, r.jumlah_gagal, r.total_dibayar::float8 AS total,
                 (SELECT sum(dibayar) FROM tpp_item x WHERE x.instansi_id = r.instansi_id AND x.run_id = r.id)::float8 AS dibayar
            FROM tpp_run r WHERE r.instansi_id = (SELECT id FROM i)`,
    );
    expect(tpp).toMatchObject({ skema: 1, bulan: '2026-10', status: 'DISETUJUI', jumlah_gagal: 0 });
    expect(tpp!.jumlah_pegawai).toBeGreaterThan(100);
    expect(tpp!.dibayar).toBe(tpp!.total);
    const [pot] = await queryRows<{ n: number; pegawai: number; di_luar: number }>(
      t.database.db,
      sql`WITH i AS (SELECT id FROM instansi WHERE kode = 'KOTA-SKP')
          SELECT count(*)::int AS n, (SELECT count(*) FROM pegawai WHERE instansi_id = (SELECT id FROM i) AND status = 'AKTIF')::int AS pegawai,
                 count(*) FILTER (WHERE skor NOT BETWEEN 0 AND 100)::int AS di_luar
            FROM potensi_pegawai WHERE instansi_id = (SELECT id FROM i)`,
    );
    expect(pot!.n / pot!.pegawai).toBeGreaterThan(0.5);
    expect(pot!.di_luar).toBe(0);
  });

  it('attaches demo report PDFs as evidence, stored like uploads and downloadable by their owner', async () => {
    const n = await seedDemoBerkas(t.database.db, createLocalStorage(t.config.storageDir), 2);
    expect(n).toBe(2);
    const [b] = await queryRows<{ id: string; nip: string }>(
      t.database.db,
      sql`SELECT b.id, p.nip FROM bukti_dukung b JOIN realisasi r ON r.instansi_id = b.instansi_id AND r.id = b.realisasi_id
            JOIN pegawai p ON p.instansi_id = r.instansi_id AND p.id = r.pegawai_id WHERE b.jenis = 'FILE' LIMIT 1`,
    );
    const res = await t.api('GET', `/api/v1/bukti/${b!.id}/unduh`, { as: b!.nip });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    expect((await readPdf(res.rawPayload)).text).toContain('LAPORAN KEGIATAN HARIAN');
    // The certificates of the demo's training are stored too, and count.
    const [r] = await queryRows<{ id: string; nip: string; tanpa: number }>(
      t.database.db,
      sql`SELECT r.id, p.nip, (SELECT count(*) FROM riwayat_pelatihan x WHERE x.nomor_sertifikat IS NOT NULL AND x.sertifikat_kunci IS NULL)::int AS tanpa
            FROM riwayat_pelatihan r JOIN pegawai p ON p.instansi_id = r.instansi_id AND p.id = r.pegawai_id WHERE r.sertifikat_kunci IS NOT NULL LIMIT 1`,
    );
    expect(r!.tanpa).toBe(0);
    const cert = await t.api('GET', `/api/v1/tindak-lanjut/pengembangan/pelatihan/${r!.id}/sertifikat`, { as: r!.nip });
    expect(cert.statusCode).toBe(200);
    expect((await readPdf(cert.rawPayload)).text).toContain('SERTIFIKAT');
  });
});
