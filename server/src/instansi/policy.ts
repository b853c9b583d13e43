import { hasRole, type Actor } from '../core/actor.js';

/**
 * Instansi settings: every signed-in user of the instansi reads them (the app needs the period);
 * ADMIN_BKPSDM and ADMIN_SISTEM change them. Another pemda's settings are never reachable
 * (the caller's own instansi is the only one addressed).
 */
export const instansiPolicy = {
  canChange: (actor: Actor) => hasRole(actor, 'ADMIN_BKPSDM', 'ADMIN_SISTEM'),
  can: (actor: Actor) => ({ ubah: instansiPolicy.canChange(actor) }),
};
