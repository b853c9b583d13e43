import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../core/http.js';
import type { Services } from '../core/services.js';

const AuditQuery = z.object({
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

const AuditItem = z.object({
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

export const auditRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Jejak audit (terbaru dulu)',
        querystring: AuditQuery,
        response: { 200: z.object({ items: z.array(AuditItem), nextBeforeId: z.number().nullable() }) },
      },
    },
    (req) => services.audit.list(requireActor(req), req.query),
  );
};
