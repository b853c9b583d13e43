import { infiniteQueryOptions } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export interface AuditItem {
  id: number;
  occurredAt: string;
  actorNip: string | null;
  actorNama: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  summary: string;
  before: unknown;
  after: unknown;
}

export interface AuditPage {
  items: AuditItem[];
  nextBeforeId: number | null;
}

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
