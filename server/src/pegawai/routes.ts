import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../core/http.js';
import type { Services } from '../core/services.js';
import { PegawaiDetail, PegawaiInput, PegawaiListQuery, PegawaiPage } from '@capaian/contract/pegawai';
import { IdParams } from '@capaian/contract/common';


export const pegawaiRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const tags = ['pegawai'];
  const svc = services.pegawai;
  app.get('/profil', { schema: { tags, summary: 'Profil pengguna yang sedang masuk', response: { 200: PegawaiDetail } } }, (req) => {
    const actor = requireActor(req);
    return svc.detail(actor, actor.pegawaiId);
  });
  app.get('/pegawai', { schema: { tags, summary: 'Daftar pegawai (cari, saring, halaman)', querystring: PegawaiListQuery, response: { 200: PegawaiPage } } }, (req) =>
    svc.list(requireActor(req), req.query),
  );
  app.get('/pegawai/:id', { schema: { tags, params: IdParams, response: { 200: PegawaiDetail } } }, (req) =>
    svc.detail(requireActor(req), req.params.id),
  );
  app.post('/pegawai', { schema: { tags, body: PegawaiInput, response: { 201: PegawaiDetail } } }, async (req, reply) =>
    reply.code(201).send(await svc.create(requireActor(req), req.body)),
  );
  app.put('/pegawai/:id', { schema: { tags, params: IdParams, body: PegawaiInput, response: { 200: PegawaiDetail } } }, (req) =>
    svc.update(requireActor(req), req.params.id, req.body),
  );
  app.delete('/pegawai/:id', { schema: { tags, params: IdParams, response: { 204: z.undefined() } } }, async (req, reply) => {
    await svc.remove(requireActor(req), req.params.id);
    return reply.code(204).send();
  });
};
