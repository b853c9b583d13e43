import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../core/http.js';
import type { Services } from '../core/services.js';
import { MonitoringPegawaiPage, MonitoringPegawaiQuery, MonitoringQuery, MonitoringResult, PengingatBody, PengingatResult } from '@capaian/contract/skp-monitoring';

export const skpMonitoringRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const tags = ['skp-monitoring'];
  const svc = services.skpMonitoring;

  app.get(
    '/skp-monitoring',
    {
      schema: {
        tags,
        summary: 'Rekap status SKP per perangkat daerah, atau per sub-unit dari satu unit',
        querystring: MonitoringQuery,
        response: { 200: MonitoringResult },
      },
    },
    (req) => svc.monitoring(requireActor(req), req.query),
  );
  app.get(
    '/skp-monitoring/pegawai',
    { schema: { tags, summary: 'Daftar pegawai di balik satu sel rekap', querystring: MonitoringPegawaiQuery, response: { 200: MonitoringPegawaiPage } } },
    (req) => svc.pegawai(requireActor(req), req.query),
  );
  app.post(
    '/skp-monitoring/pengingat',
    { schema: { tags, summary: 'Kirim pengingat (notifikasi) kepada pegawai yang SKP-nya belum disetujui', body: PengingatBody, response: { 200: PengingatResult } } },
    (req) => svc.pengingat(requireActor(req), req.body),
  );
  app.get(
    '/skp-monitoring/ekspor.xlsx',
    { schema: { tags, summary: 'Unduh rekap dan isi SKP unit dalam cakupan (XLSX)', querystring: MonitoringQuery } },
    async (req, reply) => {
      const { xlsx, filename } = await svc.ekspor(requireActor(req), req.query);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(xlsx);
    },
  );
};
