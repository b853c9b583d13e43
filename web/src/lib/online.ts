import { useSyncExternalStore } from 'react';

/**
 * Whether the app can reach the server: the browser says it is online (navigator.onLine) and
 * the last API call did not fail at the network level. The API client reports each outcome.
 */
let reachable = true;
const listeners = new Set<() => void>();

function emit(): void {
  for (const l of listeners) l();
}

/** Called by the API client after every request: `false` when fetch itself failed. */
export function reportNetwork(ok: boolean): void {
  if (ok === reachable) return;
  reachable = ok;
  emit();
}

export function isOnline(): boolean {
  const browser = typeof navigator === 'undefined' || navigator.onLine !== false;
  return browser && reachable;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onOnline = () => {
    // The browser regained a connection: assume the server is reachable until a call says otherwise.
    reachable = true;
    emit();
  };
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', emit);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('online', onOnline);
    window.removeEventListener('offline', emit);
  };
}

/** React hook: re-renders when the connection state changes. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribe, isOnline, () => true);
}

/**
 * Whether the server can serve: false after an API answer of 502, 503 ('layanan_tidak_tersedia':
 * its database is away for a moment) or 504, until an API call or a health check succeeds.
 */
let tersedia = true;
const layananListeners = new Set<() => void>();
const pulihListeners = new Set<() => void>();

/** Called by the API client after every answer: `false` for 502/503/504. */
export function reportLayanan(ok: boolean): void {
  if (ok === tersedia) return;
  tersedia = ok;
  for (const l of [...layananListeners]) l();
  if (ok) for (const l of [...pulihListeners]) l();
}

export function isLayananTersedia(): boolean {
  return tersedia;
}

function subscribeLayanan(listener: () => void): () => void {
  layananListeners.add(listener);
  return () => layananListeners.delete(listener);
}

/** React hook: false while the server answers that it is unavailable. */
export function useLayananTersedia(): boolean {
  return useSyncExternalStore(subscribeLayanan, isLayananTersedia, () => true);
}

/** Called whenever the server is back after having been unavailable (e.g. to refetch what failed). */
export function onLayananPulih(listener: () => void): () => void {
  pulihListeners.add(listener);
  return () => pulihListeners.delete(listener);
}

/**
 * Asks the server whether it is reachable again (after a failed call while the browser says
 * online), and whether it can serve (its health check answers 503 while the database is away).
 */
export async function probeNetwork(): Promise<void> {
  try {
    const res = await fetch('/health', { cache: 'no-store', credentials: 'omit' });
    reportNetwork(true);
    if (res.ok) reportLayanan(true);
    else if (res.status === 502 || res.status === 503 || res.status === 504) reportLayanan(false);
  } catch {
    reportNetwork(false);
  }
}
