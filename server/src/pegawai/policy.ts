import { hasRole, type Actor } from '../core/actor.js';
import type { PegawaiScope } from './repository.js';

/** How the caller relates to a pegawai, worked out by the service before asking the policy. */
export interface PegawaiRelation {
  self: boolean;
  /** The caller is the pejabat penilai or atasan pejabat penilai of this pegawai today. */
  atasan: boolean;
  /** The pegawai works in a perangkat daerah the caller is pengelola kinerja of. */
  inPengelolaScope: boolean;
}

/**
 * People data. Deny by default, tenant first (other pemda's rows are never found).
 * - BKPSDM admins and system admins: read and manage every pegawai of their instansi;
 * - pimpinan: read every pegawai of their instansi;
 * - pengelola kinerja: read the pegawai of their perangkat daerah;
 * - a pegawai: reads their own record; superiors read their subordinates'.
 */
export const pegawaiPolicy = {
  listScope(actor: Actor): PegawaiScope | null {
    if (hasRole(actor, 'ADMIN_BKPSDM', 'ADMIN_SISTEM', 'PIMPINAN')) return { kind: 'all' };
    if (hasRole(actor, 'PENGELOLA_KINERJA')) return { kind: 'units', unitIds: actor.pengelolaUnitIds };
    return null;
  },
  canManage: (actor: Actor) => hasRole(actor, 'ADMIN_BKPSDM', 'ADMIN_SISTEM'),
  canRead(actor: Actor, rel: PegawaiRelation) {
    return (
      rel.self ||
      rel.atasan ||
      hasRole(actor, 'ADMIN_BKPSDM', 'ADMIN_SISTEM', 'PIMPINAN') ||
      (hasRole(actor, 'PENGELOLA_KINERJA') && rel.inPengelolaScope)
    );
  },
  can(actor: Actor, rel: PegawaiRelation) {
    const manage = pegawaiPolicy.canManage(actor);
    return { read: pegawaiPolicy.canRead(actor, rel), update: manage, delete: manage && !rel.self };
  },
};
