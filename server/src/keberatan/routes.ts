import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { kirimBerkas } from '../core/berkas.js';
import { errors } from '../core/errors.js';
import { bacaBerkas } from '../core/unggahan.js';
import { requireActor } from '../core/http.js';
import type { Services } from '../core/services.js';
import { Keberatan, KeberatanInput, KeberatanList, KeberatanQuery, KlarifikasiInput, LampiranParams, PutuskanInput } from '@capaian/contract/keberatan';
import { IdParams } from '@capaian/contract/common';
import type { UnggahanLampiran } from './service.js';

/** Reads the `file` part of an attachment upload, within the size limit. */
async function bacaLampiran(req: FastifyRequest, maxBytes: number): Promise<UnggahanLampiran> {
  const { filename, data } = await bacaBerkas(req, { kolom: 'file', maksByte: maxBytes });
  return { filename, data };
}

export const keberatanRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const tags = ['keberatan'];
  const svc = services.keberatan;

  app.get(
    '/keberatan',
    { schema: { tags, summary: 'Keberatan saya, yang saya putuskan (atasan pejabat penilai), atau atas penilaian saya (pejabat penilai)', querystring: KeberatanQuery, response: { 200: KeberatanList } } },
    (req) => svc.list(requireActor(req), req.query),
  );
  app.post(
    '/keberatan',
    { schema: { tags, summary: 'Ajukan keberatan atas hasil penilaian final (paling lambat 14 hari sejak diterima)', body: KeberatanInput, response: { 201: Keberatan } } },
    async (req, reply) => reply.code(201).send(await svc.ajukan(requireActor(req), req.body)),
  );
  app.get('/keberatan/:id', { schema: { tags, params: IdParams, response: { 200: Keberatan } } }, (req) => svc.detail(requireActor(req), req.params.id));
  app.post(
    '/keberatan/:id/lampiran',
    { schema: { tags, summary: 'Unggah lampiran keberatan (multipart: file); jenis diperiksa dari isi berkas', params: IdParams, consumes: ['multipart/form-data'], response: { 200: Keberatan } } },
    async (req) => {
      const actor = requireActor(req);
      // A body that is there but is not multipart is refused like a body failing its schema.
      if (!req.isMultipart() && req.headers['content-type']) throw errors.validation({ file: 'kirim berkas sebagai multipart/form-data (kolom file)' });
      return svc.unggahLampiran(actor, req.params.id, () => bacaLampiran(req, svc.uploadMaxBytes));
    },
  );
  app.get('/keberatan/:id/lampiran/:lampiranId', { schema: { tags, summary: 'Unduh lampiran keberatan', params: LampiranParams } }, async (req, reply) => {
    return kirimBerkas(reply, await svc.unduhLampiran(requireActor(req), req.params.id, req.params.lampiranId));
  });
  app.post(
    '/keberatan/:id/klarifikasi',
    { schema: { tags, summary: 'Atasan pejabat penilai meminta klarifikasi; pegawai atau pejabat penilai menjawab', params: IdParams, body: KlarifikasiInput, response: { 200: Keberatan } } },
    (req) => svc.klarifikasi(requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/keberatan/:id/putuskan',
    { schema: { tags, summary: 'Atasan pejabat penilai memutus keberatan (final): DIPERTAHANKAN atau DIUBAH', params: IdParams, body: PutuskanInput, response: { 200: Keberatan } } },
    (req) => svc.putuskan(requireActor(req), req.params.id, req.body),
  );
};
