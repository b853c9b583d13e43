import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '@/lib/api-client';
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

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError: handleError }),
  mutationCache: new MutationCache({ onError: handleError }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failureCount, error) => {
        if (error instanceof ApiError && error.status > 0 && error.status < 500) return false;
        return failureCount < 2;
      },
    },
  },
});
