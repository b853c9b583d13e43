/** Roles of an account. Relationships (atasan of whom) are resolved per request by services. */
export const ROLES = ['PEGAWAI', 'PENGELOLA_KINERJA', 'ADMIN_BKPSDM', 'PIMPINAN', 'ADMIN_SISTEM'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABEL: Record<Role, string> = {
  PEGAWAI: 'Pegawai',
  PENGELOLA_KINERJA: 'Pengelola Kinerja',
  ADMIN_BKPSDM: 'Admin BKPSDM',
  PIMPINAN: 'Pimpinan',
  ADMIN_SISTEM: 'Admin Sistem',
};

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
}

export const hasRole = (actor: Actor, ...roles: Role[]): boolean =>
  roles.some((r) => actor.roles.includes(r));
