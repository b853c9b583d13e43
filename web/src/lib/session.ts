import { queryOptions } from '@tanstack/react-query';
import type { Me } from '@capaian/contract/auth';
import { ApiError, api } from './api-client';

export type { Me };
/** What the signed-in user may open (the client hides the rest). */
export type MeCan = Me['can'];

export const ME_QUERY_KEY = ['auth', 'me'] as const;

/**
 * The last known user, kept so the installed app still opens without signal (to record
 * progress into the offline queue). Removed at logout and whenever the server says the
 * session has ended; never used while the server can be reached.
 */
const ME_CACHE_KEY = 'capaian.sesi';

function rememberMe(me: Me): void {
  try {
    localStorage.setItem(ME_CACHE_KEY, JSON.stringify(me));
  } catch {
    // private mode: no offline start
  }
}

export function forgetMe(): void {
  try {
    localStorage.removeItem(ME_CACHE_KEY);
  } catch {
    // nothing stored
  }
}

function rememberedMe(): Me | null {
  try {
    const raw = localStorage.getItem(ME_CACHE_KEY);
    return raw ? (JSON.parse(raw) as Me) : null;
  } catch {
    return null;
  }
}

/** The signed-in user, or null when there is no (valid) session. Offline: the last known user. */
export async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.get<Me>('/auth/me');
    rememberMe(me);
    return me;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      forgetMe();
      return null;
    }
    const offline = e instanceof ApiError && e.status === 0 ? rememberedMe() : null;
    if (offline) return offline;
    throw e;
  }
}

export const meQueryOptions = queryOptions({
  queryKey: ME_QUERY_KEY,
  queryFn: fetchMe,
  staleTime: 5 * 60_000,
});

export function logout(): Promise<void> {
  forgetMe();
  return api.post<void>('/auth/logout');
}
