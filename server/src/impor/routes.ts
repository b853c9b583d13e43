import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../core/http.js';
import { bacaBerkas } from '../core/unggahan.js';
import { BATAS_BERKAS_TABEL } from '../core/spreadsheet.js';
import type { Services } from '../core/services.js';
import { HasilImpor, ImporParams, ImporQuery, TemplatQuery } from '@capaian/contract/impor';

export const imporRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const tags = ['impor'];
  app.get(
    '/impor/:jenis/templat',
    {
      schema: {
        tags,
        summary: 'Unduh templat impor (XLSX atau CSV)',
        params: ImporParams,
        querystring: TemplatQuery,
      },
    },
    async (req, reply) => {
      const { jenis } = req.params;
      const { format } = req.query;
      const body = await services.impor.template(requireActor(req), jenis, format);
      return reply
        .header('content-disposition', `attachment; filename="templat-${jenis}.${format}"`)
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(body);
    },
  );

  app.post(
    '/impor/:jenis',
    {
      schema: {
        tags,
        summary: 'Impor berkas XLSX/CSV (multipart, field "berkas"): semua baris atau tidak sama sekali; pratinjau=true tidak menyimpan apa pun',
        params: ImporParams,
        querystring: ImporQuery,
        consumes: ['multipart/form-data'],
        response: { 200: HasilImpor },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const file = await bacaBerkas(req, { kolom: 'berkas', maksByte: BATAS_BERKAS_TABEL });
      return services.impor.importFile(actor, req.params.jenis, file.data, file.filename, req.query.pratinjau);
    },
  );
};
