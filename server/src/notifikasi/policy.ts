import { hasRole, type Actor } from '../core/actor.js';

/**
 * Notifications: deny by default, tenant first (every query filters on the caller's instansi).
 * - the bell: only the owner (enforced in the queries, which filter on the caller's pegawai);
 * - the e-mail outbox of the instansi: ADMIN_SISTEM and ADMIN_BKPSDM.
 */
export const notifikasiPolicy = {
  canReadOutbox: (actor: Actor) => hasRole(actor, 'ADMIN_SISTEM', 'ADMIN_BKPSDM'),
};
