import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { boolean, date, foreignKey, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createTestContext } from '../../test/context.js';
import { queryRows } from './client.js';
import { insertMany } from './insert-many.js';

const t = await createTestContext();

/** A temporary table with a column of every kind the seed writes. */
const uji = pgTable('uji_insert_many', {
  no: integer('no').notNull(),
  id: uuid('id'),
  teks: text('teks'),
  tanggal: date('tanggal', { mode: 'string' }),
  waktu: timestamp('waktu', { withTimezone: true, mode: 'date' }),
  dibuat: timestamp('dibuat', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  status: text('status').notNull().default('BARU'),
  catatan: text('catatan').default('ada'),
  aktif: boolean('aktif'),
  isi: jsonb('isi'),
  ids: uuid('ids').array(),
  label: text('label').array(),
  asal: text('asal').$defaultFn(() => 'fungsi'),
});

type Baris = typeof uji.$inferInsert;
const rows: Baris[] = [
  { no: 1, id: '8d0f6a52-0c5b-4b44-9b8e-2f2a3c4d5e6f', teks: 'kutip " dan \\ garis miring, {kurung}, koma', tanggal: '2026-02-28', waktu: new Date('2026-01-27T02:00:00Z'), aktif: true, isi: { a: [1, 'dua "tiga"'], b: null }, ids: ['8d0f6a52-0c5b-4b44-9b8e-2f2a3c4d5e6f'], label: ['x', 'y z', 'k"u\\t'] },
  // Absent values: the defaults (now(), 'BARU', 'ada', the JS default) or null.
  { no: 2 },
  // Explicit nulls stay null even where the column has a default.
  { no: 3, teks: '', catatan: null, isi: [], ids: [], label: [], aktif: false, status: 'LAMA', dibuat: new Date('2025-12-31T17:00:00Z'), asal: 'baris' },
  { no: 4, teks: 'NULL', isi: 'teks', label: ['NULL', ''], catatan: 'baris\nbaru\ttab — ü 中文' },
];

async function tulis(write: (tx: Parameters<Parameters<typeof t.database.db.transaction>[0]>[0]) => Promise<unknown>) {
  return t.database.db.transaction(async (tx) => {
    await tx.execute(sql`CREATE TEMP TABLE uji_insert_many (
      no integer NOT NULL, id uuid, teks text, tanggal date, waktu timestamptz, dibuat timestamptz NOT NULL DEFAULT now(),
      status text NOT NULL DEFAULT 'BARU', catatan text DEFAULT 'ada', aktif boolean, isi jsonb, ids uuid[], label text[], asal text) ON COMMIT DROP`);
    await write(tx);
    const [now] = await queryRows<{ now: string }>(tx, sql`SELECT now()::text AS now`);
    // Rows in the order they were written (ctid), with now() named so two transactions compare.
    return queryRows<{ r: unknown }>(
      tx,
      sql`SELECT to_jsonb(u) || jsonb_build_object('dibuat', CASE WHEN dibuat::text = ${now!.now} THEN 'now' ELSE dibuat::text END) AS r FROM uji_insert_many u ORDER BY ctid`,
    );
  });
}

describe('insertMany', () => {
  it('writes the same rows, in the same order, as an INSERT … VALUES', async () => {
    const expected = await tulis((tx) => tx.insert(uji).values(rows));
    const actual = await tulis((tx) => insertMany(tx, uji, rows));
    expect(actual).toEqual(expected);
    expect(actual.map((x) => (x.r as { no: number }).no)).toEqual([1, 2, 3, 4]);
    expect((actual[1]!.r as Record<string, unknown>)).toMatchObject({ status: 'BARU', catatan: 'ada', asal: 'fungsi', dibuat: 'now', teks: null });
  });

  it('splits many rows into chunks and writes nothing for none', async () => {
    const many: Baris[] = Array.from({ length: 25 }, (_, i) => ({ no: i, teks: `baris ${i}`, ...(i % 2 ? { status: 'GANJIL' } : {}) }));
    const actual = await tulis(async (tx) => {
      await insertMany(tx, uji, []);
      await insertMany(tx, uji, many, { chunk: 7 });
    });
    expect(actual.map((x) => x.r as { no: number; status: string }).map((r) => [r.no, r.status])).toEqual(many.map((r) => [r.no, r.status ?? 'BARU']));
  });

  it('checks the foreign keys once for all rows: the same constraints after, a missing parent refused', async () => {
    const induk = pgTable('uji_induk', { a: integer('a').notNull(), b: integer('b').notNull() }, (t) => [primaryKey({ columns: [t.a, t.b] })]);
    const anak = pgTable('uji_anak', { a: integer('a').notNull(), b: integer('b'), ke: integer('ke') }, (t) => [
      foreignKey({ name: 'uji_anak_induk_fk', columns: [t.a, t.b], foreignColumns: [induk.a, induk.b] }).onDelete('cascade'),
    ]);
    const keys = (tx: Parameters<Parameters<typeof t.database.db.transaction>[0]>[0]) =>
      queryRows<{ name: string; def: string; oid: string }>(tx, sql`SELECT conname AS name, pg_get_constraintdef(oid) AS def, oid::text AS oid FROM pg_constraint WHERE conrelid = 'uji_anak'::regclass AND contype = 'f' ORDER BY 1`);
    const siapkan = async (tx: Parameters<Parameters<typeof t.database.db.transaction>[0]>[0]) => {
      await tx.execute(sql`CREATE TEMP TABLE uji_induk (a integer, b integer, PRIMARY KEY (a, b)) ON COMMIT DROP`);
      await tx.execute(sql`CREATE TEMP TABLE uji_anak (a integer NOT NULL, b integer, ke integer,
        CONSTRAINT uji_anak_induk_fk FOREIGN KEY (a, b) REFERENCES uji_induk (a, b) ON DELETE CASCADE,
        CONSTRAINT uji_anak_ke_fk FOREIGN KEY (a, ke) REFERENCES uji_induk (a, b) ON UPDATE CASCADE) ON COMMIT DROP`);
      await tx.insert(induk).values([{ a: 1, b: 1 }, { a: 1, b: 2 }]);
      return keys(tx);
    };
    const { sebelum, sesudah, baris } = await t.database.db.transaction(async (tx) => {
      const sebelum = await siapkan(tx);
      // A null column skips its key (MATCH SIMPLE), as a per-row check would.
      await insertMany(tx, anak, [{ a: 1, b: 1, ke: 2 }, { a: 1, b: 2, ke: 1 }, { a: 9, b: null }], { foreignKeysOnce: true });
      const baris = await queryRows<{ n: number }>(tx, sql`SELECT count(*)::int AS n FROM uji_anak`);
      return { sebelum, sesudah: await keys(tx), baris };
    });
    expect(sebelum).toHaveLength(2);
    // Added again (new constraints), with the same names and definitions.
    expect(sesudah.map((k) => k.oid)).not.toEqual(sebelum.map((k) => k.oid));
    expect(sesudah.map(({ name, def }) => ({ name, def }))).toEqual(sebelum.map(({ name, def }) => ({ name, def })));
    expect(baris[0]!.n).toBe(3);
    await expect(
      t.database.db.transaction(async (tx) => {
        await siapkan(tx);
        await insertMany(tx, anak, [{ a: 1, b: 1 }, { a: 1, b: 3 }], { foreignKeysOnce: true });
      }),
    ).rejects.toThrow();
    // Inside a caller's transaction that goes on after a refusal (a savepoint of its own), the keys are back.
    const { lagi } = await t.database.db.transaction(async (tx) => {
      const sebelum = await siapkan(tx);
      await tx.transaction((sp) => insertMany(sp, anak, [{ a: 1, b: 1, ke: 3 }], { foreignKeysOnce: true })).catch(() => undefined);
      return { lagi: (await keys(tx)).length === sebelum.length };
    });
    expect(lagi).toBe(true);
  });
});
