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

/** Asks the server whether it is reachable again (after a failed call while the browser says online). */
export async function probeNetwork(): Promise<void> {
  try {
    await fetch('/health', { cache: 'no-store', credentials: 'omit' });
    reportNetwork(true);
  } catch {
    reportNetwork(false);
  }
}
