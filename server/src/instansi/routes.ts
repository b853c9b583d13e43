import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../core/http.js';
import { AturanPenilaianInput, Pengaturan, PengaturanInput } from '@capaian/contract/instansi';
import type { Services } from '../core/services.js';

/** The instansi's settings. */
export const instansiRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const instansi = services.instansi;
  const tags = ['instansi'];
  app.get(
    '/instansi/pengaturan',
    { schema: { tags, summary: 'Pengaturan instansi: periode kinerja, pengingat realisasi, dan aturan penilaian yang berlaku dan terjadwal', response: { 200: Pengaturan } } },
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
  app.put(
    '/instansi/aturan-penilaian',
    {
      schema: {
        tags,
        summary:
          'Ubah aturan penilaian (kurva distribusi, rating hasil kerja kepala unit, hari keberatan, tenggat SKP, reviu pengelola kinerja, ambang saran rating): berlaku mulai periode berikutnya; tercatat di audit',
        body: AturanPenilaianInput,
        response: { 200: Pengaturan },
      },
    },
    (req) => instansi.ubahAturan(requireActor(req), req.body),
  );
};
