import { hasRole, type Actor } from '../core/actor.js';
import type { PeranPanduan } from '@capaian/contract/bantuan';

/**
 * Help is public knowledge inside the app: every signed-in user reads every role's guide and
 * prints any of them (the routes are behind the login; anonymous callers get 401 before this).
 * The tour flag is each account's own.
 */
export const bantuanPolicy = {
  bolehBaca: (_actor: Actor) => true,
  /** The guides that fit an account: its roles, and pejabat penilai when it assesses someone. */
  peranPanduan(actor: Actor, menilaiBawahan: boolean): PeranPanduan[] {
    const peran: PeranPanduan[] = [];
    if (hasRole(actor, 'PEGAWAI')) peran.push('pegawai');
    if (menilaiBawahan) peran.push('pejabat-penilai');
    if (hasRole(actor, 'PIMPINAN')) peran.push('pimpinan');
    if (hasRole(actor, 'PENGELOLA_KINERJA')) peran.push('pengelola-kinerja');
    if (hasRole(actor, 'ADMIN_BKPSDM')) peran.push('admin-bkpsdm');
    if (hasRole(actor, 'ADMIN_SISTEM')) peran.push('admin-sistem');
    // Every account is a pegawai's: the pegawai guide is the fallback.
    return peran.length > 0 ? peran : ['pegawai'];
  },
};
