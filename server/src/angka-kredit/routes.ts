import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { BukuAngkaKredit, EntriAkInput, ImporSaldoResult, Kelayakan, KelayakanQuery, Pak, PakInput } from '@capaian/contract/angka-kredit';
import { IdParams } from '@capaian/contract/common';
import { contentDisposition } from '../core/berkas.js';
import { requireActor } from '../core/http.js';
import { ruteImpor } from '../core/rute-impor.js';
import type { Services } from '../core/services.js';

export const angkaKreditRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const tags = ['angka-kredit'];
  const svc = services.angkaKredit;

  app.get(
    '/angka-kredit/pegawai/:id',
    { schema: { tags, summary: 'Buku angka kredit pejabat fungsional: entri, jumlah yang dihitung, kebutuhan kenaikan pangkat dan jenjang, PAK', params: IdParams, response: { 200: BukuAngkaKredit } } },
    async (req) => svc.buku(requireActor(req), req.params.id),
  );
  app.post(
    '/angka-kredit/pegawai/:id/entri',
    { schema: { tags, summary: 'Catat saldo awal (PAK terakhir), integrasi atau penyesuaian angka kredit (BKPSDM)', params: IdParams, body: EntriAkInput, response: { 200: BukuAngkaKredit } } },
    async (req) => svc.catatManual(requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/angka-kredit/pegawai/:id/pak',
    { schema: { tags, summary: 'Tetapkan angka kredit (PAK) dengan nomor dan tanggal (BKPSDM); pegawai diberi tahu', params: IdParams, body: PakInput, response: { 201: Pak } } },
    async (req, reply) => reply.code(201).send(await svc.tetapkanPak(requireActor(req), req.params.id, req.body)),
  );
  app.get('/angka-kredit/pak/:id/pdf', { schema: { tags, summary: 'PAK (PDF) dengan kode QR verifikasi', params: IdParams } }, async (req, reply) => {
    const { pdf, filename } = await svc.pakPdf(requireActor(req), req.params.id);
    return reply.type('application/pdf').header('content-disposition', contentDisposition('attachment', filename)).send(pdf);
  });
  app.get(
    '/angka-kredit/kelayakan',
    { schema: { tags, summary: 'Pejabat fungsional pemda dengan angka kreditnya terhadap kenaikan pangkat dan jenjang berikutnya (BKPSDM, pimpinan)', querystring: KelayakanQuery, response: { 200: Kelayakan } } },
    async (req) => svc.kelayakan(requireActor(req), req.query),
  );
  ruteImpor(app, {
    tags,
    path: '/angka-kredit/saldo-awal',
    namaTemplat: 'templat-saldo-awal-angka-kredit.xlsx',
    ringkasTemplat: 'Unduh templat impor saldo awal angka kredit (XLSX, BKPSDM)',
    ringkasImpor: 'Impor saldo awal angka kredit dari PAK terakhir (multipart, field "file", XLSX/CSV): semua baris atau tidak sama sekali',
    hasil: ImporSaldoResult,
    templat: (a) => svc.templatSaldoAwal(a),
    impor: (a, data, filename) => svc.imporSaldoAwal(a, data, filename),
  });
};
