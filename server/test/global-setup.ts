import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/client.js';
import { DEMO_INSTANSI, seedInstansi } from '../src/seed/generator.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgTemplate: string;
  }
}

/** The template every test database is cloned from: migrated, with the demo pemda and a second pemda. */
export const TEST_SEED = { pegawai: 150, seed: 7 };
export const OTHER_INSTANSI = { kode: 'KAB-LAIN', nama: 'Pemerintah Kabupaten Lain', jenis: 'KABUPATEN' as const, pegawai: 60, seed: 99, nipPrefix: 5, fixedDemoNips: false };

async function fill(database: Database) {
  await database.migrate();
  await seedInstansi(database.db, { ...DEMO_INSTANSI, ...TEST_SEED });
  await seedInstansi(database.db, OTHER_INSTANSI);
}

/** One template per engine per run, shared by the engine's projects (the API tests and the fault tests). */
const templates = new Map<'pglite' | 'postgres', Promise<{ value: string; teardown: () => Promise<void> | void }>>();

export default async function setup(project: TestProject) {
  if (process.env.CI === 'true' && !process.env.DATABASE_URL)
    throw new Error('CI must run the API tests on PostgreSQL too: set DATABASE_URL');
  const kind = project.name.endsWith('postgres') ? 'postgres' : 'pglite';
  let t = templates.get(kind);
  const owner = !t;
  if (!t) {
    t = buildTemplate(kind);
    templates.set(kind, t);
  }
  const { value, teardown } = await t;
  project.provide(kind === 'pglite' ? 'pgliteTemplate' : 'pgTemplate', value);
  // The project that built it removes it at the end of the run.
  return owner ? teardown : undefined;
}

async function buildTemplate(kind: 'pglite' | 'postgres'): Promise<{ value: string; teardown: () => Promise<void> | void }> {
  if (kind === 'pglite') {
    const db = await openDatabase({ kind: 'pglite' });
    await fill(db);
    const dump = await db.pglite!.dumpDataDir('none');
    const file = path.join(os.tmpdir(), `capaian-template-${process.pid}.tar`);
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    await db.close();
    return { value: file, teardown: () => fs.rmSync(file, { force: true }) };
  }
  const url = process.env.DATABASE_URL!;
  const name = `capaian_tpl_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  const tplUrl = withDatabase(url, name);
  const db = await openDatabase({ kind: 'postgres', url: tplUrl, poolSize: 2 });
  await fill(db);
  await db.close();
  return {
    value: name,
    teardown: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
