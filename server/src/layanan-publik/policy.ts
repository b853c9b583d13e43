import { hasRole, type Actor } from '../core/actor.js';

/**
 * The units a caller acts for, worked out by the service (tenant first: ids of the caller's own
 * instansi only): the units whose head seat they hold today (definitive or Plt/Plh) and the
 * perangkat daerah they are pengelola kinerja for, each with every unit below it.
 */
export interface CakupanUnit {
  unitIds: ReadonlySet<string>;
}

/**
 * Layanan publik, deny by default:
 * - service points (list, create, change, poster): ADMIN_BKPSDM for every unit; the kepala of a
 *   unit (incl. Plt/Plh) and the pengelola kinerja of a perangkat daerah for the units in their
 *   charge;
 * - trends of the public's answers: the same, plus PIMPINAN for every unit (the unit's head and
 *   the heads above it see it through their seats);
 * - the public form itself needs no session (see the service's flood protection).
 */
export const layananPublikPolicy = {
  kelolaSemua: (actor: Actor) => hasRole(actor, 'ADMIN_BKPSDM'),
  trenSemua: (actor: Actor) => hasRole(actor, 'ADMIN_BKPSDM', 'PIMPINAN'),
  canKelolaApapun: (actor: Actor, c: CakupanUnit) => layananPublikPolicy.kelolaSemua(actor) || c.unitIds.size > 0,
  canKelola: (actor: Actor, c: CakupanUnit, unitId: string) => layananPublikPolicy.kelolaSemua(actor) || c.unitIds.has(unitId),
  canTrenApapun: (actor: Actor, c: CakupanUnit) => layananPublikPolicy.trenSemua(actor) || c.unitIds.size > 0,
  canTren: (actor: Actor, c: CakupanUnit, unitId: string) => layananPublikPolicy.trenSemua(actor) || c.unitIds.has(unitId),
  can: (actor: Actor, c: CakupanUnit, unitId: string) => {
    const ubah = layananPublikPolicy.canKelola(actor, c, unitId);
    return { ubah, unduhPoster: ubah };
  },
};
