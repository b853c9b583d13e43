import type { Role } from '@capaian/domain';

export { ROLES, ROLE_LABEL, type Role } from '@capaian/domain';

/** The authenticated caller, as every service receives it. */
export interface Actor {
  userId: string;
  instansiId: string;
  pegawaiId: string;
  nip: string;
  nama: string;
  roles: Role[];
  /** Perangkat daerah (unit ids) this user is pengelola kinerja for. */
  pengelolaUnitIds: string[];
  ip?: string | undefined;
  /** Signed in with a temporary password: nothing but changing it is allowed (core/http.ts). */
  wajibGantiPassword?: boolean;
}

export const hasRole = (actor: Actor, ...roles: Role[]): boolean =>
  roles.some((r) => actor.roles.includes(r));
