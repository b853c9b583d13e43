/**
 * The monthly TPP of one pegawai under the pemda's scheme (Perkada): the scheme is data validated
 * here — the shares and deductions of `TppConfigSchema`, the base per kelas jabatan, the working
 * hours the attendance is measured against, the cap, the Plt allowance — and `hitungTppBulanan`
 * turns one month's inputs (kelas, the predikat that month's result maps to, the SKP, the month's
 * attendance days) into the breakdown the pegawai sees, every deduction with its day.
 *
 * Exceptions: only a day without a valid reason (TANPA_KETERANGAN) is an absence; leave (CUTI),
 * sickness (SAKIT), permission (IZIN) and duty travel (DINAS_LUAR) deduct nothing, nor are they
 * measured for lateness. Money is integer rupiah with the rounding of `hitungTpp` (amounts paid
 * are rounded down; every breakdown adds up); a cap lowers the total with its own line.
 */
import { z } from 'zod';
import { basisPoints } from './common';
import { menitDariJam, parseJam, type KehadiranHari } from './kehadiran';
import type { Predikat } from './rating';
import { defineWorkflow } from './workflow';
import { DEFAULT_TPP_CONFIG, hitungTpp, TppConfigSchema, type HasilTpp, type TppConfig } from './tpp';

export const KELAS_JABATAN_MAKS = 17;
const Rupiah = z.number({ error: 'harus berupa angka' }).int({ error: 'harus rupiah bulat' }).min(0, { error: 'tidak boleh negatif' }).max(1_000_000_000, { error: 'terlalu besar' });
const Jam = z.string({ error: 'wajib diisi' }).refine((v) => parseJam(v) === v, { error: 'tulis jam HH:MM, misalnya 07:30' });

/** How the month's result maps to the performance share. */
export const SUMBER_PREDIKAT_TPP = ['PERIODIK_TERAKHIR', 'TAHUNAN_LALU'] as const;
export type SumberPredikatTpp = (typeof SUMBER_PREDIKAT_TPP)[number];
export const SUMBER_PREDIKAT_TPP_LABEL: Readonly<Record<SumberPredikatTpp, string>> = {
  PERIODIK_TERAKHIR: 'Hasil periodik final yang mencakup bulan itu, yang paling pendek (bila belum ada: hasil tahunan tahun lalu)',
  TAHUNAN_LALU: 'Hasil tahunan tahun lalu',
};

export const SkemaTppSchema = z
  .object({
    config: TppConfigSchema,
    basisPerKelas: z
      .array(z.object({ kelas: z.number({ error: 'harus berupa angka' }).int({ error: 'harus bilangan bulat' }).min(1, { error: 'paling kecil 1' }).max(KELAS_JABATAN_MAKS, { error: `paling besar ${KELAS_JABATAN_MAKS}` }), basis: Rupiah }))
      .max(KELAS_JABATAN_MAKS)
      .refine((b) => new Set(b.map((x) => x.kelas)).size === b.length, { error: 'setiap kelas jabatan paling banyak sekali' }),
    jamMasuk: Jam,
    jamPulang: Jam,
    sumberPredikat: z.enum(SUMBER_PREDIKAT_TPP, { error: 'pilih sumber predikat' }),
    /** Highest TPP paid to one pegawai in a month (null: none). */
    batasAtas: Rupiah.nullable(),
    /** A Plt receives this share of the TPP base of the post they stand in for, on top of their own (Perkada). */
    pltPersen: z.number({ error: 'harus berupa angka' }).min(0, { error: 'paling kecil 0' }).max(100, { error: 'paling besar 100' }),
  })
  .superRefine((s, ctx) => {
    if (parseJam(s.jamMasuk) && parseJam(s.jamPulang) && menitDariJam(s.jamPulang) <= menitDariJam(s.jamMasuk))
      ctx.addIssue({ code: 'custom', path: ['jamPulang'], message: 'harus setelah jam masuk' });
  });
export type SkemaTpp = z.infer<typeof SkemaTppSchema>;

/**
 * The predikat a month's result maps to (see SUMBER_PREDIKAT_TPP): with periodic results, the final
 * one covering the month that ends first (a monthly result before the quarter's); else last year's
 * annual result; null when there is none.
 */
export function predikatUntukBulan(
  sumber: SumberPredikatTpp,
  bulan: string,
  hasil: ReadonlyArray<{ jenis: 'PERIODIK' | 'TAHUNAN'; mulai: string; selesai: string; tahun: number; predikat: Predikat }>,
): { predikat: Predikat; dari: 'PERIODIK' | 'TAHUNAN' } | null {
  const tahun = Number(bulan.slice(0, 4));
  const awal = `${bulan}-01`;
  if (sumber === 'PERIODIK_TERAKHIR') {
    const p = hasil.filter((h) => h.jenis === 'PERIODIK' && h.mulai <= `${bulan}-31` && h.selesai >= awal).sort((a, b) => (a.selesai < b.selesai ? -1 : 1))[0];
    if (p) return { predikat: p.predikat, dari: 'PERIODIK' };
  }
  const t = hasil.find((h) => h.jenis === 'TAHUNAN' && h.tahun === tahun - 1);
  return t ? { predikat: t.predikat, dari: 'TAHUNAN' } : null;
}

export interface PotonganHarian {
  tanggal: string;
  jenis: 'TANPA_KETERANGAN' | 'TERLAMBAT' | 'PULANG_CEPAT';
  /** Minutes late or early (null for a day absent). */
  menit: number | null;
  /** Percent of the discipline component. */
  persen: number;
}

export interface HasilTppBulanan extends HasilTpp {
  /** Every deduction with its day (what the pegawai sees on their phone). */
  potonganHarian: PotonganHarian[];
  /** The Plt allowance added to the base (0 when none). */
  tambahanPlt: number;
  /** What the cap took off the total (0 when under it). */
  pembatasan: number;
  /** The total paid: `total` after the cap. */
  dibayar: number;
}

export type HasilHitungBulanan = { ok: true; hasil: HasilTppBulanan } | { ok: false; alasan: string };

const persenMenit = (tiers: TppConfig['disiplin']['terlambat'], menit: number) => {
  // The schema makes the last tier unbounded: a tier always matches.
  const tier = tiers.find((t) => t.sampaiMenit === null || menit <= t.sampaiMenit)!;
  return basisPoints(tier.persen) / 100;
};

/**
 * One pegawai's TPP for one month. `hari`: the month's attendance records (days outside the month
 * are the caller's to leave out). Refuses, with the reason, a pegawai whose kelas jabatan is unknown
 * or has no base in the scheme (they are listed, not paid 0 silently).
 */
export function hitungTppBulanan(input: {
  skema: SkemaTpp;
  kelas: number | null;
  predikat: Predikat | null;
  skpDisetujui: boolean;
  hari: readonly KehadiranHari[];
  /** The kelas of the post a Plt stands in for this month. */
  kelasPlt?: number | null;
}): HasilHitungBulanan {
  const { skema } = input;
  if (input.kelas === null) return { ok: false, alasan: 'Kelas jabatan belum diisi' };
  const basis = skema.basisPerKelas.find((b) => b.kelas === input.kelas);
  if (!basis) return { ok: false, alasan: `Basis TPP kelas jabatan ${input.kelas} belum ada di skema` };
  let tambahanPlt = 0;
  if (input.kelasPlt != null) {
    const plt = skema.basisPerKelas.find((b) => b.kelas === input.kelasPlt);
    if (!plt) return { ok: false, alasan: `Basis TPP kelas jabatan Plt ${input.kelasPlt} belum ada di skema` };
    tambahanPlt = Math.floor((plt.basis * basisPoints(skema.pltPersen)) / 10000);
  }
  const masuk = menitDariJam(skema.jamMasuk);
  const pulang = menitDariJam(skema.jamPulang);
  const potonganHarian: PotonganHarian[] = [];
  const terlambat: number[] = [];
  const pulangCepat: number[] = [];
  let tk = 0;
  for (const h of [...input.hari].sort((a, b) => (a.tanggal < b.tanggal ? -1 : 1))) {
    if (h.status === 'TANPA_KETERANGAN') {
      tk += 1;
      potonganHarian.push({ tanggal: h.tanggal, jenis: 'TANPA_KETERANGAN', menit: null, persen: skema.config.disiplin.tanpaKeteranganPersenPerHari });
      continue;
    }
    if (h.status !== 'HADIR') continue;
    const telat = h.jamMasuk ? menitDariJam(h.jamMasuk) - masuk : 0;
    if (telat > 0) {
      terlambat.push(telat);
      potonganHarian.push({ tanggal: h.tanggal, jenis: 'TERLAMBAT', menit: telat, persen: persenMenit(skema.config.disiplin.terlambat, telat) });
    }
    const cepat = h.jamPulang ? pulang - menitDariJam(h.jamPulang) : 0;
    if (cepat > 0) {
      pulangCepat.push(cepat);
      potonganHarian.push({ tanggal: h.tanggal, jenis: 'PULANG_CEPAT', menit: cepat, persen: persenMenit(skema.config.disiplin.pulangCepat, cepat) });
    }
  }
  const hasil = hitungTpp({
    config: skema.config,
    basis: basis.basis + tambahanPlt,
    predikat: input.predikat,
    skpDisetujui: input.skpDisetujui,
    disiplin: { hariTanpaKeterangan: tk, terlambatMenit: terlambat, pulangCepatMenit: pulangCepat },
  });
  const dibayar = skema.batasAtas === null ? hasil.total : Math.min(hasil.total, skema.batasAtas);
  return { ok: true, hasil: { ...hasil, potonganHarian, tambahanPlt, pembatasan: hasil.total - dibayar, dibayar } };
}

/** The example scheme of the demo pemda (illustrative values; every region sets its own). */
export const CONTOH_SKEMA_TPP: SkemaTpp = {
  config: DEFAULT_TPP_CONFIG,
  basisPerKelas: [
    { kelas: 1, basis: 1_500_000 },
    { kelas: 3, basis: 2_000_000 },
    { kelas: 5, basis: 2_750_000 },
    { kelas: 6, basis: 3_000_000 },
    { kelas: 7, basis: 3_500_000 },
    { kelas: 8, basis: 4_250_000 },
    { kelas: 9, basis: 5_000_000 },
    { kelas: 10, basis: 6_000_000 },
    { kelas: 11, basis: 7_500_000 },
    { kelas: 12, basis: 9_500_000 },
    { kelas: 13, basis: 12_000_000 },
    { kelas: 14, basis: 15_000_000 },
    { kelas: 15, basis: 20_000_000 },
  ],
  jamMasuk: '07:30',
  jamPulang: '16:00',
  sumberPredikat: 'PERIODIK_TERAKHIR',
  batasAtas: null,
  pltPersen: 20,
};

// --- The monthly run ------------------------------------------------------------------------------

export const TPP_RUN_STATES = ['DRAF', 'DISETUJUI', 'DIGANTI'] as const;
export type TppRunState = (typeof TPP_RUN_STATES)[number];
/**
 * A run is a draft until BKPSDM checks and approves it; an approved run is locked. A correction is
 * a new run (the next version) of the same month and scope; approving it replaces the old one,
 * which stays readable.
 */
export const TPP_RUN_WORKFLOW = defineWorkflow<TppRunState, 'setujui' | 'ganti'>({
  name: 'perhitungan TPP',
  states: TPP_RUN_STATES,
  actions: ['setujui', 'ganti'],
  initial: 'DRAF',
  stateLabel: { DRAF: 'Draf', DISETUJUI: 'Disetujui', DIGANTI: 'Diganti versi baru' },
  actionLabel: { setujui: 'Setujui', ganti: 'Ganti dengan versi baru' },
  transitions: [
    { from: 'DRAF', action: 'setujui', to: 'DISETUJUI', actors: ['admin_bkpsdm'] },
    { from: 'DISETUJUI', action: 'ganti', to: 'DIGANTI', actors: ['sistem'] },
  ],
  editableStates: ['DRAF'],
});
