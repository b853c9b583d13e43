import { hasRole, type Actor } from '../core/actor.js';

/**
 * Tim penilai kinerja: deny by default, tenant first (another pemda's team is not found).
 * - BKPSDM forms and changes teams and sees every team and its results;
 * - a member sees their teams and the final results per perangkat daerah, and records
 *   recommendations (never about themself);
 * - nobody else sees a team.
 */
export const timPenilaiPolicy = {
  canKelola: (actor: Actor) => hasRole(actor, 'ADMIN_BKPSDM'),
  isAnggota: (actor: Actor, anggota: ReadonlyArray<{ pegawaiId: string }>) => anggota.some((a) => a.pegawaiId === actor.pegawaiId),
  canRead: (actor: Actor, anggota: ReadonlyArray<{ pegawaiId: string }>) => timPenilaiPolicy.canKelola(actor) || timPenilaiPolicy.isAnggota(actor, anggota),
  can: (actor: Actor, anggota: ReadonlyArray<{ pegawaiId: string }>) => ({
    ubah: timPenilaiPolicy.canKelola(actor),
    lihatHasil: timPenilaiPolicy.canRead(actor, anggota),
    rekomendasi: timPenilaiPolicy.isAnggota(actor, anggota),
  }),
};
