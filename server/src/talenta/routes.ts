import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CalonLowongan, TalentaPegawai, ImporPotensiResult, LowonganList, PetaQuery, PetaTalenta, Potensi, PotensiInput } from '@capaian/contract/talenta';
import { IdParams } from '@capaian/contract/common';
import { requireActor } from '../core/http.js';
import { ruteImpor } from '../core/rute-impor.js';
import type { Services } from '../core/services.js';

export const talentaRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const tags = ['talenta'];
  const svc = services.talenta;
  app.get(
    '/talenta/peta',
    { schema: { tags, summary: 'Peta talenta nine-box: kinerja dua tahun terakhir terhadap potensi, per jenis jabatan dan perangkat daerah (BKPSDM, pimpinan, tim penilai)', querystring: PetaQuery, response: { 200: PetaTalenta } } },
    async (req) => svc.peta(requireActor(req), req.query),
  );
  app.get(
    '/talenta/pegawai/:id',
    { schema: { tags, summary: 'Tempat seorang pegawai di peta talenta (untuk rekomendasi tim penilai)', params: IdParams, response: { 200: TalentaPegawai } } },
    async (req) => svc.pegawai(requireActor(req), req.params.id),
  );
  app.post(
    '/talenta/pegawai/:id/potensi',
    { schema: { tags, summary: 'Catat skor potensi seorang pegawai dengan sumber dan tanggalnya (BKPSDM, tim penilai)', params: IdParams, body: PotensiInput, response: { 201: Potensi } } },
    async (req, reply) => reply.code(201).send(await svc.catatPotensi(requireActor(req), req.params.id, req.body)),
  );
  ruteImpor(app, {
    tags,
    path: '/talenta/potensi',
    namaTemplat: 'templat-skor-potensi.xlsx',
    ringkasTemplat: 'Unduh templat impor skor potensi (XLSX, BKPSDM)',
    ringkasImpor: 'Impor skor potensi dari hasil asesmen (multipart, field "file", XLSX/CSV): semua baris atau tidak sama sekali',
    hasil: ImporPotensiResult,
    templat: (a) => svc.templatPotensi(a),
    impor: (a, data, filename) => svc.imporPotensi(a, data, filename),
  });
  app.get('/talenta/lowongan', { schema: { tags, summary: 'Jabatan yang kosong dan dapat diisi dari kelompok rencana suksesi', response: { 200: LowonganList } } }, async (req) => svc.lowongan(requireActor(req)));
  app.get(
    '/talenta/lowongan/:id/calon',
    { schema: { tags, summary: 'Calon sebuah jabatan dari talent pool (kotak 7–9) satu tingkat di bawahnya', params: IdParams, response: { 200: CalonLowongan } } },
    async (req) => svc.calon(requireActor(req), req.params.id),
  );
};
