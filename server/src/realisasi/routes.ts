import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contentDisposition, kirimBerkas } from '../core/berkas.js';
import { errors } from '../core/errors.js';
import { bacaBerkas } from '../core/unggahan.js';
import { BATAS_BERKAS_TABEL } from '../core/spreadsheet.js';
import { requireActor } from '../core/http.js';
import type { Services } from '../core/services.js';
import type { Unggahan } from './service.js';
import { BerandaQuery, Bukti, ImporResult, RealisasiBeranda, RealisasiCreate, RealisasiItem, RealisasiList, RealisasiQuery, RealisasiUpdate, RencanaAksi, RencanaAksiCreate, RencanaAksiList, RencanaAksiUpdate, TautanInput, TemplatQuery } from '@capaian/contract/realisasi';
import { IdParams } from '@capaian/contract/common';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A body that is there but is not multipart: refused like a body failing its schema. */
function requireMultipartIfBody(req: FastifyRequest) {
  if (!req.isMultipart() && req.headers['content-type'])
    throw errors.validation({ file: 'kirim berkas sebagai multipart/form-data (kolom id, lalu file)' });
}

/** Reads the `id` field and the `file` part of an evidence upload, within the size limit. */
async function bacaUnggahan(req: FastifyRequest, maxBytes: number): Promise<Unggahan> {
  const { filename, data, fields } = await bacaBerkas(req, { kolom: 'file', maksByte: maxBytes, keterangan: 'berkas (kolom id, lalu file)' });
  const idField = fields.id;
  const id = idField && !Array.isArray(idField) && idField.type === 'field' ? String(idField.value) : '';
  if (!UUID_RE.test(id)) throw errors.validation({ id: 'wajib dikirim sebelum berkas, berupa id (UUID) buatan aplikasi' });
  return { id: id.toLowerCase(), filename, data };
}

export const realisasiRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const tags = ['realisasi'];
  const svc = services.realisasi;

  app.get(
    '/realisasi/saya',
    { schema: { tags, summary: 'Beranda progres: SKP berlaku, RHK, indikator, rencana aksi dan 20 entri terakhir', querystring: BerandaQuery, response: { 200: RealisasiBeranda } } },
    (req) => svc.beranda(requireActor(req), req.query.tahun),
  );

  // --- Rencana aksi
  app.get('/skp/:id/rencana-aksi', { schema: { tags, summary: 'Rencana aksi sebuah SKP', params: IdParams, response: { 200: RencanaAksiList } } }, (req) =>
    svc.rencanaAksiList(requireActor(req), req.params.id),
  );
  app.post(
    '/skp/:id/rencana-aksi',
    { schema: { tags, summary: 'Tambah rencana aksi untuk RHK pada SKP yang sudah disetujui', params: IdParams, body: RencanaAksiCreate, response: { 201: RencanaAksi } } },
    async (req, reply) => reply.code(201).send(await svc.tambahRencanaAksi(requireActor(req), req.params.id, req.body)),
  );
  app.put('/rencana-aksi/:id', { schema: { tags, params: IdParams, body: RencanaAksiUpdate, response: { 200: RencanaAksi } } }, (req) =>
    svc.ubahRencanaAksi(requireActor(req), req.params.id, req.body),
  );
  app.delete('/rencana-aksi/:id', { schema: { tags, summary: 'Hapus rencana aksi (ditolak bila sudah ada progres)', params: IdParams } }, async (req, reply) => {
    await svc.hapusRencanaAksi(requireActor(req), req.params.id);
    return reply.code(204).send();
  });

  // --- Bulk entry (static paths before /realisasi/:id)
  app.get(
    '/realisasi/impor/templat',
    { schema: { tags, summary: 'Templat XLSX berisi rencana aksi (unitId: seluruh pegawai unit, untuk pengelola kinerja)', querystring: TemplatQuery } },
    async (req, reply) => {
      const body = await svc.templat(requireActor(req), req.query);
      return reply
        .header('content-disposition', contentDisposition('attachment', `templat-realisasi-${req.query.tahun ?? 'tahun-ini'}.xlsx`))
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(body);
    },
  );
  app.post(
    '/realisasi/impor',
    {
      schema: {
        tags,
        summary: 'Impor progres dari XLSX/CSV (multipart, kolom "file"): semua baris atau tidak sama sekali',
        consumes: ['multipart/form-data'],
        response: { 200: ImporResult },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const file = await bacaBerkas(req, { kolom: 'file', maksByte: BATAS_BERKAS_TABEL, keterangan: 'berkas XLSX/CSV' });
      return svc.impor(actor, file.data, file.filename);
    },
  );

  // --- Progress entries
  app.post(
    '/realisasi',
    { schema: { tags, summary: 'Catat progres (id dari aplikasi: kiriman ulang menghasilkan entri yang sama)', body: RealisasiCreate, response: { 200: RealisasiItem, 201: RealisasiItem } } },
    async (req, reply) => {
      const { item, dibuat } = await svc.catat(requireActor(req), req.body);
      return reply.code(dibuat ? 201 : 200).send(item);
    },
  );
  app.get('/realisasi', { schema: { tags, summary: 'Entri progres seorang pegawai (50 per halaman)', querystring: RealisasiQuery, response: { 200: RealisasiList } } }, (req) =>
    svc.list(requireActor(req), req.query),
  );
  app.get('/realisasi/:id', { schema: { tags, params: IdParams, response: { 200: RealisasiItem } } }, (req) => svc.detail(requireActor(req), req.params.id));
  app.put('/realisasi/:id', { schema: { tags, params: IdParams, body: RealisasiUpdate, response: { 200: RealisasiItem } } }, (req) =>
    svc.ubah(requireActor(req), req.params.id, req.body),
  );
  app.delete('/realisasi/:id', { schema: { tags, params: IdParams } }, async (req, reply) => {
    await svc.hapus(requireActor(req), req.params.id);
    return reply.code(204).send();
  });

  // --- Evidence
  app.post(
    '/realisasi/:id/bukti',
    {
      schema: {
        tags,
        summary: 'Unggah bukti dukung (multipart: kolom id lalu file); jenis diperiksa dari isi berkas',
        params: IdParams,
        consumes: ['multipart/form-data'],
        response: { 200: Bukti, 201: Bukti },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      requireMultipartIfBody(req);
      const { bukti, dibuat } = await svc.unggahBukti(actor, req.params.id, () => bacaUnggahan(req, svc.uploadMaxBytes));
      return reply.code(dibuat ? 201 : 200).send(bukti);
    },
  );
  app.post(
    '/realisasi/:id/tautan',
    { schema: { tags, summary: 'Tambah tautan (http/https) sebagai bukti dukung', params: IdParams, body: TautanInput, response: { 200: Bukti, 201: Bukti } } },
    async (req, reply) => {
      const { bukti, dibuat } = await svc.tambahTautan(requireActor(req), req.params.id, req.body);
      return reply.code(dibuat ? 201 : 200).send(bukti);
    },
  );
  app.get('/bukti/:id/unduh', { schema: { tags, summary: 'Unduh berkas bukti dukung', params: IdParams } }, async (req, reply) => {
    return kirimBerkas(reply, await svc.unduhBukti(requireActor(req), req.params.id));
  });
  app.delete('/bukti/:id', { schema: { tags, params: IdParams } }, async (req, reply) => {
    await svc.hapusBukti(requireActor(req), req.params.id);
    return reply.code(204).send();
  });
};
