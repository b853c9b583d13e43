import { createHash, randomBytes } from 'node:crypto';
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
import { kunciAkun, type PembatasMasuk } from './pembatas-masuk.js';
import type { EventBus } from '../core/event-bus.js';
import type { SessionActorRow } from './repository.js';
import { buatSimpananSesi, type SimpananSesi } from './simpanan-sesi.js';

export { BATAS_MASUK, buatPembatasMasuk, type BatasMasuk, type PembatasMasuk } from './pembatas-masuk.js';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

// A real hash to verify against when the NIP is unknown, so both answers take as long.
let dummyHash: Promise<string> | undefined;

export interface AuthDeps {
  db: Db;
  clock: () => Date;
  sessionDays: number;
  /** Login throttling (per client address, per account and device). */
  pembatas: PembatasMasuk;
  /** The instansi's name and zone for `me` (the settings' one owner). */
  pengaturan: Pick<PengaturanInstansi, 'info'>;
}

/** Where a login attempt comes from: the client's address and its login device cookie, if any. */
export interface AsalMasuk {
  ip: string;
  userAgent?: string;
  perangkat?: string;
}

// For the accounts feature (administrators set and reset passwords, deactivate accounts):
/** Stores a password hash for an account (optionally to be changed at the next login). */
export const simpanPassword = (tx: DbOrTx, instansiId: string, userId: string, passwordHash: string, wajibGanti: boolean) =>
  repo.setPassword(tx, instansiId, userId, passwordHash, wajibGanti);
/** Ends every session of an account. */
export const akhiriSesi = (tx: DbOrTx, instansiId: string, userId: string) => repo.deleteSessionsOfUser(tx, instansiId, userId);

const menit = (detik: number) => Math.max(1, Math.ceil(detik / 60));

/** How long a resolved session is served from the process's cache at most (a revocation clears it at once). */
export const SESI_TERSIMPAN_MS = 30_000;

/** The session caches of this process (one per app; tests run several). */
const simpananProses = new Set<SimpananSesi<SessionActorRow>>();
/**
 * Tells this process's session caches at once, after the transaction committed, that a user's
 * session, account or roles changed (or a pegawai's name, or — `null` — anything). Other processes
 * learn it from the database triggers' 'sesi' event, which this process also gets a moment later.
 */
export function sesiBerubah(siapa: { userId: string } | { pegawaiId: string } | null) {
  for (const s of simpananProses) {
    if (siapa === null) s.lupakanSemua();
    else if ('userId' in siapa) s.lupakanUser(siapa.userId);
    else s.lupakanPegawai(siapa.pegawaiId);
  }
}

export function createAuthService({ db, clock, sessionDays, pembatas, pengaturan }: AuthDeps) {
  const simpanan = buatSimpananSesi<SessionActorRow>({ ttlMs: SESI_TERSIMPAN_MS, maks: 20_000 });
  simpananProses.add(simpanan);
  /** The bus generation the cache may use; null (no cache) until `hubungkanBus`, and while the listener is down. */
  let generasiBus: () => number | null = () => null;
  const invalid = () => new AppError('invalid_credentials', 'NIP atau kata sandi salah.');
  const tunggu = (detik: number, karena: 'ip' | 'akun') =>
    new AppError(
      'terlalu_banyak',
      karena === 'ip'
        ? `Terlalu banyak percobaan masuk yang gagal dari jaringan ini. Coba lagi dalam ${menit(detik)} menit.`
        : `Terlalu banyak percobaan masuk yang gagal untuk NIP ini dari perangkat ini. Coba lagi dalam ${menit(detik)} menit, masuk dari perangkat yang biasa Anda pakai, atau minta admin BKPSDM membuka penahanan.`,
      undefined,
      { cobaLagiDetik: detik },
    );

  return {
    /**
     * Signs in with NIP and password. The throttle is asked first (its answer does not depend on
     * whether the NIP exists); the password is always verified (a dummy hash for unknown NIPs);
     * only a correct password learns whether the account is deactivated.
     */
    async login(nip: string, password: string, asal: AsalMasuk) {
      const perangkatHash = asal.perangkat ? hashToken(asal.perangkat) : null;
      const account = await repo.findAccountByNip(db, nip, perangkatHash);
      const kunci = kunciAkun(nip, account?.perangkatDikenal ? perangkatHash : null);
      const tahan = await pembatas.periksa(asal.ip, kunci);
      if (tahan) throw tunggu(tahan.detik, tahan.karena);

      dummyHash ??= hashPassword('capaian-dummy-password-1');
      const benar = await verifyPassword(account?.passwordHash ?? (await dummyHash), password);
      if (!account || !benar) {
        // The attempt was judged: it is answered as wrong; the wait it may start applies to the next.
        await pembatas.gagal(asal.ip, kunci);
        throw invalid();
      }
      if (!account.aktif) throw new AppError('account_disabled', 'Akun ini dinonaktifkan. Hubungi admin BKPSDM.');
      await pembatas.berhasil(kunci);

      const now = clock();
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now.getTime() + sessionDays * 86_400_000);
      // The device becomes known to this account: its own throttle bucket from now on.
      const perangkat = asal.perangkat ?? randomBytes(16).toString('base64url');
      await db.transaction(async (tx) => {
        await repo.recordSuccess(tx, account.instansiId, account.id, now);
        await repo.kenaliPerangkat(tx, account.instansiId, account.id, hashToken(perangkat), now);
        await repo.insertSession(tx, {
          tokenHash: hashToken(token),
          instansiId: account.instansiId,
          userId: account.id,
          expiresAt,
          createdAt: now,
          lastSeenAt: now,
          ip: asal.ip,
          userAgent: asal.userAgent?.slice(0, 300) ?? null,
        });
      });
      return { token, expiresAt, mustChangePassword: account.mustChangePassword, perangkat };
    },

    async logout(token: string) {
      const tokenHash = hashToken(token);
      simpanan.lupakanToken(tokenHash);
      await repo.deleteSession(db, tokenHash);
    },

    /**
     * Lets the session cache work with this process's event bus: 'sesi' events (database
     * triggers, from any process) drop a user's cached sessions; the cache is used only while the
     * bus listens.
     */
    hubungkanBus(bus: Pick<EventBus, 'subscribe' | 'generasi'>) {
      generasiBus = () => bus.generasi;
      const lepas = bus.subscribe((e) => {
        if (e.jenis === 'sesi') simpanan.lupakanUser(e.userId);
      });
      return () => {
        lepas();
        simpananProses.delete(simpanan);
      };
    },

    /** Resolves a session cookie to the caller; null when missing, expired or disabled. */
    async actorFromToken(token: string, ip?: string): Promise<Actor | null> {
      const tokenHash = hashToken(token);
      const generasi = generasiBus();
      let row = generasi === null ? undefined : simpanan.ambil(tokenHash, generasi);
      if (!row) {
        const urutan = simpanan.urutan;
        row = (await repo.sessionActor(db, tokenHash)) ?? undefined;
        if (row && generasi !== null) simpanan.simpan(tokenHash, row, urutan, generasi);
      }
      if (!row || !row.aktif) return null;
      const now = clock();
      const expiresAt = new Date(row.expires_at);
      if (expiresAt <= now) {
        simpanan.lupakanToken(tokenHash);
        await repo.deleteSession(db, tokenHash);
        return null;
      }
      // Sliding expiry, written at most every 10 minutes to keep reads cheap (the cached row follows).
      if (now.getTime() - new Date(row.last_seen_at).getTime() > 10 * 60_000) {
        const sampai = new Date(now.getTime() + sessionDays * 86_400_000);
        await repo.touchSession(db, tokenHash, now, sampai);
        row.last_seen_at = now;
        row.expires_at = sampai;
      }
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
        wajibGantiPassword: row.must_change_password,
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
      sesiBerubah({ userId: actor.userId });
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
