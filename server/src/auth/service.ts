import { createHash, randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROLES, type Actor, type Role } from '../core/actor.js';
import { AppError, errors } from '../core/errors.js';
import type { Db, DbOrTx } from '../db/client.js';
import { recordAudit } from '../audit/service.js';
import { authRepository as repo } from './repository.js';
import { hashPassword, passwordProblem, verifyPassword } from '../core/password.js';
import { auditPolicy } from '../audit/policy.js';
import { akunPolicy } from '../akun/policy.js';
import { organisasiPolicy } from '../organisasi/policy.js';
import type { PengaturanInstansi } from '../instansi/service.js';
import { pegawaiPolicy } from '../pegawai/policy.js';

export const LOGIN_POLICY = {
  /** Failed attempts after which answers are slowed down (exponentially, capped). */
  slowAfter: 2,
  maxDelayMs: 2000,
  /** Failed attempts in a row that lock the account. */
  lockAfter: 5,
  lockMinutes: 15,
};

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

// A real hash to verify against when the NIP is unknown, so both answers take as long.
let dummyHash: Promise<string> | undefined;

const fmtJam = (d: Date) =>
  d.toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Jakarta' });

export interface AuthDeps {
  db: Db;
  clock: () => Date;
  sessionDays: number;
  /** Base of the slow-down after repeated failures (0 in tests that do not measure it). */
  slowdownMs: number;
  /** The instansi's name and zone for `me` (the settings' one owner). */
  pengaturan: Pick<PengaturanInstansi, 'info'>;
}

// For the accounts feature (administrators set and reset passwords, deactivate accounts):
/** Stores a password hash for an account (optionally to be changed at the next login). */
export const simpanPassword = (tx: DbOrTx, instansiId: string, userId: string, passwordHash: string, wajibGanti: boolean) =>
  repo.setPassword(tx, instansiId, userId, passwordHash, wajibGanti);
/** Ends every session of an account. */
export const akhiriSesi = (tx: DbOrTx, instansiId: string, userId: string) => repo.deleteSessionsOfUser(tx, instansiId, userId);

export function createAuthService({ db, clock, sessionDays, slowdownMs, pengaturan }: AuthDeps) {
  const invalid = () => new AppError('invalid_credentials', 'NIP atau kata sandi salah.');

  return {
    async login(nip: string, password: string, meta: { ip?: string; userAgent?: string }) {
      const account = await repo.findAccountByNip(db, nip);
      if (!account) {
        dummyHash ??= hashPassword('capaian-dummy-password-1');
        await verifyPassword(await dummyHash, password);
        throw invalid();
      }
      const now = clock();
      if (account.lockedUntil && account.lockedUntil > now)
        throw new AppError(
          'account_locked',
          `Akun dikunci sementara karena terlalu banyak percobaan gagal. Coba lagi setelah pukul ${fmtJam(account.lockedUntil)} WIB atau hubungi admin.`,
        );
      if (!account.aktif) throw new AppError('account_disabled', 'Akun ini dinonaktifkan. Hubungi admin BKPSDM.');

      if (!(await verifyPassword(account.passwordHash, password))) {
        // A lock that has run out starts a new count.
        const base = account.lockedUntil && account.lockedUntil <= now ? 0 : account.failedAttempts;
        const failures = base + 1;
        const lockUntil =
          failures >= LOGIN_POLICY.lockAfter ? new Date(now.getTime() + LOGIN_POLICY.lockMinutes * 60_000) : null;
        await db.transaction(async (tx) => {
          await repo.recordFailure(tx, account.instansiId, account.id, now, failures, lockUntil);
          if (lockUntil)
            await recordAudit(tx, null, account.instansiId, {
              action: 'lock',
              entityType: 'user_account',
              entityId: account.id,
              summary: `Akun ${account.nip} dikunci ${LOGIN_POLICY.lockMinutes} menit setelah ${failures} percobaan gagal`,
              after: { lockedUntil: lockUntil.toISOString(), ip: meta.ip ?? null },
            });
        });
        if (failures > LOGIN_POLICY.slowAfter && slowdownMs > 0)
          await sleep(Math.min(LOGIN_POLICY.maxDelayMs, slowdownMs * 2 ** (failures - LOGIN_POLICY.slowAfter - 1)));
        if (lockUntil)
          throw new AppError(
            'account_locked',
            `Akun dikunci sementara karena ${failures} kali salah kata sandi. Coba lagi setelah pukul ${fmtJam(lockUntil)} WIB atau hubungi admin.`,
          );
        throw invalid();
      }

      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now.getTime() + sessionDays * 86_400_000);
      await db.transaction(async (tx) => {
        await repo.recordSuccess(tx, account.instansiId, account.id, now);
        await repo.insertSession(tx, {
          tokenHash: hashToken(token),
          instansiId: account.instansiId,
          userId: account.id,
          expiresAt,
          createdAt: now,
          lastSeenAt: now,
          ip: meta.ip ?? null,
          userAgent: meta.userAgent?.slice(0, 300) ?? null,
        });
      });
      return { token, expiresAt, mustChangePassword: account.mustChangePassword };
    },

    async logout(token: string) {
      await repo.deleteSession(db, hashToken(token));
    },

    /** Resolves a session cookie to the caller; null when missing, expired or disabled. */
    async actorFromToken(token: string, ip?: string): Promise<Actor | null> {
      const tokenHash = hashToken(token);
      const row = await repo.sessionActor(db, tokenHash);
      if (!row || !row.aktif) return null;
      const now = clock();
      const expiresAt = new Date(row.expires_at);
      if (expiresAt <= now) {
        await repo.deleteSession(db, tokenHash);
        return null;
      }
      // Sliding expiry, written at most every 10 minutes to keep reads cheap.
      if (now.getTime() - new Date(row.last_seen_at).getTime() > 10 * 60_000)
        await repo.touchSession(db, tokenHash, now, new Date(now.getTime() + sessionDays * 86_400_000));
      const roles = (row.roles ?? []).filter((r): r is Role => (ROLES as readonly string[]).includes(r));
      return {
        userId: row.user_id,
        instansiId: row.instansi_id,
        pegawaiId: row.pegawai_id,
        nip: row.nip,
        nama: row.nama,
        roles,
        pengelolaUnitIds: row.pengelola_unit_ids ?? [],
        ip,
      };
    },

    /** The caller with their instansi and what parts of the app they may open. */
    async me(actor: Actor) {
      const [instansi, account] = await Promise.all([
        pengaturan.info(actor.instansiId),
        repo.getAccount(db, actor.instansiId, actor.userId),
      ]);
      const manageOrg = organisasiPolicy.canManage(actor);
      return {
        userId: actor.userId,
        pegawaiId: actor.pegawaiId,
        nip: actor.nip,
        nama: actor.nama,
        roles: actor.roles,
        mustChangePassword: account?.mustChangePassword ?? false,
        instansi: { id: actor.instansiId, nama: instansi.nama, zonaWaktu: instansi.zona },
        can: {
          lihatDaftarPegawai: pegawaiPolicy.listScope(actor) !== null,
          kelolaOrganisasi: manageOrg,
          kelolaPegawai: pegawaiPolicy.canManage(actor),
          kelolaAkun: akunPolicy.canManage(actor),
          lihatAudit: auditPolicy.canBrowse(actor),
          impor: manageOrg,
        },
      };
    },

    async changePassword(actor: Actor, token: string, oldPassword: string, newPassword: string) {
      const account = await repo.getAccount(db, actor.instansiId, actor.userId);
      if (!account) throw errors.unauthenticated();
      if (!(await verifyPassword(account.passwordHash, oldPassword)))
        throw errors.validation({ passwordLama: 'kata sandi lama salah' });
      const problem = passwordProblem(newPassword);
      if (problem) throw errors.validation({ passwordBaru: problem });
      if (oldPassword === newPassword) throw errors.validation({ passwordBaru: 'harus berbeda dari kata sandi lama' });
      const hashed = await hashPassword(newPassword);
      await db.transaction(async (tx) => {
        await repo.setPassword(tx, actor.instansiId, actor.userId, hashed, false);
        await repo.deleteSessionsOfUser(tx, actor.instansiId, actor.userId, hashToken(token));
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'password',
          entityType: 'user_account',
          entityId: actor.userId,
          summary: `${actor.nama} mengganti kata sandi`,
        });
      });
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
