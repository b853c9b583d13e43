import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/core/config.js';
import { and, eq } from 'drizzle-orm';
import { openDatabase, type Database } from '../src/db/client.js';
import { instansi, pegawai, userAccount, userRole } from '../src/db/schema.js';
import { DEMO_PASSWORD } from '../src/seed/generator.js';
import { withDatabase } from './global-setup.js';

/** Named demo users of the test template (the same NIPs as the README's demo users). */
/** The header every Capaian client sends (core/asal.ts); a write without it is refused. */
export const KLIEN = { 'x-capaian': '1' } as const;

export const NIP = {
  pelaksana: '199003172015031001',
  perawat: '199201152017032001',
  guru: '199308242022212001',
  pengawas: '198002112006042003',
  kapus: '197911102005011004',
  kasek: '197406081999031003',
  administrator: '197508202003121002',
  kadis: '197003152000032001',
  sekda: '196805121994031003',
  pengelola: '199105222019022002',
  adminBkpsdm: '198407152009011002',
  adminSistem: '199412052020121001',
} as const;
export { DEMO_PASSWORD };

/**
 * A fresh database cloned from the migrated template, and the app on top of it.
 * Call once at the top of a test file; it is dropped after the file.
 */
export async function createTestContext(opts: { clock?: () => Date; env?: Record<string, string> } = {}) {
  const kind = process.env.TEST_DB === 'postgres' ? 'postgres' : 'pglite';
  let database: Database;
  let drop: () => Promise<void> = async () => {};
  if (kind === 'pglite') {
    const file = inject('pgliteTemplate');
    database = await openDatabase({ kind: 'pglite', loadDataDir: new Blob([fs.readFileSync(file)]) });
  } else {
    const url = process.env.DATABASE_URL!;
    const name = `capaian_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('pgTemplate')}`);
    database = await openDatabase({ kind: 'postgres', url: withDatabase(url, name), poolSize: 4 });
    drop = async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    };
  }
  // Each test file gets its own evidence directory; background jobs are run explicitly by tests.
  const storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'capaian-berkas-'));
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: '/tmp/capaian-test-unused', STORAGE_DIR: storageDir, JOBS: 'false', ...opts.env });
  const { app, services } = await buildApp({ database, config, logger: false, ...(opts.clock ? { clock: opts.clock } : {}) });
  await app.ready();
  afterAll(async () => {
    await app.close();
    await database.close();
    await drop();
    fs.rmSync(storageDir, { recursive: true, force: true });
  });

  const cookies = new Map<string, string>();
  async function login(nip: string, password = DEMO_PASSWORD): Promise<string> {
    const cached = cookies.get(`${nip}:${password}`);
    if (cached) return cached;
    const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: KLIEN, payload: { nip, password } });
    if (res.statusCode !== 200) throw new Error(`login ${nip} failed: ${res.statusCode} ${res.body}`);
    const setCookie = res.cookies.find((c) => c.name === 'capaian_sesi');
    if (!setCookie) throw new Error('no session cookie');
    const cookie = `capaian_sesi=${setCookie.value}`;
    cookies.set(`${nip}:${password}`, cookie);
    return cookie;
  }

  type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Calls the API as a demo user (by NIP), or anonymously with `as: null`. */
  async function api(method: Method, url: string, o: { as?: string | null; body?: unknown } = {}): Promise<LightMyRequestResponse & { json<T = Record<string, unknown>>(): T }> {
    const headers: Record<string, string> = { ...KLIEN };
    if (o.as) headers.cookie = await login(o.as);
    const res = await app.inject({
      method,
      url,
      headers,
      ...(o.body !== undefined ? { payload: o.body as Record<string, unknown> } : {}),
    });
    return res as LightMyRequestResponse & { json<T>(): T };
  }

  /** The id of a pegawai by NIP. */
  async function pegawaiId(nip: string): Promise<string> {
    const [row] = await database.db.select({ id: pegawai.id }).from(pegawai).where(eq(pegawai.nip, nip));
    if (!row) throw new Error(`no pegawai ${nip}`);
    return row.id;
  }

  /** An ADMIN_BKPSDM account of the other pemda of the template (KAB-LAIN, generated NIPs). */
  async function otherPemdaAdmin(): Promise<{ nip: string; userId: string; instansiId: string }> {
    const [row] = await database.db
      .select({ nip: userAccount.nip, userId: userAccount.id, instansiId: userAccount.instansiId })
      .from(userAccount)
      .innerJoin(userRole, and(eq(userRole.instansiId, userAccount.instansiId), eq(userRole.userId, userAccount.id)))
      .innerJoin(instansi, eq(instansi.id, userAccount.instansiId))
      .where(and(eq(instansi.kode, 'KAB-LAIN'), eq(userRole.role, 'ADMIN_BKPSDM')));
    if (!row) throw new Error('no KAB-LAIN admin');
    return row;
  }

  /** Forget cached sessions (after moving the clock past their expiry). */
  const forgetSessions = () => cookies.clear();

  return { app, services, database, config, kind, login, api, forgetSessions, pegawaiId, otherPemdaAdmin };
}
