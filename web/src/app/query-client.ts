import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, isLayananTidakTersedia, isNetworkError, onApiError, waitSeconds } from '@/lib/api-client';
import { onLayananPulih } from '@/lib/online';
import { forgetMe, ME_QUERY_KEY } from '@/lib/session';

/** Called when the session has ended (set by the router module). */
let onSessionEnded: () => void = () => undefined;
export function setSessionEndedHandler(fn: () => void) {
  onSessionEnded = fn;
}

function handleError(error: unknown) {
  if (error instanceof ApiError && error.status === 401 && error.error === 'unauthenticated') {
    forgetMe();
    queryClient.setQueryData(ME_QUERY_KEY, null);
    onSessionEnded();
  }
}

/** Reads retried while the server is away (503) or unreachable: about half a minute in all. */
const RETRY_TRANSIENT = 4;
/** A Retry-After longer than this is not waited for by a page: the read fails and says so. */
const RETRY_AFTER_MAX_S = 60;
const BACKOFF_MAX_MS = 30_000;

/** Whether a failed read is worth another try: the server away or unreachable (a few times), another 5xx (twice), never a 4xx. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isLayananTidakTersedia(error) || isNetworkError(error)) {
    const wait = waitSeconds(error);
    return failureCount < RETRY_TRANSIENT && (wait === undefined || wait <= RETRY_AFTER_MAX_S);
  }
  if (error instanceof ApiError && error.status > 0 && error.status < 500) return false;
  return failureCount < 2;
}

/** Exponential backoff (1 s, 2 s, 4 s … up to 30 s), or the server's Retry-After when it is reasonable. */
function retryDelay(failureCount: number, error: unknown): number {
  const backoff = Math.min(1000 * 2 ** failureCount, BACKOFF_MAX_MS);
  const wait = waitSeconds(error);
  // Honour the server's Retry-After when it is reasonable; a little jitter spreads the tabs out.
  const base = wait !== undefined && wait <= RETRY_AFTER_MAX_S ? Math.max(wait * 1000, 500) : backoff;
  return Math.round(base * (0.9 + Math.random() * 0.2));
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: handleError }),
  mutationCache: new MutationCache({ onError: handleError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: shouldRetry,
      retryDelay,
    },
    mutations: {
      // A write is never repeated behind the user's back (the offline progress queue has its own,
      // idempotent retries); the form shows the error and keeps what was typed.
      retry: false,
    },
  },
});

// A session opened with a temporary password may only change it: when any call says so (an
// administrator reset the password of this session's account), re-read `me` and the shell moves
// to the change-password page.
onApiError((e) => {
  if (e.status === 403 && e.error === 'wajib_ganti_password') void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY }, { cancelRefetch: false });
});

// The server is back after being unavailable: read again what failed on the pages open now.
onLayananPulih(() => {
  void queryClient.refetchQueries({ type: 'active', predicate: (q) => q.state.status === 'error' });
});
