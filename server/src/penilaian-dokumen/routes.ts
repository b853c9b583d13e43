import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contentDisposition } from '../core/berkas.js';
import { requireActor } from '../core/http.js';
import type { Services } from '../core/services.js';
import { RekapQuery } from '@capaian/contract/penilaian-dokumen';
import { IdParams } from '@capaian/contract/common';

export const penilaianDokumenRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const tags = ['penilaian'];
  const svc = services.penilaianDokumen;

  app.get(
    '/penilaian/evaluasi/:id/pdf',
    { schema: { tags, summary: 'Evaluasi Kinerja Pegawai (PDF, periodik atau tahunan) dengan kode QR verifikasi', params: IdParams } },
    async (req, reply) => {
      const { pdf, filename } = await svc.evaluasiPdf(requireActor(req), req.params.id);
      return reply.type('application/pdf').header('content-disposition', contentDisposition('attachment', filename)).send(pdf);
    },
  );
  app.get(
    '/penilaian/evaluasi/:id/dokumen-pdf',
    { schema: { tags, summary: 'Dokumen Evaluasi Kinerja Pegawai (PDF, tahunan) dengan kode QR verifikasi', params: IdParams } },
    async (req, reply) => {
      const { pdf, filename } = await svc.dokumenPdf(requireActor(req), req.params.id);
      return reply.type('application/pdf').header('content-disposition', contentDisposition('attachment', filename)).send(pdf);
    },
  );
  app.get(
    '/penilaian/rekap.xlsx',
    { schema: { tags, summary: 'Rekap penilaian per perangkat daerah, unit dan pegawai (XLSX) dalam cakupan', querystring: RekapQuery } },
    async (req, reply) => {
      const { xlsx, filename } = await svc.rekap(requireActor(req), req.query);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', contentDisposition('attachment', filename))
        .send(xlsx);
    },
  );
};
