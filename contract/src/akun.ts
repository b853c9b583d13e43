import { z } from 'zod';

/** What the caller may do with one account. */
export const AkunCan = z.object({ read: z.boolean(), update: z.boolean(), resetPassword: z.boolean(), unlock: z.boolean(), deactivate: z.boolean() });
export type AkunCan = z.infer<typeof AkunCan>;
import { ROLES } from '@capaian/domain';

export const RoleGrant = z.object({
  role: z.enum(ROLES),
  /** Required for PENGELOLA_KINERJA: the perangkat daerah it covers. */
  unitId: z.uuid('harus berupa id unit').nullable().default(null),
});
export type RoleGrant = z.infer<typeof RoleGrant>;

export const AkunCreateBody = z.object({
  pegawaiId: z.uuid('harus berupa id pegawai'),
  roles: z.array(RoleGrant).min(1, 'paling sedikit satu peran'),
});
export const PeranBody = z.object({ roles: z.array(RoleGrant).min(1, 'paling sedikit satu peran') });
export const StatusBody = z.object({ aktif: z.boolean() });

export const AkunListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  role: z.enum(ROLES).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type AkunListQuery = z.infer<typeof AkunListQuery>;

export const Akun = z.object({
  id: z.uuid(),
  pegawaiId: z.uuid(),
  nip: z.string(),
  nama: z.string(),
  aktif: z.boolean(),
  roles: z.array(z.object({ role: z.string(), unitId: z.string().nullable(), unitNama: z.string().nullable() })),
  /** Failed logins for this NIP from unknown devices in the last day (the login throttle's count). */
  gagalBerturut: z.number().int(),
  /** Until when logins from unknown devices are held back for this NIP (its own devices still get in); `unlock` releases it. */
  terkunciSampai: z.string().nullable(),
  loginTerakhir: z.string().nullable(),
  wajibGantiPassword: z.boolean(),
  can: AkunCan,
});
export const AkunPage = z.object({ items: z.array(Akun), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const AkunBaru = z.object({ akun: Akun, passwordSementara: z.string() });
export type AkunBaru = z.infer<typeof AkunBaru>;
export const PasswordSementara = z.object({ passwordSementara: z.string() });
export type PasswordSementara = z.infer<typeof PasswordSementara>;

// Types of the schemas above, for the web app (import type).
export type AkunCreateBody = z.infer<typeof AkunCreateBody>;
export type PeranBody = z.infer<typeof PeranBody>;
export type StatusBody = z.infer<typeof StatusBody>;
export type Akun = z.infer<typeof Akun>;
export type AkunPage = z.infer<typeof AkunPage>;
/** One role as a client sends it in POST /akun and PUT /akun/:id/peran (`unitId` may be left out). */
export type RoleGrantBody = z.input<typeof RoleGrant>;
