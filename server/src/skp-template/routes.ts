import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../core/http.js';
import type { Services } from '../core/services.js';
import { SasaranQuery, SasaranResponse, TemplateDetail, TemplateInput, TemplateList, TerapkanBody, TerapkanResponse } from '@capaian/contract/skp-template';
import { IdParams } from '@capaian/contract/common';


export const skpTemplateRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const tags = ['skp-template'];
  const svc = services.skpTemplate;

  app.get('/skp-template', { schema: { tags, summary: 'Templat SKP yang dapat Anda baca', response: { 200: TemplateList } } }, (req) => svc.list(requireActor(req)));
  app.post('/skp-template', { schema: { tags, summary: 'Buat templat SKP untuk suatu jabatan', body: TemplateInput, response: { 201: TemplateDetail } } }, async (req, reply) =>
    reply.code(201).send(await svc.create(requireActor(req), req.body)),
  );
  app.get('/skp-template/:id', { schema: { tags, params: IdParams, response: { 200: TemplateDetail } } }, (req) => svc.detail(requireActor(req), req.params.id));
  app.put('/skp-template/:id', { schema: { tags, params: IdParams, body: TemplateInput, response: { 200: TemplateDetail } } }, (req) =>
    svc.update(requireActor(req), req.params.id, req.body),
  );
  app.delete('/skp-template/:id', { schema: { tags, params: IdParams } }, async (req, reply) => {
    await svc.remove(requireActor(req), req.params.id);
    return reply.code(204).send();
  });
  app.get(
    '/skp-template/:id/sasaran',
    { schema: { tags, summary: 'Pratinjau: pegawai yang akan menerima templat ini', params: IdParams, querystring: SasaranQuery, response: { 200: SasaranResponse } } },
    (req) => svc.sasaran(requireActor(req), req.params.id, req.query.tahun),
  );
  app.post(
    '/skp-template/:id/terapkan',
    { schema: { tags, summary: 'Terapkan templat: draf SKP untuk semua pemegang jabatan, dalam satu transaksi', params: IdParams, body: TerapkanBody, response: { 200: TerapkanResponse } } },
    (req) => svc.terapkan(requireActor(req), req.params.id, req.body),
  );
};
