/**
 * Onboarding a new pemda on a running deployment: the instansi, its root unit, and a first
 * administrator who then imports units, jabatan and pegawai. Used by `capaian instansi add`.
 */
import { randomBytes } from 'node:crypto';
import { nipError, validateGolongan, type JenisAsn } from '@capaian/domain';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { errors } from '../core/errors.js';
import type { Db } from '../db/client.js';
import { instansi, jabatan, pegawai, unitKerja, userAccount, userRole } from '../db/schema.js';
import { recordAudit } from '../audit/service.js';
import { hashPassword, temporaryPassword } from '../auth/password.js';

export const InstansiBaru = z.object({
  kode: z.string().trim().regex(/^[A-Z0-9-]{3,40}$/, 'huruf besar, angka dan tanda hubung (3–40)'),
  nama: z.string().trim().min(3, 'paling sedikit 3 karakter').max(200),
  jenis: z.enum(['PROVINSI', 'KABUPATEN', 'KOTA']),
  zonaWaktu: z.enum(['WIB', 'WITA', 'WIT']).default('WIB'),
  adminNip: z.string().trim(),
  adminNama: z.string().trim().min(2, 'paling sedikit 2 karakter').max(150),
  adminGolongan: z.string().trim().default('III/c'),
});
export type InstansiBaru = z.input<typeof InstansiBaru>;

export async function addInstansi(db: Db, input: InstansiBaru) {
  const parsed = InstansiBaru.safeParse(input);
  if (!parsed.success)
    throw errors.validation(Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message])));
  const v = parsed.data;
  const fields: Record<string, string> = {};
  const nipProblem = nipError(v.adminNip, 'PNS');
  if (nipProblem) fields.adminNip = nipProblem;
  const golProblem = validateGolongan('PNS' as JenisAsn, v.adminGolongan);
  if (golProblem) fields.adminGolongan = golProblem;
  if ((await db.select({ id: instansi.id }).from(instansi).where(eq(instansi.kode, v.kode))).length)
    fields.kode = 'kode instansi sudah dipakai';
  if ((await db.select({ id: userAccount.id }).from(userAccount).where(eq(userAccount.nip, v.adminNip))).length)
    fields.adminNip = 'NIP ini sudah punya akun di deployment ini';
  if (Object.keys(fields).length) throw errors.validation(fields);

  const password = temporaryPassword(randomBytes);
  const passwordHash = await hashPassword(password);
  const ids = await db.transaction(async (tx) => {
    const [ins] = await tx.insert(instansi).values({ kode: v.kode, nama: v.nama, jenis: v.jenis, zonaWaktu: v.zonaWaktu }).returning();
    if (!ins) throw new Error('insert instansi returned nothing');
    const [unit] = await tx
      .insert(unitKerja)
      .values({ instansiId: ins.id, kode: 'SETDA', nama: 'Sekretariat Daerah', jenis: 'SEKRETARIAT_DAERAH', perangkatDaerah: true })
      .returning();
    const [jab] = await tx
      .insert(jabatan)
      .values({ instansiId: ins.id, unitId: unit!.id, kode: 'SETDA.ADMIN', nama: 'Pengelola Sistem Kinerja', jenis: 'PELAKSANA' })
      .returning();
    const [peg] = await tx
      .insert(pegawai)
      .values({ instansiId: ins.id, nip: v.adminNip, nama: v.adminNama, jenisAsn: 'PNS', golongan: v.adminGolongan, jabatanId: jab!.id })
      .returning();
    const [acc] = await tx
      .insert(userAccount)
      .values({ instansiId: ins.id, pegawaiId: peg!.id, nip: v.adminNip, passwordHash, mustChangePassword: true })
      .returning();
    await tx.insert(userRole).values(
      (['PEGAWAI', 'ADMIN_BKPSDM', 'ADMIN_SISTEM'] as const).map((role) => ({ instansiId: ins.id, userId: acc!.id, role })),
    );
    await recordAudit(tx, null, ins.id, {
      action: 'create',
      entityType: 'instansi',
      entityId: ins.id,
      summary: `Instansi ${v.nama} dibuat dengan admin ${v.adminNip}`,
      after: { kode: v.kode, nama: v.nama, jenis: v.jenis, admin: v.adminNip },
    });
    return { instansiId: ins.id };
  });
  return { ...ids, passwordSementara: password };
}
