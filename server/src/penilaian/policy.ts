import { allowedActions, EVALUASI_WORKFLOW, isEvaluasiFinal, type ActorRole, type EvaluasiAction, type EvaluasiState as StatusEvaluasi } from '@capaian/domain';
import { hasRole, type Actor } from '../core/actor.js';
import type { EvaluasiCan } from '@capaian/contract/penilaian';

/** How the caller stands to one evaluation, worked out by the service for the period's date. */
export interface EvaluasiRelation {
  /** The caller is the pegawai assessed. */
  self: boolean;
  /** The pejabat penilai in office for the period (a Plt/Plh included). */
  penilai: boolean;
  /** The atasan pejabat penilai for the period, or the one recorded on the evaluation. */
  atasanPenilai: boolean;
  /** The caller rated it (recorded on the evaluation), even if no longer in office. */
  penilaiTercatat: boolean;
  /** Pengelola kinerja of the perangkat daerah the evaluation's unit belongs to. */
  pengelola: boolean;
}

/** How the caller stands to one unit (its curve, its result, its finalisation) for a period. */
export interface UnitRelation {
  /** Holds the unit's head seat (definitive or Plt/Plh). */
  kepala: boolean;
  /** The leader one level up: holds the nearest head seat above the unit's own head. */
  pimpinanAtas: boolean;
  /** Holds a head seat of any unit above (e.g. the kepala dinas for every unit of the dinas). */
  leluhur: boolean;
  /** Pengelola kinerja of the unit's perangkat daerah. */
  pengelola: boolean;
}

export interface EvaluasiState {
  status: string;
  periodeDibuka: boolean;
  skpBerlaku: boolean;
  diterima: boolean;
  keberatanTerbuka: boolean;
  adaKeberatan: boolean;
}

/** The workflow roles the caller plays on one evaluation (the keberatan decision is the keberatan feature's). */
function perans(actor: Actor, rel: EvaluasiRelation): ActorRole[] {
  const out: ActorRole[] = [];
  if (rel.self) out.push('pegawai');
  if (rel.penilai) out.push('pejabat_penilai');
  if (rel.pengelola) out.push('pengelola_kinerja');
  if (hasRole(actor, 'ADMIN_BKPSDM')) out.push('admin_bkpsdm');
  return out;
}

/** The caller may fire `action` on an evaluation in `status` by the domain workflow. */
const boleh = (actor: Actor, rel: EvaluasiRelation, status: string, action: EvaluasiAction) =>
  perans(actor, rel).some((r) => allowedActions(EVALUASI_WORKFLOW, status as StatusEvaluasi, r).includes(action));

/**
 * Penilaian: deny by default, tenant first (another pemda's period, unit or evaluation is not found).
 * - periods: every signed-in user reads them; only ADMIN_BKPSDM opens, closes and bulk-finalises;
 * - an evaluation is read by the pegawai, the pejabat penilai (in office for the period, or who
 *   rated), the atasan pejabat penilai, the pengelola kinerja of the perangkat daerah, BKPSDM and
 *   pimpinan; it is rated only by the pejabat penilai in office for the period (Plt included),
 *   only while the period is open, the SKP approved and the evaluation not final;
 * - a unit's curve is read by its head, the heads above it, its pengelola kinerja, BKPSDM and
 *   pimpinan; its result (capaian organisasi) is set by the leader one level up or BKPSDM; it is
 *   finalised by its head, the leader one level up, its pengelola kinerja or BKPSDM; a broken
 *   curve may be overridden only by the leader one level up or BKPSDM, with a written reason.
 */
export const penilaianPolicy = {
  canBukaPeriode: (actor: Actor) => hasRole(actor, 'ADMIN_BKPSDM'),
  canFinalisasiMassal: (actor: Actor) => hasRole(actor, 'ADMIN_BKPSDM'),
  periodeCan: (actor: Actor, status: string) => ({
    tutup: status === 'DIBUKA' && hasRole(actor, 'ADMIN_BKPSDM'),
    finalisasiMassal: status === 'DIBUKA' && hasRole(actor, 'ADMIN_BKPSDM'),
  }),

  canReadEvaluasi: (actor: Actor, rel: EvaluasiRelation) =>
    rel.self || rel.penilai || rel.atasanPenilai || rel.penilaiTercatat || rel.pengelola || hasRole(actor, 'ADMIN_BKPSDM', 'PIMPINAN'),

  evaluasiCan(actor: Actor, rel: EvaluasiRelation, s: EvaluasiState): EvaluasiCan {
    const read = penilaianPolicy.canReadEvaluasi(actor, rel);
    const final = isEvaluasiFinal(s.status);
    return {
      nilai: rel.penilai && s.periodeDibuka && s.skpBerlaku && boleh(actor, rel, s.status, 'nilai'),
      finalisasi: s.periodeDibuka && boleh(actor, rel, s.status, 'finalisasi'),
      terima: rel.self && final && !s.diterima,
      diskusi: final && (rel.self || rel.penilai || rel.penilaiTercatat),
      // The window counts from delivery; acknowledging receipt is not required to object.
      ajukanKeberatan: rel.self && boleh(actor, rel, s.status, 'ajukan_keberatan') && s.keberatanTerbuka && !s.adaKeberatan,
      unduhPdf: read && final,
    };
  },

  canReadUnit: (actor: Actor, rel: UnitRelation) =>
    rel.kepala || rel.pimpinanAtas || rel.leluhur || rel.pengelola || hasRole(actor, 'ADMIN_BKPSDM', 'PIMPINAN'),
  canTetapkanCapaian: (actor: Actor, rel: UnitRelation) => rel.pimpinanAtas || hasRole(actor, 'ADMIN_BKPSDM'),
  canFinalisasiUnit: (actor: Actor, rel: UnitRelation) => rel.kepala || rel.pimpinanAtas || rel.pengelola || hasRole(actor, 'ADMIN_BKPSDM'),
  canOverrideKurva: (actor: Actor, rel: UnitRelation) => rel.pimpinanAtas || hasRole(actor, 'ADMIN_BKPSDM'),

  unitCan(actor: Actor, rel: UnitRelation, s: { periodeDibuka: boolean; final: boolean }) {
    const open = s.periodeDibuka && !s.final;
    return {
      tetapkanCapaian: open && penilaianPolicy.canTetapkanCapaian(actor, rel),
      finalisasi: open && penilaianPolicy.canFinalisasiUnit(actor, rel),
      override: open && penilaianPolicy.canOverrideKurva(actor, rel),
    };
  },
};
