/**
 * What the Formulir SKP shows, as plain data: the SKP service builds it from the database, the
 * PDF renderer draws it. Keeping the two apart lets the renderer be tested and benchmarked alone.
 */
export interface PihakDokumen {
  nama: string;
  nip: string;
  /** e.g. "Penata Muda (III/a)" */
  pangkatGolongan: string;
  jabatan: string;
  unitKerja: string;
}

export interface SkpDokumen {
  instansiNama: string;
  tahun: number;
  periodeMulai: string; // YYYY-MM-DD
  periodeSelesai: string; // YYYY-MM-DD
  pendekatan: 'KUANTITATIF' | 'KUALITATIF';
  versi: number;
  /** Status label in Indonesian, e.g. "Disetujui". */
  status: string;
  pegawai: PihakDokumen;
  pejabatPenilai: PihakDokumen | null;
  /** The JPT/unit heads' SKP shows a perspektif column. */
  denganPerspektif: boolean;
  hasilKerja: Array<{
    jenis: 'UTAMA' | 'TAMBAHAN';
    uraian: string;
    /** The superior's RHK this one intervenes (cascading), or the Perjanjian Kinerja goal for JPT. */
    rhkAtasan: string | null;
    perspektif: string | null;
    indikator: Array<{ aspek: string; uraian: string; target: string }>;
  }>;
  perilaku: Array<{ nama: string; indikator: string[]; ekspektasi: string | null }>;
  lampiran: { dukunganSumberDaya: string[]; skemaPertanggungjawaban: string[]; konsekuensi: string[] };
  /** Place and date for the signatures, e.g. "Kota Contoh", "2026-01-15". */
  tempat: string;
  tanggal: string | null;
  verifikasi: { url: string; hash: string };
}
