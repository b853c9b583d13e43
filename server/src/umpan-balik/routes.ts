import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../core/http.js';
import type { Services } from '../core/services.js';
import { UmpanBalikInput, UmpanBalikItem, UmpanBalikList, UmpanBalikQuery } from '@capaian/contract/umpan-balik';

export const umpanBalikRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const tags = ['umpan-balik'];
  const svc = services.umpanBalik;

  app.get(
    '/umpan-balik',
    { schema: { tags, summary: 'Umpan balik tentang seorang pegawai (dengan balasannya), menurut tanggal', querystring: UmpanBalikQuery, response: { 200: UmpanBalikList } } },
    (req) => svc.list(requireActor(req), req.query),
  );
  app.post(
    '/umpan-balik',
    { schema: { tags, summary: 'Tulis umpan balik (pejabat penilai) atau balasannya (indukId)', body: UmpanBalikInput, response: { 201: UmpanBalikItem } } },
    async (req, reply) => reply.code(201).send(await svc.tulis(requireActor(req), req.body)),
  );
};
