import { hasRole, type Actor } from '../core/actor.js';

/** SIASN validation and export: BKPSDM only (the national records are its responsibility). */
export const siasnPolicy = {
  canEkspor: (actor: Actor) => hasRole(actor, 'ADMIN_BKPSDM'),
};
