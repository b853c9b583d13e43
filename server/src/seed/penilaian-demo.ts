/**
 * Demo assessment data: the previous year finished (annual period closed, every unit's capaian
 * organisasi set, every pegawai rated and final within the unit's curve, results received, the
 * post-assessment discussion for some, two keberatan decided) and the current year's period for
 * last month open (evaluations created, waiting for the superiors' ratings).
 * Predicates are chosen per unit so the curve of the domain holds; the check is the domain's own.
 */
import type { Faker } from '@faker-js/faker';
import {
  BERAKHLAK_KODE,
  checkKurvaDistribusi,
  periodeTahunan,
  periodsOf,
  predikatKinerja,
  ratingHasilKerjaPimpinan,
  type CapaianOrganisasi,
  type Predikat,
  type Rating,
} from '@capaian/domain';
import type {
  capaianOrganisasi,
  evaluasi,
  evaluasiPerilaku,
  evaluasiRhk,
  evaluasiRiwayat,
  finalisasiUnit,
  jabatan,
  keberatan,
  pegawai,
  periodePenilaian,
} from '../db/schema.js';
import type { DemoSkp } from './skp-demo.js';

type Jab = typeof jabatan.$inferInsert & { id: string };
type Peg = typeof pegawai.$inferInsert & { id: string };

export interface DemoPenilaian {
  periode: Array<typeof periodePenilaian.$inferInsert>;
  capaian: Array<typeof capaianOrganisasi.$inferInsert>;
  evaluasi: Array<typeof evaluasi.$inferInsert>;
  evaluasiRhk: Array<typeof evaluasiRhk.$inferInsert>;
  evaluasiPerilaku: Array<typeof evaluasiPerilaku.$inferInsert>;
  finalisasi: Array<typeof finalisasiUnit.$inferInsert>;
  keberatan: Array<typeof keberatan.$inferInsert>;
  riwayat: Array<typeof evaluasiRiwayat.$inferInsert>;
}

/** The two ratings that give a predikat (the simplest pair in the matrix). */
const RATINGS_OF: Record<Predikat, [hasilKerja: Rating, perilaku: Rating]> = {
  SANGAT_BAIK: ['DI_ATAS_EKSPEKTASI', 'DI_ATAS_EKSPEKTASI'],
  BAIK: ['SESUAI_EKSPEKTASI', 'SESUAI_EKSPEKTASI'],
  BUTUH_PERBAIKAN: ['DI_BAWAH_EKSPEKTASI', 'SESUAI_EKSPEKTASI'],
  KURANG: ['SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'],
  SANGAT_KURANG: ['DI_BAWAH_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI'],
};

const UMPAN_BALIK_HASIL: Record<Rating, string> = {
  DI_ATAS_EKSPEKTASI: 'Capaian melampaui target dengan bukti dukung yang lengkap.',
  SESUAI_EKSPEKTASI: 'Target tercapai sesuai rencana; pertahankan kelengkapan bukti dukung.',
  DI_BAWAH_EKSPEKTASI: 'Sebagian target belum tercapai; perlu pendampingan dan rencana perbaikan.',
};

/**
 * Predicates for a unit's members (the head first) under the unit's result so that the curve holds:
 * for Baik, one Butuh Perbaikan, about 70% Baik and the rest Sangat Baik; for Istimewa, about half
 * Sangat Baik. Returns null when no assignment satisfies the curve (then the unit is finalised with
 * an override, as a real small unit would be).
 */
function predikatUnit(capaian: CapaianOrganisasi, n: number, headRating: Rating | null): Predikat[] | null {
  const head: Predikat[] = headRating ? [predikatKinerja(headRating, 'SESUAI_EKSPEKTASI')] : [];
  const m = n - head.length;
  const rest: Predikat[] = [];
  if (capaian === 'ISTIMEWA') {
    const sb = Math.floor(m / 2);
    rest.push(...Array<Predikat>(sb).fill('SANGAT_BAIK'), ...Array<Predikat>(m - sb).fill('BAIK'));
  } else {
    const bp = m > 0 ? 1 : 0;
    const baik = Math.min(m - bp, Math.floor(0.7 * n) - head.filter((p) => p === 'BAIK').length);
    rest.push(...Array<Predikat>(bp).fill('BUTUH_PERBAIKAN'), ...Array<Predikat>(Math.max(0, baik)).fill('BAIK'));
    rest.push(...Array<Predikat>(m - rest.length).fill('SANGAT_BAIK'));
  }
  const all = [...head, ...rest];
  return checkKurvaDistribusi(capaian, all).ok ? all : null;
}

export function demoPenilaian(
  f: Faker,
  instansiId: string,
  tahunLalu: number,
  skpLalu: DemoSkp,
  skpIni: DemoSkp,
  today: string,
  people: Peg[],
  jabs: Jab[],
): DemoPenilaian {
  const out: DemoPenilaian = { periode: [], capaian: [], evaluasi: [], evaluasiRhk: [], evaluasiPerilaku: [], finalisasi: [], keberatan: [], riwayat: [] };
  const jabById = new Map(jabs.map((j) => [j.id, j]));
  const pegById = new Map(people.map((p) => [p.id, p]));
  const at = (d: string, h = 9) => new Date(`${d}T${String(h).padStart(2, '0')}:00:00+07:00`);

  // ---------- The previous year: finished ----------
  const pt = periodeTahunan(tahunLalu);
  const tahunan = f.string.uuid();
  out.periode.push({ instansiId, id: tahunan, jenis: 'TAHUNAN', tahun: tahunLalu, nomor: 1, mulai: pt.start, selesai: pt.end, batasPenilaian: `${tahunLalu + 1}-01-31`, status: 'DITUTUP', ditutupAt: at(`${tahunLalu + 1}-02-02`), createdAt: at(`${tahunLalu}-12-15`) });
  const penilaiOf = new Map(skpLalu.skp.map((s) => [s.pegawaiId, s.pejabatPenilaiId ?? null]));
  const rhkOf = new Map<string, string[]>();
  for (const r of skpLalu.rhk) rhkOf.set(r.skpId, [...(rhkOf.get(r.skpId) ?? []), r.id!]);
  const byUnit = new Map<string, Array<(typeof skpLalu.skp)[number]>>();
  for (const s of skpLalu.skp) {
    const unitId = jabById.get(pegById.get(s.pegawaiId)!.jabatanId)!.unitId;
    byUnit.set(unitId, [...(byUnit.get(unitId) ?? []), s]);
  }
  let k = 0;
  const finalAt = at(`${tahunLalu + 1}-01-15`);
  const diterimaAt = at(`${tahunLalu + 1}-01-20`);
  const keberatanCalon: Array<{ evaluasiId: string; pegawaiId: string; atasan: string | null; predikat: Predikat }> = [];
  for (const [unitId, members] of byUnit) {
    const capaian: CapaianOrganisasi = k++ % 7 === 3 ? 'ISTIMEWA' : 'BAIK';
    const heads = members.filter((s) => jabById.get(pegById.get(s.pegawaiId)!.jabatanId)!.kepalaUnit);
    const others = members.filter((s) => !heads.includes(s));
    const ordered = [...heads, ...others];
    const headRating = heads.length ? ratingHasilKerjaPimpinan(capaian) : null;
    let predikats = predikatUnit(capaian, ordered.length, headRating);
    const override = predikats === null;
    predikats ??= ordered.map((_, i) => (i === 0 && headRating ? predikatKinerja(headRating, 'SESUAI_EKSPEKTASI') : 'BAIK'));
    const head = heads[0];
    const penetap = head ? penilaiOf.get(head.pegawaiId) : penilaiOf.get(ordered[0]!.pegawaiId);
    if (!penetap) continue; // the top of the tree: its result is the kepala daerah's, outside the ASN records
    out.capaian.push({ instansiId, periodeId: tahunan, unitId, capaian, justifikasi: capaian === 'ISTIMEWA' ? 'Seluruh sasaran Perjanjian Kinerja tercapai di atas target, dengan inovasi layanan yang diakui.' : 'Sebagian besar sasaran Perjanjian Kinerja tercapai sesuai target.', ditetapkanOleh: penetap, ditetapkanAt: at(`${tahunLalu + 1}-01-08`) });
    const check = checkKurvaDistribusi(capaian, predikats);
    out.finalisasi.push({
      instansiId, periodeId: tahunan, unitId, olehId: penetap, createdAt: finalAt,
      kurva: { capaian, jumlah: predikats.length, distribusi: check.distribusi, pelanggaran: check.violations.map((v) => ({ id: v.rule, pesan: v.message, selisih: v.shortBy })) },
      ...(override ? { overrideAlasan: 'Unit kecil: seluruh pegawai mencapai target; pola distribusi tidak dapat dipenuhi tanpa menurunkan predikat yang tidak sesuai capaian.', overrideOleh: penetap } : {}),
    });
    ordered.forEach((s, i) => {
      const predikat = predikats![i]!;
      const [hk, pk] = i === 0 && headRating ? [headRating, 'SESUAI_EKSPEKTASI' as Rating] : RATINGS_OF[predikat];
      const id = f.string.uuid();
      const penilai = penilaiOf.get(s.pegawaiId) ?? null;
      out.evaluasi.push({
        instansiId, id, periodeId: tahunan, pegawaiId: s.pegawaiId, skpId: s.id!, unitId, pejabatPenilaiId: penilai, atasanPenilaiId: penilai ? (penilaiOf.get(penilai) ?? null) : null,
        status: 'FINAL', ratingHasilKerja: hk, ratingPerilaku: pk, predikat: predikatKinerja(hk, pk),
        umpanBalikHasilKerja: UMPAN_BALIK_HASIL[hk], umpanBalikPerilaku: pk === 'DI_BAWAH_EKSPEKTASI' ? 'Perlu meningkatkan ketepatan waktu dan kerja sama tim.' : 'Perilaku kerja sesuai nilai BerAKHLAK.',
        diskusi: f.number.int({ min: 1, max: 100 }) <= 40 ? { baik: 'Pelayanan konsisten dan laporan tepat waktu.', perbaikan: 'Kelengkapan bukti dukung di triwulan I.', rencanaPengembangan: ['Pelatihan teknis sesuai jabatan', 'Pendampingan oleh pejabat penilai setiap bulan'], dicatatAt: at(`${tahunLalu + 1}-01-22`).toISOString(), dicatatOleh: penilai ? { id: penilai, nama: pegById.get(penilai)?.nama ?? '' } : null } : null,
        diterimaAt, finalAt, disampaikanAt: finalAt, createdAt: at(`${tahunLalu}-12-15`), updatedAt: finalAt,
      });
      for (const rhkId of rhkOf.get(s.id!) ?? []) out.evaluasiRhk.push({ instansiId, evaluasiId: id, rhkId, rating: hk, umpanBalik: UMPAN_BALIK_HASIL[hk] });
      for (const kode of f.helpers.arrayElements(BERAKHLAK_KODE, 2))
        out.evaluasiPerilaku.push({ instansiId, evaluasiId: id, kode, umpanBalik: pk === 'DI_BAWAH_EKSPEKTASI' ? 'Masih perlu ditingkatkan.' : 'Ditunjukkan dengan baik sepanjang tahun.' });
      if (predikat === 'BUTUH_PERBAIKAN' && penilai) keberatanCalon.push({ evaluasiId: id, pegawaiId: s.pegawaiId, atasan: penilai ? (penilaiOf.get(penilai) ?? null) : null, predikat });
    });
  }
  // Two keberatan, decided: one upheld, one changed (the old value kept in the history).
  keberatanCalon.filter((c) => c.atasan).slice(0, 2).forEach((c, i) => {
    const ubah = i === 1;
    out.keberatan.push({
      instansiId, evaluasiId: c.evaluasiId, pegawaiId: c.pegawaiId, status: 'DIPUTUS',
      alasan: 'Target indikator kuantitas tercapai 100% sesuai laporan bulanan; mohon ditinjau kembali.',
      klarifikasi: [{ dari: 'ATASAN', olehId: c.atasan, pesan: 'Mohon pejabat penilai menjelaskan dasar rating hasil kerja.', at: at(`${tahunLalu + 1}-01-27`).toISOString() }],
      hasil: ubah ? 'DIUBAH' : 'DIPERTAHANKAN',
      alasanKeputusan: ubah ? 'Bukti dukung menunjukkan target tercapai; rating hasil kerja diubah menjadi sesuai ekspektasi.' : 'Bukti dukung tidak menunjukkan capaian sesuai target; hasil dipertahankan.',
      diputuskanOleh: c.atasan, diputuskanAt: at(`${tahunLalu + 1}-02-01`), createdAt: at(`${tahunLalu + 1}-01-26`),
    });
    const e = out.evaluasi.find((x) => x.id === c.evaluasiId)!;
    if (ubah) {
      out.riwayat.push({ instansiId, evaluasiId: e.id!, sebelum: { status: 'KEBERATAN', ratingHasilKerja: e.ratingHasilKerja, ratingPerilaku: e.ratingPerilaku, predikat: e.predikat }, alasan: 'Keberatan diputus: hasil diubah', olehId: c.atasan, createdAt: at(`${tahunLalu + 1}-02-01`) });
      e.ratingHasilKerja = 'SESUAI_EKSPEKTASI';
      e.predikat = predikatKinerja('SESUAI_EKSPEKTASI', e.ratingPerilaku as Rating);
    }
    e.status = 'DIPUTUS';
  });

  // ---------- This year: last month's period open ----------
  const bulanIni = Number(today.slice(5, 7));
  const tahunIni = Number(today.slice(0, 4));
  if (bulanIni > 1) {
    const m = periodsOf(tahunIni, 'BULANAN')[bulanIni - 2]!;
    const id = f.string.uuid();
    out.periode.push({ instansiId, id, jenis: 'BULANAN', tahun: tahunIni, nomor: m.index, mulai: m.start, selesai: m.end, batasPenilaian: periodsOf(tahunIni, 'BULANAN')[bulanIni - 1]!.end, status: 'DIBUKA', createdAt: at(m.end, 16) });
    const penilaiIni = new Map(skpIni.skp.map((s) => [s.pegawaiId, s.pejabatPenilaiId ?? null]));
    for (const s of skpIni.skp) {
      if (s.status !== 'DISETUJUI') continue;
      const unitId = jabById.get(pegById.get(s.pegawaiId)!.jabatanId)!.unitId;
      const penilai = penilaiIni.get(s.pegawaiId) ?? null;
      out.evaluasi.push({ instansiId, id: f.string.uuid(), periodeId: id, pegawaiId: s.pegawaiId, skpId: s.id!, unitId, pejabatPenilaiId: penilai, atasanPenilaiId: penilai ? (penilaiIni.get(penilai) ?? null) : null, status: 'DRAFT', createdAt: at(m.end, 16), updatedAt: at(m.end, 16) });
    }
  }
  return out;
}
