import { hasRole, type Actor } from '../core/actor.js';

/** Which units the caller monitors: the whole instansi, some perangkat daerah, or nothing. */
export type MonitoringScope = { kind: 'semua' } | { kind: 'unit'; unitIds: string[] } | null;

/**
 * SKP monitoring (table, pegawai behind a cell, reminders, export). Deny by default, tenant first.
 * - BKPSDM admins, system admins and pimpinan: every perangkat daerah of their instansi;
 * - pengelola kinerja: their own perangkat daerah and the units below;
 * - anyone else: refused (403).
 */
export const skpMonitoringPolicy = {
  scope(actor: Actor): MonitoringScope {
    if (hasRole(actor, 'ADMIN_BKPSDM', 'ADMIN_SISTEM', 'PIMPINAN')) return { kind: 'semua' };
    if (hasRole(actor, 'PENGELOLA_KINERJA') && actor.pengelolaUnitIds.length > 0) return { kind: 'unit', unitIds: actor.pengelolaUnitIds };
    return null;
  },
};
