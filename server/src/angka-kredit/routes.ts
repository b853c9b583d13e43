import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { BukuAngkaKredit, EntriAkInput, ImporSaldoResult, Kelayakan, KelayakanQuery, Pak, PakInput } from '@capaian/contract/angka-kredit';
import { IdParams } from '@capaian/contract/common';
import { contentDisposition } from '../core/berkas.js';
import { requireActor } from '../core/http.js';
import type { Services } from '../core/services.js';
import { BATAS_BERKAS_TABEL } from '../core/spreadsheet.js';
import { bacaBerkas } from '../core/unggahan.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

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
  app.get('/angka-kredit/saldo-awal/templat', { schema: { tags, summary: 'Unduh templat impor saldo awal angka kredit (XLSX, BKPSDM)' } }, async (req, reply) => {
    const body = await svc.templatSaldoAwal(requireActor(req));
    return reply.type(XLSX).header('content-disposition', contentDisposition('attachment', 'templat-saldo-awal-angka-kredit.xlsx')).send(body);
  });
  app.post(
    '/angka-kredit/saldo-awal/impor',
    {
      schema: {
        tags,
        summary: 'Impor saldo awal angka kredit dari PAK terakhir (multipart, field "file", XLSX/CSV): semua baris atau tidak sama sekali',
        consumes: ['multipart/form-data'],
        response: { 200: ImporSaldoResult },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const file = await bacaBerkas(req, { kolom: 'file', namaPart: 'file', maksByte: BATAS_BERKAS_TABEL });
      return svc.imporSaldoAwal(actor, file.data, file.filename);
    },
  );
};
