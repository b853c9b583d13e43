import fs from 'node:fs';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { GambarParams, KontenBantuan, PanduanParams, StatusTur } from '@capaian/contract/bantuan';
import { contentDisposition } from '../core/berkas.js';
import { requireActor } from '../core/http.js';
import type { Services } from '../core/services.js';

export const bantuanRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const tags = ['bantuan'];
  const svc = services.bantuan;

  app.get(
    '/bantuan',
    { schema: { tags, summary: 'Isi bantuan: panduan per peran dan tugas, halaman yang dijelaskan, glosarium istilah dan tur pengenalan (sama untuk setiap pemda)', response: { 200: KontenBantuan } } },
    (req) => svc.konten(requireActor(req)),
  );
  app.get(
    '/bantuan/tur',
    { schema: { tags, summary: 'Apakah akun ini sudah menyelesaikan tur pengenalan, dan panduan yang sesuai perannya', response: { 200: StatusTur } } },
    (req) => svc.tur(requireActor(req)),
  );
  app.post(
    '/bantuan/tur/selesai',
    { schema: { tags, summary: 'Tandai tur pengenalan selesai untuk akun ini (sekali; tercatat di audit)', response: { 200: StatusTur } } },
    (req) => svc.selesaikanTur(requireActor(req)),
  );
  app.get(
    '/bantuan/panduan/:peran.pdf',
    { schema: { tags, summary: 'Panduan singkat satu peran (PDF) untuk sosialisasi: langkah per tugas dan glosarium', params: PanduanParams } },
    async (req, reply) => {
      const { pdf, filename } = await svc.panduanPdf(requireActor(req), req.params.peran);
      return reply.type('application/pdf').header('content-disposition', contentDisposition('attachment', filename)).send(pdf);
    },
  );
  app.get(
    '/bantuan/gambar/:nama',
    { schema: { tags, summary: 'Tangkapan layar yang dirujuk panduan (hanya nama yang ada di isi bantuan)', params: GambarParams } },
    async (req, reply) => {
      const berkas = svc.gambar(requireActor(req), req.params.nama);
      return reply.type('image/png').header('cache-control', 'private, max-age=3600').send(fs.createReadStream(berkas));
    },
  );
};
