/**
 * BerAKHLAK: the seven core values of ASN and their three fixed behaviour
 * indicators each (PermenPANRB 6/2022, perilaku kerja). The indicator text is
 * kept exactly as in the domain brief (lower case; the UI may capitalise).
 * The superior adds a free-text "ekspektasi khusus pimpinan" per value in the SKP.
 */

export const BERAKHLAK_KODE = [
  'BERORIENTASI_PELAYANAN',
  'AKUNTABEL',
  'KOMPETEN',
  'HARMONIS',
  'LOYAL',
  'ADAPTIF',
  'KOLABORATIF',
] as const;
export type BerakhlakKode = (typeof BERAKHLAK_KODE)[number];

export interface NilaiBerakhlak {
  kode: BerakhlakKode;
  nama: string;
  indikator: readonly [string, string, string];
}

export const BERAKHLAK: readonly NilaiBerakhlak[] = [
  {
    kode: 'BERORIENTASI_PELAYANAN',
    nama: 'Berorientasi Pelayanan',
    indikator: [
      'memahami dan memenuhi kebutuhan masyarakat',
      'ramah, cekatan, solutif dan dapat diandalkan',
      'melakukan perbaikan tiada henti',
    ],
  },
  {
    kode: 'AKUNTABEL',
    nama: 'Akuntabel',
    indikator: [
      'jujur, bertanggung jawab, cermat, disiplin dan berintegritas tinggi',
      'menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif dan efisien',
      'tidak menyalahgunakan kewenangan jabatan',
    ],
  },
  {
    kode: 'KOMPETEN',
    nama: 'Kompeten',
    indikator: [
      'meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah',
      'membantu orang lain belajar',
      'melaksanakan tugas dengan kualitas terbaik',
    ],
  },
  {
    kode: 'HARMONIS',
    nama: 'Harmonis',
    indikator: [
      'menghargai setiap orang apa pun latar belakangnya',
      'suka menolong orang lain',
      'membangun lingkungan kerja yang kondusif',
    ],
  },
  {
    kode: 'LOYAL',
    nama: 'Loyal',
    indikator: [
      'memegang teguh ideologi Pancasila, UUD 1945, setia kepada NKRI serta pemerintahan yang sah',
      'menjaga nama baik sesama ASN, pimpinan, instansi dan negara',
      'menjaga rahasia jabatan dan negara',
    ],
  },
  {
    kode: 'ADAPTIF',
    nama: 'Adaptif',
    indikator: [
      'cepat menyesuaikan diri menghadapi perubahan',
      'terus berinovasi dan mengembangkan kreativitas',
      'bertindak proaktif',
    ],
  },
  {
    kode: 'KOLABORATIF',
    nama: 'Kolaboratif',
    indikator: [
      'memberi kesempatan kepada berbagai pihak untuk berkontribusi',
      'terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
      'menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama',
    ],
  },
];
