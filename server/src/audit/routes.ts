import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditPage, AuditQuery } from '@capaian/contract/audit';
import { requireActor } from '../core/http.js';
import type { Services } from '../core/services.js';

export const auditRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Jejak audit (terbaru dulu)',
        querystring: AuditQuery,
        response: { 200: AuditPage },
      },
    },
    (req) => services.audit.list(requireActor(req), req.query),
  );
};
