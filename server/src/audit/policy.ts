import { hasRole, type Actor } from '../core/actor.js';

/** Audit trail: BKPSDM admins and system admins browse their own instansi's events. */
export const auditPolicy = {
  canBrowse: (actor: Actor) => hasRole(actor, 'ADMIN_BKPSDM', 'ADMIN_SISTEM'),
};
