import { hasRole, type Actor } from '../core/actor.js';

/**
 * Who sees which home and which lists. Deny by default, tenant first (every query filters on the
 * caller's instansi):
 * - the pegawai's own home and the pejabat penilai's (their own subordinates and assignments): anyone signed in;
 * - the whole pemda (leaders' home, lists of any unit): BKPSDM, admin sistem and pimpinan;
 * - a perangkat daerah: its head (definitive or Plt/Plh) and its pengelola kinerja;
 * - the command centre: BKPSDM;
 * - rater analytics: every rater for BKPSDM, pimpinan and tim penilai members; a rater their own.
 */
export const berandaPolicy = {
  pemda: (actor: Actor) => hasRole(actor, 'ADMIN_BKPSDM', 'ADMIN_SISTEM', 'PIMPINAN'),
  pusatKendali: (actor: Actor) => hasRole(actor, 'ADMIN_BKPSDM'),
  analitikSemua: (actor: Actor, anggotaTim: boolean) => anggotaTim || hasRole(actor, 'ADMIN_BKPSDM', 'PIMPINAN'),
  /** The roots of the units a caller may open beyond the pemda: the perangkat daerah they head, and a pengelola kinerja's. */
  akarUnit: (actor: Actor, pdDipimpin: readonly string[]) => [...new Set([...pdDipimpin, ...(hasRole(actor, 'PENGELOLA_KINERJA') ? actor.pengelolaUnitIds : [])])],
};
