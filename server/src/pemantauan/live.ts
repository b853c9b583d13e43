/**
 * GET /live: one server-sent-event stream per browser tab, fed by the process's event bus.
 * The reply is hijacked (written straight to the socket), so no onSend hook — compression
 * included — ever buffers it.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { EventBus } from '../core/event-bus.js';
import { requireActor, sessionToken } from '../core/http.js';
import type { Services } from '../core/services.js';

/** Timings of the stream (tests shorten them). */
export const liveTiming = {
  /** A comment line keeps proxies and the browser from timing the stream out. */
  heartbeatMs: 25_000,
  /** The caller's session and bawahan are checked again this often. */
  refreshMs: 5 * 60_000,
};

/** A stream whose client stops reading is dropped rather than buffered without bound. */
const MAX_BUFFERED = 1024 * 1024;

export async function openLiveStream(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: { services: Services; bus: EventBus; open: Set<() => void> },
) {
  const actor = requireActor(req);
  // Before the hijack, so a failure still becomes an ordinary error response.
  const filter = await deps.services.pemantauan.live(actor);

  reply.hijack();
  const res = reply.raw;
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
    'X-Accel-Buffering': 'no',
    'X-Content-Type-Options': 'nosniff',
  });
  res.socket?.setNoDelay(true);

  let closed = false;
  const write = (chunk: string) => {
    if (closed) return;
    if (res.writableLength > MAX_BUFFERED) return end();
    res.write(chunk);
  };
  const send = (event: string, data: unknown) => write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);

  // The bell count: one query at a time; a burst of notifications gives at most one more.
  let counting = false;
  let again = false;
  const sendCount = async () => {
    if (counting) {
      again = true;
      return;
    }
    counting = true;
    try {
      do {
        again = false;
        send('notifikasi', { jumlahBelumDibaca: await filter.jumlahBelumDibaca() });
      } while (again && !closed);
    } catch (err) {
      req.log.warn({ err }, 'live stream: unread count failed');
    } finally {
      counting = false;
    }
  };

  const unsubscribe = deps.bus.subscribe((event) => {
    const out = filter.saring(event);
    if (!out) return;
    if (out.event === 'notifikasi') void sendCount();
    else send(out.event, out.data);
  });

  const refresh = async () => {
    try {
      const token = sessionToken(req);
      const still = token ? await deps.services.auth.actorFromToken(token, req.ip) : null;
      // Signed out, expired or disabled: the stream ends with the session.
      if (!still || still.userId !== actor.userId) return end();
      await filter.segarkan();
    } catch (err) {
      req.log.warn({ err }, 'live stream: refresh failed');
    }
  };
  const heartbeat = setInterval(() => write(': ping\n\n'), liveTiming.heartbeatMs);
  const refresher = setInterval(() => void refresh(), liveTiming.refreshMs);

  function end() {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    clearInterval(refresher);
    unsubscribe();
    deps.open.delete(end);
    if (!res.writableEnded) res.end();
  }
  deps.open.add(end);
  res.on('close', end);

  // The browser reconnects after 5 s if the stream drops; the first event is the bell count.
  write('retry: 5000\n\n');
  void sendCount();
}
