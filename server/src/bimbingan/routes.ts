import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../core/http.js';
import type { Services } from '../core/services.js';
import {
  BatalInput,
  Bimbingan,
  BimbinganInput,
  BimbinganList,
  BimbinganQuery,
  CatatanInput,
  EvaluasiKompetensiInput,
  LembarUmpanBalikInput,
  TindakLanjutItem,
  TindakLanjutList,
  TindakLanjutQuery,
} from '@capaian/contract/bimbingan';
import { IdParams } from '@capaian/contract/common';


export const bimbinganRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const tags = ['bimbingan'];
  const svc = services.bimbingan;

  app.get('/bimbingan', { schema: { tags, summary: 'Bimbingan kinerja saya dan/atau tim saya', querystring: BimbinganQuery, response: { 200: BimbinganList } } }, (req) =>
    svc.list(requireActor(req), req.query),
  );
  app.post(
    '/bimbingan',
    { schema: { tags, summary: 'Jadwalkan coaching, mentoring atau konseling (pegawai dengan atasannya, atau atasan untuk bawahan)', body: BimbinganInput, response: { 201: Bimbingan } } },
    async (req, reply) => reply.code(201).send(await svc.jadwalkan(requireActor(req), req.body)),
  );
  app.get('/bimbingan/:id', { schema: { tags, params: IdParams, response: { 200: Bimbingan } } }, (req) => svc.detail(requireActor(req), req.params.id));
  app.put(
    '/bimbingan/:id/catatan',
    { schema: { tags, summary: 'Pembimbing merekam catatan dan tindak lanjut (bimbingan selesai)', params: IdParams, body: CatatanInput, response: { 200: Bimbingan } } },
    (req) => svc.catat(requireActor(req), req.params.id, req.body),
  );
  app.put(
    '/bimbingan/:id/lembar-umpan-balik',
    { schema: { tags, summary: 'Pegawai mengisi lembar umpan balik (sembilan pernyataan, skor 1–4)', params: IdParams, body: LembarUmpanBalikInput, response: { 200: Bimbingan } } },
    (req) => svc.isiLembarUmpanBalik(requireActor(req), req.params.id, req.body),
  );
  app.put(
    '/bimbingan/:id/evaluasi-kompetensi',
    { schema: { tags, summary: 'Pembimbing mengisi evaluasi kompetensi (skor 1–5 dengan alasan)', params: IdParams, body: EvaluasiKompetensiInput, response: { 200: Bimbingan } } },
    (req) => svc.isiEvaluasiKompetensi(requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/bimbingan/:id/batal',
    { schema: { tags, summary: 'Batalkan bimbingan yang masih dijadwalkan', params: IdParams, body: BatalInput, response: { 200: Bimbingan } } },
    (req) => svc.batal(requireActor(req), req.params.id, req.body),
  );
  app.get(
    '/tindak-lanjut',
    { schema: { tags, summary: 'Tindak lanjut bimbingan saya dan tim saya', querystring: TindakLanjutQuery, response: { 200: TindakLanjutList } } },
    (req) => svc.tindakLanjut(requireActor(req), req.query.status),
  );
  app.post(
    '/tindak-lanjut/:id/selesai',
    { schema: { tags, summary: 'Tandai tindak lanjut selesai (pegawai atau pembimbing)', params: IdParams, response: { 200: TindakLanjutItem } } },
    (req) => svc.selesaikanTindakLanjut(requireActor(req), req.params.id),
  );
};
