import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { HasilVerifikasi, VerifikasiParams, VerifikasiQuery } from '@capaian/contract/verifikasi';
import type { Services } from '../core/services.js';

/** Public (no session): the check a phone makes after scanning a printed document's QR code. */
export const verifikasiRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  app.get(
    '/verifikasi/:jenis/:id',
    {
      schema: {
        tags: ['verifikasi'],
        summary: 'Publik: periksa keaslian dokumen cetak (SKP, evaluasi kinerja, penetapan predikat organisasi) dari kode QR atau kode yang tercetak',
        security: [],
        params: VerifikasiParams,
        querystring: VerifikasiQuery,
        response: { 200: HasilVerifikasi },
      },
    },
    (req) => services.verifikasi.periksa(req.params.jenis, req.params.id, req.query.h),
  );
};
