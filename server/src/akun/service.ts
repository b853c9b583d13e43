import { randomBytes } from 'node:crypto';
import { unitMentah } from '../organisasi/service.js';
import type { Actor, Role } from '../core/actor.js';
import { errors, type FieldErrors } from '../core/errors.js';
import type { Db, DbOrTx } from '../db/client.js';
import { recordAudit } from '../audit/service.js';
import { akhiriSesi, simpanPassword } from '../auth/service.js';
import { hashPassword, temporaryPassword } from '../core/password.js';
import { pegawaiMentah } from '../pegawai/service.js';
import { akunPolicy } from './policy.js';
import { akunRepository as repo, type AkunRow } from './repository.js';
import type { AkunListQuery, RoleGrant } from '@capaian/contract/akun';

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null);

function present(actor: Actor, r: AkunRow, now: Date) {
  const locked = r.locked_until && new Date(r.locked_until) > now ? iso(r.locked_until) : null;
  return {
    id: r.id,
    pegawaiId: r.pegawai_id,
    nip: r.nip,
    nama: r.nama,
    aktif: r.aktif,
    roles: r.roles ?? [],
    gagalBerturut: r.failed_attempts,
    terkunciSampai: locked,
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

export function createAkunService(db: Db, clock: () => Date) {
  const requireManage = (actor: Actor) => {
    if (!akunPolicy.canManage(actor)) throw errors.forbidden('mengelola akun');
  };

  async function checkRoles(actor: Actor, roles: RoleGrant[], current: Role[] = []) {
    const fields: FieldErrors = {};
    const seen = new Set<string>();
    for (const [i, r] of roles.entries()) {
      const key = `${r.role}:${r.unitId ?? ''}`;
      if (seen.has(key)) fields[`roles.${i}.role`] = 'peran ini sudah ada di daftar';
      seen.add(key);
      if (!akunPolicy.canGrant(actor, r.role) && !current.includes(r.role))
        fields[`roles.${i}.role`] = 'hanya Admin Sistem yang dapat memberikan peran Admin Sistem';
      if (r.role === 'PENGELOLA_KINERJA') {
        if (!r.unitId) fields[`roles.${i}.unitId`] = 'pengelola kinerja harus ditetapkan untuk satu perangkat daerah';
        else {
          const unit = await unitMentah(db, actor.instansiId, r.unitId);
          if (!unit) fields[`roles.${i}.unitId`] = 'unit tidak ditemukan';
          else if (!unit.perangkatDaerah) fields[`roles.${i}.unitId`] = 'harus berupa perangkat daerah';
        }
      } else if (r.unitId) fields[`roles.${i}.unitId`] = 'hanya untuk peran pengelola kinerja';
    }
    // Taking away the system-admin role is as restricted as granting it.
    if (current.includes('ADMIN_SISTEM') && !roles.some((r) => r.role === 'ADMIN_SISTEM') && !akunPolicy.canGrant(actor, 'ADMIN_SISTEM'))
      fields.roles = 'hanya Admin Sistem yang dapat mencabut peran Admin Sistem';
    if (Object.keys(fields).length) throw errors.validation(fields);
  }

  async function get(actor: Actor, id: string) {
    requireManage(actor);
    const row = await repo.get(db, actor.instansiId, id);
    if (!row) throw errors.notFound('Akun');
    return present(actor, row, clock());
  }

  return {
    async list(actor: Actor, q: AkunListQuery) {
      requireManage(actor);
      const now = clock();
      const { rows, total } = await repo.list(db, actor.instansiId, q, now);
      return { items: rows.map((r) => present(actor, r, now)), total, page: q.page, pageSize: q.pageSize };
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
      const id = await db.transaction(async (tx) => {
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
      });
      return { akun: await get(actor, id), passwordSementara: password };
    },

    async setRoles(actor: Actor, id: string, roles: RoleGrant[]) {
      requireManage(actor);
      const before = await repo.get(db, actor.instansiId, id);
      if (!before) throw errors.notFound('Akun');
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
      return get(actor, id);
    },

    async resetPassword(actor: Actor, id: string) {
      requireManage(actor);
      const acc = await repo.get(db, actor.instansiId, id);
      if (!acc) throw errors.notFound('Akun');
      if (!akunPolicy.can(actor, acc).resetPassword)
        throw errors.conflict('use_change_password', 'Gunakan menu Ganti Kata Sandi untuk akun Anda sendiri.');
      const password = await db.transaction((tx) => resetPasswordOf(tx, actor, actor.instansiId, id, acc.nip));
      return { passwordSementara: password };
    },

    async unlock(actor: Actor, id: string) {
      requireManage(actor);
      const acc = await repo.get(db, actor.instansiId, id);
      if (!acc) throw errors.notFound('Akun');
      await db.transaction(async (tx) => {
        await repo.setStatus(tx, actor.instansiId, id, { lockedUntil: null, failedAttempts: 0 });
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'unlock',
          entityType: 'user_account',
          entityId: id,
          summary: `Kunci akun ${acc.nip} dibuka`,
          before: { terkunciSampai: iso(acc.locked_until), gagalBerturut: acc.failed_attempts },
        });
      });
      return get(actor, id);
    },

    async setActive(actor: Actor, id: string, aktif: boolean) {
      requireManage(actor);
      const acc = await repo.get(db, actor.instansiId, id);
      if (!acc) throw errors.notFound('Akun');
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
      return get(actor, id);
    },
  };
}

export type AkunService = ReturnType<typeof createAkunService>;
