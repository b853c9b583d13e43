/**
 * Demo execution data for a generated pemda: for every approved SKP, monthly rencana aksi per
 * RHK and months of progress entries up to the seed date (most pegawai report on most working
 * days; some stopped recently, so the board shows who has not reported), links as bukti dukung,
 * the superior's feedback on some entries (with replies), coaching sessions with notes and
 * follow-up actions, and two months of attendance.
 */
import type { Faker } from '@faker-js/faker';
import { addDays, BERAKHLAK_KODE, periodsOf } from '@capaian/domain';
import type { bimbingan, buktiDukung, kehadiran, realisasi, rencanaAksi, tindakLanjut, umpanBalik } from '../db/schema.js';
import type { DemoSkp } from './skp-demo.js';

export interface DemoPelaksanaan {
  rencanaAksi: Array<typeof rencanaAksi.$inferInsert>;
  realisasi: Array<typeof realisasi.$inferInsert>;
  bukti: Array<typeof buktiDukung.$inferInsert>;
  umpanBalik: Array<typeof umpanBalik.$inferInsert>;
  bimbingan: Array<typeof bimbingan.$inferInsert>;
  tindakLanjut: Array<typeof tindakLanjut.$inferInsert>;
  kehadiran: Array<typeof kehadiran.$inferInsert>;
}

/** Counted indicators (a quantity per entry adds up to the target); percentages and indexes are not. */
const NOT_SUMMED = new Set(['persen', 'indeks', 'nilai', 'hari kerja', 'bulan']);

/** What people write for an indicator, by keyword: [action, unit noun]. */
function kalimat(uraian: string): string[] {
  const u = uraian.toLowerCase();
  if (u.includes('pasien')) return ['Melayani pasien rawat jalan di poli umum', 'Melakukan pemeriksaan tanda vital dan edukasi pasien', 'Melayani pasien posyandu lansia'];
  if (u.includes('asuhan') || u.includes('laporan')) return ['Melengkapi dokumentasi asuhan keperawatan', 'Menyusun laporan kegiatan harian'];
  if (u.includes('perangkat pembelajaran')) return ['Menyusun modul ajar', 'Menyusun asesmen formatif'];
  if (u.includes('inovasi')) return ['Menerapkan pembelajaran berbasis proyek di kelas', 'Mendokumentasikan praktik baik pembelajaran'];
  if (u.includes('peserta didik')) return ['Melaksanakan pembelajaran dan remedial', 'Melakukan penilaian harian'];
  if (u.includes('pengaduan')) return ['Menindaklanjuti pengaduan masyarakat dari kanal SP4N-LAPOR', 'Melakukan verifikasi lapangan atas pengaduan'];
  if (u.includes('izin')) return ['Memverifikasi berkas permohonan izin', 'Memproses penerbitan izin usaha'];
  if (u.includes('area') || u.includes('kebersihan')) return ['Memelihara taman kota', 'Mengawasi petugas kebersihan'];
  if (u.includes('dokumen')) return ['Menyelesaikan surat dinas dan disposisi', 'Mengarsipkan dokumen kepegawaian', 'Menyusun nota dinas'];
  if (u.includes('data')) return ['Memutakhirkan data pegawai pada aplikasi', 'Memvalidasi data laporan unit'];
  if (u.includes('program')) return ['Memimpin rapat koordinasi program', 'Memantau pelaksanaan kegiatan bidang'];
  if (u.includes('kepuasan') || u.includes('capaian')) return ['Mengevaluasi hasil survei kepuasan masyarakat', 'Melakukan supervisi pelayanan'];
  return ['Melaksanakan tugas sesuai rencana aksi'];
}

const UMPAN_BALIK = [
  'Bagus, pertahankan. Lampirkan foto kegiatan pada laporan berikutnya.',
  'Terima kasih, laporan sudah lengkap.',
  'Jumlahnya masih di bawah rencana bulan ini, mohon dipercepat.',
  'Tolong sertakan daftar hadir sebagai bukti dukung.',
  'Koordinasikan dengan Kasubbag Umum untuk kebutuhan bahan.',
];
const BALASAN = ['Siap, akan saya lengkapi.', 'Baik, terima kasih atas masukannya.', 'Siap, minggu ini saya percepat.'];
const UMPAN_BALIK_PERILAKU: Record<string, string> = {
  BERORIENTASI_PELAYANAN: 'Pelayanan kepada pasien ramah dan cepat, pertahankan.',
  AKUNTABEL: 'Laporan selalu tepat waktu, terima kasih.',
  KOMPETEN: 'Ikuti pelatihan yang ditawarkan BKPSDM bulan depan.',
  HARMONIS: 'Kerja sama dengan rekan satu tim sangat baik.',
  LOYAL: 'Menjaga nama baik instansi dalam kegiatan lapangan.',
  ADAPTIF: 'Cepat menyesuaikan diri dengan aplikasi baru.',
  KOLABORATIF: 'Aktif membantu unit lain saat kegiatan bersama.',
};

/** 'YYYY-MM-DD' → day of week, 0 = Sunday. */
const dow = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();
const isWorkday = (d: string) => dow(d) !== 0 && dow(d) !== 6;
/** Minutes after midnight → 'HH:MM'. */
const jam = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

export function demoPelaksanaan(f: Faker, instansiId: string, tahun: number, today: string, skps: DemoSkp): DemoPelaksanaan {
  const out: DemoPelaksanaan = { rencanaAksi: [], realisasi: [], bukti: [], umpanBalik: [], bimbingan: [], tindakLanjut: [], kehadiran: [] };
  const last = today < `${tahun}-12-31` ? addDays(today, -1) : `${tahun}-12-31`;
  if (last < `${tahun}-01-01`) return out;
  const months = periodsOf(tahun, 'BULANAN');
  const indikatorOf = new Map<string, Array<(typeof skps.indikator)[number] & { id: string }>>();
  for (const i of skps.indikator) {
    const withId = { ...i, id: i.id ?? f.string.uuid() };
    i.id = withId.id;
    indikatorOf.set(i.rhkId, [...(indikatorOf.get(i.rhkId) ?? []), withId]);
  }
  const rhkOf = new Map<string, Array<(typeof skps.rhk)[number]>>();
  for (const r of skps.rhk) rhkOf.set(r.skpId, [...(rhkOf.get(r.skpId) ?? []), r]);
  const at = (d: string, hour: number) => new Date(`${d}T${String(hour).padStart(2, '0')}:${String(f.number.int({ min: 0, max: 59 })).padStart(2, '0')}:00+07:00`);

  for (const s of skps.skp) {
    if (s.status !== 'DISETUJUI') continue;
    const penilai = s.pejabatPenilaiId ?? null;
    const pegawaiId = s.pegawaiId;
    // Some pegawai stopped reporting a while ago: the board's "belum lapor" and the reminders have work to do.
    const stopAt = f.number.int({ min: 1, max: 100 }) <= 12 ? addDays(last, -f.number.int({ min: 8, max: 25 })) : last;
    const rajin = f.number.float({ min: 0.45, max: 0.9 });
    const start = s.disetujuiAt ? s.disetujuiAt.toISOString().slice(0, 10) : `${tahun}-01-27`;
    // Rencana aksi: one per RHK per month, for the first indicator; counted indicators get a monthly quantity.
    const plan = new Map<string, { id: string; rhkId: string; indikatorId: string; counted: boolean; perHari: number; kalimat: string[] }>();
    for (const r of rhkOf.get(s.id!) ?? []) {
      const ind = indikatorOf.get(r.id!)?.[0];
      if (!ind) continue;
      const counted = !NOT_SUMMED.has((ind.targetSatuan ?? '').toLowerCase()) && Number(ind.targetNilai) > 0;
      const target = counted ? Number(ind.targetNilai) : 0;
      for (const m of months) {
        const id = f.string.uuid();
        const bulanan = counted ? Math.max(1, Math.round(target / 12)) : null;
        out.rencanaAksi.push({
          instansiId, id, skpId: s.id!, rhkId: r.id!, indikatorId: ind.id, periode: m.index, periodeMulai: m.start, periodeSelesai: m.end,
          uraian: `${kalimat(ind.uraian)[0]} (${m.label.split(' ')[0]})`, target: bulanan, satuan: counted ? ind.targetSatuan ?? null : null, dibuatOleh: pegawaiId,
        });
        plan.set(`${r.id}:${m.index}`, { id, rhkId: r.id!, indikatorId: ind.id, counted, perHari: counted ? Math.max(1, Math.round(target / 220)) : 0, kalimat: kalimat(ind.uraian) });
      }
    }
    const rhks = rhkOf.get(s.id!) ?? [];
    if (rhks.length === 0) continue;
    for (let d = start; d <= stopAt; d = addDays(d, 1)) {
      if (!isWorkday(d) || f.number.float() > rajin) continue;
      const r = f.helpers.arrayElement(rhks);
      const p = plan.get(`${r.id}:${Number(d.slice(5, 7))}`);
      if (!p) continue;
      const id = f.string.uuid();
      const jumlah = p.counted ? Math.max(1, p.perHari + f.number.int({ min: -1, max: 2 })) : null;
      const created = at(d, f.number.int({ min: 9, max: 16 }));
      out.realisasi.push({
        instansiId, id, pegawaiId, skpId: s.id!, rhkId: r.id!, rencanaAksiId: p.id, indikatorId: p.indikatorId, tanggal: d,
        uraian: f.helpers.arrayElement(p.kalimat), jumlah, dicatatOleh: pegawaiId, createdAt: created, updatedAt: created,
      });
      if (f.number.int({ min: 1, max: 100 }) <= 35)
        out.bukti.push({ instansiId, id: f.string.uuid(), realisasiId: id, jenis: 'TAUTAN', nama: 'Dokumentasi kegiatan', tautan: `https://drive.contoh.go.id/kegiatan/${id.slice(0, 8)}`, createdAt: created });
      if (penilai && f.number.int({ min: 1, max: 100 }) <= 8) {
        const ubId = f.string.uuid();
        const next = addDays(d, 1) <= last ? addDays(d, 1) : d;
        out.umpanBalik.push({ instansiId, id: ubId, pegawaiId, penulisId: penilai, realisasiId: id, tanggal: next, pesan: f.helpers.arrayElement(UMPAN_BALIK), createdAt: at(next, 8) });
        if (f.number.int({ min: 1, max: 100 }) <= 50)
          out.umpanBalik.push({ instansiId, id: f.string.uuid(), pegawaiId, penulisId: pegawaiId, realisasiId: id, indukId: ubId, tanggal: next, pesan: f.helpers.arrayElement(BALASAN), createdAt: at(next, 17) });
      }
    }
    if (!penilai) continue;
    // Behaviour feedback: a few per year.
    for (let k = 0; k < f.number.int({ min: 0, max: 2 }); k++) {
      const d = f.date.between({ from: `${start}T00:00:00Z`, to: `${last}T00:00:00Z` }).toISOString().slice(0, 10);
      const kode = f.helpers.arrayElement(BERAKHLAK_KODE);
      out.umpanBalik.push({ instansiId, id: f.string.uuid(), pegawaiId, penulisId: penilai, perilakuKode: kode, tanggal: d, pesan: UMPAN_BALIK_PERILAKU[kode] ?? 'Pertahankan.', createdAt: at(d, 10) });
    }
    // Coaching: about one in five pegawai had a session; some have one scheduled next week.
    const roll = f.number.int({ min: 1, max: 100 });
    if (roll <= 20) {
      const d = f.date.between({ from: `${start}T00:00:00Z`, to: `${last}T00:00:00Z` }).toISOString().slice(0, 10);
      const id = f.string.uuid();
      out.bimbingan.push({
        instansiId, id, pegawaiId, pembimbingId: penilai, jenis: f.helpers.arrayElement(['COACHING', 'COACHING', 'MENTORING', 'KONSELING']), jadwal: at(d, 10),
        tempat: 'Ruang rapat unit', topik: 'Capaian rencana aksi dan kendala di lapangan', status: 'SELESAI', diusulkanOleh: penilai,
        catatan: 'Capaian triwulan sesuai rencana pada sebagian besar indikator; kendala pada kelengkapan bukti dukung. Disepakati pelaporan mingguan dengan foto kegiatan.',
        lembarUmpanBalik: { jawaban: Array.from({ length: 9 }, (_, n) => ({ nomor: n + 1, skor: f.number.int({ min: 3, max: 4 }) })), komentar: 'Sesi bermanfaat.' },
        evaluasiKompetensi: { items: [{ kompetensi: 'Penguasaan tugas teknis', skor: f.number.int({ min: 3, max: 5 }), alasan: 'Menyelesaikan tugas sesuai standar.' }, { kompetensi: 'Komunikasi', skor: f.number.int({ min: 3, max: 4 }), alasan: 'Menyampaikan kendala dengan jelas.' }] },
        createdAt: at(d, 9), updatedAt: at(d, 12),
      });
      out.tindakLanjut.push({ instansiId, id: f.string.uuid(), bimbinganId: id, uraian: 'Melengkapi bukti dukung setiap laporan dengan foto kegiatan', jatuhTempo: addDays(d, 14), selesaiAt: addDays(d, 14) < today ? at(addDays(d, 12), 15) : null, urutan: 0 });
      out.tindakLanjut.push({ instansiId, id: f.string.uuid(), bimbinganId: id, uraian: 'Mengikuti pelatihan teknis yang relevan', jatuhTempo: addDays(today, f.number.int({ min: -5, max: 20 })), selesaiAt: null, urutan: 1 });
    } else if (roll <= 25 && today <= `${tahun}-12-31`) {
      const d = addDays(today, f.number.int({ min: 1, max: 7 }));
      out.bimbingan.push({ instansiId, id: f.string.uuid(), pegawaiId, pembimbingId: penilai, jenis: 'COACHING', jadwal: at(d, 9), tempat: 'Ruang kepala unit', topik: 'Evaluasi capaian bulan berjalan', status: 'DIJADWALKAN', diusulkanOleh: f.helpers.arrayElement([penilai, pegawaiId]) });
    }
  }

  // Attendance for the last 40 days for every pegawai with an SKP.
  for (const s of skps.skp) {
    for (let d = addDays(last, -40); d <= last; d = addDays(d, 1)) {
      if (!isWorkday(d) || d < `${tahun}-01-01`) continue;
      const r = f.number.int({ min: 1, max: 100 });
      const status = r <= 88 ? 'HADIR' : r <= 91 ? 'DINAS_LUAR' : r <= 94 ? 'IZIN' : r <= 96 ? 'SAKIT' : r <= 98 ? 'CUTI' : 'TANPA_KETERANGAN';
      const hadir = status === 'HADIR';
      const menit = f.number.int({ min: 0, max: 100 }) <= 10 ? f.number.int({ min: 31, max: 75 }) : f.number.int({ min: 0, max: 29 });
      out.kehadiran.push({
        instansiId, pegawaiId: s.pegawaiId, tanggal: d, status,
        jamMasuk: hadir ? jam(7 * 60 + menit) : null,
        jamPulang: hadir ? `16:${String(f.number.int({ min: 0, max: 45 })).padStart(2, '0')}` : null,
      });
    }
  }
  return out;
}
