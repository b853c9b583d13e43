import { infiniteQueryOptions } from '@tanstack/react-query';
import type { AuditItem, AuditPage } from '@capaian/contract/audit';
import { api } from '@/lib/api-client';

export type { AuditItem };

export interface AuditFilter {
  q?: string;
  entityType?: string;
  action?: string;
}

export const AUDIT_LIMIT = 50;

export function auditQuery(filter: AuditFilter) {
  return infiniteQueryOptions({
    queryKey: ['audit', filter],
    queryFn: ({ pageParam, signal }) =>
      api.get<AuditPage>('/audit', { ...filter, limit: AUDIT_LIMIT, beforeId: pageParam ?? undefined }, signal),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextBeforeId,
  });
}
