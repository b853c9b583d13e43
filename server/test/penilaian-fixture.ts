/**
 * Assessment data made directly with Drizzle inserts (an approved SKP with RHK and indicators, a
 * period, a final evaluation with its ratings), so the tests of keberatan, tim penilai, documents
 * and SIASN do not depend on the penilaian feature's rating flow.
 */
import { randomUUID } from 'node:crypto';
import { BERAKHLAK_KODE, predikatKinerja, type Rating } from '@capaian/domain';
import { sql } from 'drizzle-orm';
import { queryRows } from '../src/db/client.js';
import {
  buktiDukung,
  capaianOrganisasi,
  evaluasi,
  evaluasiPerilaku,
  evaluasiRhk,
  finalisasiUnit,
  indikatorKinerja,
  periodePenilaian,
  realisasi,
  rhk,
  skp,
  skpPerilaku,
} from '../src/db/schema.js';
import { NIP, type createTestContext } from './context.js';

type Ctx = Awaited<ReturnType<typeof createTestContext>>;

export interface SkpFixture {
  skpId: string;
  rhk: Array<{ id: string; uraian: string; indikatorId: string }>;
}

export async function penilaianFixture(t: Ctx) {
  const db = t.database.db;
  const [ins] = await queryRows<{ id: string }>(db, sql`SELECT id FROM instansi WHERE kode = 'KOTA-CONTOH'`);
  const instansiId = ins!.id;
  const id = {} as Record<keyof typeof NIP, string>;
  for (const [k, nip] of Object.entries(NIP)) id[k as keyof typeof NIP] = await t.pegawaiId(nip);

  /** The unit of a pegawai's jabatan. */
  async function unitOf(pegawaiId: string): Promise<string> {
    const [row] = await queryRows<{ unit_id: string }>(
      db,
      sql`SELECT j.unit_id FROM pegawai p JOIN jabatan j ON j.instansi_id = p.instansi_id AND j.id = p.jabatan_id WHERE p.id = ${pegawaiId}`,
    );
    return row!.unit_id;
  }

  /** An approved SKP of 2026 with two RHK (one indicator each) and every BerAKHLAK expectation. */
  async function skpDisetujui(pegawaiId: string, tahun = 2026): Promise<SkpFixture> {
    const [s] = await db
      .insert(skp)
      .values({ instansiId, pegawaiId, tahun, status: 'DISETUJUI', periodeMulai: `${tahun}-01-01`, periodeSelesai: `${tahun}-12-31` })
      .returning({ id: skp.id });
    const out: SkpFixture = { skpId: s!.id, rhk: [] };
    const isi = [
      ['UTAMA', 'Terselenggaranya layanan administrasi kepegawaian yang tertib', 'Jumlah usulan kenaikan pangkat diproses', '24', 'usulan'],
      ['TAMBAHAN', 'Tersusunnya laporan kegiatan bidang', 'Jumlah laporan disusun', '4', 'laporan'],
    ] as const;
    for (const [n, [jenis, uraian, iki, target, satuan]] of isi.entries()) {
      const [r] = await db.insert(rhk).values({ instansiId, skpId: s!.id, jenis, uraian, urutan: n }).returning({ id: rhk.id });
      const [i] = await db
        .insert(indikatorKinerja)
        .values({ instansiId, rhkId: r!.id, aspek: 'KUANTITAS', uraian: iki, targetNilai: target, targetSatuan: satuan })
        .returning({ id: indikatorKinerja.id });
      out.rhk.push({ id: r!.id, uraian, indikatorId: i!.id });
    }
    for (const kode of BERAKHLAK_KODE) await db.insert(skpPerilaku).values({ instansiId, skpId: s!.id, kode, ekspektasi: `Ekspektasi ${kode.toLowerCase()}` });
    return out;
  }

  /** A recorded progress entry with one linked evidence item (counts as realisasi berdasarkan bukti dukung). */
  async function realisasiDenganBukti(pegawaiId: string, s: SkpFixture, n: number, jumlah: number, tanggal = '2026-03-10') {
    const r = s.rhk[n]!;
    const rid = randomUUID();
    await db.insert(realisasi).values({ instansiId, id: rid, pegawaiId, skpId: s.skpId, rhkId: r.id, indikatorId: r.indikatorId, tanggal, uraian: 'Memproses usulan', jumlah });
    await db.insert(buktiDukung).values({ instansiId, id: randomUUID(), realisasiId: rid, jenis: 'TAUTAN', nama: 'Daftar usulan', tautan: 'https://contoh.go.id/usulan' });
  }

  async function periode(v: { jenis: string; tahun?: number; nomor: number; mulai: string; selesai: string; status?: string }): Promise<string> {
    const [p] = await db
      .insert(periodePenilaian)
      .values({ instansiId, jenis: v.jenis, tahun: v.tahun ?? 2026, nomor: v.nomor, mulai: v.mulai, selesai: v.selesai, batasPenilaian: v.selesai, status: v.status ?? 'DIBUKA' })
      .returning({ id: periodePenilaian.id });
    return p!.id;
  }

  /**
   * An evaluation as the penilaian feature leaves it after finalisation: ratings per RHK with
   * feedback, feedback per BerAKHLAK value, the predikat from the matrix. `status` FINAL by default.
   */
  async function evaluasiFinal(v: {
    periodeId: string;
    pegawaiId: string;
    skp: SkpFixture;
    penilaiId: string | null;
    atasanId: string | null;
    hk: Rating;
    rp: Rating;
    status?: string;
    diterimaAt?: Date | null;
    finalAt?: Date;
    /** Delivery of the final result (the keberatan window); defaults to the final time. */
    disampaikanAt?: Date | null;
    unitId?: string;
  }): Promise<string> {
    const unitId = v.unitId ?? (await unitOf(v.pegawaiId));
    const dinilai = v.status === 'DRAFT' ? null : v.hk;
    const [e] = await db
      .insert(evaluasi)
      .values({
        instansiId,
        periodeId: v.periodeId,
        pegawaiId: v.pegawaiId,
        skpId: v.skp.skpId,
        unitId,
        pejabatPenilaiId: v.penilaiId,
        atasanPenilaiId: v.atasanId,
        status: v.status ?? 'FINAL',
        ratingHasilKerja: dinilai,
        ratingPerilaku: dinilai ? v.rp : null,
        predikat: dinilai ? predikatKinerja(v.hk, v.rp) : null,
        umpanBalikHasilKerja: dinilai ? 'Target kuantitas tercapai; pertahankan ketepatan waktu.' : null,
        umpanBalikPerilaku: dinilai ? 'Sikap pelayanan baik, tingkatkan kolaborasi.' : null,
        diterimaAt: v.diterimaAt ?? null,
        finalAt: v.status === 'FINAL' || v.status === undefined ? (v.finalAt ?? new Date('2026-12-01T03:00:00Z')) : (v.finalAt ?? null),
        disampaikanAt:
          v.disampaikanAt !== undefined
            ? v.disampaikanAt
            : v.status === 'FINAL' || v.status === undefined
              ? (v.finalAt ?? new Date('2026-12-01T03:00:00Z'))
              : (v.finalAt ?? null),
      })
      .returning({ id: evaluasi.id });
    if (dinilai) {
      for (const r of v.skp.rhk) await db.insert(evaluasiRhk).values({ instansiId, evaluasiId: e!.id, rhkId: r.id, rating: v.hk, umpanBalik: `Umpan balik untuk ${r.uraian.slice(0, 20)}` });
      for (const kode of BERAKHLAK_KODE) await db.insert(evaluasiPerilaku).values({ instansiId, evaluasiId: e!.id, kode, umpanBalik: `Perilaku ${kode.toLowerCase()} sesuai ekspektasi` });
    }
    return e!.id;
  }

  async function capaian(periodeId: string, unitId: string, nilai = 'BAIK', olehId = id.kadis) {
    await db.insert(capaianOrganisasi).values({ instansiId, periodeId, unitId, capaian: nilai, justifikasi: 'Capaian Perjanjian Kinerja tercapai', ditetapkanOleh: olehId });
  }

  async function finalisasi(periodeId: string, unitId: string, overrideAlasan: string | null = null) {
    await db.insert(finalisasiUnit).values({
      instansiId,
      periodeId,
      unitId,
      kurva: { distribusi: { BAIK: 1 }, pelanggaran: [] },
      overrideAlasan,
      overrideOleh: overrideAlasan ? id.kadis : null,
      olehId: id.pengawas,
    });
  }

  return { db, instansiId, id, unitOf, skpDisetujui, realisasiDenganBukti, periode, evaluasiFinal, capaian, finalisasi };
}
