import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../core/http.js';
import type { Services } from '../core/services.js';
import { JawabanInput, KandidatList, KandidatQuery, Kuesioner, NominasiInput, NominasiItem, NominasiList, NominasiQuery, Ringkasan, RingkasanQuery } from '@capaian/contract/umpan-balik-360';
import { IdParams } from '@capaian/contract/common';

export const survei360Routes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const tags = ['umpan-balik-360'];
  const svc = services.survei360;

  app.get(
    '/360/nominasi',
    { schema: { tags, summary: 'Nominasi 360°: yang saya usulkan, yang harus saya setujui, atau yang harus saya jawab', querystring: NominasiQuery, response: { 200: NominasiList } } },
    (req) => svc.list(requireActor(req), req.query),
  );
  app.get(
    '/360/kandidat',
    { schema: { tags, summary: 'Rekan atau bawahan yang dapat saya nominasikan (nama dan jabatan saja)', querystring: KandidatQuery, response: { 200: KandidatList } } },
    (req) => svc.kandidat(requireActor(req), req.query),
  );
  app.post(
    '/360/nominasi',
    { schema: { tags, summary: 'Usulkan rekan atau bawahan sebagai pemberi umpan balik 360° (pegawai untuk dirinya)', body: NominasiInput, response: { 201: NominasiList } } },
    async (req, reply) => reply.code(201).send(await svc.nominasi(requireActor(req), req.body)),
  );
  app.post(
    '/360/nominasi/:id/setujui',
    { schema: { tags, summary: 'Setujui nominasi 360° (pejabat penilai pegawai)', params: IdParams, response: { 200: NominasiItem } } },
    (req) => svc.putuskan(requireActor(req), req.params.id, 'setujui'),
  );
  app.post(
    '/360/nominasi/:id/tolak',
    { schema: { tags, summary: 'Tolak nominasi 360° yang belum disetujui (pejabat penilai pegawai)', params: IdParams, response: { 200: NominasiItem } } },
    (req) => svc.putuskan(requireActor(req), req.params.id, 'tolak'),
  );
  app.get(
    '/360/kuesioner/:id',
    { schema: { tags, summary: 'Kuesioner 360° untuk pegawai yang dinominasikan (id = nominasi)', params: IdParams, response: { 200: Kuesioner } } },
    (req) => svc.kuesioner(requireActor(req), req.params.id),
  );
  app.post(
    '/360/kuesioner/:id',
    { schema: { tags, summary: 'Kirim jawaban kuesioner 360° (sekali; jawaban disimpan tanpa identitas penjawab)', params: IdParams, body: JawabanInput } },
    async (req, reply) => {
      await svc.jawab(requireActor(req), req.params.id, req.body);
      return reply.code(204).send();
    },
  );
  app.get(
    '/360/ringkasan',
    {
      schema: {
        tags,
        summary: 'Ringkasan anonim 360° seorang pegawai (atasan berjenjang; paling sedikit 3 penjawab; pegawai sendiri tidak)',
        querystring: RingkasanQuery,
        response: { 200: Ringkasan },
      },
    },
    (req) => svc.ringkasan(requireActor(req), req.query),
  );
};
