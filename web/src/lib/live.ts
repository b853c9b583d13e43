/**
 * Live updates from the server (GET /api/v1/live, server-sent events).
 *
 * One EventSource per browser tab, shared by every component through this module: the first
 * subscriber opens it, the last one to leave closes it. The browser reconnects by itself after a
 * dropped connection; when the server refuses the stream (e.g. it restarted, or answered an error)
 * the EventSource is closed for good and we open a new one with a growing delay. Events published
 * while the stream was down are not replayed, so after a reconnection every subscriber is told
 * (`onReconnect`) and can re-read what it shows.
 */
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { API_BASE } from './api-client';

/** The events of the stream and their data (see the API contract). */
export interface LiveEventData {
  /** Progress recorded, changed or deleted by a pegawai the caller may see (a bawahan, or self). */
  realisasi: { pegawaiId: string; realisasiId: string };
  /** The caller's unread notification count changed. */
  notifikasi: { jumlahBelumDibaca: number };
  /** Feedback written about a pegawai, or a reply to it. */
  'umpan-balik': { pegawaiId: string; umpanBalikId: string };
  /** A rating in a unit changed: its distribution curve moved. */
  penilaian: { periodeId: string; unitId: string };
}

export type LiveJenis = keyof LiveEventData;
export const LIVE_JENIS: readonly LiveJenis[] = ['realisasi', 'notifikasi', 'umpan-balik', 'penilaian'];

export type LiveHandlers = { [K in LiveJenis]?: (data: LiveEventData[K]) => void } & {
  /** Called after the stream came back from an interruption (events may have been missed). */
  onReconnect?: () => void;
};

const LIVE_URL = `${API_BASE}/live`;
const RETRY_MIN_MS = 1_000;
const RETRY_MAX_MS = 60_000;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const str = (v: unknown): v is string => typeof v === 'string';

/** Reads an event's JSON data; null when it is not what the contract says. */
export function parseLiveData<K extends LiveJenis>(jenis: K, raw: string): LiveEventData[K] | null {
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(v)) return null;
  switch (jenis) {
    case 'realisasi':
      return str(v['pegawaiId']) && str(v['realisasiId']) ? ({ pegawaiId: v['pegawaiId'], realisasiId: v['realisasiId'] } as LiveEventData[K]) : null;
    case 'notifikasi': {
      const n = v['jumlahBelumDibaca'];
      return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? ({ jumlahBelumDibaca: n } as LiveEventData[K]) : null;
    }
    case 'umpan-balik':
      return str(v['pegawaiId']) && str(v['umpanBalikId']) ? ({ pegawaiId: v['pegawaiId'], umpanBalikId: v['umpanBalikId'] } as LiveEventData[K]) : null;
    case 'penilaian':
      return str(v['periodeId']) && str(v['unitId']) ? ({ periodeId: v['periodeId'], unitId: v['unitId'] } as LiveEventData[K]) : null;
    default:
      return null;
  }
}

// ---- the tab's one connection -------------------------------------------------------------------

const subscribers = new Set<LiveHandlers>();
let source: EventSource | null = null;
let retryTimer: ReturnType<typeof setTimeout> | null = null;
let attempt = 0;
/** The stream was interrupted since it last opened: tell subscribers when it is back. */
let interrupted = false;

/** Whether the stream is open now (for a small "live" indicator). */
let connected = false;
const statusListeners = new Set<() => void>();
function setConnected(v: boolean): void {
  if (v === connected) return;
  connected = v;
  for (const l of [...statusListeners]) l();
}

function dispatch<K extends LiveJenis>(jenis: K, raw: string): void {
  const data = parseLiveData(jenis, raw);
  if (!data) return;
  for (const s of [...subscribers]) {
    const fn = s[jenis] as ((d: LiveEventData[K]) => void) | undefined;
    try {
      fn?.(data);
    } catch (err) {
      console.error('live event handler failed', err);
    }
  }
}

function scheduleReconnect(): void {
  if (retryTimer || subscribers.size === 0) return;
  const delay = Math.min(RETRY_MAX_MS, RETRY_MIN_MS * 2 ** attempt) * (0.75 + Math.random() * 0.5);
  attempt += 1;
  retryTimer = setTimeout(() => {
    retryTimer = null;
    if (subscribers.size > 0 && !source) connect();
  }, delay);
}

function connect(): void {
  if (typeof EventSource === 'undefined') return;
  const es = new EventSource(LIVE_URL, { withCredentials: true });
  source = es;
  es.onopen = () => {
    attempt = 0;
    setConnected(true);
    if (interrupted) {
      interrupted = false;
      for (const s of [...subscribers]) s.onReconnect?.();
    }
  };
  es.onerror = () => {
    interrupted = true;
    setConnected(false);
    // CONNECTING: the browser retries by itself. CLOSED: it gave up (an error answer); we retry.
    if (es.readyState === EventSource.CLOSED && source === es) {
      es.close();
      source = null;
      scheduleReconnect();
    }
  };
  for (const jenis of LIVE_JENIS) es.addEventListener(jenis, (e) => dispatch(jenis, (e as MessageEvent<string>).data));
}

function disconnect(): void {
  if (retryTimer) clearTimeout(retryTimer);
  retryTimer = null;
  source?.close();
  source = null;
  attempt = 0;
  interrupted = false;
  setConnected(false);
}

/** Adds handlers to the tab's stream (opening it when needed); returns the function that removes them. */
export function subscribeLive(handlers: LiveHandlers): () => void {
  subscribers.add(handlers);
  if (!source && !retryTimer) connect();
  return () => {
    subscribers.delete(handlers);
    if (subscribers.size === 0) disconnect();
  };
}

// ---- React hooks --------------------------------------------------------------------------------

/**
 * Calls the given handlers for live events while the component is mounted. The handlers may
 * change on every render (the latest ones are used); the stream is shared with the whole tab.
 */
export function useLiveEvents(handlers: LiveHandlers, enabled = true): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    if (!enabled) return undefined;
    const proxy: LiveHandlers = { onReconnect: () => ref.current.onReconnect?.() };
    for (const jenis of LIVE_JENIS) {
      (proxy as Record<LiveJenis, (d: never) => void>)[jenis] = (d: never) => {
        const fn = ref.current[jenis] as ((x: never) => void) | undefined;
        fn?.(d);
      };
    }
    return subscribeLive(proxy);
  }, [enabled]);
}

/** React hook: true while the live stream is open. */
export function useLiveConnected(): boolean {
  return useSyncExternalStore(
    (l) => {
      statusListeners.add(l);
      return () => statusListeners.delete(l);
    },
    () => connected,
    () => false,
  );
}

export interface LiveInvalidateOptions<K extends LiveJenis> {
  /** Wait this long after the last event before re-reading (several entries arrive together). */
  delayMs?: number;
  /** Only events for which this returns true invalidate. */
  filter?: (data: LiveEventData[K]) => boolean;
  enabled?: boolean;
}

/**
 * Invalidates the queries under `queryKey` (debounced) when a `jenis` event arrives and after the
 * stream reconnects, so a board shows new data without a reload.
 */
export function useLiveInvalidate<K extends LiveJenis>(jenis: K, queryKey: QueryKey, opts: LiveInvalidateOptions<K> = {}): void {
  const { delayMs = 300, filter, enabled = true } = opts;
  const queryClient = useQueryClient();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const keyRef = useRef(queryKey);
  const filterRef = useRef(filter);
  useEffect(() => {
    keyRef.current = queryKey;
    filterRef.current = filter;
  });
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  const schedule = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      void queryClient.invalidateQueries({ queryKey: keyRef.current });
    }, delayMs);
  };
  const handlers: LiveHandlers = {
    onReconnect: schedule,
    [jenis]: (data: LiveEventData[K]) => {
      if (!filterRef.current || filterRef.current(data)) schedule();
    },
  };
  useLiveEvents(handlers, enabled);
}
