import { sql } from 'drizzle-orm';
import type { Config } from './core/config.js';
import { openDatabase, queryRows, type Database } from './db/client.js';
import { DEMO_INSTANSI, seedInstansi } from './seed/generator.js';

export function openConfiguredDatabase(config: Config, poolSize?: number): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ kind: 'postgres', url: config.databaseUrl, ...(poolSize ? { poolSize } : {}) })
    : openDatabase({ kind: 'pglite', dataDir: config.pgliteDir });
}

export async function isEmpty(database: Database): Promise<boolean> {
  const [row] = await queryRows<{ n: number }>(database.db, sql`SELECT count(*)::int AS n FROM instansi`);
  return (row?.n ?? 0) === 0;
}

/** The demo pemda with a year of planning: SKPs for the current year. */
export async function seedDemo(database: Database, pegawai: number, seed = 7, skpTahun = new Date().getFullYear(), pelaksanaan = true) {
  return seedInstansi(database.db, { ...DEMO_INSTANSI, pegawai, seed, skpTahun, pelaksanaan });
}
