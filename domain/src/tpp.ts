/**
 * TPP (Tambahan Penghasilan Pegawai) calculator.
 *
 * The formula is set by each region's head (Perkada), so it is structured data
 * validated by `TppConfigSchema` — never text that is evaluated. The shape
 * follows the common pattern: a `basis` amount per pegawai (the TPP ceiling
 * for the jabatan, an input) split into a kinerja (productivity) component and
 * a disiplin (attendance) component.
 *
 * - Kinerja: allocation × `persenPerPredikat[predikat]`; nothing when the rule
 *   `wajibSkpDisetujui` is on and the annual SKP is not approved, or when no
 *   predikat has been set yet.
 * - Disiplin: allocation minus deductions. Deductions are percentages *of the
 *   disiplin component* (a Perkada that states them as a share of the whole TPP
 *   is converted: 3% of the TPP with a 40% component = 7.5%); their sum is
 *   capped at 100% of the component.
 *
 * Rounding (all amounts are whole rupiah): percentages are carried as integer
 * basis points (so they may have at most two decimals) and all arithmetic is on
 * integers. The kinerja allocation is round(basis × bobot); the disiplin
 * allocation is the rest, so the two always add up to the basis. Amounts paid
 * are rounded *down* to the rupiah; a deduction is the allocation minus what
 * is paid, so every breakdown adds up exactly.
 */
import { z } from 'zod';
import { DomainError, basisPoints, floorDiv, formatAngka, isHundredth } from './common';
import { PREDIKATS, PREDIKAT_LABEL, type Predikat } from './rating';

const Persen = z
  .number()
  .min(0, { error: 'Persentase tidak boleh negatif' })
  .max(100, { error: 'Persentase paling besar 100' })
  .refine(isHundredth, { error: 'Persentase paling banyak dua angka desimal' });

const TingkatMenitSchema = z.object({
  /** Upper bound in minutes (inclusive); null = no upper bound (must be the last tier). */
  sampaiMenit: z.number().int().positive().nullable(),
  persen: Persen,
});

const TingkatListSchema = z
  .array(TingkatMenitSchema)
  .min(1, { error: 'Paling sedikit satu tingkat potongan' })
  .refine((list) => list.at(-1)?.sampaiMenit === null, {
    error: 'Tingkat potongan terakhir harus tanpa batas atas (sampaiMenit: null)',
  })
  .refine(
    (list) => {
      const bounds = list.map((t) => t.sampaiMenit ?? Number.POSITIVE_INFINITY);
      return bounds.every((b, i) => i === 0 || b > (bounds[i - 1] as number));
    },
    { error: 'Batas menit tiap tingkat potongan harus naik berurutan; hanya tingkat terakhir tanpa batas atas' },
  );

export const TppConfigSchema = z
  .object({
    nama: z.string().min(1),
    bobot: z.object({ kinerja: Persen, disiplin: Persen }),
    kinerja: z.object({
      persenPerPredikat: z.record(z.enum(PREDIKATS), Persen),
      wajibSkpDisetujui: z.boolean(),
    }),
    disiplin: z.object({
      tanpaKeteranganPersenPerHari: Persen,
      terlambat: TingkatListSchema,
      pulangCepat: TingkatListSchema,
      kejadianLain: z
        .array(z.object({ kode: z.string().min(1), label: z.string().min(1), persen: Persen }))
        .refine((list) => new Set(list.map((k) => k.kode)).size === list.length, {
          error: 'Kode kejadian potongan tidak boleh berulang',
        }),
    }),
  })
  .superRefine((c, ctx) => {
    if (basisPoints(c.bobot.kinerja) + basisPoints(c.bobot.disiplin) !== 10000) {
      ctx.addIssue({
        code: 'custom',
        path: ['bobot'],
        message: `Jumlah bobot komponen TPP harus 100% (saat ini ${formatAngka(c.bobot.kinerja + c.bobot.disiplin)}%)`,
      });
    }
  });
export type TppConfig = z.infer<typeof TppConfigSchema>;

/**
 * Example configuration *(illustrative values in a common Perkada shape; every
 * region sets its own)*: kinerja 60% / disiplin 40%; kinerja share by predikat;
 * deductions (percent of the disiplin component) per day absent without
 * reason, per late arrival / early leave in four tiers of minutes, and per
 * missed apel.
 */
export const DEFAULT_TPP_CONFIG: TppConfig = {
  nama: 'Contoh konfigurasi TPP',
  bobot: { kinerja: 60, disiplin: 40 },
  kinerja: {
    persenPerPredikat: { SANGAT_BAIK: 100, BAIK: 100, BUTUH_PERBAIKAN: 75, KURANG: 50, SANGAT_KURANG: 25 },
    wajibSkpDisetujui: true,
  },
  disiplin: {
    tanpaKeteranganPersenPerHari: 7.5,
    terlambat: [
      { sampaiMenit: 30, persen: 1.25 },
      { sampaiMenit: 60, persen: 2.5 },
      { sampaiMenit: 90, persen: 3.75 },
      { sampaiMenit: null, persen: 5 },
    ],
    pulangCepat: [
      { sampaiMenit: 30, persen: 1.25 },
      { sampaiMenit: 60, persen: 2.5 },
      { sampaiMenit: 90, persen: 3.75 },
      { sampaiMenit: null, persen: 5 },
    ],
    kejadianLain: [{ kode: 'TIDAK_APEL', label: 'Tidak mengikuti apel/upacara', persen: 1.25 }],
  },
};

export interface DisiplinInput {
  /** Whole days absent without a valid reason. */
  hariTanpaKeterangan: number;
  /** Minutes late, one entry per late arrival (each > 0). */
  terlambatMenit?: readonly number[];
  /** Minutes left early, one entry per occurrence (each > 0). */
  pulangCepatMenit?: readonly number[];
  /** Count per `kejadianLain.kode`. */
  kejadian?: Readonly<Record<string, number>>;
}

export interface HitungTppInput {
  config: TppConfig;
  /** TPP amount for the pegawai before the formula, whole rupiah ≥ 0. */
  basis: number;
  /** Predikat of the period; null when not yet set. */
  predikat: Predikat | null;
  skpDisetujui: boolean;
  disiplin: DisiplinInput;
}

export interface RincianPotongan {
  jenis: 'TANPA_KETERANGAN' | 'TERLAMBAT' | 'PULANG_CEPAT' | 'KEJADIAN_LAIN';
  label: string;
  jumlah: number;
  persen: number;
}

export interface HasilTpp {
  basis: number;
  kinerja: { alokasi: number; persen: number; diterima: number; potongan: number; keterangan: string };
  disiplin: {
    alokasi: number;
    /** Total deduction percentage of the component after the 100% cap. */
    potonganPersen: number;
    potonganPersenSebelumBatas: number;
    potongan: number;
    diterima: number;
    rincian: RincianPotongan[];
  };
  total: number;
}

function assertCount(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new DomainError('INVALID_ARGUMENT', `${what} harus bilangan bulat tidak negatif (saat ini ${value})`);
  }
}

function tierBp(tiers: TppConfig['disiplin']['terlambat'], menit: number): number {
  // The schema guarantees the last tier is unbounded, so a tier always matches.
  const tier = tiers.find((t) => t.sampaiMenit === null || menit <= t.sampaiMenit) as (typeof tiers)[number];
  return basisPoints(tier.persen);
}

function potonganMenit(
  jenis: 'TERLAMBAT' | 'PULANG_CEPAT',
  label: string,
  tiers: TppConfig['disiplin']['terlambat'],
  menitList: readonly number[],
): { bp: number; rincian: RincianPotongan } {
  let bp = 0;
  for (const menit of menitList) {
    if (!Number.isInteger(menit) || menit <= 0) {
      throw new DomainError('INVALID_ARGUMENT', `${label} harus dalam menit bulat lebih dari 0 (saat ini ${menit})`);
    }
    bp += tierBp(tiers, menit);
  }
  return { bp, rincian: { jenis, label, jumlah: menitList.length, persen: bp / 100 } };
}

/**
 * Computes one pegawai's TPP for one period. `config` must have been validated
 * with `TppConfigSchema`. Throws `DomainError('INVALID_ARGUMENT')` for a
 * negative or fractional amount or count, or an unknown kejadian code.
 */
export function hitungTpp({ config, basis, predikat, skpDisetujui, disiplin }: HitungTppInput): HasilTpp {
  assertCount(basis, 'Basis TPP');
  assertCount(disiplin.hariTanpaKeterangan, 'Jumlah hari tanpa keterangan');

  const alokasiKinerja = floorDiv(basis * basisPoints(config.bobot.kinerja) + 5000, 10000);
  const alokasiDisiplin = basis - alokasiKinerja;

  // Kinerja
  let kinerjaBp = 0;
  let keterangan: string;
  if (config.kinerja.wajibSkpDisetujui && !skpDisetujui) {
    keterangan = 'Tidak dibayarkan: SKP tahunan belum disetujui';
  } else if (predikat === null) {
    keterangan = 'Tidak dibayarkan: predikat kinerja belum ditetapkan';
  } else {
    kinerjaBp = basisPoints(config.kinerja.persenPerPredikat[predikat]);
    keterangan = `Predikat ${PREDIKAT_LABEL[predikat]}: ${formatAngka(kinerjaBp / 100)}% dari komponen kinerja`;
  }
  const kinerjaDiterima = floorDiv(alokasiKinerja * kinerjaBp, 10000);

  // Disiplin
  const tk = basisPoints(config.disiplin.tanpaKeteranganPersenPerHari) * disiplin.hariTanpaKeterangan;
  const rincian: RincianPotongan[] = [
    { jenis: 'TANPA_KETERANGAN', label: 'Tidak masuk tanpa keterangan', jumlah: disiplin.hariTanpaKeterangan, persen: tk / 100 },
  ];
  const terlambat = potonganMenit('TERLAMBAT', 'Terlambat masuk', config.disiplin.terlambat, disiplin.terlambatMenit ?? []);
  const pulang = potonganMenit('PULANG_CEPAT', 'Pulang sebelum waktunya', config.disiplin.pulangCepat, disiplin.pulangCepatMenit ?? []);
  rincian.push(terlambat.rincian, pulang.rincian);
  let totalBp = tk + terlambat.bp + pulang.bp;

  const kejadian = disiplin.kejadian ?? {};
  for (const kode of Object.keys(kejadian)) {
    if (!config.disiplin.kejadianLain.some((k) => k.kode === kode)) {
      throw new DomainError('INVALID_ARGUMENT', `Kode kejadian potongan tidak dikenal (${kode})`);
    }
  }
  for (const k of config.disiplin.kejadianLain) {
    const jumlah = kejadian[k.kode] ?? 0;
    assertCount(jumlah, `Jumlah kejadian ${k.label}`);
    const bp = basisPoints(k.persen) * jumlah;
    totalBp += bp;
    rincian.push({ jenis: 'KEJADIAN_LAIN', label: k.label, jumlah, persen: bp / 100 });
  }

  const cappedBp = Math.min(10000, totalBp);
  const disiplinDiterima = floorDiv(alokasiDisiplin * (10000 - cappedBp), 10000);

  return {
    basis,
    kinerja: {
      alokasi: alokasiKinerja,
      persen: kinerjaBp / 100,
      diterima: kinerjaDiterima,
      potongan: alokasiKinerja - kinerjaDiterima,
      keterangan,
    },
    disiplin: {
      alokasi: alokasiDisiplin,
      potonganPersen: cappedBp / 100,
      potonganPersenSebelumBatas: totalBp / 100,
      potongan: alokasiDisiplin - disiplinDiterima,
      diterima: disiplinDiterima,
      rincian,
    },
    total: kinerjaDiterima + disiplinDiterima,
  };
}
