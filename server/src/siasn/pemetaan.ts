/**
 * The mapping from Capaian's assessment results to SIASN records, as ONE table.
 *
 * It mirrors the public SIASN web-service documentation (BKN, "SIASN API": `POST /skp22/save`
 * for the annual SKP from 2022 on, and `POST /kinerjaperiodik/save` for periodic results) as far
 * as it is known here: this build has no network access to BKN to confirm it. Before the first
 * real upload, compare the field names and reference codes with the current documentation and
 * change only this table (and `KODE_*` below) — nothing else in Capaian knows SIASN's names.
 *
 * What Capaian cannot know and leaves to the upload tool (which runs where SIASN is reachable):
 * - SIASN's own id of the PNS (`pnsDinilaiOrang` / `pnsDinilaiId`): exported as null with the
 *   NIP in `nipDinilai`, to be resolved with SIASN's "data utama" lookup by NIP;
 * - the record id (`id`, null = new record), the uploaded document paths (`path`), and for
 *   periodic results SIASN's `periodikId` / `koefisienId` references (left out).
 * The atasan pejabat penilai fields come from SIASN's older SKP record (`/skp/save`, 2021); they
 * are kept for completeness and may be dropped if `skp22` refuses unknown fields.
 */
import type { Predikat, Rating } from '@capaian/domain';

export type FormatSiasn = 'skp22' | 'kinerjaperiodik';

/** SIASN's "perilakuDanKinerja" reference, as known: 1 di bawah, 2 sesuai, 3 di atas ekspektasi. */
export const KODE_RATING: Readonly<Record<Rating, number>> = { DI_BAWAH_EKSPEKTASI: 1, SESUAI_EKSPEKTASI: 2, DI_ATAS_EKSPEKTASI: 3 };

/** SIASN's "kuadranNilai" reference (predikat kinerja), as known: worst 1 … best 5. */
export const KODE_PREDIKAT: Readonly<Record<Predikat, number>> = { SANGAT_KURANG: 1, KURANG: 2, BUTUH_PERBAIKAN: 3, BAIK: 4, SANGAT_BAIK: 5 };

const ROMAWI = ['I', 'II', 'III', 'IV'] as const;
/**
 * SIASN's "golonganPns" reference id of a PNS golongan: roman group and letter as two digits
 * (I/a → "11" … III/d → "34" … IV/e → "45"). A PPPK golongan (I … XVII) is sent as written, as
 * its SIASN reference is not known here.
 */
export function kodeGolonganSiasn(golongan: string | null): string | null {
  if (!golongan) return null;
  const m = /^(I{1,3}|IV)\/([a-e])$/.exec(golongan.trim());
  if (!m) return golongan.trim() || null;
  return `${ROMAWI.indexOf(m[1] as (typeof ROMAWI)[number]) + 1}${'abcde'.indexOf(m[2]!) + 1}`;
}

/** One party (pejabat penilai or atasan) as SIASN records them. */
export interface PihakSiasn {
  status: 'ASN' | 'NON ASN';
  nip: string | null;
  nama: string;
  golongan: string | null;
  jabatan: string | null;
  unor: string | null;
}

/** What one exported record is built from. */
export interface SumberSiasn {
  nip: string;
  tahun: number;
  bulanMulai: number;
  bulanSelesai: number;
  tahunMulai: number;
  tahunSelesai: number;
  ratingHasilKerja: Rating;
  ratingPerilaku: Rating;
  predikat: Predikat;
  penilai: PihakSiasn;
  atasan: PihakSiasn | null;
}

type Nilai = string | number | null | readonly never[];

/** The table: SIASN field, which record kinds carry it, where the value comes from. */
export const PEMETAAN_SIASN: ReadonlyArray<{ field: string; format: readonly FormatSiasn[]; keterangan: string; nilai: (s: SumberSiasn) => Nilai }> = [
  { field: 'id', format: ['skp22', 'kinerjaperiodik'], keterangan: 'id riwayat di SIASN; null = data baru', nilai: () => null },
  { field: 'pnsDinilaiOrang', format: ['skp22'], keterangan: 'id PNS di SIASN; dicari alat unggah dari nipDinilai', nilai: () => null },
  { field: 'pnsDinilaiId', format: ['kinerjaperiodik'], keterangan: 'id PNS di SIASN; dicari alat unggah dari nipDinilai', nilai: () => null },
  { field: 'nipDinilai', format: ['skp22', 'kinerjaperiodik'], keterangan: 'NIP pegawai yang dinilai (kunci Capaian)', nilai: (s) => s.nip },
  { field: 'tahun', format: ['skp22', 'kinerjaperiodik'], keterangan: 'tahun penilaian', nilai: (s) => s.tahun },
  { field: 'bulanMulaiPenilaian', format: ['kinerjaperiodik'], keterangan: 'bulan awal periode (1-12)', nilai: (s) => s.bulanMulai },
  { field: 'bulanSelesaiPenilaian', format: ['kinerjaperiodik'], keterangan: 'bulan akhir periode (1-12)', nilai: (s) => s.bulanSelesai },
  { field: 'tahunMulaiPenilaian', format: ['kinerjaperiodik'], keterangan: 'tahun awal periode', nilai: (s) => s.tahunMulai },
  { field: 'tahunSelesaiPenilaian', format: ['kinerjaperiodik'], keterangan: 'tahun akhir periode', nilai: (s) => s.tahunSelesai },
  { field: 'hasilKinerjaNilai', format: ['skp22', 'kinerjaperiodik'], keterangan: 'rating hasil kerja: 1 di bawah, 2 sesuai, 3 di atas ekspektasi', nilai: (s) => KODE_RATING[s.ratingHasilKerja] },
  { field: 'perilakuKerjaNilai', format: ['skp22', 'kinerjaperiodik'], keterangan: 'rating perilaku kerja: 1 di bawah, 2 sesuai, 3 di atas ekspektasi', nilai: (s) => KODE_RATING[s.ratingPerilaku] },
  { field: 'kuadranKinerjaNilai', format: ['skp22', 'kinerjaperiodik'], keterangan: 'predikat kinerja: 1 sangat kurang … 5 sangat baik', nilai: (s) => KODE_PREDIKAT[s.predikat] },
  { field: 'statusPenilai', format: ['skp22', 'kinerjaperiodik'], keterangan: "'ASN', atau 'NON ASN' bila penilai kepala daerah", nilai: (s) => s.penilai.status },
  { field: 'penilaiNipNrp', format: ['skp22', 'kinerjaperiodik'], keterangan: 'NIP pejabat penilai (kosong untuk NON ASN)', nilai: (s) => s.penilai.nip },
  { field: 'penilaiNama', format: ['skp22', 'kinerjaperiodik'], keterangan: 'nama pejabat penilai', nilai: (s) => s.penilai.nama },
  { field: 'penilaiGolongan', format: ['skp22', 'kinerjaperiodik'], keterangan: 'golongan pejabat penilai (kode referensi SIASN)', nilai: (s) => kodeGolonganSiasn(s.penilai.golongan) },
  { field: 'penilaiJabatan', format: ['skp22'], keterangan: 'jabatan pejabat penilai', nilai: (s) => s.penilai.jabatan },
  { field: 'penilaiJabatanNama', format: ['kinerjaperiodik'], keterangan: 'jabatan pejabat penilai', nilai: (s) => s.penilai.jabatan },
  { field: 'penilaiUnorNama', format: ['skp22', 'kinerjaperiodik'], keterangan: 'unit organisasi pejabat penilai', nilai: (s) => s.penilai.unor },
  { field: 'statusAtasanPenilai', format: ['skp22'], keterangan: "'ASN' atau 'NON ASN' (bentuk SKP 2021)", nilai: (s) => s.atasan?.status ?? null },
  { field: 'atasanPenilaiNipNrp', format: ['skp22'], keterangan: 'NIP atasan pejabat penilai (bentuk SKP 2021)', nilai: (s) => s.atasan?.nip ?? null },
  { field: 'atasanPenilaiNama', format: ['skp22'], keterangan: 'nama atasan pejabat penilai (bentuk SKP 2021)', nilai: (s) => s.atasan?.nama ?? null },
  { field: 'atasanPenilaiGolongan', format: ['skp22'], keterangan: 'golongan atasan pejabat penilai (bentuk SKP 2021)', nilai: (s) => kodeGolonganSiasn(s.atasan?.golongan ?? null) },
  { field: 'atasanPenilaiJabatan', format: ['skp22'], keterangan: 'jabatan atasan pejabat penilai (bentuk SKP 2021)', nilai: (s) => s.atasan?.jabatan ?? null },
  { field: 'atasanPenilaiUnorNama', format: ['skp22'], keterangan: 'unit organisasi atasan pejabat penilai (bentuk SKP 2021)', nilai: (s) => s.atasan?.unor ?? null },
  { field: 'path', format: ['skp22', 'kinerjaperiodik'], keterangan: 'dokumen yang diunggah ke SIASN; diisi alat unggah', nilai: () => [] },
];

/** One SIASN record of the given kind, field order as in the table. */
export function recordSiasn(format: FormatSiasn, s: SumberSiasn): Record<string, Nilai> {
  const out: Record<string, Nilai> = {};
  for (const f of PEMETAAN_SIASN) if (f.format.includes(format)) out[f.field] = f.nilai(s);
  return out;
}
