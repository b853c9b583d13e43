import { hasRole, type Actor } from '../core/actor.js';

/**
 * Tindak lanjut: deny by default, tenant first (every query is the caller's instansi).
 * - rankings: BKPSDM, pimpinan and tim penilai members for any group, the pemda included; a
 *   pengelola kinerja for their perangkat daerah; a unit head (the kepala perangkat daerah
 *   included) for their unit and the units below; nobody else;
 * - the pemda's annual report: BKPSDM, pimpinan and tim penilai members.
 */
export const tindakLanjutPolicy = {
  /** Rankings of any group, and the pemda's annual report. */
  semuaUnit: (actor: Actor, anggotaTim: boolean) => anggotaTim || hasRole(actor, 'ADMIN_BKPSDM', 'PIMPINAN'),
};
