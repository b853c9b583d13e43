/**
 * Sessions cached per process (issue #15): a second server process on the same database (its own
 * pool and its own LISTEN connection on PostgreSQL) serves a session from its cache, and every
 * change made through the first — roles granted or taken, the account disabled, the pegawai
 * renamed, logout — reaches it through the database triggers' 'sesi' event before it answers again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { createTestContext, KLIEN, NIP } from '../../test/context.js';
import { buildApp } from '../app.js';
import { openDatabase, type Database } from '../db/client.js';
import { pegawai, userAccount } from '../db/schema.js';
import type { EventBus } from '../core/event-bus.js';

const t = await createTestContext();
let dbB: Database;
let appB: Awaited<ReturnType<typeof buildApp>>['app'];
let busB: EventBus;
const budi = { userId: '', pegawaiId: '', instansiId: '' };

beforeAll(async () => {
  dbB = t.kind === 'postgres' ? await openDatabase({ kind: 'postgres', url: t.database.url!, poolSize: 2 }) : t.database;
  const b = await buildApp({ database: dbB, config: t.config, logger: false });
  appB = b.app;
  busB = b.bus;
  await appB.ready();
  const [acc] = await t.database.db.select().from(userAccount).where(eq(userAccount.nip, NIP.pelaksana));
  Object.assign(budi, { userId: acc!.id, pegawaiId: acc!.pegawaiId, instansiId: acc!.instansiId });
});
afterAll(async () => {
  await appB.close();
  if (dbB !== t.database) await dbB.close();
});

/** Resolves once process B has handled a 'sesi' event for Budi (its cache listener runs first). */
const sesiBudiDiB = () =>
  new Promise<void>((resolve) => {
    const lepas = busB.subscribe((e) => {
      if (e.jenis === 'sesi' && e.userId === budi.userId) {
        lepas();
        resolve();
      }
    });
  });

const diB = async (url: string, cookie: string) => appB.inject({ method: 'GET', url, headers: { cookie, ...KLIEN } });
const peranBudi = (roles: string[]) =>
  t.api('PUT', `/api/v1/akun/${budi.userId}/peran`, { as: NIP.adminSistem, body: { roles: roles.map((role) => ({ role })) } });

describe('sessions cached per process', () => {
  it('a role granted or taken in one process is obeyed by the other before its next answer', async () => {
    const cookie = await t.login(NIP.pelaksana);
    expect((await diB('/api/v1/akun', cookie)).statusCode).toBe(403);

    let event = sesiBudiDiB();
    expect((await peranBudi(['PEGAWAI', 'ADMIN_BKPSDM'])).statusCode).toBe(200);
    await event;
    expect((await diB('/api/v1/akun', cookie)).statusCode).toBe(200);

    event = sesiBudiDiB();
    expect((await peranBudi(['PEGAWAI'])).statusCode).toBe(200);
    await event;
    expect((await diB('/api/v1/akun', cookie)).statusCode).toBe(403);
  });

  it("never answers one caller's cookie with another's cached session", async () => {
    const nips = [NIP.pelaksana, NIP.adminSistem, NIP.kadis];
    const cookies = await Promise.all(nips.map((nip) => t.login(nip)));
    // Twice each: the second round is served from B's cache.
    for (let putaran = 0; putaran < 2; putaran++) {
      for (const [k, cookie] of cookies.entries()) {
        const me = await diB('/api/v1/auth/me', cookie);
        expect(me.json<{ nip: string }>().nip).toBe(nips[k]);
      }
    }
    expect((await diB('/api/v1/auth/me', 'capaian_sesi=bukan-token')).statusCode).toBe(401);
  });

  it('serves from its cache: a change made behind the triggers is not seen until an event clears it', async () => {
    const cookie = await t.login(NIP.pelaksana);
    await diB('/api/v1/auth/me', cookie);
    const namaAsli = (await diB('/api/v1/auth/me', cookie)).json<{ nama: string }>().nama;
    await t.database.db.execute(sql`ALTER TABLE pegawai DISABLE TRIGGER sesi_berubah_update`);
    try {
      await t.database.db.update(pegawai).set({ nama: 'Nama Tanpa Pemberitahuan' }).where(and(eq(pegawai.instansiId, budi.instansiId), eq(pegawai.id, budi.pegawaiId)));
      expect((await diB('/api/v1/auth/me', cookie)).json<{ nama: string }>().nama).toBe(namaAsli);
    } finally {
      await t.database.db.execute(sql`ALTER TABLE pegawai ENABLE TRIGGER sesi_berubah_update`);
    }
    // With the trigger on, a rename reaches B's cache.
    const event = sesiBudiDiB();
    await t.database.db.update(pegawai).set({ nama: 'Budi Santoso Baru' }).where(and(eq(pegawai.instansiId, budi.instansiId), eq(pegawai.id, budi.pegawaiId)));
    await event;
    expect((await diB('/api/v1/auth/me', cookie)).json<{ nama: string }>().nama).toBe('Budi Santoso Baru');
  });

  it('an account disabled, or a logout, in one process ends the session in the other', async () => {
    const cookie = await t.login(NIP.pelaksana);
    expect((await diB('/api/v1/auth/me', cookie)).statusCode).toBe(200);
    let event = sesiBudiDiB();
    expect((await t.api('PUT', `/api/v1/akun/${budi.userId}/status`, { as: NIP.adminSistem, body: { aktif: false } })).statusCode).toBe(200);
    await event;
    expect((await diB('/api/v1/auth/me', cookie)).statusCode).toBe(401);
    expect((await t.api('PUT', `/api/v1/akun/${budi.userId}/status`, { as: NIP.adminSistem, body: { aktif: true } })).statusCode).toBe(200);

    t.forgetSessions();
    const baru = await t.login(NIP.pelaksana);
    expect((await diB('/api/v1/auth/me', baru)).statusCode).toBe(200);
    event = sesiBudiDiB();
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: baru, ...KLIEN } })).statusCode).toBeLessThan(300);
    await event;
    expect((await diB('/api/v1/auth/me', baru)).statusCode).toBe(401);
  });

  it.skipIf(t.kind === 'pglite')('caches nothing while its listener is down, and starts afresh after it reconnects', async () => {
    t.forgetSessions();
    const cookie = await t.login(NIP.pelaksana);
    expect((await diB('/api/v1/auth/me', cookie)).statusCode).toBe(200);
    const sebelum = busB.generasi;
    expect(sebelum).not.toBeNull();
    await t.database.db.execute(sql`ALTER TABLE pegawai DISABLE TRIGGER sesi_berubah_update`);
    try {
      // Every listener of this database drops (B's among them) and reconnects with backoff.
      await t.database.db.execute(sql`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'capaian-live'`);
      await expect.poll(() => busB.generasi, { timeout: 10_000, interval: 5 }).not.toBe(sebelum);
      await t.database.db.update(pegawai).set({ nama: 'Nama Saat Terputus' }).where(and(eq(pegawai.instansiId, budi.instansiId), eq(pegawai.id, budi.pegawaiId)));
      // Down or already back under a new generation: either way the old entry is not served.
      expect((await diB('/api/v1/auth/me', cookie)).json<{ nama: string }>().nama).toBe('Nama Saat Terputus');
    } finally {
      await t.database.db.execute(sql`ALTER TABLE pegawai ENABLE TRIGGER sesi_berubah_update`);
    }
    await expect.poll(() => busB.generasi, { timeout: 10_000, interval: 20 }).not.toBeNull();
  });
});
