import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestContext, NIP } from '../../test/context.js';
import { publish, type LiveEvent } from '../core/events.js';
import { pegawai } from '../db/schema.js';
import { notify } from '../notifikasi/service.js';
import { liveTiming } from './live.js';

const t = await createTestContext({ clock: () => new Date('2026-03-11T03:00:00Z') });
let base = '';
const ids = { instansiId: '', budi: '', yuliana: '', kadis: '' };

beforeAll(async () => {
  liveTiming.heartbeatMs = 300;
  base = await t.app.listen({ port: 0, host: '127.0.0.1' });
  ids.budi = await t.pegawaiId(NIP.pelaksana);
  ids.yuliana = await t.pegawaiId(NIP.pengawas);
  ids.kadis = await t.pegawaiId(NIP.kadis);
  const [row] = await t.database.db.select({ instansiId: pegawai.instansiId }).from(pegawai).where(eq(pegawai.id, ids.budi));
  ids.instansiId = row!.instansiId;
});
afterAll(() => {
  // fetch() keeps a spare socket that never carries a request; Node's close() waits for such a
  // socket until its headers timeout, so drop every connection now (the streams have ended).
  t.app.server.closeAllConnections();
  liveTiming.heartbeatMs = 25_000;
  liveTiming.refreshMs = 5 * 60_000;
});

interface Sse {
  event: string;
  data: unknown;
}

/** Opens GET /live as a demo user over real HTTP and parses the stream as it arrives. */
async function connect(nip: string) {
  const cookie = await t.login(nip);
  const ac = new AbortController();
  const res = await fetch(`${base}/api/v1/live`, { headers: { cookie, 'accept-encoding': 'gzip, deflate, br' }, signal: ac.signal });
  const events: Sse[] = [];
  const comments: string[] = [];
  let ended = false;
  let endedResolve: () => void = () => {};
  const endedPromise = new Promise<void>((r) => (endedResolve = r));
  const waiters: Array<() => void> = [];
  const wake = () => waiters.splice(0).forEach((w) => w());
  void (async () => {
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buf = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buf += value;
        let i: number;
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          const lines = block.split('\n');
          const ev = lines.find((l) => l.startsWith('event: '))?.slice(7);
          const data = lines.find((l) => l.startsWith('data: '))?.slice(6);
          if (ev && data) events.push({ event: ev, data: JSON.parse(data) });
          for (const l of lines) if (l.startsWith(':')) comments.push(l);
          wake();
        }
      }
    } catch {
      // aborted
    }
    ended = true;
    endedResolve();
    wake();
  })();

  /** Resolves with the first event (from index `from`) matching `pred`, or null after `ms`. */
  async function next(pred: (e: Sse) => boolean, from = 0, ms = 4000): Promise<Sse | null> {
    const deadline = Date.now() + ms;
    for (;;) {
      const hit = events.slice(from).find(pred);
      if (hit) return hit;
      const rest = deadline - Date.now();
      if (ended || rest <= 0) return null;
      // Woken by the next event or the end of the stream; the deadline is the only timer.
      await new Promise<void>((r) => {
        waiters.push(r);
        setTimeout(r, rest);
      });
    }
  }
  /** Resolves true when the stream ends, false if it is still open after `ms`. */
  const untilEnded = (ms: number) => Promise.race([endedPromise.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), ms))]);
  return { res, events, comments, next, close: () => ac.abort(), isEnded: () => ended, untilEnded };
}

const kirim = (e: LiveEvent) => t.database.db.transaction(async (tx) => publish(tx, e));

describe('GET /live (server-sent events over a real HTTP server)', () => {
  it('refuses an anonymous caller with 401', async () => {
    const res = await fetch(`${base}/api/v1/live`);
    expect(res.status).toBe(401);
  });

  it('streams uncompressed with event-stream headers, the bell count first, and heartbeats', async () => {
    const s = await connect(NIP.pengawas);
    try {
      expect(s.res.status).toBe(200);
      expect(s.res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      expect(s.res.headers.get('cache-control')).toBe('no-cache, no-transform');
      expect(s.res.headers.get('x-accel-buffering')).toBe('no');
      expect(s.res.headers.get('content-encoding')).toBeNull();
      expect(await s.next((e) => e.event === 'notifikasi')).toEqual({ event: 'notifikasi', data: { jumlahBelumDibaca: 0 } });
      await expect.poll(() => s.comments, { timeout: 5_000 }).toContain(': ping');
    } finally {
      s.close();
    }
  });

  it("delivers a bawahan's progress committed in a transaction, and nothing about others", async () => {
    const s = await connect(NIP.pengawas);
    try {
      await s.next((e) => e.event === 'notifikasi');
      const from = s.events.length;
      const outsider = randomUUID();
      // Another pemda, a pegawai outside her team, then Budi (her bawahan): only Budi's arrives.
      await kirim({ jenis: 'realisasi', instansiId: randomUUID(), pegawaiId: ids.budi, realisasiId: randomUUID() });
      await kirim({ jenis: 'realisasi', instansiId: ids.instansiId, pegawaiId: ids.kadis, realisasiId: outsider });
      const realisasiId = randomUUID();
      await kirim({ jenis: 'realisasi', instansiId: ids.instansiId, pegawaiId: ids.budi, realisasiId });
      const got = await s.next((e) => e.event === 'realisasi', from);
      expect(got).toEqual({ event: 'realisasi', data: { pegawaiId: ids.budi, realisasiId } });
      // Feedback about Budi reaches his atasan's side too; a rolled-back write sends nothing.
      await t.database.db
        .transaction(async (tx) => {
          await publish(tx, { jenis: 'umpan-balik', instansiId: ids.instansiId, pegawaiId: ids.budi, umpanBalikId: randomUUID() });
          throw new Error('batal');
        })
        .catch(() => {});
      const umpanBalikId = randomUUID();
      await kirim({ jenis: 'umpan-balik', instansiId: ids.instansiId, pegawaiId: ids.budi, umpanBalikId });
      expect(await s.next((e) => e.event === 'umpan-balik', from)).toEqual({ event: 'umpan-balik', data: { pegawaiId: ids.budi, umpanBalikId } });
      expect(s.events.slice(from).filter((e) => e.event === 'umpan-balik')).toHaveLength(1);
      expect(s.events.slice(from).filter((e) => e.event === 'realisasi')).toHaveLength(1);
    } finally {
      s.close();
    }
  });

  it('sends the pegawai their own progress, and their fresh unread count on a notification', async () => {
    const budi = await connect(NIP.pelaksana);
    const yuliana = await connect(NIP.pengawas);
    try {
      await budi.next((e) => e.event === 'notifikasi');
      await yuliana.next((e) => e.event === 'notifikasi');
      const from = budi.events.length;
      const yFrom = yuliana.events.length;
      const realisasiId = randomUUID();
      await kirim({ jenis: 'realisasi', instansiId: ids.instansiId, pegawaiId: ids.budi, realisasiId });
      expect(await budi.next((e) => e.event === 'realisasi', from)).toMatchObject({ data: { realisasiId } });

      await t.database.db.transaction(async (tx) => {
        await notify(tx, ids.instansiId, [ids.budi], { jenis: 'UMPAN_BALIK', judul: 'Umpan balik baru', pesan: 'Ada umpan balik', tautan: '/realisasi' });
        await notify(tx, ids.instansiId, [ids.budi], { jenis: 'UMPAN_BALIK', judul: 'Umpan balik kedua', pesan: 'Ada umpan balik', tautan: '/realisasi' });
        await publish(tx, { jenis: 'notifikasi', instansiId: ids.instansiId, pegawaiId: ids.budi });
      });
      expect(await budi.next((e) => e.event === 'notifikasi', from)).toEqual({ event: 'notifikasi', data: { jumlahBelumDibaca: 2 } });
      // Budi's bell is not Yuliana's business.
      expect(await yuliana.next((e) => e.event === 'notifikasi', yFrom, 500)).toBeNull();
    } finally {
      budi.close();
      yuliana.close();
    }
  });

  it("tells every viewer in the instansi that a unit's curve moved (ids only), and nobody in another pemda", async () => {
    const kadis = await connect(NIP.kadis);
    try {
      await kadis.next((e) => e.event === 'notifikasi');
      const from = kadis.events.length;
      await kirim({ jenis: 'penilaian', instansiId: randomUUID(), periodeId: randomUUID(), unitId: randomUUID() });
      const periodeId = randomUUID();
      const unitId = randomUUID();
      await kirim({ jenis: 'penilaian', instansiId: ids.instansiId, periodeId, unitId });
      expect(await kadis.next((e) => e.event === 'penilaian', from)).toEqual({ event: 'penilaian', data: { periodeId, unitId } });
      expect(kadis.events.slice(from).filter((e) => e.event === 'penilaian')).toHaveLength(1);
    } finally {
      kadis.close();
    }
  });

  it('ends the stream when the session ends', async () => {
    liveTiming.refreshMs = 300;
    const s = await connect(NIP.kadis);
    try {
      await s.next((e) => e.event === 'notifikasi');
      // The kadis signs out (the same session cookie): the next refresh closes the stream.
      const res = await t.api('POST', '/api/v1/auth/logout', { as: NIP.kadis });
      expect(res.statusCode).toBe(204);
      t.forgetSessions();
      expect(await s.untilEnded(4000)).toBe(true);
      expect(s.isEnded()).toBe(true);
    } finally {
      liveTiming.refreshMs = 5 * 60_000;
      s.close();
    }
  });
});
