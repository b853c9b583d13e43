import { z } from 'zod';

export const LoginBody = z.object({
  nip: z
    .string()
    .trim()
    .regex(/^\d{18}$/, 'NIP harus 18 digit angka'),
  password: z.string().min(1, 'wajib diisi').max(200),
});

export const ChangePasswordBody = z.object({
  passwordLama: z.string().min(1, 'wajib diisi').max(200),
  passwordBaru: z.string().min(1, 'wajib diisi').max(200),
});

export const Me = z.object({
  userId: z.uuid(),
  pegawaiId: z.uuid(),
  nip: z.string(),
  nama: z.string(),
  roles: z.array(z.string()),
  mustChangePassword: z.boolean(),
  instansi: z.object({ id: z.uuid(), nama: z.string(), zonaWaktu: z.string() }),
  /** Which parts of the app this user may open (the client hides the rest). */
  can: z.object({
    lihatDaftarPegawai: z.boolean(),
    kelolaOrganisasi: z.boolean(),
    kelolaPegawai: z.boolean(),
    kelolaAkun: z.boolean(),
    lihatAudit: z.boolean(),
    impor: z.boolean(),
  }),
});

export const LoginResult = z.object({ ok: z.literal(true), wajibGantiPassword: z.boolean() });

// Types of the schemas above, for the web app (import type).
export type LoginBody = z.infer<typeof LoginBody>;
export type ChangePasswordBody = z.infer<typeof ChangePasswordBody>;
export type Me = z.infer<typeof Me>;
export type LoginResult = z.infer<typeof LoginResult>;
