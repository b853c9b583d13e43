import type { Can } from '@capaian/contract/organisasi';
import { hasRole, type Actor } from '../core/actor.js';

/**
 * Organisation (units, jabatan, Plt/Plh). Deny by default; tenant is checked first by every
 * query (rows of another instansi are simply not found).
 * - every signed-in user reads the organisation tree and jabatan of their own instansi;
 * - BKPSDM admins and system admins create, change and delete units, jabatan and Plt/Plh.
 */
export const organisasiPolicy = {
  canRead: (actor: Actor) => actor.roles.length > 0,
  canManage: (actor: Actor) => hasRole(actor, 'ADMIN_BKPSDM', 'ADMIN_SISTEM'),
  /** What the caller may do with one unit / jabatan / Plt record, sent with each object. */
  can(actor: Actor): Can {
    const manage = organisasiPolicy.canManage(actor);
    return { read: organisasiPolicy.canRead(actor), update: manage, delete: manage };
  },
};
