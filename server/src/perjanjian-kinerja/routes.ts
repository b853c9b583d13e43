import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../core/http.js';
import type { Services } from '../core/services.js';
import { Sasaran, SasaranInput, SasaranQuery } from '@capaian/contract/perjanjian-kinerja';
import { IdParams } from '@capaian/contract/common';


export const pkRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const tags = ['perjanjian-kinerja'];
  const svc = services.perjanjianKinerja;
  app.get('/perjanjian-kinerja', { schema: { tags, summary: 'Sasaran Perjanjian Kinerja unit', querystring: SasaranQuery, response: { 200: z.array(Sasaran) } } }, (req) =>
    svc.list(requireActor(req), req.query),
  );
  app.post('/perjanjian-kinerja', { schema: { tags, body: SasaranInput, response: { 201: Sasaran } } }, async (req, reply) =>
    reply.code(201).send(await svc.create(requireActor(req), req.body)),
  );
  app.put('/perjanjian-kinerja/:id', { schema: { tags, params: IdParams, body: SasaranInput, response: { 200: Sasaran } } }, (req) =>
    svc.update(requireActor(req), req.params.id, req.body),
  );
  app.delete('/perjanjian-kinerja/:id', { schema: { tags, params: IdParams, response: { 204: z.undefined() } } }, async (req, reply) => {
    await svc.remove(requireActor(req), req.params.id);
    return reply.code(204).send();
  });
};
