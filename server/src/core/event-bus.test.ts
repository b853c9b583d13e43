import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { createTestContext } from '../../test/context.js';
import { createEventBus } from './event-bus.js';
import { LIVE_CHANNEL, publish, type LiveEvent } from './events.js';

const t = await createTestContext();
const bus = await createEventBus(t.database, { backoff: { minMs: 20, maxMs: 100 } });
afterAll(() => bus.close());

const event = (pegawaiId = randomUUID()): LiveEvent => ({ jenis: 'realisasi', instansiId: randomUUID(), pegawaiId, realisasiId: randomUUID() });

/** Collects events until `n` have arrived (or the wait times out). */
function collect(n: number, timeoutMs = 5000) {
  const got: LiveEvent[] = [];
  let unsubscribe = () => {};
  const done = new Promise<LiveEvent[]>((resolve) => {
    const timer = setTimeout(() => resolve(got), timeoutMs);
    unsubscribe = bus.subscribe((e) => {
      got.push(e);
      if (got.length >= n) {
        clearTimeout(timer);
        resolve(got);
      }
    });
  });
  return done.finally(() => unsubscribe());
}

describe(`event bus (${t.kind})`, () => {
  it('delivers an event published in a committed transaction', async () => {
    const e = event();
    const arrived = collect(1);
    await t.database.db.transaction(async (tx) => publish(tx, e));
    expect(await arrived).toEqual([e]);
  });

  it('publishes nothing for a rolled-back transaction', async () => {
    const rolledBack = event();
    const committed = event();
    const arrived = collect(2, 1500);
    await expect(
      t.database.db.transaction(async (tx) => {
        await publish(tx, rolledBack);
        throw new Error('batal');
      }),
    ).rejects.toThrow('batal');
    await t.database.db.transaction(async (tx) => publish(tx, committed));
    // Notifications arrive in commit order: had the first been sent, it would come first.
    expect(await arrived).toEqual([committed]);
  });

  it('ignores foreign payloads and isolates a failing subscriber', async () => {
    const e = event();
    const arrived = collect(1);
    const unsubscribe = bus.subscribe(() => {
      throw new Error('pelanggan rusak');
    });
    await t.database.db.execute(sql`SELECT pg_notify(${LIVE_CHANNEL}, 'bukan json'), pg_notify(${LIVE_CHANNEL}, '{"jenis":"lain"}')`);
    await t.database.db.transaction(async (tx) => publish(tx, e));
    expect(await arrived).toEqual([e]);
    unsubscribe();
    expect(bus.size).toBe(0);
  });

  it.skipIf(t.kind !== 'postgres')('reconnects after the listening connection is killed', async () => {
    const admin = new pg.Client({ connectionString: t.database.url });
    await admin.connect();
    try {
      const killed = await admin.query(
        `SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = 'capaian-live' AND datname = current_database()`,
      );
      expect(killed.rows.length).toBeGreaterThanOrEqual(1);
      // Publish until the listener is back (events sent while it was down are lost by design).
      const e = event();
      const arrived = collect(1, 10_000);
      let got: LiveEvent[] = [];
      const timer = setInterval(() => void t.database.db.transaction(async (tx) => publish(tx, e)), 100);
      try {
        got = await arrived;
      } finally {
        clearInterval(timer);
      }
      expect(got[0]).toEqual(e);
    } finally {
      await admin.end();
    }
  });

  it('stops delivering after close', async () => {
    const own = await createEventBus(t.database);
    const got: LiveEvent[] = [];
    own.subscribe((e) => got.push(e));
    await own.close();
    await own.close();
    expect(own.size).toBe(0);
    expect(own.subscribe(() => {})).toBeTypeOf('function');
    const arrived = collect(1);
    const e = event();
    await t.database.db.transaction(async (tx) => publish(tx, e));
    await arrived;
    expect(got).toEqual([]);
  });
});
