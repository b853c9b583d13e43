import { hasRole, type Actor } from '../core/actor.js';

/** How the caller stands to the pegawai whose attendance is asked for (worked out by the service). */
export interface KehadiranRelation {
  self: boolean;
  /** In the pegawai's chain of superiors (pejabat penilai, atasan pejabat penilai and up). */
  atasan: boolean;
  /** Pengelola kinerja of the pegawai's perangkat daerah. */
  pengelola: boolean;
}

/**
 * Kehadiran: deny by default, tenant first (another pemda's pegawai is not found).
 * - import and template: ADMIN_BKPSDM;
 * - a pegawai's monthly rekap: the pegawai, their superiors, the pengelola kinerja of their
 *   perangkat daerah, ADMIN_BKPSDM;
 * - the team rekap: the caller's own bawahan.
 */
export const kehadiranPolicy = {
  canImport: (actor: Actor) => hasRole(actor, 'ADMIN_BKPSDM'),
  /** Whether the relation must be worked out at all. */
  readsAll: (actor: Actor) => hasRole(actor, 'ADMIN_BKPSDM'),
  canRead: (actor: Actor, rel: KehadiranRelation) => rel.self || rel.atasan || rel.pengelola || kehadiranPolicy.readsAll(actor),
};
