import { hasRole, type Actor } from '../core/actor.js';
import type { LiveEvent } from '../core/events.js';

/**
 * Where the caller stands for the unit roll-up, worked out once per request by the service
 * (tenant first: the ids are units of the caller's own instansi only).
 */
export interface UnitScope {
  /** ADMIN_BKPSDM: every unit of the instansi. */
  admin: boolean;
  /** Perangkat daerah the caller heads today (definitive holder or Plt/Plh) or is pengelola kinerja for. */
  pdIds: ReadonlySet<string>;
}

/**
 * Monitoring, deny by default:
 * - team board: anyone, about their own direct bawahan only (the list is empty for a pelaksana);
 * - unit roll-up: ADMIN_BKPSDM for any unit of the instansi; the kepala (incl. Plt/Plh) and the
 *   pengelola kinerja of a perangkat daerah for the units of that perangkat daerah; anyone else 403;
 *   another pemda's unit is simply not found (404);
 * - live stream: progress and feedback events about the caller or their direct bawahan, and the
 *   caller's own notification count.
 */
export const pemantauanPolicy = {
  unitScope(actor: Actor, kepalaPdIds: readonly string[]): UnitScope {
    return {
      admin: hasRole(actor, 'ADMIN_BKPSDM'),
      pdIds: new Set([...(hasRole(actor, 'PENGELOLA_KINERJA') ? actor.pengelolaUnitIds : []), ...kepalaPdIds]),
    };
  },

  /** May open the unit roll-up at all. */
  canUseUnit: (s: UnitScope) => s.admin || s.pdIds.size > 0,

  /** May see a unit, given the perangkat daerah it belongs to (null: above every perangkat daerah). */
  canViewUnit: (s: UnitScope, pdId: string | null) => s.admin || (pdId !== null && s.pdIds.has(pdId)),

  /** What the caller may do with a member of their team board (they are that pegawai's atasan). */
  canAnggota: () => ({ lihatRealisasi: true, beriUmpanBalik: true }),

  /** Whether a live event concerns the caller: about themselves or one of their bawahan. */
  seesLive(actor: Actor, bawahan: ReadonlySet<string>, event: LiveEvent): boolean {
    if (event.instansiId !== actor.instansiId) return false;
    if (event.jenis === 'pengaturan' || event.jenis === 'sesi') return false;
    if (event.jenis === 'notifikasi') return event.pegawaiId === actor.pegawaiId;
    // Only that a unit's curve moved (ids, no rating): every viewer of a curve in the instansi re-reads it through the API's own checks.
    if (event.jenis === 'penilaian') return true;
    return event.pegawaiId === actor.pegawaiId || bawahan.has(event.pegawaiId);
  },
};
