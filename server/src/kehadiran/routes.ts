import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../core/http.js';
import { bacaBerkas } from '../core/unggahan.js';
import { BATAS_BERKAS_TABEL } from '../core/spreadsheet.js';
import type { Services } from '../core/services.js';
import { ImporResult, Rekap, RekapQuery, RekapTim, RekapTimQuery, TemplatQuery } from '@capaian/contract/kehadiran';

export const kehadiranRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const tags = ['kehadiran'];
  const svc = services.kehadiran;

  app.get(
    '/kehadiran/templat',
    { schema: { tags, summary: 'Unduh templat impor kehadiran (XLSX atau CSV): admin BKPSDM', querystring: TemplatQuery } },
    async (req, reply) => {
      const { format } = req.query;
      const body = await svc.templat(requireActor(req), format);
      return reply
        .header('content-disposition', `attachment; filename="templat-kehadiran.${format}"`)
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(body);
    },
  );

  app.post(
    '/kehadiran/impor',
    {
      schema: {
        tags,
        summary: 'Impor kehadiran dari mesin presensi (multipart, field "file", XLSX/CSV): semua baris atau tidak sama sekali',
        consumes: ['multipart/form-data'],
        response: { 200: ImporResult },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const file = await bacaBerkas(req, { kolom: 'file', namaPart: 'file', maksByte: BATAS_BERKAS_TABEL });
      return svc.impor(actor, file.data, file.filename);
    },
  );

  app.get(
    '/kehadiran/rekap',
    {
      schema: {
        tags,
        summary: 'Rekap kehadiran bulanan seorang pegawai (diri sendiri, atasan, pengelola kinerja, BKPSDM)',
        querystring: RekapQuery,
        response: { 200: Rekap },
      },
    },
    (req) => svc.rekap(requireActor(req), req.query),
  );

  app.get(
    '/kehadiran/rekap-tim',
    { schema: { tags, summary: 'Ringkasan kehadiran bulanan bawahan saya', querystring: RekapTimQuery, response: { 200: RekapTim } } },
    (req) => svc.rekapTim(requireActor(req), req.query),
  );
};
