import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../core/http.js';
import type { Services } from '../core/services.js';
import {
  EkspektasiBody,
  KembalikanBody,
  KomentarInput,
  Matriks,
  RevisiBody,
  RhkInput,
  RowVersion,
  SkpCreateBody,
  SkpDetail,
  SkpRingkas,
  SkpUpdateBody,
  TahunQuery,
  TimItem,
  EkspektasiTimBody,
  TinjauBody,
  EkspektasiTimResult,
  RhkParams,
  RowVersionQuery,
} from '@capaian/contract/skp';
import { IdParams } from '@capaian/contract/common';


export const skpRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const tags = ['skp'];
  const svc = services.skp;

  app.get('/skp', { schema: { tags, summary: 'SKP saya (semua versi)', querystring: TahunQuery, response: { 200: z.array(SkpRingkas) } } }, (req) =>
    svc.list(requireActor(req), req.query.tahun),
  );
  app.post('/skp', { schema: { tags, summary: 'Mulai SKP tahun ini', body: SkpCreateBody, response: { 201: SkpDetail } } }, async (req, reply) =>
    reply.code(201).send(await svc.mulai(requireActor(req), req.body.tahun)),
  );
  app.get(
    '/skp/tim',
    { schema: { tags, summary: 'SKP bawahan langsung (status dan jumlah RHK)', querystring: TahunQuery, response: { 200: z.array(TimItem) } } },
    (req) => svc.tim(requireActor(req), req.query.tahun),
  );
  app.get('/skp/:id/dokumen.pdf', { schema: { tags, summary: 'Formulir SKP (PDF) dengan kode QR verifikasi', params: IdParams } }, async (req, reply) => {
    const { pdf, filename } = await svc.dokumen(requireActor(req), req.params.id);
    return reply.type('application/pdf').header('content-disposition', `attachment; filename="${filename}"`).send(pdf);
  });
  app.get('/skp/:id/matriks', { schema: { tags, summary: 'Matriks peran hasil: kaskade RHK ke bawahan', params: IdParams, response: { 200: Matriks } } }, (req) =>
    svc.matriks(requireActor(req), req.params.id),
  );
  app.get('/skp/:id', { schema: { tags, params: IdParams, response: { 200: SkpDetail } } }, (req) => svc.detail(requireActor(req), req.params.id));
  app.put('/skp/:id', { schema: { tags, summary: 'Ubah pendekatan dan lampiran', params: IdParams, body: SkpUpdateBody, response: { 200: SkpDetail } } }, (req) =>
    svc.update(requireActor(req), req.params.id, req.body),
  );
  app.post('/skp/:id/rhk', { schema: { tags, summary: 'Tambah RHK dengan indikatornya', params: IdParams, body: RhkInput, response: { 200: SkpDetail } } }, (req) =>
    svc.tambahRhk(requireActor(req), req.params.id, req.body),
  );
  app.post('/skp/:id/usulan-rhk', { schema: { tags, summary: 'Pejabat penilai mengusulkan RHK ("penugasan dari")', params: IdParams, body: RhkInput, response: { 200: SkpDetail } } }, (req) =>
    svc.tambahRhk(requireActor(req), req.params.id, req.body, true),
  );
  app.put(
    '/skp/tim/ekspektasi',
    {
      schema: {
        tags,
        summary: 'Ekspektasi khusus pimpinan untuk seluruh bawahan sekaligus',
        body: EkspektasiTimBody,
        response: { 200: EkspektasiTimResult },
      },
    },
    (req) => svc.ekspektasiTim(requireActor(req), req.body.tahun, req.body.ekspektasi),
  );
  app.put('/skp/:id/rhk/:rhkId', { schema: { tags, params: RhkParams, body: RhkInput, response: { 200: SkpDetail } } }, (req) =>
    svc.ubahRhk(requireActor(req), req.params.id, req.params.rhkId, req.body),
  );
  app.delete(
    '/skp/:id/rhk/:rhkId',
    { schema: { tags, params: RhkParams, querystring: RowVersionQuery, response: { 200: SkpDetail } } },
    (req) => svc.hapusRhk(requireActor(req), req.params.id, req.params.rhkId, req.query.rowVersion),
  );
  app.put('/skp/:id/ekspektasi', { schema: { tags, summary: 'Ekspektasi khusus pimpinan per nilai BerAKHLAK', params: IdParams, body: EkspektasiBody, response: { 200: SkpDetail } } }, (req) =>
    svc.setEkspektasi(requireActor(req), req.params.id, req.body.rowVersion, req.body.ekspektasi),
  );
  app.post('/skp/:id/komentar', { schema: { tags, params: IdParams, body: KomentarInput, response: { 200: SkpDetail } } }, (req) =>
    svc.komentar(requireActor(req), req.params.id, req.body),
  );
  app.post('/skp/:id/ajukan', { schema: { tags, params: IdParams, body: RowVersion, response: { 200: SkpDetail } } }, (req) =>
    svc.ajukan(requireActor(req), req.params.id, req.body.rowVersion),
  );
  app.post('/skp/:id/tarik', { schema: { tags, params: IdParams, body: RowVersion, response: { 200: SkpDetail } } }, (req) =>
    svc.tarik(requireActor(req), req.params.id, req.body.rowVersion),
  );
  app.post('/skp/:id/kembalikan', { schema: { tags, params: IdParams, body: KembalikanBody, response: { 200: SkpDetail } } }, (req) =>
    svc.kembalikan(requireActor(req), req.params.id, req.body.rowVersion, req.body.catatan, req.body.komentar),
  );
  app.post(
    '/skp/:id/tinjau',
    { schema: { tags, summary: 'Reviu pengelola kinerja sebelum persetujuan (bila diwajibkan pengaturan instansi)', params: IdParams, body: TinjauBody, response: { 200: SkpDetail } } },
    (req) => svc.tinjau(requireActor(req), req.params.id, req.body.rowVersion, req.body.catatan),
  );
  app.post('/skp/:id/setujui', { schema: { tags, params: IdParams, body: RowVersion, response: { 200: SkpDetail } } }, (req) =>
    svc.setujui(requireActor(req), req.params.id, req.body.rowVersion),
  );
  app.post('/skp/:id/tetapkan', { schema: { tags, summary: 'Pengelola kinerja menetapkan SKP setelah batas waktu', params: IdParams, body: RowVersion, response: { 200: SkpDetail } } }, (req) =>
    svc.setujui(requireActor(req), req.params.id, req.body.rowVersion, true),
  );
  app.post('/skp/:id/revisi', { schema: { tags, summary: 'Revisi SKP yang sudah disetujui (versi baru)', params: IdParams, body: RevisiBody, response: { 200: SkpDetail } } }, (req) =>
    svc.revisi(requireActor(req), req.params.id, req.body.alasan),
  );
};
