import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../core/http.js';
import type { Services } from '../core/services.js';
import { Hasil, HasilQuery, Rekomendasi, RekomendasiInput, Tim, TimInput, TimList, TimQuery } from '@capaian/contract/tim-penilai';
import { IdParams } from '@capaian/contract/common';

export const timPenilaiRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const tags = ['tim-penilai'];
  const svc = services.timPenilai;

  app.get(
    '/tim-penilai',
    { schema: { tags, summary: 'Tim penilai kinerja (BKPSDM: semua; anggota: timnya)', querystring: TimQuery, response: { 200: TimList } } },
    (req) => svc.list(requireActor(req), req.query.tahun),
  );
  app.post(
    '/tim-penilai',
    { schema: { tags, summary: 'Bentuk tim penilai kinerja (admin BKPSDM)', body: TimInput, response: { 201: Tim } } },
    async (req, reply) => reply.code(201).send(await svc.buat(requireActor(req), req.body)),
  );
  app.get('/tim-penilai/:id', { schema: { tags, params: IdParams, response: { 200: Tim } } }, (req) => svc.detail(requireActor(req), req.params.id));
  app.put(
    '/tim-penilai/:id',
    { schema: { tags, summary: 'Ubah tim penilai kinerja (admin BKPSDM)', params: IdParams, body: TimInput, response: { 200: Tim } } },
    (req) => svc.ubah(requireActor(req), req.params.id, req.body),
  );
  app.get(
    '/tim-penilai/:id/hasil',
    { schema: { tags, summary: 'Hasil penilaian final per perangkat daerah (anggota tim dan BKPSDM)', params: IdParams, querystring: HasilQuery, response: { 200: Hasil } } },
    (req) => svc.hasil(requireActor(req), req.params.id, req.query),
  );
  app.post(
    '/tim-penilai/:id/rekomendasi',
    { schema: { tags, summary: 'Catat rekomendasi tim untuk seorang pegawai (anggota tim)', params: IdParams, body: RekomendasiInput, response: { 201: Rekomendasi } } },
    async (req, reply) => reply.code(201).send(await svc.rekomendasi(requireActor(req), req.params.id, req.body)),
  );
};
