/**
 * SQL literal lists made from the domain's vocabulary lists, so a CHECK constraint or a status
 * guard (`WHERE status IN …`) is generated from the same list the rules use and never restated.
 * Only plain codes (letters, digits, underscore) are accepted: the text is inlined, not bound, so
 * a prepared statement keeps one text and drizzle-kit sees a stable constraint.
 */
import { sql, type SQL } from 'drizzle-orm';

const KODE = /^[A-Za-z0-9_]+$/;

function literal(values: readonly string[]): string {
  if (values.length === 0) throw new Error('sqlList: an empty list matches nothing; check the caller');
  for (const v of values) if (!KODE.test(v)) throw new Error(`sqlList: "${v}" is not a plain code`);
  return `(${values.map((v) => `'${v}'`).join(',')})`;
}

/** `('A','B')` for `x IN ${sqlList(list)}`. */
export const sqlList = (values: readonly string[]): SQL => sql.raw(literal(values));

/** A CHECK expression: the column holds one of `values` (or null when `nullable`). */
export function checkIn(column: SQL | { name: string }, values: readonly string[], nullable = false): SQL {
  const list = sql.raw(literal(values));
  return nullable ? sql`${column} is null or ${column} in ${list}` : sql`${column} in ${list}`;
}
