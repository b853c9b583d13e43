/**
 * Demo SKPs for a generated pemda: every pegawai gets an SKP for the year whose RHK intervene
 * their pejabat penilai's RHK (worked out with the same rule as the atasan service), with
 * results and indicators typical of their jabatan (health workers, teachers, complaints desk,
 * permits, administration). Most are approved; a few are still draft, submitted or returned.
 */
import type { Faker } from '@faker-js/faker';
import { periodeTahunan } from '@capaian/domain';
import { resolveAtasanChain, type ChainSeat } from '../organisasi/atasan.js';
import { skpContentHash } from '../skp/hash.js';
import type { indikatorKinerja, jabatan, pegawai, penugasanPlt, rhk, skp, skpPerilaku, unitKerja } from '../db/schema.js';

type Unit = typeof unitKerja.$inferInsert & { id: string };
type Jab = typeof jabatan.$inferInsert & { id: string };
type Peg = typeof pegawai.$inferInsert & { id: string };
type Plt = typeof penugasanPlt.$inferInsert;

interface Template {
  rhk: string;
  indikator: Array<[aspek: string, uraian: string, nilai: string, satuan: string]>;
}

/** Typical results by jabatan, from the seeds' examples. */
function templatesFor(j: Jab): Template[] {
  const n = j.nama.toLowerCase();
  if (n.includes('perawat') || n.includes('bidan') || n.includes('dokter'))
    return [
      { rhk: 'Terlaksananya pelayanan kesehatan kepada pasien sesuai standar', indikator: [['KUANTITAS', 'Jumlah pasien yang dilayani', '1200', 'pasien'], ['KUALITAS', 'Persentase pasien yang puas atas pelayanan', '90', 'persen']] },
      { rhk: 'Tersusunnya dokumentasi asuhan yang lengkap', indikator: [['KUALITAS', 'Persentase rekam asuhan yang lengkap', '95', 'persen'], ['WAKTU', 'Laporan bulanan tepat waktu', '12', 'laporan']] },
    ];
  if (n.includes('guru') || n.includes('kepala sd') || n.includes('kepala smp') || n.includes('sekolah'))
    return [
      { rhk: 'Meningkatnya hasil belajar peserta didik', indikator: [['KUALITAS', 'Persentase peserta didik mencapai kriteria ketuntasan', '85', 'persen'], ['KUANTITAS', 'Jumlah perangkat pembelajaran yang disusun', '2', 'semester']] },
      { rhk: 'Terlaksananya inovasi metode pembelajaran', indikator: [['KUANTITAS', 'Jumlah inovasi pembelajaran yang diterapkan', '2', 'inovasi']] },
    ];
  if (n.includes('pengaduan'))
    return [{ rhk: 'Tertanganinya pengaduan masyarakat secara cepat', indikator: [['KUANTITAS', 'Persentase pengaduan yang ditindaklanjuti', '100', 'persen'], ['WAKTU', 'Rata-rata waktu penanganan pengaduan', '3', 'hari kerja']] }];
  if (n.includes('perizinan') || n.includes('verifikator'))
    return [{ rhk: 'Terbitnya izin sesuai standar pelayanan', indikator: [['KUANTITAS', 'Persentase izin terbit dalam waktu standar pelayanan', '95', 'persen'], ['KUALITAS', 'Indeks kepuasan pemohon izin', '85', 'indeks']] }];
  if (n.includes('kebersihan') || n.includes('pertamanan'))
    return [{ rhk: 'Terpeliharanya kebersihan dan keindahan ruang publik', indikator: [['KUANTITAS', 'Luas area yang dipelihara', '12', 'hektare'], ['KUALITAS', 'Persentase keluhan kebersihan yang ditangani', '90', 'persen']] }];
  if (j.kepalaUnit || j.jenis === 'ADMINISTRATOR' || j.jenis.startsWith('JPT'))
    return [
      { rhk: `Tercapainya sasaran kinerja ${j.nama.replace(/^Kepala\s+/i, '')}`, indikator: [['KUANTITAS', 'Persentase program yang terlaksana', '100', 'persen'], ['KUALITAS', 'Nilai capaian kinerja unit', '85', 'nilai']] },
      { rhk: 'Meningkatnya kualitas pelayanan unit kerja', indikator: [['KUALITAS', 'Indeks kepuasan masyarakat', '82', 'indeks']] },
    ];
  return [
    { rhk: 'Terselenggaranya administrasi dan layanan unit kerja', indikator: [['KUANTITAS', 'Jumlah dokumen yang diselesaikan', '240', 'dokumen'], ['WAKTU', 'Penyelesaian dokumen tepat waktu', '12', 'bulan']] },
    { rhk: 'Tersedianya data dan informasi unit kerja yang mutakhir', indikator: [['KUALITAS', 'Persentase data yang mutakhir', '95', 'persen']] },
  ];
}

export interface DemoSkp {
  skp: Array<typeof skp.$inferInsert>;
  rhk: Array<typeof rhk.$inferInsert>;
  indikator: Array<typeof indikatorKinerja.$inferInsert>;
  perilaku: Array<typeof skpPerilaku.$inferInsert>;
}

export function demoSkp(
  f: Faker,
  instansiId: string,
  tahun: number,
  units: Unit[],
  jabs: Jab[],
  people: Peg[],
  plt: Plt[],
  statusOf: (p: Peg) => string | undefined,
): DemoSkp {
  const unitById = new Map(units.map((u) => [u.id, u]));
  const jabById = new Map(jabs.map((j) => [j.id, j]));
  const headJab = new Map(jabs.filter((j) => j.kepalaUnit).map((j) => [j.unitId, j]));
  const holder = new Map<string, string>();
  for (const p of people) if (jabById.get(p.jabatanId)?.kepalaUnit) holder.set(p.jabatanId, p.id);
  const day = `${tahun}-01-15`;
  const acting = new Map(plt.filter((t) => t.tanggalMulai <= day && t.tanggalSelesai >= day).map((t) => [t.jabatanId, t]));

  const penilaiOf = (p: Peg): string | null => {
    const j = jabById.get(p.jabatanId)!;
    const seats: ChainSeat[] = [];
    let u: Unit | undefined = unitById.get(j.unitId);
    for (let depth = 0; u; depth++, u = u.parentId ? unitById.get(u.parentId) : undefined) {
      const hj = headJab.get(u.id);
      const a = hj ? acting.get(hj.id) : undefined;
      seats.push({ depth, unitId: u.id, actingPegawaiId: a?.pegawaiId ?? null, actingJenis: (a?.jenis as 'PLT' | 'PLH' | undefined) ?? null, definitifPegawaiId: hj ? (holder.get(hj.id) ?? null) : null });
    }
    return resolveAtasanChain(p.id, j.kepalaUnit ?? false, seats).pejabatPenilai?.pegawaiId ?? null;
  };

  // Superiors first, so each RHK can name the superior's RHK it intervenes.
  const depthOf = (p: Peg) => {
    let d = 0;
    for (let u = unitById.get(jabById.get(p.jabatanId)!.unitId); u?.parentId; u = unitById.get(u.parentId)) d++;
    return d * 2 + (jabById.get(p.jabatanId)!.kepalaUnit ? 0 : 1);
  };
  const order = [...people].sort((a, b) => depthOf(a) - depthOf(b));
  const periode = periodeTahunan(tahun);
  const out: DemoSkp = { skp: [], rhk: [], indikator: [], perilaku: [] };
  const rhkOf = new Map<string, string[]>();

  for (const p of order) {
    const penilai = penilaiOf(p);
    const roll = f.number.int({ min: 1, max: 100 });
    const status = statusOf(p) ?? (roll <= 85 ? 'DISETUJUI' : roll <= 90 ? 'DIAJUKAN' : roll <= 95 ? 'DRAFT' : 'DIKEMBALIKAN');
    const skpId = f.string.uuid();
    const approved = status === 'DISETUJUI';
    out.skp.push({
      instansiId,
      id: skpId,
      pegawaiId: p.id,
      tahun,
      status,
      periodeMulai: periode.start,
      periodeSelesai: periode.end,
      pejabatPenilaiId: status === 'DRAFT' ? null : penilai,
      dukunganSumberDaya: ['Komputer dan jaringan internet', 'Anggaran kegiatan unit kerja'],
      skemaPertanggungjawaban: ['Laporan bulanan kepada pejabat penilai'],
      konsekuensi: ['Capaian di bawah target menjadi bahan pembinaan kinerja'],
      diajukanAt: status === 'DRAFT' ? null : new Date(`${tahun}-01-20T02:00:00Z`),
      disetujuiAt: approved ? new Date(`${tahun}-01-27T02:00:00Z`) : null,
      disetujuiOleh: approved ? penilai : null,
      dokumenHash: null,
    });
    const skpRow = out.skp[out.skp.length - 1]!;
    const superiorRhk = penilai ? (rhkOf.get(penilai) ?? []) : [];
    const ids: string[] = [];
    const firstRhk = out.rhk.length;
    const firstIndikator = out.indikator.length;
    templatesFor(jabById.get(p.jabatanId)!).forEach((t, i) => {
      const id = f.string.uuid();
      ids.push(id);
      out.rhk.push({ instansiId, id, skpId, jenis: 'UTAMA', uraian: t.rhk, rhkAtasanId: superiorRhk.length ? superiorRhk[i % superiorRhk.length]! : null, urutan: i });
      t.indikator.forEach(([aspek, uraian, nilai, satuan], k) =>
        out.indikator.push({ instansiId, rhkId: id, aspek, uraian, targetNilai: nilai, targetSatuan: satuan, urutan: k }),
      );
    });
    rhkOf.set(p.id, ids);
    if (approved) {
      const ekspektasi = 'Menyelesaikan tugas tepat waktu dan melaporkannya setiap bulan';
      out.perilaku.push({ instansiId, skpId, kode: 'AKUNTABEL', ekspektasi });
      // The same hash the service fixes at approval, so printed demo SKPs verify.
      const mine = out.rhk.slice(firstRhk);
      skpRow.dokumenHash = skpContentHash({
        id: skpId,
        pegawaiId: p.id,
        tahun,
        versi: 1,
        periodeMulai: periode.start,
        periodeSelesai: periode.end,
        pendekatan: 'KUANTITATIF',
        rhk: mine.map((r) => ({ id: r.id!, jenis: r.jenis, uraian: r.uraian, rhkAtasanId: r.rhkAtasanId ?? null, perspektif: null })),
        indikator: out.indikator.slice(firstIndikator).map((i) => ({ rhkId: i.rhkId, aspek: i.aspek, uraian: i.uraian, targetNilai: i.targetNilai ?? null, targetSatuan: i.targetSatuan ?? null, targetTeks: null })),
        perilaku: [{ kode: 'AKUNTABEL', ekspektasi }],
        lampiran: [skpRow.dukunganSumberDaya ?? [], skpRow.skemaPertanggungjawaban ?? [], skpRow.konsekuensi ?? []],
      });
    }
  }
  return out;
}
