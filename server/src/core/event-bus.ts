/**
 * The process's one listener on the live-event channel (see `events.ts` for publishing).
 *
 * PostgreSQL: a dedicated connection (not from the pool: a pooled connection is handed to other
 * queries and its LISTEN would be lost) that reconnects with exponential backoff when it drops.
 * Events published while it is down are not replayed: NOTIFY is fire-and-forget, and clients
 * re-read their board when they reconnect anyway.
 * PGlite: the embedded engine's own `listen`.
 */
import pg from 'pg';
import type { Database } from '../db/client.js';
import { LIVE_CHANNEL, LiveEventSchema, type LiveEvent } from './events.js';

export type LiveListener = (event: LiveEvent) => void;

export interface EventBus {
  /** Calls `fn` for every event published (and committed) by any process; returns the unsubscribe function. */
  subscribe(fn: LiveListener): () => void;
  /** Stops listening; subscribers get nothing more. */
  close(): Promise<void>;
  /** How many subscribers are attached (tests, diagnostics). */
  readonly size: number;
  /**
   * The listener's connection: null while it is down (events published meanwhile are lost), else a
   * number that changes on every reconnection. A cache that a bus event clears serves an entry
   * only when this is the number it was stored under.
   */
  readonly generasi: number | null;
}

export interface EventBusOptions {
  log?: { warn(obj: object, msg: string): void };
  /** Reconnection delays of the PostgreSQL listener: doubled from `minMs` up to `maxMs`. */
  backoff?: { minMs: number; maxMs: number };
  /** Interval of the PostgreSQL listener's liveness query (ms). */
  pingMs?: number;
}


function parse(payload: string | undefined): LiveEvent | null {
  if (!payload) return null;
  try {
    const r = LiveEventSchema.safeParse(JSON.parse(payload));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

export async function createEventBus(database: Database, opts: EventBusOptions = {}): Promise<EventBus> {
  const listeners = new Set<LiveListener>();
  const log = opts.log ?? { warn: () => {} };
  const dispatch = (payload: string | undefined) => {
    const event = parse(payload);
    if (!event) return;
    for (const fn of [...listeners]) {
      try {
        fn(event);
      } catch (err) {
        log.warn({ err }, 'live event subscriber failed');
      }
    }
  };

  let stop: () => Promise<void>;
  // PGlite's listener lives in the engine and never drops: one generation.
  let generasi: number | null = 1;
  let putaran = 1;
  const status = (tersambung: boolean) => {
    generasi = tersambung ? ++putaran : null;
  };
  if (database.kind === 'pglite') {
    if (!database.pglite) throw new Error('PGlite database without its engine');
    const unlisten = await database.pglite.listen(LIVE_CHANNEL, dispatch);
    stop = async () => {
      await unlisten().catch(() => {});
    };
  } else {
    if (!database.url) throw new Error('PostgreSQL database without its URL: the live-event listener needs it');
    generasi = null;
    stop = await listenPostgres(database.url, dispatch, log, opts, status);
  }

  let closed = false;
  return {
    subscribe(fn) {
      if (closed) return () => {};
      listeners.add(fn);
      return () => {
        listeners.delete(fn);
      };
    },
    async close() {
      if (closed) return;
      closed = true;
      listeners.clear();
      await stop();
    },
    get size() {
      return listeners.size;
    },
    get generasi() {
      return closed ? null : generasi;
    },
  };
}

/** Listens on its own connection, reconnecting with backoff; resolves after the first attempt. */
async function listenPostgres(
  url: string,
  dispatch: (payload: string | undefined) => void,
  log: { warn(obj: object, msg: string): void },
  opts: EventBusOptions,
  status: (tersambung: boolean) => void,
): Promise<() => Promise<void>> {
  const { minMs, maxMs } = opts.backoff ?? { minMs: 250, maxMs: 30_000 };
  const pingMs = opts.pingMs ?? 30_000;
  let client: pg.Client | null = null;
  let closed = false;
  let attempt = 0;
  let retry: NodeJS.Timeout | null = null;
  let ping: NodeJS.Timeout | null = null;

  const schedule = () => {
    if (closed || retry) return;
    const delay = Math.min(maxMs, minMs * 2 ** attempt) * (0.75 + Math.random() * 0.5);
    attempt += 1;
    retry = setTimeout(() => {
      retry = null;
      void connect();
    }, delay);
  };

  const connect = async () => {
    const c = new pg.Client({ connectionString: url, application_name: 'capaian-live', keepAlive: true });
    client = c;
    let dropped = false;
    const drop = (err?: unknown) => {
      if (dropped) return;
      dropped = true;
      status(false);
      if (client === c) client = null;
      c.removeAllListeners('notification');
      c.end().catch(() => {});
      if (!closed) {
        log.warn({ err, attempt }, 'live-event listener disconnected; reconnecting');
        schedule();
      }
    };
    c.on('error', drop);
    c.on('end', () => drop());
    c.on('notification', (m) => {
      if (m.channel === LIVE_CHANNEL) dispatch(m.payload);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${LIVE_CHANNEL}`);
      attempt = 0;
      if (!dropped) status(true);
    } catch (err) {
      drop(err);
    }
  };

  await connect();
  // A connection cut without a FIN (a NAT timeout, a failover) is only noticed when used.
  ping = setInterval(() => {
    const c = client;
    if (c) c.query('SELECT 1').catch(() => c.emit('error', new Error('live-event listener ping failed')));
  }, pingMs);
  ping.unref();

  return async () => {
    closed = true;
    if (retry) clearTimeout(retry);
    if (ping) clearInterval(ping);
    const c = client;
    client = null;
    if (c) await c.end().catch(() => {});
  };
}
