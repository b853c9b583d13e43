import { randomBytes } from 'node:crypto';
import { unitMentah } from '../organisasi/service.js';
import type { Actor, Role } from '../core/actor.js';
import { errors, type FieldErrors } from '../core/errors.js';
import type { Db, DbOrTx } from '../db/client.js';
import { recordAudit } from '../audit/service.js';
import { akhiriSesi, sesiBerubah, simpanPassword, type PembatasMasuk } from '../auth/service.js';
import { pelanggaranUnik } from '../db/errors.js';
import { hashPassword, temporaryPassword } from '../core/password.js';
import { pegawaiMentah } from '../pegawai/service.js';
import { akunPolicy } from './policy.js';
import { akunRepository as repo, type AkunRow } from './repository.js';
import type { AkunListQuery, RoleGrant } from '@capaian/contract/akun';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);


function present(actor: Actor, r: AkunRow, masuk: { gagal: number; ditahanSampai: Date | null }) {
  return {
    id: r.id,
    pegawaiId: r.pegawai_id,
    nip: r.nip,
    nama: r.nama,
    aktif: r.aktif,
    roles: r.roles ?? [],
    gagalBerturut: masuk.gagal,
    terkunciSampai: masuk.ditahanSampai?.toISOString() ?? null,
    loginTerakhir: iso(r.last_login_at),
    wajibGantiPassword: r.must_change_password,
    can: akunPolicy.can(actor, r),
  };
}

/** Sets a new temporary password (the user must change it at next login). Used by the API and the CLI. */
export async function resetPasswordOf(tx: DbOrTx, actor: Actor | null, instansiId: string, userId: string, nip: string) {
  const password = temporaryPassword(randomBytes);
  await simpanPassword(tx, instansiId, userId, await hashPassword(password), true);
  await akhiriSesi(tx, instansiId, userId);
  await recordAudit(tx, actor, instansiId, {
    action: 'password',
    entityType: 'user_account',
    entityId: userId,
    summary: `Kata sandi akun ${nip} diatur ulang`,
  });
  return password;
}

export function createAkunService(db: Db, clock: () => Date, pembatas: PembatasMasuk) {
  const requireManage = (actor: Actor) => {
    if (!akunPolicy.canManage(actor)) throw errors.forbidden('mengelola akun');
  };
  const presentAll = (actor: Actor, rows: AkunRow[]) => {
    const now = clock().getTime();
    return Promise.all(rows.map(async (r) => present(actor, r, await pembatas.keadaan(r.nip, now))));
  };
  /** The account, if the caller may see it and change it (every role it holds covered by theirs). */
  async function untukDiubah(actor: Actor, id: string, what: string) {
    requireManage(actor);
    const acc = await repo.get(db, actor.instansiId, id);
    if (!acc) throw errors.notFound('Akun');
    if (!akunPolicy.can(actor, acc).update) throw errors.forbidden(`${what}: akun ini memiliki peran di atas wewenang Anda`);
    return acc;
  }

  async function checkRoles(actor: Actor, roles: RoleGrant[], current: Role[] = []) {
    const fields: FieldErrors = {};
    const seen = new Set<string>();
    for (const [i, r] of roles.entries()) {
      const key = `${r.role}:${r.unitId ?? ''}`;
      if (seen.has(key)) fields[`roles.${i}.role`] = 'peran ini sudah ada di daftar';
      seen.add(key);
      if (!akunPolicy.canGrant(actor, r.role) && !current.includes(r.role))
        fields[`roles.${i}.role`] = 'peran ini di atas wewenang Anda; hanya yang memegang peran setara yang dapat memberikannya';
      if (r.role === 'PENGELOLA_KINERJA') {
        if (!r.unitId) fields[`roles.${i}.unitId`] = 'pengelola kinerja harus ditetapkan untuk satu perangkat daerah';
        else {
          const unit = await unitMentah(db, actor.instansiId, r.unitId);
          if (!unit) fields[`roles.${i}.unitId`] = 'unit tidak ditemukan';
          else if (!unit.perangkatDaerah) fields[`roles.${i}.unitId`] = 'harus berupa perangkat daerah';
        }
      } else if (r.unitId) fields[`roles.${i}.unitId`] = 'hanya untuk peran pengelola kinerja';
    }
    // Taking a role away is as restricted as granting it.
    const dicabut = current.filter((c) => !roles.some((r) => r.role === c) && !akunPolicy.canGrant(actor, c));
    if (dicabut.length) fields.roles = `peran ${dicabut.join(', ')} di atas wewenang Anda untuk dicabut`;
    if (Object.keys(fields).length) throw errors.validation(fields);
  }

  async function get(actor: Actor, id: string) {
    requireManage(actor);
    const row = await repo.get(db, actor.instansiId, id);
    if (!row) throw errors.notFound('Akun');
    return present(actor, row, await pembatas.keadaan(row.nip, clock().getTime()));
  }

  return {
    async list(actor: Actor, q: AkunListQuery) {
      requireManage(actor);
      const { rows, total } = await repo.list(db, actor.instansiId, q);
      return { items: await presentAll(actor, rows), total, page: q.page, pageSize: q.pageSize };
    },

    get,

    async create(actor: Actor, pegawaiId: string, roles: RoleGrant[]) {
      requireManage(actor);
      const peg = await pegawaiMentah(db, actor.instansiId, pegawaiId);
      if (!peg) throw errors.validation({ pegawaiId: 'pegawai tidak ditemukan' });
      if (await repo.byPegawai(db, actor.instansiId, pegawaiId))
        throw errors.conflict('account_exists', 'Pegawai ini sudah memiliki akun.', { pegawaiId: 'sudah memiliki akun' });
      await checkRoles(actor, roles);
      const password = temporaryPassword(randomBytes);
      const passwordHash = await hashPassword(password);
      const id = await db
        .transaction(async (tx) => {
        const [row] = await repo.insert(tx, {
          instansiId: actor.instansiId,
          pegawaiId,
          nip: peg.nip,
          passwordHash,
          mustChangePassword: true,
        });
        if (!row) throw new Error('insert account returned nothing');
        await repo.replaceRoles(tx, actor.instansiId, row.id, roles);
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'create',
          entityType: 'user_account',
          entityId: row.id,
          summary: `Akun dibuat untuk ${peg.nama} (${peg.nip})`,
          after: { nip: peg.nip, roles },
        });
        return row.id;
      })
        .catch((e: unknown) => {
          // A NIP is national: an account with it elsewhere in the deployment (where is not said).
          if (pelanggaranUnik(e) === 'user_account_nip_uq') throw errors.nipDipakai();
          throw e;
        });
      return { akun: await get(actor, id), passwordSementara: password };
    },

    async setRoles(actor: Actor, id: string, roles: RoleGrant[]) {
      const before = await untukDiubah(actor, id, 'mengubah peran');
      await checkRoles(actor, roles, (before.roles ?? []).map((r) => r.role as Role));
      await db.transaction(async (tx) => {
        await repo.replaceRoles(tx, actor.instansiId, id, roles);
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'update',
          entityType: 'user_account',
          entityId: id,
          summary: `Peran akun ${before.nip} diubah`,
          before: { roles: before.roles },
          after: { roles },
        });
      });
      sesiBerubah({ userId: id });
      return get(actor, id);
    },

    async resetPassword(actor: Actor, id: string) {
      const acc = await untukDiubah(actor, id, 'mengatur ulang kata sandi');
      if (!akunPolicy.can(actor, acc).resetPassword)
        throw errors.conflict('use_change_password', 'Gunakan menu Ganti Kata Sandi untuk akun Anda sendiri.');
      const password = await db.transaction((tx) => resetPasswordOf(tx, actor, actor.instansiId, id, acc.nip));
      sesiBerubah({ userId: id });
      return { passwordSementara: password };
    },

    /** Releases the hold on logins from unknown devices for this NIP (audited; the throttle forgets its count). */
    async unlock(actor: Actor, id: string) {
      const acc = await untukDiubah(actor, id, 'membuka penahanan masuk');
      const sebelum = await pembatas.keadaan(acc.nip, clock().getTime());
      await db.transaction((tx) =>
        recordAudit(tx, actor, actor.instansiId, {
          action: 'unlock',
          entityType: 'user_account',
          entityId: id,
          summary: `Penahanan masuk dari perangkat baru untuk akun ${acc.nip} dibuka`,
          before: { terkunciSampai: sebelum.ditahanSampai?.toISOString() ?? null, gagalBerturut: sebelum.gagal },
        }),
      );
      await pembatas.lepas(acc.nip);
      return get(actor, id);
    },

    async setActive(actor: Actor, id: string, aktif: boolean) {
      const acc = await untukDiubah(actor, id, aktif ? 'mengaktifkan akun' : 'menonaktifkan akun');
      if (!aktif && !akunPolicy.can(actor, acc).deactivate)
        throw errors.conflict('cannot_deactivate_self', 'Anda tidak dapat menonaktifkan akun Anda sendiri.');
      await db.transaction(async (tx) => {
        await repo.setStatus(tx, actor.instansiId, id, { aktif });
        if (!aktif) await akhiriSesi(tx, actor.instansiId, id);
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'update',
          entityType: 'user_account',
          entityId: id,
          summary: `Akun ${acc.nip} ${aktif ? 'diaktifkan' : 'dinonaktifkan'}`,
          before: { aktif: acc.aktif },
          after: { aktif },
        });
      });
      sesiBerubah({ userId: id });
      return get(actor, id);
    },
  };
}

export type AkunService = ReturnType<typeof createAkunService>;
