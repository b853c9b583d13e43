import { allowedActions, SKP_WORKFLOW, isEditable, type ActorRole, type SkpAction, type SkpState } from '@capaian/domain';
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
}

/**
 * SKP: deny by default, tenant first.
 * - read: the pegawai, their pejabat penilai and atasan pejabat penilai, the pengelola kinerja of
 *   their perangkat daerah, BKPSDM admins, system admins and pimpinan;
 * - edit a draft: only the pegawai — or the pengelola kinerja once they may set SKPs;
 * - approve / return: only the pejabat penilai in office (a Plt included);
 * - ekspektasi khusus: the pejabat penilai; comments: anyone in the dialogue.
 */
export const skpPolicy = {
  roles(actor: Actor, rel: SkpRelation): ActorRole[] {
    const roles: ActorRole[] = [];
    if (rel.self) roles.push('pegawai');
    if (rel.penilai) roles.push('pejabat_penilai');
    if (rel.atasanPenilai) roles.push('atasan_pejabat_penilai');
    // The pengelola kinerja acts on an SKP only once they may set SKPs (they always read).
    if (rel.pengelola && rel.pengelolaBolehMenetapkan) roles.push('pengelola_kinerja');
    if (hasRole(actor, 'ADMIN_BKPSDM')) roles.push('admin_bkpsdm');
    return roles;
  },
  canRead(actor: Actor, rel: SkpRelation) {
    return (
      rel.self || rel.penilai || rel.atasanPenilai || rel.pengelola || hasRole(actor, 'ADMIN_BKPSDM', 'ADMIN_SISTEM', 'PIMPINAN')
    );
  },
  canAct(actor: Actor, rel: SkpRelation, state: SkpState, action: SkpAction) {
    return skpPolicy.roles(actor, rel).some((r) => allowedActions(SKP_WORKFLOW, state, r).includes(action));
  },
  can(actor: Actor, rel: SkpRelation, state: SkpState) {
    const read = skpPolicy.canRead(actor, rel);
    const editable = isEditable(SKP_WORKFLOW, state);
    const act = (a: SkpAction) => read && skpPolicy.canAct(actor, rel, state, a);
    return {
      read,
      ubah: editable && (rel.self || (rel.pengelola && rel.pengelolaBolehMenetapkan)),
      ekspektasi: rel.penilai && (editable || state === 'DIAJUKAN'),
      /** The superior proposes an RHK to a draft ("penugasan dari"). */
      usulkanRhk: rel.penilai && editable,
      komentar: read && (rel.self || rel.penilai || rel.atasanPenilai || rel.pengelola),
      ajukan: act('ajukan'),
      tarik: act('tarik'),
      setujui: act('setujui'),
      kembalikan: act('kembalikan'),
      tetapkan: act('tetapkan'),
      revisi: act('revisi'),
      batalkanRevisi: act('batalkan_revisi'),
      dokumen: read,
    };
  },
};
