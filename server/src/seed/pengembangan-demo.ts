/**
 * The demo pemda's pengembangan kompetensi: a catalogue of 40 trainings and workshops of the kind
 * a BKPSDM offers (technical, managerial and socio-cultural; classroom, e-learning, workshops), a
 * development plan of this year for about eight in ten pegawai (most agreed, some proposed, some
 * drafts) and completed training for three in four — four in five of those with the certificate
 * number, whose certificate file `seedDemoBerkas` writes (the seed itself has no storage).
 * The demo pelaksana (Budi) starts with neither, so his first plan is the README's walk-through.
 */
import { sql } from 'drizzle-orm';
import { addDays, type BerakhlakKode, type JenisKompetensi, type MetodePelatihan } from '@capaian/domain';
import { queryRows, type DbOrTx } from '../db/client.js';

type Entri = [kode: string, judul: string, jenis: JenisKompetensi, metode: MetodePelatihan, jp: number, penyelenggara: string, kataKunci: string[], nilai: BerakhlakKode[]];

export const KATALOG_DEMO: readonly Entri[] = [
  ['TIK-01', 'Pelatihan Aplikasi Perkantoran (Pengolah Kata dan Angka)', 'TEKNIS', 'KLASIKAL', 24, 'BKPSDM Kota Contoh', ['aplikasi', 'komputer', 'laporan', 'dokumen'], ['KOMPETEN']],
  ['TIK-02', 'Literasi Digital dan Keamanan Informasi ASN', 'TEKNIS', 'E_LEARNING', 10, 'BPSDM Kementerian Kominfo', ['digital', 'data', 'informasi', 'aplikasi'], ['ADAPTIF']],
  ['TIK-03', 'Pengelolaan Data dan Statistik Sektoral', 'TEKNIS', 'BLENDED', 30, 'Diskominfo Kota Contoh', ['data', 'statistik', 'analisis'], ['KOMPETEN']],
  ['TIK-04', 'Pemanfaatan Sistem Informasi Pemerintahan Daerah (SIPD)', 'TEKNIS', 'KLASIKAL', 24, 'BPKAD Kota Contoh', ['sipd', 'anggaran', 'perencanaan'], ['KOMPETEN']],
  ['TIK-05', 'Pengelolaan Arsip Digital (SRIKANDI)', 'TEKNIS', 'WORKSHOP', 16, 'Dinas Perpustakaan dan Kearsipan', ['arsip', 'surat', 'persuratan', 'naskah'], ['AKUNTABEL']],
  ['KEU-01', 'Pengelolaan Keuangan Daerah bagi Bendahara', 'TEKNIS', 'KLASIKAL', 40, 'BPKAD Kota Contoh', ['keuangan', 'bendahara', 'anggaran', 'pembayaran'], ['AKUNTABEL']],
  ['KEU-02', 'Pengadaan Barang/Jasa Pemerintah Tingkat Dasar', 'TEKNIS', 'KLASIKAL', 40, 'LKPP', ['pengadaan', 'barang', 'kontrak'], ['AKUNTABEL']],
  ['KEU-03', 'Penatausahaan Barang Milik Daerah', 'TEKNIS', 'WORKSHOP', 16, 'BPKAD Kota Contoh', ['aset', 'barang', 'inventaris'], ['AKUNTABEL']],
  ['PEG-01', 'Manajemen Administrasi Kepegawaian dan SIASN', 'TEKNIS', 'KLASIKAL', 24, 'BKN Kantor Regional', ['kepegawaian', 'pangkat', 'siasn', 'usulan'], ['KOMPETEN']],
  ['PEG-02', 'Penyusunan SKP dan Manajemen Kinerja ASN', 'TEKNIS', 'E_LEARNING', 12, 'BKPSDM Kota Contoh', ['kinerja', 'skp', 'target', 'indikator'], ['AKUNTABEL']],
  ['PEG-03', 'Analisis Jabatan dan Analisis Beban Kerja', 'TEKNIS', 'WORKSHOP', 20, 'Bagian Organisasi Setda', ['jabatan', 'beban', 'organisasi'], ['KOMPETEN']],
  ['REN-01', 'Penyusunan Dokumen Perencanaan dan Evaluasi Kinerja (SAKIP)', 'TEKNIS', 'WORKSHOP', 24, 'Bappeda Kota Contoh', ['perencanaan', 'evaluasi', 'sakip', 'renstra', 'renja'], ['AKUNTABEL']],
  ['REN-02', 'Penulisan Laporan dan Naskah Dinas', 'TEKNIS', 'KLASIKAL', 16, 'BKPSDM Kota Contoh', ['laporan', 'naskah', 'dokumen', 'telaahan'], ['KOMPETEN']],
  ['KES-01', 'Pelatihan Pelayanan Kesehatan Dasar di Puskesmas', 'TEKNIS', 'KLASIKAL', 40, 'Bapelkes Provinsi', ['kesehatan', 'pasien', 'puskesmas', 'imunisasi'], ['BERORIENTASI_PELAYANAN']],
  ['KES-02', 'Manajemen Puskesmas', 'MANAJERIAL', 'BLENDED', 40, 'Bapelkes Provinsi', ['puskesmas', 'manajemen', 'mutu'], ['KOLABORATIF']],
  ['KES-03', 'Pencatatan dan Pelaporan Kesehatan (SIMPUS)', 'TEKNIS', 'WORKSHOP', 16, 'Dinas Kesehatan Kota Contoh', ['kesehatan', 'pencatatan', 'rekam', 'simpus'], ['KOMPETEN']],
  ['KES-04', 'Pelatihan Asuhan Keperawatan', 'TEKNIS', 'KLASIKAL', 30, 'Bapelkes Provinsi', ['keperawatan', 'pasien', 'asuhan'], ['BERORIENTASI_PELAYANAN']],
  ['PDK-01', 'Pembelajaran Berdiferensiasi dan Kurikulum Merdeka', 'TEKNIS', 'BLENDED', 32, 'Balai Guru Penggerak', ['pembelajaran', 'kurikulum', 'siswa', 'guru'], ['KOMPETEN']],
  ['PDK-02', 'Asesmen Pembelajaran', 'TEKNIS', 'WORKSHOP', 16, 'Dinas Pendidikan Kota Contoh', ['asesmen', 'penilaian', 'siswa'], ['KOMPETEN']],
  ['PDK-03', 'Manajemen Berbasis Sekolah bagi Kepala Sekolah', 'MANAJERIAL', 'KLASIKAL', 40, 'Dinas Pendidikan Kota Contoh', ['sekolah', 'manajemen'], ['KOLABORATIF']],
  ['PLY-01', 'Pelayanan Prima', 'SOSIAL_KULTURAL', 'WORKSHOP', 16, 'BKPSDM Kota Contoh', ['pelayanan', 'masyarakat', 'warga', 'pengaduan', 'ramah'], ['BERORIENTASI_PELAYANAN']],
  ['PLY-02', 'Standar Pelayanan dan Survei Kepuasan Masyarakat', 'TEKNIS', 'WORKSHOP', 12, 'Bagian Organisasi Setda', ['pelayanan', 'survei', 'kepuasan', 'standar'], ['BERORIENTASI_PELAYANAN']],
  ['PLY-03', 'Pengelolaan Pengaduan Masyarakat (SP4N-LAPOR!)', 'TEKNIS', 'E_LEARNING', 8, 'Ombudsman RI', ['pengaduan', 'masyarakat', 'lapor'], ['BERORIENTASI_PELAYANAN']],
  ['PLY-04', 'Komunikasi Efektif dalam Pelayanan Publik', 'SOSIAL_KULTURAL', 'KLASIKAL', 12, 'BKPSDM Kota Contoh', ['komunikasi', 'pelayanan', 'masyarakat'], ['BERORIENTASI_PELAYANAN', 'HARMONIS']],
  ['MNJ-01', 'Pelatihan Kepemimpinan Pengawas', 'MANAJERIAL', 'BLENDED', 80, 'BPSDM Provinsi', ['kepemimpinan', 'pengawasan', 'tim'], ['KOLABORATIF']],
  ['MNJ-02', 'Pelatihan Kepemimpinan Administrator', 'MANAJERIAL', 'BLENDED', 100, 'BPSDM Provinsi', ['kepemimpinan', 'perubahan', 'strategi'], ['ADAPTIF']],
  ['MNJ-03', 'Coaching dan Mentoring bagi Atasan', 'MANAJERIAL', 'WORKSHOP', 16, 'BKPSDM Kota Contoh', ['coaching', 'mentoring', 'bimbingan', 'umpan balik'], ['KOMPETEN']],
  ['MNJ-04', 'Manajemen Perubahan dan Inovasi Pelayanan', 'MANAJERIAL', 'WORKSHOP', 20, 'LAN RI', ['inovasi', 'perubahan'], ['ADAPTIF']],
  ['MNJ-05', 'Pengambilan Keputusan Berbasis Data', 'MANAJERIAL', 'E_LEARNING', 10, 'LAN RI', ['keputusan', 'data', 'analisis'], ['ADAPTIF']],
  ['MNJ-06', 'Manajemen Waktu dan Prioritas Kerja', 'MANAJERIAL', 'E_LEARNING', 6, 'ASN Unggul (LAN)', ['waktu', 'prioritas', 'tenggat'], ['AKUNTABEL']],
  ['MNJ-07', 'Kerja Sama Tim dan Kolaborasi Lintas Unit', 'MANAJERIAL', 'WORKSHOP', 12, 'BKPSDM Kota Contoh', ['kerja sama', 'kolaborasi', 'koordinasi', 'tim'], ['KOLABORATIF']],
  ['SOS-01', 'Wawasan Kebangsaan dan Nilai Bela Negara', 'SOSIAL_KULTURAL', 'KLASIKAL', 20, 'Badan Kesbangpol', ['kebangsaan', 'bela negara', 'perekat bangsa'], ['LOYAL']],
  ['SOS-02', 'Integritas dan Budaya Antikorupsi', 'SOSIAL_KULTURAL', 'E_LEARNING', 8, 'KPK (ACLC)', ['integritas', 'antikorupsi', 'gratifikasi'], ['AKUNTABEL', 'LOYAL']],
  ['SOS-03', 'Moderasi dan Kerukunan dalam Lingkungan Kerja', 'SOSIAL_KULTURAL', 'SEMINAR', 6, 'Kementerian Agama Kota Contoh', ['kerukunan', 'keberagaman', 'moderasi'], ['HARMONIS']],
  ['SOS-04', 'Core Values BerAKHLAK dan Employer Branding ASN', 'SOSIAL_KULTURAL', 'E_LEARNING', 8, 'KemenPANRB', ['berakhlak', 'nilai dasar', 'perilaku'], ['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF']],
  ['SOS-05', 'Etika dan Disiplin PNS', 'SOSIAL_KULTURAL', 'SEMINAR', 4, 'BKPSDM Kota Contoh', ['disiplin', 'etika', 'kehadiran', 'terlambat'], ['AKUNTABEL', 'LOYAL']],
  ['SOS-06', 'Kesehatan Mental dan Keseimbangan Kerja', 'SOSIAL_KULTURAL', 'SEMINAR', 4, 'RSUD Kota Contoh', ['stres', 'konseling', 'kesehatan mental'], ['HARMONIS']],
  ['BHS-01', 'Bahasa Inggris untuk Pelayanan Publik', 'TEKNIS', 'BLENDED', 32, 'UPT Bahasa Universitas Negeri', ['bahasa inggris', 'bahasa'], ['KOMPETEN']],
  ['MAG-01', 'Magang Tata Kelola Pelayanan Terpadu Satu Pintu', 'TEKNIS', 'MAGANG', 40, 'DPMPTSP Provinsi', ['perizinan', 'pelayanan', 'terpadu'], ['BERORIENTASI_PELAYANAN']],
  ['PRT-01', 'Pengelolaan Kegiatan dan Protokol Acara Resmi', 'TEKNIS', 'WORKSHOP', 12, 'Bagian Protokol Setda', ['acara', 'kegiatan', 'protokol'], ['KOLABORATIF']],
];

/** How a pegawai's development year looks in the demo, from their place in NIP order. */
const STATUS_RENCANA = ['DISEPAKATI', 'DISEPAKATI', 'DISEPAKATI', 'DISEPAKATI', 'DISEPAKATI', 'DIAJUKAN', 'DIAJUKAN', 'DRAF', null, null] as const;

export async function pengembanganDemo(tx: DbOrTx, instansiId: string, tahun: number, seedDate: string, tanpa: readonly string[]) {
  const katalog = await queryRows<{ id: string; judul: string; jenis_kompetensi: string; metode: string; jp: number; penyelenggara: string }>(
    tx,
    sql`INSERT INTO pelatihan_katalog (instansi_id, kode, judul, jenis_kompetensi, metode, jp, penyelenggara, kata_kunci, nilai_berakhlak)
        SELECT ${instansiId}, x.kode, x.judul, x.jenis, x.metode, x.jp, x.penyelenggara, x.kk, x.nilai
          FROM jsonb_to_recordset(${JSON.stringify(KATALOG_DEMO.map(([kode, judul, jenis, metode, jp, penyelenggara, kk, nilai]) => ({ kode, judul, jenis, metode, jp, penyelenggara, kk, nilai })))}::jsonb)
            AS x(kode text, judul text, jenis text, metode text, jp int, penyelenggara text, kk jsonb, nilai jsonb)
        RETURNING id, judul, jenis_kompetensi, metode, jp, penyelenggara`,
  );
  const pegawai = await queryRows<{ id: string }>(tx, sql`SELECT id FROM pegawai WHERE instansi_id = ${instansiId} AND status = 'AKTIF' AND NOT (id = ANY(${`{${tanpa.join(',')}}`}::uuid[])) ORDER BY nip`);
  const n = katalog.length;
  const hariIni = new Date(`${seedDate}T00:00:00Z`);
  // Training ended by last week, in this year (none when the year has barely begun).
  const hariBerlalu = Math.floor((hariIni.getTime() - Date.UTC(tahun, 0, 1)) / 86_400_000) - 7;
  const rencana: unknown[] = [];
  const riwayat: unknown[] = [];
  pegawai.forEach((p, i) => {
    const a = katalog[(i * 7) % n]!;
    const b = katalog[(i * 13 + 5) % n === (i * 7) % n ? (i * 13 + 6) % n : (i * 13 + 5) % n]!;
    const status = STATUS_RENCANA[i % STATUS_RENCANA.length];
    if (status) {
      const items = [a, b].map((k, j) => ({ pelatihanId: k.id, judul: k.judul, jenisKompetensi: k.jenis_kompetensi, jp: k.jp, kebutuhan: null, bulanTarget: 3 + j * 4 + (i % 3) }));
      rencana.push({ pegawai_id: p.id, status, items });
    }
    if (i % 4 !== 3 && hariBerlalu > 14) {
      const ikut = i % 4 === 0 ? [a, b] : [a];
      ikut.forEach((k, j) => {
        const selesai = addDays(`${tahun}-01-01`, Math.floor(((i * 37 + j * 53) % hariBerlalu) * 0.9) + 7);
        riwayat.push({
          pegawai_id: p.id,
          pelatihan_id: k.id,
          judul: k.judul,
          jenis: k.jenis_kompetensi,
          metode: k.metode,
          jp: k.jp,
          penyelenggara: k.penyelenggara,
          mulai: addDays(selesai, -Math.min(4, Math.ceil(k.jp / 10))),
          selesai,
          // Four in five have their certificate (its number now, its file from seedDemoBerkas).
          nomor: (i + j) % 5 === 4 ? null : `${k.judul.slice(0, 3).toUpperCase()}/${tahun}/${String(i + 1).padStart(4, '0')}`,
        });
      });
    }
  });
  const at = `${addDays(seedDate, -20)}T03:00:00Z`;
  await tx.execute(sql`
    INSERT INTO rencana_pengembangan (instansi_id, pegawai_id, tahun, status, items, ditulis_oleh, diajukan_at, disepakati_at, created_at, updated_at)
    SELECT ${instansiId}, x.pegawai_id, ${tahun}, x.status, x.items, x.pegawai_id,
           CASE WHEN x.status <> 'DRAF' THEN ${at}::timestamptz END, CASE WHEN x.status = 'DISEPAKATI' THEN ${at}::timestamptz + interval '3 days' END,
           ${at}::timestamptz, ${at}::timestamptz
      FROM jsonb_to_recordset(${JSON.stringify(rencana)}::jsonb) AS x(pegawai_id uuid, status text, items jsonb)`);
  // Agreed by the pejabat penilai of this year's SKP.
  await tx.execute(sql`
    UPDATE rencana_pengembangan r SET disepakati_oleh = s.pejabat_penilai_id
      FROM skp s WHERE r.instansi_id = ${instansiId} AND r.status = 'DISEPAKATI' AND s.instansi_id = r.instansi_id AND s.pegawai_id = r.pegawai_id AND s.tahun = r.tahun`);
  await tx.execute(sql`
    INSERT INTO riwayat_pelatihan (instansi_id, pegawai_id, tahun, pelatihan_id, judul, jenis_kompetensi, metode, jp, penyelenggara, tanggal_mulai, tanggal_selesai, nomor_sertifikat, dicatat_oleh, created_at)
    SELECT ${instansiId}, x.pegawai_id, ${tahun}, x.pelatihan_id, x.judul, x.jenis, x.metode, x.jp, x.penyelenggara, x.mulai, x.selesai, x.nomor, x.pegawai_id, x.selesai::timestamptz + interval '2 days'
      FROM jsonb_to_recordset(${JSON.stringify(riwayat)}::jsonb)
        AS x(pegawai_id uuid, pelatihan_id uuid, judul text, jenis text, metode text, jp int, penyelenggara text, mulai date, selesai date, nomor text)`);
}
