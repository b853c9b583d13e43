/**
 * The unit's curve as the API shows it: the domain check (`checkKurvaDistribusi`, messages and
 * all) plus every rule with its limit and count, for the live view. Pure; also used by the bulk
 * finalisation for thousands of units.
 */
import {
  batasKurva,
  checkKurvaDistribusi,
  distribusiPredikat,
  DEFAULT_KURVA_RULES,
  deskripsiAturanKurva,
  KurvaRuleSetSchema,
  PREDIKATS,
  type CapaianOrganisasi,
  type DistribusiPredikat,
  type KurvaRuleSet,
  type Predikat,
} from '@capaian/domain';
import type { KurvaStatus, Pelanggaran } from '@capaian/contract/penilaian';

/** The instansi's thresholds when it set valid ones, else the defaults. */
export function kurvaRulesOf(stored: unknown): KurvaRuleSet {
  if (stored === null || stored === undefined) return DEFAULT_KURVA_RULES;
  const parsed = KurvaRuleSetSchema.safeParse(stored);
  return parsed.success ? parsed.data : DEFAULT_KURVA_RULES;
}

/** Expands counts per predikat into the list the domain function takes. */
export function predikatList(counts: Partial<Record<Predikat, number>>): Predikat[] {
  const out: Predikat[] = [];
  for (const p of PREDIKATS) for (let i = 0; i < (counts[p] ?? 0); i++) out.push(p);
  return out;
}

/**
 * The curve of one unit: `predikat` are the rated pegawai's predicates, `belumDinilai` the ones
 * still unrated. Without a unit result there is no curve yet (and no finalisation).
 */
export function kurvaStatus(
  capaian: CapaianOrganisasi | null,
  predikat: readonly Predikat[],
  belumDinilai: number,
  rules: KurvaRuleSet,
): KurvaStatus {
  if (!capaian) {
    return { capaian: null, jumlah: predikat.length, belumDinilai, distribusi: distribusiPredikat(predikat), aturan: [], pelanggaran: [], bolehFinalisasi: false };
  }
  const check = checkKurvaDistribusi(capaian, predikat, rules);
  const n = check.jumlahPegawai;
  const distribusi: DistribusiPredikat = check.distribusi;
  const aturan = rules[capaian].map((rule) => {
    const aktual = rule.predikat.reduce((s, p) => s + distribusi[p], 0);
    const berlaku = n > 0 && !check.tidakBerlaku.includes(rule.id);
    return {
      id: rule.id,
      deskripsi: deskripsiAturanKurva(rule),
      batas: batasKurva(rule, n),
      aktual,
      terpenuhi: !check.violations.some((v) => v.rule === rule.id),
      berlaku,
    };
  });
  const pelanggaran: Pelanggaran[] = check.violations.map((v) => ({ id: v.rule, pesan: v.message, selisih: v.shortBy }));
  return {
    capaian,
    jumlah: n,
    belumDinilai,
    distribusi,
    aturan,
    pelanggaran,
    bolehFinalisasi: check.ok && belumDinilai === 0 && n > 0,
  };
}

/** The refusal entries of a unit the bulk finalisation cannot finalise for reasons other than the curve. */
export const PELANGGARAN_BELUM_DINILAI = (n: number): Pelanggaran => ({
  id: 'BELUM_DINILAI',
  pesan: `${n} pegawai belum dinilai`,
  selisih: n,
});
export const PELANGGARAN_CAPAIAN_KOSONG: Pelanggaran = {
  id: 'CAPAIAN_BELUM_DITETAPKAN',
  pesan: 'Capaian kinerja organisasi unit ini belum ditetapkan',
  selisih: 0,
};
