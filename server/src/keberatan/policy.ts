import { isEditable, KEBERATAN_WORKFLOW, type KeberatanState } from '@capaian/domain';
import { hasRole, type Actor } from '../core/actor.js';
import type { KlarifikasiTersimpan } from './repository.js';

/** How the caller stands to one keberatan (from the evaluation's recorded chain). */
export interface KeberatanRelation {
  /** The pegawai who objects. */
  self: boolean;
  /** The pejabat penilai who rated (evaluasi.pejabat_penilai_id). */
  penilai: boolean;
  /** The atasan pejabat penilai recorded on the evaluation: decides. */
  atasan: boolean;
  /**
   * ADMIN_BKPSDM when no atasan pejabat penilai is on record (the kepala daerah tops the chain):
   * they record the decision taken outside the system, in the atasan's place.
   */
  pencatat: boolean;
  bkpsdm: boolean;
}

export function relationOf(actor: Actor, k: { pegawai_id: string; pejabat_penilai_id: string | null; atasan_penilai_id: string | null }): KeberatanRelation {
  const bkpsdm = hasRole(actor, 'ADMIN_BKPSDM');
  return {
    self: k.pegawai_id === actor.pegawaiId,
    penilai: k.pejabat_penilai_id === actor.pegawaiId,
    atasan: k.atasan_penilai_id === actor.pegawaiId,
    pencatat: bkpsdm && k.atasan_penilai_id === null,
    bkpsdm,
  };
}

/** The side an answer comes from, or null when the caller is neither the pegawai nor the penilai. */
export const sisiOf = (rel: KeberatanRelation): 'PEGAWAI' | 'PENILAI' | null => (rel.self ? 'PEGAWAI' : rel.penilai ? 'PENILAI' : null);

/** Whether the atasan asked `sisi` for an explanation (a request to one side or to both). */
export const dimintaKlarifikasi = (klarifikasi: readonly KlarifikasiTersimpan[], sisi: 'PEGAWAI' | 'PENILAI') =>
  klarifikasi.some((k) => k.dari === 'ATASAN' && (k.kepada ?? null) !== (sisi === 'PEGAWAI' ? 'PENILAI' : 'PEGAWAI'));

/**
 * Keberatan: deny by default, tenant first (another pemda's keberatan is not found).
 * - read: the pegawai, the pejabat penilai who rated, the atasan pejabat penilai, BKPSDM;
 * - file and attach: only the pegawai (attachments until it is decided);
 * - ask for explanations and decide: only the atasan pejabat penilai (or BKPSDM recording the
 *   kepala daerah's decision when no atasan is on record), while it is not decided;
 * - answer: the pegawai or the pejabat penilai, once the atasan asked their side;
 * - a decision is final: nothing changes afterwards.
 */
export const keberatanPolicy = {
  canRead: (rel: KeberatanRelation) => rel.self || rel.penilai || rel.atasan || rel.bkpsdm,
  canPutuskan: (rel: KeberatanRelation) => rel.atasan || rel.pencatat,

  can(rel: KeberatanRelation, k: { status: string; klarifikasi: readonly KlarifikasiTersimpan[] }) {
    const terbuka = isEditable(KEBERATAN_WORKFLOW, k.status as KeberatanState);
    const sisi = sisiOf(rel);
    return {
      mintaKlarifikasi: terbuka && keberatanPolicy.canPutuskan(rel),
      beriKlarifikasi: k.status === 'KLARIFIKASI' && sisi !== null && !keberatanPolicy.canPutuskan(rel) && dimintaKlarifikasi(k.klarifikasi, sisi),
      putuskan: terbuka && keberatanPolicy.canPutuskan(rel),
      unggahLampiran: terbuka && rel.self,
    };
  },
};
