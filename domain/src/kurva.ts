/**
 * Kurva distribusi predikat kinerja pegawai (SE MenPANRB 3/2023).
 *
 * The thresholds are *(secondary)* and a region may replace them, so they live
 * in `DEFAULT_KURVA_RULES` (data) and a replacement is validated with
 * `KurvaRuleSetSchema`.
 *
 * Counting decision (small units):
 * - Percentages are compared exactly, with integers: "at most p%" of n pegawai
 *   holds when 100·count ≤ p·n, "at least p%" when 100·count ≥ p·n. That is the
 *   literal reading of the rule and equals rounding the allowed number of people
 *   *down* for a maximum (70% of 3 → 2) and *up* for a minimum (60% of 3 → 2,
 *   10% of 3 → 1).
 * - Each rule may carry `minPegawai`: it applies only when the unit has at least
 *   that many pegawai (absent = always). The default data uses it so that every
 *   unit size has at least one valid distribution and no rule forces a lone
 *   pegawai below the unit's own result:
 *   · maximum-percentage rules start at 2 pegawai (for one pegawai any cap
 *     below 100% would ban that predicate outright, e.g. no Sangat Baik in an
 *     Istimewa unit of one);
 *   · the secondary minimums ("Butuh Perbaikan at least 10%", "Kurang and/or
 *     Butuh Perbaikan at least 10%", and Baik's "at least one Butuh Perbaikan
 *     and/or Kurang") start at 3 pegawai: below that they either cannot be met
 *     together with the 60% rule, or would force the only pegawai of a "Baik"
 *     unit to Butuh Perbaikan;
 *   · the 60% minimums and "no Sangat Baik at all" always apply.
 * - An empty unit is valid.
 */
import { z } from 'zod';
import { basisPoints, ceilDiv, floorDiv, formatAngka, isHundredth } from './common';
import {
  CAPAIAN_ORGANISASI,
  PREDIKATS,
  PREDIKAT_LABEL,
  type CapaianOrganisasi,
  type Predikat,
} from './rating';

const PredikatSetSchema = z
  .array(z.enum(PREDIKATS))
  .min(1, { error: 'Aturan harus menyebut paling sedikit satu predikat' })
  .refine((list) => new Set(list).size === list.length, { error: 'Predikat dalam satu aturan tidak boleh berulang' });

const PersenSchema = z
  .number()
  .min(0, { error: 'Persentase tidak boleh negatif' })
  .max(100, { error: 'Persentase paling besar 100' })
  .refine(isHundredth, { error: 'Persentase paling banyak dua angka desimal' });

const RuleBase = {
  id: z.string().min(1, { error: 'Kode aturan wajib diisi' }),
  predikat: PredikatSetSchema,
  minPegawai: z.number().int().min(1, { error: 'Jumlah pegawai minimum paling kecil 1' }).optional(),
};

export const KurvaRuleSchema = z.discriminatedUnion('jenis', [
  z.object({ ...RuleBase, jenis: z.literal('MAKS_PERSEN'), persen: PersenSchema }),
  z.object({ ...RuleBase, jenis: z.literal('MIN_PERSEN'), persen: PersenSchema }),
  z.object({ ...RuleBase, jenis: z.literal('MAKS_JUMLAH'), jumlah: z.number().int().min(0) }),
  z.object({ ...RuleBase, jenis: z.literal('MIN_JUMLAH'), jumlah: z.number().int().min(1) }),
]);

/**
 * One rule of the curve:
 * - MAKS_PERSEN: pegawai with one of `predikat` are at most `persen`% of the unit;
 * - MIN_PERSEN: … at least `persen`% of the unit;
 * - MAKS_JUMLAH: … at most `jumlah` people (0 = "none at all");
 * - MIN_JUMLAH: … at least `jumlah` people.
 */
export type KurvaRule = z.infer<typeof KurvaRuleSchema>;

const RuleListSchema = z
  .array(KurvaRuleSchema)
  .refine((rules) => new Set(rules.map((r) => r.id)).size === rules.length, {
    error: 'Kode aturan dalam satu capaian organisasi tidak boleh berulang',
  });

/** A complete rule set: one list of rules per capaian kinerja organisasi. */
export const KurvaRuleSetSchema = z.object(
  Object.fromEntries(CAPAIAN_ORGANISASI.map((c) => [c, RuleListSchema])) as Record<
    CapaianOrganisasi,
    typeof RuleListSchema
  >,
);
export type KurvaRuleSet = Readonly<Record<CapaianOrganisasi, readonly KurvaRule[]>>;

/** Default thresholds *(secondary; SE MenPANRB 3/2023 as summarised in the domain brief)*. */
export const DEFAULT_KURVA_RULES: KurvaRuleSet = {
  ISTIMEWA: [
    { id: 'ISTIMEWA_SANGAT_BAIK_MAKS', jenis: 'MAKS_PERSEN', predikat: ['SANGAT_BAIK'], persen: 70, minPegawai: 2 },
  ],
  BAIK: [
    { id: 'BAIK_BAIK_MAKS', jenis: 'MAKS_PERSEN', predikat: ['BAIK'], persen: 70, minPegawai: 2 },
    {
      id: 'BAIK_BP_ATAU_KURANG_MIN',
      jenis: 'MIN_JUMLAH',
      predikat: ['BUTUH_PERBAIKAN', 'KURANG'],
      jumlah: 1,
      minPegawai: 3,
    },
  ],
  BUTUH_PERBAIKAN: [
    { id: 'BP_BP_MIN', jenis: 'MIN_PERSEN', predikat: ['BUTUH_PERBAIKAN'], persen: 60 },
    { id: 'BP_SANGAT_BAIK_MAKS', jenis: 'MAKS_PERSEN', predikat: ['SANGAT_BAIK'], persen: 10, minPegawai: 2 },
  ],
  KURANG: [
    { id: 'KURANG_KURANG_MIN', jenis: 'MIN_PERSEN', predikat: ['KURANG'], persen: 60 },
    { id: 'KURANG_BP_MIN', jenis: 'MIN_PERSEN', predikat: ['BUTUH_PERBAIKAN'], persen: 10, minPegawai: 3 },
    { id: 'KURANG_SANGAT_BAIK_MAKS', jenis: 'MAKS_PERSEN', predikat: ['SANGAT_BAIK'], persen: 10, minPegawai: 2 },
  ],
  SANGAT_KURANG: [
    { id: 'SK_SANGAT_KURANG_MIN', jenis: 'MIN_PERSEN', predikat: ['SANGAT_KURANG'], persen: 60 },
    {
      id: 'SK_KURANG_ATAU_BP_MIN',
      jenis: 'MIN_PERSEN',
      predikat: ['KURANG', 'BUTUH_PERBAIKAN'],
      persen: 10,
      minPegawai: 3,
    },
    { id: 'SK_SANGAT_BAIK_NIHIL', jenis: 'MAKS_JUMLAH', predikat: ['SANGAT_BAIK'], jumlah: 0 },
  ],
};

export type DistribusiPredikat = Record<Predikat, number>;

/** Number of pegawai per predikat (every predikat present, zero when absent). */
export function distribusiPredikat(predikat: readonly Predikat[]): DistribusiPredikat {
  const counts: DistribusiPredikat = { SANGAT_BAIK: 0, BAIK: 0, BUTUH_PERBAIKAN: 0, KURANG: 0, SANGAT_KURANG: 0 };
  for (const p of predikat) counts[p] += 1;
  return counts;
}

export interface KurvaViolation {
  /** The broken rule's `id`. */
  rule: string;
  /** Indonesian sentence: what is wrong and by how many people. */
  message: string;
  /** What the rule requires for this unit, e.g. "paling banyak 7 pegawai (70%)". */
  required: string;
  /** What the unit has now, e.g. "8 pegawai (80%)". */
  actual: string;
  /** How many pegawai must change predikat to satisfy this rule. */
  shortBy: number;
}

export interface KurvaCheckResult {
  ok: boolean;
  violations: KurvaViolation[];
  /** Unit size. */
  jumlahPegawai: number;
  distribusi: DistribusiPredikat;
  /** Rules not applied because the unit is smaller than their `minPegawai`. */
  tidakBerlaku: string[];
}

function labelSet(predikat: readonly Predikat[]): string {
  return predikat.map((p) => PREDIKAT_LABEL[p]).join(' dan/atau ');
}

function persenOf(count: number, n: number): string {
  return `${formatAngka((100 * count) / n)}%`;
}

/** The number of people a rule allows (maximum) or requires (minimum) in a unit of n. */
export function batasKurva(rule: KurvaRule, n: number): number {
  switch (rule.jenis) {
    case 'MAKS_PERSEN':
      return floorDiv(basisPoints(rule.persen) * n, 10000);
    case 'MIN_PERSEN':
      return ceilDiv(basisPoints(rule.persen) * n, 10000);
    default:
      return rule.jumlah;
  }
}

function checkRule(rule: KurvaRule, n: number, distribusi: DistribusiPredikat): KurvaViolation | null {
  const count = rule.predikat.reduce((sum, p) => sum + distribusi[p], 0);
  const batas = batasKurva(rule, n);
  const nama = labelSet(rule.predikat);
  const actual = `${count} pegawai (${persenOf(count, n)})`;
  const isMax = rule.jenis === 'MAKS_PERSEN' || rule.jenis === 'MAKS_JUMLAH';
  if (isMax ? count <= batas : count >= batas) return null;

  const shortBy = isMax ? count - batas : batas - count;
  const orang = isMax ? `kelebihan ${shortBy} orang` : `kekurangan ${shortBy} orang`;
  switch (rule.jenis) {
    case 'MAKS_PERSEN':
      return {
        rule: rule.id,
        required: `paling banyak ${batas} pegawai (${formatAngka(rule.persen)}%)`,
        actual,
        shortBy,
        message: `${nama} paling banyak ${formatAngka(rule.persen)}% (${batas} dari ${n} pegawai); saat ini ${count}, ${orang}`,
      };
    case 'MIN_PERSEN':
      return {
        rule: rule.id,
        required: `paling sedikit ${batas} pegawai (${formatAngka(rule.persen)}%)`,
        actual,
        shortBy,
        message: `${nama} paling sedikit ${formatAngka(rule.persen)}% (${batas} dari ${n} pegawai); saat ini ${count}, ${orang}`,
      };
    case 'MAKS_JUMLAH':
      return {
        rule: rule.id,
        required: batas === 0 ? 'tidak ada' : `paling banyak ${batas} pegawai`,
        actual,
        shortBy,
        message:
          batas === 0
            ? `Tidak boleh ada pegawai berpredikat ${nama}; saat ini ${count}`
            : `${nama} paling banyak ${batas} pegawai; saat ini ${count}, ${orang}`,
      };
    case 'MIN_JUMLAH':
      return {
        rule: rule.id,
        required: `paling sedikit ${batas} pegawai`,
        actual,
        shortBy,
        message: `Harus ada paling sedikit ${batas} pegawai berpredikat ${nama}; saat ini ${count}, ${orang}`,
      };
  }
}

/**
 * Checks the predicates of one unit in one period against the curve that the
 * unit's result allows. The UI calls it live; finalisation must be refused
 * while `ok` is false (unless an audited override with a reason is used).
 */
export function checkKurvaDistribusi(
  capaian: CapaianOrganisasi,
  predikat: readonly Predikat[],
  rules: KurvaRuleSet = DEFAULT_KURVA_RULES,
): KurvaCheckResult {
  const n = predikat.length;
  const distribusi = distribusiPredikat(predikat);
  const violations: KurvaViolation[] = [];
  const tidakBerlaku: string[] = [];
  if (n > 0) {
    for (const rule of rules[capaian]) {
      if (n < (rule.minPegawai ?? 1)) {
        tidakBerlaku.push(rule.id);
        continue;
      }
      const violation = checkRule(rule, n, distribusi);
      if (violation) violations.push(violation);
    }
  }
  return { ok: violations.length === 0, violations, jumlahPegawai: n, distribusi, tidakBerlaku };
}

/** How a rule reads to people: "Baik paling banyak 70%", "Harus ada paling sedikit 1 pegawai berpredikat …", with the size condition. */
export function deskripsiAturanKurva(rule: KurvaRule): string {
  const base = (() => {
    switch (rule.jenis) {
      case 'MAKS_PERSEN':
        return `${labelSet(rule.predikat)} paling banyak ${formatAngka(rule.persen)}%`;
      case 'MIN_PERSEN':
        return `${labelSet(rule.predikat)} paling sedikit ${formatAngka(rule.persen)}%`;
      case 'MAKS_JUMLAH':
        return rule.jumlah === 0 ? `Tidak boleh ada pegawai berpredikat ${labelSet(rule.predikat)}` : `${labelSet(rule.predikat)} paling banyak ${rule.jumlah} pegawai`;
      case 'MIN_JUMLAH':
        return `Harus ada paling sedikit ${rule.jumlah} pegawai berpredikat ${labelSet(rule.predikat)}`;
    }
  })();
  return rule.minPegawai && rule.minPegawai > 1 ? `${base} (berlaku untuk unit dengan paling sedikit ${rule.minPegawai} pegawai)` : base;
}
