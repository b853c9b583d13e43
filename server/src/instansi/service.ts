/**
 * Onboarding a new pemda on a running deployment: the instansi, its root unit, and a first
 * administrator who then imports units, jabatan and pegawai. Used by `capaian instansi add`.
 * And the instansi's settings (periode kinerja, reminder after N days without progress).
 */
import { randomBytes } from 'node:crypto';
import {
  AturanPenilaianSchema,
  berlakuMulaiPerubahan,
  DEFAULT_ATURAN_PENILAIAN,
  nipError,
  validateGolongan,
  versiPada,
  type AturanPenilaian,
  type JenisAsn,
  type VersiAturan,
} from '@capaian/domain';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../core/actor.js';
import { errors } from '../core/errors.js';
import type { Db, DbOrTx } from '../db/client.js';
import { publish } from '../core/events.js';
import type { PengaturanInstansi } from './pengaturan.js';
import { instansi, jabatan, pegawai, unitKerja, userAccount, userRole } from '../db/schema.js';
import { recordAudit } from '../audit/service.js';
import { hashPassword, temporaryPassword } from '../core/password.js';
import { instansiPolicy } from './policy.js';
import { instansiRepository as repo } from './repository.js';
import type { Pengaturan, PengaturanInput } from '@capaian/contract/instansi';

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

/**
 * The instansi's settings: read by everyone of the instansi, changed by its admins (audited).
 * The periode kinerja and reminder days apply at once; the aturan penilaian apply from the first
 * day of the next period (domain `berlakuMulaiPerubahan`) and each change is a version.
 */
export function createInstansiService(db: Db, clock: () => Date, pengaturan: PengaturanInstansi) {
  async function present(actor: Actor): Promise<Pengaturan> {
    const [info, versi, hariIni] = await Promise.all([
      pengaturan.info(actor.instansiId),
      pengaturan.versiAturan(actor.instansiId),
      pengaturan.hariIni(actor.instansiId),
    ]);
    const berlaku = versiPada(versi, hariIni);
    const terjadwal = versi.filter((v) => v.berlakuMulai > hariIni).sort((a, b) => (a.berlakuMulai < b.berlakuMulai ? -1 : 1))[0] ?? null;
    // Parsed again for the answer: a mutable copy, and a check that what is shown is valid.
    const view = (v: VersiAturan | null) => ({ versi: v?.versi ?? null, berlakuMulai: v?.berlakuMulai ?? null, aturan: AturanPenilaianSchema.parse(v?.aturan ?? DEFAULT_ATURAN_PENILAIAN) });
    return {
      periodeKinerja: info.periodeKinerja,
      pengingatRealisasiHari: info.pengingatRealisasiHari,
      zonaWaktu: info.zona,
      aturan: {
        berlaku: view(berlaku),
        terjadwal: terjadwal ? view(terjadwal) : null,
        perubahanBerlakuMulai: berlakuMulaiPerubahan(hariIni, info.periodeKinerja),
      },
      can: instansiPolicy.can(actor),
    };
  }

  /** Clears the cache here and, through the event published in `tx`, in every other process. */
  async function diubah(tx: DbOrTx, instansiId: string) {
    await publish(tx, { jenis: 'pengaturan', instansiId });
  }

  return {
    pengaturan: (actor: Actor) => present(actor),

    /**
     * Changes the periode kinerja and reminder days. The periode kinerja numbers the rencana aksi
     * of a year (month, quarter, semester): it cannot change while rencana aksi of the current year
     * exist (409).
     */
    async ubahPengaturan(actor: Actor, input: PengaturanInput): Promise<Pengaturan> {
      if (!instansiPolicy.canChange(actor)) throw errors.forbidden('mengubah pengaturan instansi');
      await db.transaction(async (tx) => {
        const before = await repo.pengaturan(tx, actor.instansiId, true);
        if (!before) throw errors.notFound('Instansi');
        if (before.periodeKinerja !== input.periodeKinerja) {
          const tahun = Number((await pengaturan.hariIni(actor.instansiId)).slice(0, 4));
          const n = await repo.jumlahRencanaAksi(tx, actor.instansiId, tahun);
          if (n > 0)
            throw errors.conflict(
              'periode_kinerja_dipakai',
              `Periode kinerja tidak dapat diubah: sudah ada ${n} rencana aksi tahun ${tahun} yang disusun per periode ${before.periodeKinerja.toLowerCase()}.`,
              { periodeKinerja: `sudah dipakai oleh ${n} rencana aksi tahun ${tahun}` },
            );
        }
        const after = { periodeKinerja: input.periodeKinerja, pengingatRealisasiHari: input.pengingatRealisasiHari };
        await repo.updatePengaturan(tx, actor.instansiId, after);
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'update',
          entityType: 'instansi',
          entityId: actor.instansiId,
          summary: `Pengaturan instansi diubah: periode kinerja ${after.periodeKinerja}, pengingat realisasi setelah ${after.pengingatRealisasiHari} hari`,
          before: { periodeKinerja: before.periodeKinerja, pengingatRealisasiHari: before.pengingatRealisasiHari },
          after,
        });
        await diubah(tx, actor.instansiId);
      });
      pengaturan.lupakan(actor.instansiId);
      return present(actor);
    },

    /**
     * Sets the aturan penilaian (validated by the route with the domain schema): a new version in
     * force from the first day of the next period; a version saved earlier that has not started
     * yet is replaced. Periods already opened keep the version they were opened with. Audited
     * with the version in force before and the one written.
     */
    async ubahAturan(actor: Actor, input: AturanPenilaian): Promise<Pengaturan> {
      if (!instansiPolicy.canChange(actor)) throw errors.forbidden('mengubah aturan penilaian instansi');
      const [info, hariIni, sebelum] = await Promise.all([
        pengaturan.info(actor.instansiId),
        pengaturan.hariIni(actor.instansiId),
        pengaturan.versiAturan(actor.instansiId),
      ]);
      const berlakuMulai = berlakuMulaiPerubahan(hariIni, info.periodeKinerja);
      const lama = versiPada(sebelum, berlakuMulai);
      await db.transaction(async (tx) => {
        const versi = await repo.simpanAturan(tx, { instansiId: actor.instansiId, berlakuMulai, isi: input, olehId: actor.pegawaiId, at: clock() });
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'update',
          entityType: 'aturan_penilaian',
          entityId: `${actor.instansiId}:${versi}`,
          summary: `Aturan penilaian diubah (versi ${versi}), berlaku mulai ${berlakuMulai}`,
          before: { versi: lama?.versi ?? null, aturan: lama?.aturan ?? DEFAULT_ATURAN_PENILAIAN },
          after: { versi, berlakuMulai, aturan: input },
        });
        await diubah(tx, actor.instansiId);
      });
      pengaturan.lupakan(actor.instansiId);
      return present(actor);
    },
  };
}

export type InstansiService = ReturnType<typeof createInstansiService>;
export { createPengaturanInstansi, zonaTersimpan, type InfoInstansi, type PengaturanInstansi } from './pengaturan.js';
