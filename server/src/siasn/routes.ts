import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contentDisposition } from '../core/berkas.js';
import { requireActor } from '../core/http.js';
import type { Services } from '../core/services.js';
import { EksporQuery, SiasnQuery, ValidasiSiasn } from '@capaian/contract/siasn';

export const siasnRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const tags = ['siasn'];
  const svc = services.siasn;

  app.get(
    '/siasn/validasi',
    { schema: { tags, summary: 'Periksa kesiapan hasil penilaian untuk SIASN: setiap masalah per pegawai dan unit yang belum final (admin BKPSDM)', querystring: SiasnQuery, response: { 200: ValidasiSiasn } } },
    (req) => svc.validasi(requireActor(req), req.query.periodeId),
  );
  app.get(
    '/siasn/ekspor',
    { schema: { tags, summary: 'Berkas JSON untuk SIASN (tahunan: skp22, periodik: kinerjaperiodik); 409 selama belum valid kecuali sebagian=true', querystring: EksporQuery } },
    async (req, reply) => {
      const { json, filename } = await svc.ekspor(requireActor(req), req.query);
      return reply.type('application/json; charset=utf-8').header('content-disposition', contentDisposition('attachment', filename)).send(json);
    },
  );
};
