import { getTableColumns, is, sql, SQL } from 'drizzle-orm';
import { getTableConfig, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';
import { arrayLiteral, queryRows, type DbOrTx } from './client.js';

export interface InsertManyOptions {
  /** Rows per statement (10,000). */
  chunk?: number;
  /**
   * Check the table's foreign keys once for all its rows instead of once per row written — what
   * PostgreSQL advises for loading many rows ("Populating a Database"): they are dropped before the
   * rows are written and added again with the same names and definitions after, and adding one
   * checks every row of the table in one join. Worth it for tens of thousands of rows (per row,
   * each key is a lookup and a row lock). In a transaction (a savepoint in the caller's): no other
   * session sees the table without them (the tables stay locked until the caller's transaction
   * ends), and a row whose parent is missing fails it as it would have. Only where the caller owns
   * the table and may reference its parents; otherwise each row is checked as usual.
   */
  foreignKeysOnce?: boolean;
}

/**
 * Inserts many rows (the demo seed's tens of thousands) in few statements: per chunk one
 * `INSERT … SELECT … FROM unnest($1::text[], $2::text[], …)` with one array parameter per column,
 * each element cast to its column's type. The rows are the same as `db.insert(table).values(rows)`
 * writes, in the same order — each value goes through its column's `mapToDriverValue`, an absent
 * value takes the column's default, a JS default (`$defaultFn`) is called per row — but the
 * statement is built in one pass over plain strings instead of one Drizzle SQL chunk and one
 * parameter per value, and PostgreSQL parses a statement of a few parameters instead of one with
 * tens of thousands. The same on PGlite and on a PostgreSQL server. Triggers see one statement per
 * chunk.
 */
export async function insertMany<T extends PgTable>(db: DbOrTx, table: T, rows: ReadonlyArray<T['$inferInsert']>, opts: InsertManyOptions = {}): Promise<void> {
  if (rows.length === 0) return;
  const chunk = opts.chunk ?? 10_000;
  if (!opts.foreignKeysOnce) return write(db, table, rows, chunk);
  await db.transaction(async (tx) => {
    const keys = await dropForeignKeys(tx, table);
    await write(tx, table, rows, chunk);
    if (keys.length) await tx.execute(sql`ALTER TABLE ${table} ${sql.join(keys.map((k) => sql`ADD CONSTRAINT ${sql.identifier(k.name)} ${sql.raw(k.definition)}`), sql`, `)}`);
  });
}

async function write<T extends PgTable>(db: DbOrTx, table: T, rows: ReadonlyArray<T['$inferInsert']>, chunk: number) {
  const columns = Object.entries(getTableColumns(table) as Record<string, PgColumn>).filter(([, c]) => c.generated === undefined || c.generated.type === 'byDefault');
  for (let start = 0; start < rows.length; start += chunk) {
    const part = rows.slice(start, start + chunk) as ReadonlyArray<Record<string, unknown>>;
    const names: SQL[] = [];
    const selected: SQL[] = [];
    const arrays: SQL[] = [];
    for (const [key, column] of columns) {
      const values: Array<string | null> = [];
      // Rows without a value for this column that take the database's default.
      const byDefault: boolean[] = [];
      let given = false;
      for (const row of part) {
        let v = row[key];
        if (v === undefined && column.defaultFn) v = column.defaultFn();
        else if (v === undefined && !column.default && column.onUpdateFn) v = column.onUpdateFn();
        if (v === undefined) {
          values.push(null);
          byDefault.push(column.hasDefault);
          continue;
        }
        given = true;
        byDefault.push(false);
        values.push(v === null ? null : driverText(column, v));
      }
      // Absent from every row: the column is left out and takes its default (or null).
      if (!given) continue;
      const n = arrays.length;
      arrays.push(sql`${arrayLiteral(values)}::text[]`);
      let value = sql`${sql.raw(`t.c${n}::${column.getSQLType()}`)}`;
      if (byDefault.some(Boolean)) {
        // A default Drizzle does not know (an identity) cannot be named here: give every row a value or none.
        if (column.default === undefined) throw new Error(`insertMany: column ${column.name} is given in some rows only and has no default to name`);
        const d = is(column.default, SQL) ? column.default : sql`${sql.param(column.default, column)}`;
        arrays.push(sql`${`{${byDefault.map((b) => (b ? 't' : 'f')).join(',')}}`}::boolean[]`);
        value = sql`CASE WHEN ${sql.raw(`t.c${n + 1}`)} THEN ${d} ELSE ${value} END`;
      }
      names.push(sql`${sql.identifier(column.name)}`);
      selected.push(value);
    }
    const aliases = sql.raw(arrays.map((_, i) => `c${i}`).join(', '));
    await db.execute(
      sql`INSERT INTO ${table} (${sql.join(names, sql`, `)}) SELECT ${sql.join(selected, sql`, `)} FROM unnest(${sql.join(arrays, sql`, `)}) AS t(${aliases})`,
    );
  }
}

/** A value as the text PostgreSQL reads for its column (what the driver would send). */
function driverText(column: PgColumn, value: unknown): string {
  const v: unknown = column.mapToDriverValue(value);
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString();
  if (v === null || v === undefined || is(v, SQL) || Buffer.isBuffer(v)) throw new Error(`insertMany: column ${column.name} needs a plain value`);
  return JSON.stringify(v);
}


/** Drops the table's foreign keys and returns them (name, and definition as the catalogue prints it); none when it may not. */
async function dropForeignKeys(db: DbOrTx, table: PgTable): Promise<Array<{ name: string; definition: string }>> {
  const { name, schema } = getTableConfig(table);
  const keys = await queryRows<{ name: string; definition: string; boleh: boolean }>(
    db,
    sql`SELECT c.conname AS name, pg_get_constraintdef(c.oid) AS definition,
               pg_has_role(t.relowner, 'USAGE') AND has_table_privilege(c.confrelid, 'REFERENCES') AS boleh
          FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
         WHERE c.conrelid = to_regclass(${schema ? sql`quote_ident(${schema}) || '.' || ` : sql``}quote_ident(${name})) AND c.contype = 'f'
         ORDER BY c.conname`,
  );
  if (keys.length === 0 || keys.some((k) => !k.boleh)) return [];
  await db.execute(sql`ALTER TABLE ${table} ${sql.join(keys.map((k) => sql`DROP CONSTRAINT ${sql.identifier(k.name)}`), sql`, `)}`);
  return keys;
}
