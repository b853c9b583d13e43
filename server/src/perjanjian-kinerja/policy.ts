import { hasRole, type Actor } from '../core/actor.js';

/**
 * Perjanjian Kinerja (the unit's goals for the year): every signed-in user of the instansi reads
 * them; BKPSDM and system admins record them for any unit; a unit head records them for the
 * units they lead (their own and those below it).
 */
export const pkPolicy = {
  canRead: (actor: Actor) => actor.roles.length > 0,
  canManage: (actor: Actor, headsUnitOrAncestor: boolean) => hasRole(actor, 'ADMIN_BKPSDM', 'ADMIN_SISTEM') || headsUnitOrAncestor,
};
