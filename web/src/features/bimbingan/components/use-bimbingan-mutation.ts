import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '@/lib/api-client';
import { bimbinganKeys, type Bimbingan } from '../api/bimbingan';

/** A change to one session: the answer replaces the cached detail; a 409 re-reads it. */
export function useBimbinganMutation<V>(id: string, fn: (v: V) => Promise<Bimbingan>, onDone?: (b: Bimbingan) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (b) => {
      queryClient.setQueryData(bimbinganKeys.detail(id), b);
      onDone?.(b);
      await queryClient.invalidateQueries({ queryKey: bimbinganKeys.all, predicate: (q) => q.queryKey[1] !== 'detail' });
    },
    onError: async (e) => {
      if (isApiError(e) && e.status === 409) await queryClient.invalidateQueries({ queryKey: bimbinganKeys.detail(id) });
    },
  });
}
