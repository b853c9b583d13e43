/**
 * Demo SKP templates for a generated pemda: the seeds' examples (health workers, teachers,
 * Dinas Sosial's complaints desk, DPMPTSP's permit verifiers) plus the most common pelaksana
 * jabatan. Each is scoped to its perangkat daerah (Pengadministrasi Perkantoran: the whole
 * instansi), so the demo shows both kinds of scope.
 */
import type { skpTemplate, unitKerja } from '../db/schema.js';
import type { TemplateIsi } from '@capaian/contract/skp-template';

type Unit = typeof unitKerja.$inferInsert & { id: string };
type Ind = [aspek: 'KUANTITAS' | 'KUALITAS' | 'WAKTU' | 'BIAYA', uraian: string, nilai: string, satuan: string];
type Rhk = [jenis: 'UTAMA' | 'TAMBAHAN', uraian: string, indikator: Ind[]];

const isi = (list: Rhk[]): TemplateIsi =>
  list.map(([jenis, uraian, ind]) => ({
    jenis,
    uraian,
    indikator: ind.map(([aspek, u, nilai, satuan]) => ({ aspek, uraian: u, targetNilai: nilai, targetSatuan: satuan, targetTeks: null })),
  }));

interface DemoTemplate {
  nama: string;
  jabatanNama: string;
  /** Kode of the perangkat daerah it is scoped to; null for the whole instansi. */
  unitKode: string | null;
  isi: TemplateIsi;
}

export const DEMO_TEMPLATES: DemoTemplate[] = [
  {
    nama: 'SKP Perawat Ahli Pertama — Puskesmas',
    jabatanNama: 'Perawat Ahli Pertama',
    unitKode: 'DINKES',
    isi: isi([
      ['UTAMA', 'Terlaksananya asuhan keperawatan kepada pasien sesuai standar pelayanan', [
        ['KUANTITAS', 'Jumlah pasien yang mendapat asuhan keperawatan', '1200', 'pasien'],
        ['KUALITAS', 'Persentase pasien yang puas atas pelayanan keperawatan', '90', 'persen'],
        ['WAKTU', 'Waktu tunggu pelayanan rawat jalan', '30', 'menit'],
      ]],
      ['UTAMA', 'Tersusunnya dokumentasi asuhan keperawatan yang lengkap dan akurat', [
        ['KUALITAS', 'Persentase rekam asuhan keperawatan yang lengkap', '95', 'persen'],
        ['WAKTU', 'Laporan kegiatan keperawatan bulanan yang disampaikan tepat waktu', '12', 'laporan'],
      ]],
      ['UTAMA', 'Terlaksananya penyuluhan kesehatan kepada masyarakat', [
        ['KUANTITAS', 'Jumlah sesi penyuluhan kesehatan', '24', 'kegiatan'],
        ['KUALITAS', 'Persentase peserta yang memahami materi (uji pasca penyuluhan)', '80', 'persen'],
      ]],
      ['TAMBAHAN', 'Terlaksananya pencegahan dan pengendalian infeksi di ruang pelayanan', [
        ['KUALITAS', 'Tingkat kepatuhan kebersihan tangan petugas', '85', 'persen'],
      ]],
    ]),
  },
  {
    nama: 'SKP Guru Ahli Pertama',
    jabatanNama: 'Guru Ahli Pertama',
    unitKode: 'DISDIK',
    isi: isi([
      ['UTAMA', 'Meningkatnya hasil belajar peserta didik pada mata pelajaran yang diampu', [
        ['KUALITAS', 'Persentase peserta didik yang mencapai kriteria ketercapaian tujuan pembelajaran', '85', 'persen'],
        ['KUANTITAS', 'Jumlah rombongan belajar yang diampu', '6', 'rombel'],
      ]],
      ['UTAMA', 'Tersusunnya perencanaan dan asesmen pembelajaran', [
        ['KUANTITAS', 'Jumlah modul ajar yang disusun', '2', 'semester'],
        ['WAKTU', 'Nilai rapor yang diunggah sebelum batas waktu', '2', 'semester'],
      ]],
      ['UTAMA', 'Terlaksananya inovasi metode pembelajaran', [
        ['KUANTITAS', 'Jumlah inovasi pembelajaran yang diterapkan di kelas', '2', 'inovasi'],
        ['KUALITAS', 'Persentase peserta didik yang aktif dalam pembelajaran berbasis proyek', '75', 'persen'],
      ]],
      ['TAMBAHAN', 'Terlaksananya pengembangan keprofesian berkelanjutan', [
        ['KUANTITAS', 'Jumlah pelatihan atau komunitas belajar yang diikuti', '32', 'jam pelajaran'],
      ]],
    ]),
  },
  {
    nama: 'SKP Pengelola Pengaduan Masyarakat — Dinas Sosial',
    jabatanNama: 'Pengelola Pengaduan Masyarakat',
    unitKode: 'DINSOS',
    isi: isi([
      ['UTAMA', 'Tertanganinya pengaduan masyarakat di bidang sosial secara cepat dan tuntas', [
        ['KUANTITAS', 'Persentase pengaduan yang ditindaklanjuti', '100', 'persen'],
        ['WAKTU', 'Rata-rata waktu penanganan pengaduan', '3', 'hari kerja'],
        ['KUALITAS', 'Persentase pengadu yang puas atas penanganan', '85', 'persen'],
      ]],
      ['UTAMA', 'Tersedianya laporan rekapitulasi pengaduan', [
        ['KUANTITAS', 'Jumlah laporan rekapitulasi pengaduan', '12', 'laporan'],
        ['WAKTU', 'Laporan disampaikan paling lambat tanggal 5 bulan berikutnya', '12', 'bulan'],
      ]],
    ]),
  },
  {
    nama: 'SKP Verifikator Perizinan — DPMPTSP',
    jabatanNama: 'Verifikator Perizinan',
    unitKode: 'DPMPTSP',
    isi: isi([
      ['UTAMA', 'Terbitnya izin usaha sesuai standar pelayanan', [
        ['KUANTITAS', 'Jumlah berkas permohonan izin yang diverifikasi', '600', 'berkas'],
        ['WAKTU', 'Persentase izin terbit dalam waktu standar pelayanan', '95', 'persen'],
        ['KUALITAS', 'Indeks kepuasan pemohon izin', '85', 'indeks'],
      ]],
      ['UTAMA', 'Terlaksananya verifikasi lapangan permohonan izin berisiko menengah-tinggi', [
        ['KUANTITAS', 'Jumlah verifikasi lapangan', '48', 'lokasi'],
        ['KUALITAS', 'Persentase berita acara verifikasi yang lengkap', '100', 'persen'],
      ]],
    ]),
  },
  {
    nama: 'SKP Pengadministrasi Perkantoran',
    jabatanNama: 'Pengadministrasi Perkantoran',
    unitKode: null,
    isi: isi([
      ['UTAMA', 'Terkelolanya administrasi persuratan unit kerja', [
        ['KUANTITAS', 'Jumlah surat masuk dan keluar yang diagendakan', '1500', 'surat'],
        ['WAKTU', 'Surat masuk didistribusikan paling lambat', '1', 'hari kerja'],
        ['KUALITAS', 'Persentase surat yang diarsipkan sesuai klasifikasi', '95', 'persen'],
      ]],
      ['UTAMA', 'Tersusunnya laporan administrasi perkantoran', [
        ['KUANTITAS', 'Jumlah laporan bulanan administrasi', '12', 'laporan'],
        ['WAKTU', 'Laporan disampaikan tepat waktu', '100', 'persen'],
      ]],
      ['TAMBAHAN', 'Terkelolanya data barang persediaan kantor', [
        ['KUALITAS', 'Persentase kesesuaian catatan dengan stok fisik', '98', 'persen'],
      ]],
    ]),
  },
];

/** Template rows for an instansi; a template whose perangkat daerah does not exist becomes instansi-wide. */
export function demoTemplates(instansiId: string, units: Unit[]): Array<typeof skpTemplate.$inferInsert> {
  return DEMO_TEMPLATES.map((t) => ({
    instansiId,
    nama: t.nama,
    jabatanNama: t.jabatanNama,
    unitId: (t.unitKode && units.find((u) => u.kode === t.unitKode)?.id) || null,
    isi: t.isi,
    dibuatOleh: null,
  }));
}
