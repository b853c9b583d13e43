/**
 * What the two assessment documents show, as plain data: the service builds it from the database,
 * the renderers (evaluasi-pdf.ts) draw it, so they can be tested and benchmarked alone.
 */
import type { PihakDokumen } from '../dokumen/skp-dokumen.js';

export type { PihakDokumen };

export interface EvaluasiDokumen {
  instansiNama: string;
  periode: {
    /** e.g. "Triwulan I 2026", "Tahun 2026" */
    label: string;
    /** e.g. "TRIWULANAN", "TAHUNAN" */
    jenis: string;
    /** e.g. "Triwulanan", "Tahunan" */
    jenisLabel: string;
    mulai: string;
    selesai: string;
  };
  pendekatan: 'KUANTITATIF' | 'KUALITATIF';
  pegawai: PihakDokumen;
  /** null: none on record (printed as a dash). */
  pejabatPenilai: PihakDokumen | null;
  atasanPenilai: PihakDokumen | null;
  /** Label, e.g. "Baik"; null when not set. */
  capaianOrganisasi: string | null;
  /** The curve the unit's result allows (rule descriptions) and the unit's actual distribution. */
  polaDistribusi: { aturan: string[]; distribusi: Array<{ predikat: string; jumlah: number }> };
  hasilKerja: Array<{
    jenis: 'UTAMA' | 'TAMBAHAN';
    uraian: string;
    indikator: Array<{ aspek: string; uraian: string; target: string; realisasi: string }>;
    /** Continuous feedback given in the period and the rating's feedback. */
    umpanBalik: string;
    rating: string | null;
  }>;
  ratingHasilKerja: string | null;
  umpanBalikHasilKerja: string | null;
  perilaku: Array<{ nama: string; ekspektasi: string | null; umpanBalik: string | null }>;
  ratingPerilaku: string | null;
  umpanBalikPerilaku: string | null;
  /** Label, e.g. "Baik". */
  predikat: string | null;
  /** The unit's curve override at finalisation (printed on the documents). */
  overrideKurva: { alasan: string; oleh: string | null } | null;
  /** A decided keberatan, e.g. "Hasil penilaian diubah: …". */
  keberatan: string | null;
  /** Post-assessment discussion and the tim penilai's recommendations (Dokumen Evaluasi). */
  catatan: { baik: string; perbaikan: string; rencanaPengembangan: string[] } | null;
  rekomendasi: string[];
  /** Place and date for the signatures. */
  tempat: string;
  tanggal: string | null;
  verifikasi: { url: string; hash: string };
}
