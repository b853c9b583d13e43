import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contentDisposition } from '../core/berkas.js';
import { requireActor } from '../core/http.js';
import type { Services } from '../core/services.js';
import { LaporanTahunanQuery, LaporanTahunanResponse, PeringkatQuery, PeringkatResponse } from '@capaian/contract/tindak-lanjut';

export const tindakLanjutRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const tags = ['tindak-lanjut'];
  const svc = services.tindakLanjut;

  app.get(
    '/tindak-lanjut/peringkat',
    {
      schema: {
        tags,
        summary: 'Peringkat kinerja satu periode (hasil final) per pemda, perangkat daerah atau unit: predikat lalu kriteria pemda',
        querystring: PeringkatQuery,
        response: { 200: PeringkatResponse },
      },
    },
    async (req) => svc.peringkat(requireActor(req), req.query),
  );
  app.get(
    '/tindak-lanjut/peringkat.xlsx',
    { schema: { tags, summary: 'Peringkat kinerja lengkap (XLSX)', querystring: PeringkatQuery } },
    async (req, reply) => {
      const { xlsx, jenis, filename } = await svc.peringkatXlsx(requireActor(req), req.query);
      return reply.type(jenis).header('content-disposition', contentDisposition('attachment', filename)).send(xlsx);
    },
  );
  app.get(
    '/tindak-lanjut/laporan-tahunan',
    {
      schema: {
        tags,
        summary: 'Laporan kinerja pegawai tahunan pemda: distribusi predikat per perangkat daerah dan jenis jabatan, dibanding tahun lalu',
        querystring: LaporanTahunanQuery,
        response: { 200: LaporanTahunanResponse },
      },
    },
    async (req) => svc.laporanTahunan(requireActor(req), req.query),
  );
  app.get(
    '/tindak-lanjut/laporan-tahunan.xlsx',
    { schema: { tags, summary: 'Laporan kinerja pegawai tahunan (XLSX)', querystring: LaporanTahunanQuery } },
    async (req, reply) => {
      const { xlsx, jenis, filename } = await svc.laporanTahunanXlsx(requireActor(req), req.query);
      return reply.type(jenis).header('content-disposition', contentDisposition('attachment', filename)).send(xlsx);
    },
  );
  app.get(
    '/tindak-lanjut/laporan-tahunan.pdf',
    { schema: { tags, summary: 'Laporan kinerja pegawai tahunan (PDF)', querystring: LaporanTahunanQuery } },
    async (req, reply) => {
      const { pdf, filename } = await svc.laporanTahunanPdf(requireActor(req), req.query);
      return reply.type('application/pdf').header('content-disposition', contentDisposition('attachment', filename)).send(pdf);
    },
  );
};
