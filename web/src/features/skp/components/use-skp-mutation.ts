import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '@/lib/api-client';
import { skpKeys, type SkpDetail } from '../api/skp';

/** True when the API refused a change because someone else changed the SKP first. */
export function isVersionConflict(e: unknown): boolean {
  return isApiError(e) && (e.error === 'version_conflict' || e.status === 409);
}

/**
 * A change to one SKP. The answer (the fresh SkpDetail) replaces the cached copy;
 * a 409 version_conflict refetches the SKP so the user sees the other change.
 */
export function useSkpMutation<V>(skpId: string, fn: (vars: V) => Promise<SkpDetail>, onDone?: (d: SkpDetail) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async (data) => {
      queryClient.setQueryData(skpKeys.detail(data.id), data);
      await queryClient.invalidateQueries({ queryKey: ['skp', 'saya'] });
      await queryClient.invalidateQueries({ queryKey: ['skp', 'tim'] });
      onDone?.(data);
    },
    onError: async (e) => {
      // A conflict or a refused transition usually means the SKP moved on elsewhere: show the fresh state.
      if (isVersionConflict(e) || (isApiError(e) && e.status === 403)) await queryClient.invalidateQueries({ queryKey: skpKeys.detail(skpId) });
    },
  });
}
