import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { PgDialect, type PgDatabase, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { sql, type SQL } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle has the same query API as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export const migrationsFolder = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../migrations',
);

export interface Database {
  kind: 'pglite' | 'postgres';
  db: Db;
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** The embedded engine, when kind is 'pglite' (used to clone test templates). */
  pglite?: PGlite;
  /** The server's connection string, when kind is 'postgres' (the live-event listener opens its own connection). */
  readonly url?: string;
}

export type DatabaseOptions =
  | { kind: 'postgres'; url: string; poolSize?: number; onError?: (err: Error) => void }
  | { kind: 'pglite'; dataDir?: string; loadDataDir?: Blob | File };

export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.kind === 'postgres') {
    // JIT compilation costs more than it saves on these short OLTP queries (a big team's board crossed its threshold).
    const pool = new pg.Pool({
      connectionString: opts.url,
      max: opts.poolSize ?? 10,
      options: '-c jit=off',
      // While the server is away a request fails within seconds (503) instead of waiting forever.
      connectionTimeoutMillis: 5_000,
      keepAlive: true,
    });
    // A connection dropped by the server (restart, failover, admin action) must not crash the
    // process: idle ones report on the pool, checked-out ones on themselves (their query fails
    // and the pool discards them). Either way the next query opens a fresh connection.
    pool.on('error', (err) => opts.onError?.(err));
    pool.on('connect', (client) => client.on('error', (err) => opts.onError?.(err)));
    // Fail fast with a clear message when the server cannot be reached.
    const client = await pool.connect();
    client.release();
    const db = drizzlePg({ client: pool, schema }) as unknown as Db;
    poolOf.set(db, pool);
    return {
      kind: 'postgres',
      db,
      url: opts.url,
      migrate: () => migratePg(drizzlePg({ client: pool, schema }), { migrationsFolder }),
      close: () => pool.end(),
    };
  }
  if (opts.dataDir) fs.mkdirSync(opts.dataDir, { recursive: true });
  const client = await PGlite.create({
    ...(opts.dataDir ? { dataDir: opts.dataDir } : {}),
    ...(opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {}),
  });
  jagaTransaksi(client);
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    pglite: client,
    migrate: () => migratePglite(drizzlePglite({ client, schema }), { migrationsFolder }),
    close: () => client.close(),
  };
}

/**
 * PGlite has one connection: a query on the database handle made from inside a transaction's
 * callback (instead of on the transaction handle: e.g. the settings owner loading the instansi's
 * zone on a cold cache) would wait for that transaction to end, which waits for the query — the
 * process would hang. Such a query runs inside the transaction instead (as the only connection,
 * it is the only place it can run); so does a nested `db.transaction`. Queries from other
 * requests, outside any transaction of theirs, wait their turn as before. On PostgreSQL the same
 * code takes another pooled connection, so both engines answer.
 */
type TxPglite = Parameters<Parameters<PGlite['transaction']>[0]>[0];
const transaksiAktif = new AsyncLocalStorage<TxPglite>();
function jagaTransaksi(client: PGlite) {
  const aktif = () => {
    const tx = transaksiAktif.getStore();
    return tx && !tx.closed ? tx : null;
  };
  const transaksi = client.transaction.bind(client);
  client.transaction = (<T>(fn: (tx: TxPglite) => Promise<T>) => {
    const tx = aktif();
    return tx ? fn(tx) : transaksi((t) => transaksiAktif.run(t, () => fn(t)));
  }) as PGlite['transaction'];
  const query = client.query.bind(client);
  client.query = ((...args: Parameters<PGlite['query']>) => (aktif()?.query ?? query)(...args)) as PGlite['query'];
  const exec = client.exec.bind(client);
  client.exec = ((...args: Parameters<PGlite['exec']>) => (aktif()?.exec ?? exec)(...args)) as PGlite['exec'];
}

const dialect = new PgDialect();
/** The pool behind a PostgreSQL database handle (not behind a transaction: that has its own connection). */
const poolOf = new WeakMap<object, pg.Pool>();

/**
 * Runs raw SQL and returns its rows. On a PostgreSQL server, outside a transaction, the query
 * runs as a named prepared statement (the name is a hash of its text), so each pooled connection
 * parses and plans it once instead of on every request: planning the recursive organisation
 * queries costs more than running them.
 */
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const pool = poolOf.get(db);
  if (pool) {
    const { sql: text, params } = dialect.sqlToQuery(query);
    const name = `q${createHash('sha1').update(text).digest('hex').slice(0, 24)}`;
    const result = await pool.query({ name, text, values: params });
    return result.rows as T[];
  }
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * A uuid[] parameter for raw SQL, passed as one array literal string ('{a,b}') so a named
 * prepared statement keeps one text whatever the number of ids.
 */
export const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

/** A PostgreSQL array literal: every element quoted (backslash before `"` and `\`), null as a bare NULL. */
export const arrayLiteral = (xs: ReadonlyArray<string | number | null>) =>
  `{${xs.map((x) => (x === null ? 'NULL' : `"${String(x).replace(/["\\]/g, '\\$&')}"`)).join(',')}}`;
