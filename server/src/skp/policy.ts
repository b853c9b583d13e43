import { allowedActions, isEditable, skpWorkflow, type ActorRole, type SkpAction, type SkpState } from '@capaian/domain';
import type { SkpCan } from '@capaian/contract/skp';
import { hasRole, type Actor } from '../core/actor.js';

/** How the caller stands to the owner of an SKP, worked out by the service. */
export interface SkpRelation {
  self: boolean;
  /** The pejabat penilai in office today (a Plt/Plh included). */
  penilai: boolean;
  atasanPenilai: boolean;
  /** Pengelola kinerja of the owner's perangkat daerah. */
  pengelola: boolean;
  /** The pengelola kinerja may set SKPs now (after the instansi's threshold in January). */
  pengelolaBolehMenetapkan: boolean;
  /** The pemda's setting in force today: the pengelola kinerja reviews a submitted SKP before approval. */
  reviuPengelola: boolean;
}

/** What the pengelola kinerja does as reviewer, at any time of the year (the rest only once they may set SKPs). */
const AKSI_REVIU: readonly SkpAction[] = ['tinjau', 'kembalikan'];

/**
 * SKP: deny by default, tenant first.
 * - read: the pegawai, their pejabat penilai and atasan pejabat penilai, the pengelola kinerja of
 *   their perangkat daerah, BKPSDM admins, system admins and pimpinan;
 * - edit a draft: only the pegawai — or the pengelola kinerja once they may set SKPs;
 * - approve / return: only the pejabat penilai in office (a Plt included); with the pemda's
 *   review switched on, the pengelola kinerja reviews (or returns) a submitted SKP first;
 * - ekspektasi khusus: the pejabat penilai; comments: anyone in the dialogue.
 */
export const skpPolicy = {
  roles(actor: Actor, rel: SkpRelation, action?: SkpAction): ActorRole[] {
    const roles: ActorRole[] = [];
    if (rel.self) roles.push('pegawai');
    if (rel.penilai) roles.push('pejabat_penilai');
    if (rel.atasanPenilai) roles.push('atasan_pejabat_penilai');
    // The pengelola kinerja reviews whenever the pemda asks for it, and otherwise acts on an SKP
    // only once they may set SKPs (they always read).
    const reviu = rel.reviuPengelola && action !== undefined && AKSI_REVIU.includes(action);
    if (rel.pengelola && (rel.pengelolaBolehMenetapkan || reviu)) roles.push('pengelola_kinerja');
    if (hasRole(actor, 'ADMIN_BKPSDM')) roles.push('admin_bkpsdm');
    return roles;
  },
  canRead(actor: Actor, rel: SkpRelation) {
    return (
      rel.self || rel.penilai || rel.atasanPenilai || rel.pengelola || hasRole(actor, 'ADMIN_BKPSDM', 'ADMIN_SISTEM', 'PIMPINAN')
    );
  },
  canAct(actor: Actor, rel: SkpRelation, state: SkpState, action: SkpAction) {
    const wf = skpWorkflow(rel.reviuPengelola);
    return skpPolicy.roles(actor, rel, action).some((r) => allowedActions(wf, state, r).includes(action));
  },
  can(actor: Actor, rel: SkpRelation, state: SkpState): SkpCan {
    const read = skpPolicy.canRead(actor, rel);
    const editable = isEditable(skpWorkflow(rel.reviuPengelola), state);
    const act = (a: SkpAction) => read && skpPolicy.canAct(actor, rel, state, a);
    return {
      read,
      ubah: editable && (rel.self || (rel.pengelola && rel.pengelolaBolehMenetapkan)),
      ekspektasi: rel.penilai && (editable || state === 'DIAJUKAN' || state === 'DITINJAU'),
      /** The superior proposes an RHK to a draft ("penugasan dari"). */
      usulkanRhk: rel.penilai && editable,
      komentar: read && (rel.self || rel.penilai || rel.atasanPenilai || rel.pengelola),
      ajukan: act('ajukan'),
      tarik: act('tarik'),
      tinjau: act('tinjau'),
      setujui: act('setujui'),
      kembalikan: act('kembalikan'),
      tetapkan: act('tetapkan'),
      revisi: act('revisi'),
      batalkanRevisi: act('batalkan_revisi'),
      dokumen: read,
    };
  },
};
