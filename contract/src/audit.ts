import { z } from 'zod';

export const AuditQuery = z.object({
  entityType: z.string().trim().max(50).optional(),
  entityId: z.string().trim().max(100).optional(),
  action: z.string().trim().max(20).optional(),
  actorNip: z.string().trim().max(18).optional(),
  q: z.string().trim().max(100).optional(),
  from: z.coerce.date('harus berupa tanggal').optional(),
  to: z.coerce.date('harus berupa tanggal').optional(),
  beforeId: z.coerce.number().int().positive().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const AuditItem = z.object({
  id: z.number(),
  occurredAt: z.string(),
  actorNip: z.string().nullable(),
  actorNama: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  summary: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type AuditItem = z.infer<typeof AuditItem>;

export const AuditPage = z.object({ items: z.array(AuditItem), nextBeforeId: z.number().nullable() });
export type AuditPage = z.infer<typeof AuditPage>;

// Types of the schemas above, for the web app (import type).
export type AuditQuery = z.infer<typeof AuditQuery>;
