/**
 * Rows whose shape the database does not guarantee (jsonb columns, lists built in SQL) are read
 * through a Zod schema instead of a cast: a damaged or outdated value is caught where it is read,
 * with the table and the problem named, rather than surfacing later as `undefined` in a response.
 * Plain typed columns keep `queryRows<T>` (their shape is the table's).
 */
import type { SQL } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows, type DbOrTx } from './client.js';

/** A stored row that does not have the shape the code relies on (a bug or damaged data: a 500, logged). */
export class RowShapeError extends Error {
  constructor(what: string, error: z.ZodError) {
    super(`${what}: baris tersimpan tidak sesuai bentuknya — ${z.prettifyError(error)}`);
    this.name = 'RowShapeError';
  }
}

/** One row checked against its schema. */
export function parseRow<S extends z.ZodType>(what: string, schema: S, row: unknown): z.output<S> {
  const r = schema.safeParse(row);
  if (!r.success) throw new RowShapeError(what, r.error);
  return r.data;
}

/** The rows of a query, each checked against `schema`. */
export async function queryParsed<S extends z.ZodType>(db: DbOrTx, what: string, schema: S, query: SQL): Promise<Array<z.output<S>>> {
  const rows = await queryRows<unknown>(db, query);
  return rows.map((r) => parseRow(what, schema, r));
}

/** A timestamp column as the drivers return it (a Date from PostgreSQL, a Date or string from PGlite). */
export const Waktu = z.union([z.date(), z.string()]);
