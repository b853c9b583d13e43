/**
 * A realistic sample SKP (a nurse at a puskesmas) for the renderer's tests, the PDF benchmark
 * and manual previews. Not used by the running server.
 */
import { BERAKHLAK } from '@capaian/domain';
import type { SkpDokumen } from './skp-dokumen.js';

type HasilKerja = SkpDokumen['hasilKerja'][number];

const RHK_UTAMA: HasilKerja[] = [
  {
    jenis: 'UTAMA',
    uraian: 'Terlaksananya asuhan keperawatan pada pasien rawat jalan dan unit gawat darurat sesuai standar operasional prosedur',
    rhkAtasan: 'Meningkatnya mutu pelayanan kesehatan perorangan di UPT Puskesmas Asemrowo',
    perspektif: 'Penerima Layanan',
    indikator: [
      { aspek: 'Kuantitas', uraian: 'Jumlah pasien yang mendapat asuhan keperawatan lengkap dan terdokumentasi', target: '1.200 pasien' },
      { aspek: 'Kualitas', uraian: 'Persentase dokumentasi asuhan keperawatan yang lengkap sesuai standar', target: '95 %' },
      { aspek: 'Waktu', uraian: 'Ketepatan waktu penyusunan laporan asuhan keperawatan bulanan', target: '12 bulan' },
    ],
  },
  {
    jenis: 'UTAMA',
    uraian: 'Terselenggaranya kunjungan rumah (home care) bagi pasien penyakit kronis dan lansia risiko tinggi',
    rhkAtasan: 'Meningkatnya cakupan pelayanan kesehatan masyarakat pada kelompok rentan',
    perspektif: 'Proses Bisnis',
    indikator: [
      { aspek: 'Kuantitas', uraian: 'Jumlah kunjungan rumah yang dilaksanakan', target: '96 kunjungan' },
      { aspek: 'Kualitas', uraian: 'Persentase pasien kunjungan rumah dengan rencana perawatan lanjutan', target: '90 %' },
    ],
  },
  {
    jenis: 'UTAMA',
    uraian: 'Terlaksananya edukasi kesehatan tentang pencegahan demam berdarah dan stunting di posyandu wilayah kerja',
    rhkAtasan: 'Meningkatnya perilaku hidup bersih dan sehat masyarakat Kecamatan Asemrowo',
    perspektif: 'Penerima Layanan',
    indikator: [
      { aspek: 'Kuantitas', uraian: 'Jumlah sesi edukasi kesehatan yang dilaksanakan', target: '24 sesi' },
      { aspek: 'Kualitas', uraian: 'Rata-rata peningkatan skor pengetahuan peserta (pre-test dan post-test)', target: '20 %' },
      { aspek: 'Waktu', uraian: 'Laporan kegiatan edukasi disampaikan paling lambat tanggal 5 bulan berikutnya', target: '12 laporan' },
    ],
  },
];

const RHK_TAMBAHAN: HasilKerja = {
  jenis: 'TAMBAHAN',
  uraian: 'Menjadi anggota tim vaksinasi pada kegiatan Bulan Imunisasi Anak Nasional',
  rhkAtasan: 'Tercapainya cakupan imunisasi dasar lengkap',
  perspektif: null,
  indikator: [
    { aspek: 'Kuantitas', uraian: 'Jumlah sasaran anak yang diimunisasi oleh tim', target: '350 anak' },
    { aspek: 'Waktu', uraian: 'Kegiatan selesai dalam periode BIAN', target: '2 bulan' },
  ],
};

/** The superior's expectations; Kolaboratif is left empty on purpose (printed as "—"). */
const EKSPEKTASI: Partial<Record<string, string>> = {
  'Berorientasi Pelayanan': 'Melayani pasien dengan ramah dan menanggapi keluhan pasien paling lambat dalam satu hari kerja.',
  Akuntabel: 'Mengisi rekam medis elektronik pada hari yang sama dan menggunakan bahan habis pakai sesuai kebutuhan.',
  Kompeten: 'Mengikuti minimal satu pelatihan keperawatan gawat darurat dan membagikan hasilnya kepada rekan.',
  Harmonis: 'Menjaga suasana kerja yang saling menghargai antarprofesi.',
  Loyal: 'Menjaga kerahasiaan data pasien.',
  Adaptif: 'Mengusulkan satu perbaikan alur pelayanan rawat jalan.',
};

/** `rhk` extra generated RHK utama with `indikator` indicators each, for long documents. */
export function rhkTambahan(rhk: number, indikator: number, offset = 0): HasilKerja[] {
  return Array.from({ length: rhk }, (_, i) => ({
    jenis: 'UTAMA' as const,
    uraian: `Terlaksananya kegiatan pelayanan keperawatan nomor ${offset + i + 1} sesuai rencana kerja puskesmas dan standar pelayanan minimal`,
    rhkAtasan: `Meningkatnya mutu pelayanan kesehatan dasar (sasaran ${offset + i + 1})`,
    perspektif: 'Proses Bisnis',
    indikator: Array.from({ length: indikator }, (_, j) => ({
      aspek: ['Kuantitas', 'Kualitas', 'Waktu'][j % 3]!,
      uraian: `Indikator ${j + 1} dari kegiatan ${offset + i + 1}: capaian yang terukur dan terdokumentasi dalam laporan bulanan`,
      target: `${(j + 1) * 10} dokumen`,
    })),
  }));
}

export function contohSkpDokumen(overrides: Partial<SkpDokumen> = {}): SkpDokumen {
  return {
    instansiNama: 'Pemerintah Kota Surabaya',
    tahun: 2026,
    periodeMulai: '2026-01-01',
    periodeSelesai: '2026-12-31',
    pendekatan: 'KUANTITATIF',
    versi: 1,
    status: 'Disetujui',
    pegawai: {
      nama: 'Siti Nurhaliza, S.Kep., Ners',
      nip: '199201152017032001',
      pangkatGolongan: 'Penata Muda Tingkat I (III/b)',
      jabatan: 'Perawat Ahli Pertama',
      unitKerja: 'UPT Puskesmas Asemrowo, Dinas Kesehatan Kota Surabaya',
    },
    pejabatPenilai: {
      nama: 'Wahyu Hidayat',
      nip: '197805122005011003',
      pangkatGolongan: 'Pembina (IV/a)',
      jabatan: 'Kepala UPT Puskesmas Asemrowo',
      unitKerja: 'UPT Puskesmas Asemrowo, Dinas Kesehatan Kota Surabaya',
    },
    denganPerspektif: false,
    hasilKerja: [...RHK_UTAMA, RHK_TAMBAHAN],
    perilaku: BERAKHLAK.map((nilai) => ({ nama: nilai.nama, indikator: [...nilai.indikator], ekspektasi: EKSPEKTASI[nilai.nama] ?? null })),
    lampiran: {
      dukunganSumberDaya: ['Alat kesehatan untuk kunjungan rumah (tensimeter, glukometer)', 'Kendaraan operasional puskesmas'],
      skemaPertanggungjawaban: ['Laporan bulanan kepada Kepala UPT Puskesmas', 'Rekam medis elektronik sebagai bukti dukung'],
      konsekuensi: ['Capaian di bawah target dibahas dalam dialog kinerja triwulanan'],
    },
    tempat: 'Surabaya',
    tanggal: '2026-01-15',
    verifikasi: {
      url: 'https://capaian.surabaya.go.id/verifikasi/skp/3f9c2a7e51b04d68',
      hash: '3f9c2a7e51b04d68a1e0c4b7d2f95e3018c6a4b9e7d1f02c5a8b3e6d9c0f1a27',
    },
    ...overrides,
  };
}
