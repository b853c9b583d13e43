import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../core/http.js';
import type { Services } from '../core/services.js';
import { BacaSemuaResult, EmailOutboxList, EmailOutboxQuery, NotifikasiItem, NotifikasiList, NotifikasiQuery } from '@capaian/contract/notifikasi';
import { IdParams } from '@capaian/contract/common';


export const notifikasiRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const tags = ['notifikasi'];
  const svc = services.notifikasi;
  app.get(
    '/notifikasi',
    { schema: { tags, summary: 'Notifikasi saya (50 terbaru) dan jumlah yang belum dibaca', querystring: NotifikasiQuery, response: { 200: NotifikasiList } } },
    (req) => svc.list(requireActor(req), req.query.belumDibaca),
  );
  app.post('/notifikasi/baca-semua', { schema: { tags, summary: 'Tandai semua notifikasi saya sudah dibaca', response: { 200: BacaSemuaResult } } }, (req) =>
    svc.bacaSemua(requireActor(req)),
  );
  app.post('/notifikasi/:id/baca', { schema: { tags, summary: 'Tandai satu notifikasi sudah dibaca', params: IdParams, response: { 200: NotifikasiItem } } }, (req) =>
    svc.baca(requireActor(req), req.params.id),
  );
  app.get(
    '/email-outbox',
    {
      schema: {
        tags,
        summary: 'Kotak keluar e-mail instansi (terbaru lebih dulu, 50 per halaman): admin sistem dan admin BKPSDM',
        querystring: EmailOutboxQuery,
        response: { 200: EmailOutboxList },
      },
    },
    (req) => svc.emailOutbox(requireActor(req), req.query.halaman),
  );
};
