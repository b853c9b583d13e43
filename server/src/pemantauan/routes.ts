import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { EventBus } from '../core/event-bus.js';
import { requireActor } from '../core/http.js';
import type { Services } from '../core/services.js';
import { openLiveStream } from './live.js';
import { TimQuery, TimResult, UnitQuery, UnitResult } from '@capaian/contract/pemantauan';

export const pemantauanRoutes: FastifyPluginAsyncZod<{ services: Services; bus: EventBus }> = async (app, { services, bus }) => {
  const tags = ['pemantauan'];
  const svc = services.pemantauan;

  app.get(
    '/pemantauan/tim',
    {
      schema: {
        tags,
        summary: 'Papan tim: capaian tiap bawahan langsung per indikator, laporan minggu/bulan ini, dan yang tertinggal',
        querystring: TimQuery,
        response: { 200: TimResult },
      },
    },
    (req) => svc.tim(requireActor(req), req.query),
  );

  app.get(
    '/pemantauan/unit',
    {
      schema: {
        tags,
        summary: 'Rekap pemantauan per sub-unit (kepala dan pengelola kinerja perangkat daerah, BKPSDM)',
        querystring: UnitQuery,
        response: { 200: UnitResult },
      },
    },
    (req) => svc.unit(requireActor(req), req.query),
  );

  // Open streams, ended before the server closes (an open stream would keep it waiting).
  const open = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of [...open]) end();
  });
  app.get(
    '/live',
    {
      schema: {
        tags,
        summary: 'Aliran peristiwa langsung (text/event-stream): realisasi, notifikasi, umpan-balik',
        description:
          'Server-sent events. `realisasi` {pegawaiId, realisasiId}: entri bawahan langsung atau milik sendiri; ' +
          '`notifikasi` {jumlahBelumDibaca}: jumlah notifikasi belum dibaca (juga dikirim saat tersambung); ' +
          '`umpan-balik` {pegawaiId, umpanBalikId}: umpan balik tentang diri sendiri atau bawahan. Komentar detak setiap 25 detik.',
        response: { 200: z.string().describe('text/event-stream') },
      },
    },
    (req, reply) => openLiveStream(req, reply, { services, bus, open }),
  );
};
