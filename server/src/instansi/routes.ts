import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../core/http.js';
import { Pengaturan, PengaturanInput } from './schema.js';
import type { InstansiService } from './service.js';

/** The instansi's settings. Registered from kehadiranRoutes until app.ts registers it (see there). */
export const instansiRoutes: FastifyPluginAsyncZod<{ instansi: InstansiService }> = async (app, { instansi }) => {
  const tags = ['instansi'];
  app.get(
    '/instansi/pengaturan',
    { schema: { tags, summary: 'Pengaturan instansi: periode kinerja dan pengingat realisasi', response: { 200: Pengaturan } } },
    (req) => instansi.pengaturan(requireActor(req)),
  );
  app.put(
    '/instansi/pengaturan',
    {
      schema: {
        tags,
        summary: 'Ubah pengaturan instansi (admin BKPSDM, admin sistem); tercatat di audit',
        body: PengaturanInput,
        response: { 200: Pengaturan },
      },
    },
    (req) => instansi.ubahPengaturan(requireActor(req), req.body),
  );
};
