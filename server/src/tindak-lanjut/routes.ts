import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { contentDisposition } from '../core/berkas.js';
import { requireActor } from '../core/http.js';
import type { Services } from '../core/services.js';
import {
  AbaikanInput,
  CalonBaru,
  KoreksiSanksi,
  Sanksi,
  SanksiBaru,
  SanksiList,
  SanksiQuery,
  CheckInInput,
  PenghargaanList,
  PenghargaanQuery,
  PutuskanRonde,
  Ronde,
  RondeBaru,
  RondeList,
  UsulanPenghargaan,
  Kasus,
  KasusList,
  KasusListQuery,
  LaporanTahunanQuery,
  LaporanTahunanResponse,
  PeringkatQuery,
  PeringkatResponse,
  SelesaikanInput,
  TindakLanjutiInput,
} from '@capaian/contract/tindak-lanjut';
import { IdParams } from '@capaian/contract/common';
import { z } from 'zod';
import { pengembanganRoutes } from './pengembangan-routes.js';

const CalonParams = z.object({ id: z.uuid('id tidak valid'), calonId: z.uuid('id tidak valid') });

export const tindakLanjutRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const tags = ['tindak-lanjut'];
  const svc = services.tindakLanjut;

  app.get(
    '/tindak-lanjut/peringkat',
    {
      schema: {
        tags,
        summary: 'Peringkat kinerja satu periode (hasil final) per pemda, perangkat daerah atau unit: predikat lalu kriteria pemda',
        querystring: PeringkatQuery,
        response: { 200: PeringkatResponse },
      },
    },
    async (req) => svc.peringkat(requireActor(req), req.query),
  );
  app.get(
    '/tindak-lanjut/peringkat.xlsx',
    { schema: { tags, summary: 'Peringkat kinerja lengkap (XLSX)', querystring: PeringkatQuery } },
    async (req, reply) => {
      const { xlsx, jenis, filename } = await svc.peringkatXlsx(requireActor(req), req.query);
      return reply.type(jenis).header('content-disposition', contentDisposition('attachment', filename)).send(xlsx);
    },
  );
  app.get(
    '/tindak-lanjut/laporan-tahunan',
    {
      schema: {
        tags,
        summary: 'Laporan kinerja pegawai tahunan pemda: distribusi predikat per perangkat daerah dan jenis jabatan, dibanding tahun lalu',
        querystring: LaporanTahunanQuery,
        response: { 200: LaporanTahunanResponse },
      },
    },
    async (req) => svc.laporanTahunan(requireActor(req), req.query),
  );
  app.get(
    '/tindak-lanjut/laporan-tahunan.xlsx',
    { schema: { tags, summary: 'Laporan kinerja pegawai tahunan (XLSX)', querystring: LaporanTahunanQuery } },
    async (req, reply) => {
      const { xlsx, jenis, filename } = await svc.laporanTahunanXlsx(requireActor(req), req.query);
      return reply.type(jenis).header('content-disposition', contentDisposition('attachment', filename)).send(xlsx);
    },
  );
  app.get(
    '/tindak-lanjut/laporan-tahunan.pdf',
    { schema: { tags, summary: 'Laporan kinerja pegawai tahunan (PDF)', querystring: LaporanTahunanQuery } },
    async (req, reply) => {
      const { pdf, filename } = await svc.laporanTahunanPdf(requireActor(req), req.query);
      return reply.type('application/pdf').header('content-disposition', contentDisposition('attachment', filename)).send(pdf);
    },
  );

  // --- Pembinaan cases
  const kasus = svc.kasus;
  app.get(
    '/tindak-lanjut/kasus',
    { schema: { tags, summary: 'Kasus pembinaan: milik saya, tim saya (pejabat penilai) atau seluruh pemda (BKPSDM, pimpinan)', querystring: KasusListQuery, response: { 200: KasusList } } },
    async (req) => kasus.list(requireActor(req), req.query),
  );
  app.get('/tindak-lanjut/kasus/:id', { schema: { tags, summary: 'Satu kasus pembinaan dengan rencana perbaikannya', params: IdParams, response: { 200: Kasus } } }, async (req) =>
    kasus.detail(requireActor(req), req.params.id),
  );
  app.post(
    '/tindak-lanjut/kasus/:id/tindak-lanjuti',
    { schema: { tags, summary: 'Tindak lanjuti: rencana perbaikan kinerja (pejabat penilai) atau catatan BKPSDM', params: IdParams, body: TindakLanjutiInput, response: { 200: Kasus } } },
    async (req) => kasus.tindakLanjuti(requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/tindak-lanjut/kasus/:id/abaikan',
    { schema: { tags, summary: 'Tidak menindaklanjuti usulan, dengan alasan', params: IdParams, body: AbaikanInput, response: { 200: Kasus } } },
    async (req) => kasus.abaikan(requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/tindak-lanjut/kasus/:id/check-in',
    { schema: { tags, summary: 'Catat pertemuan rencana perbaikan kinerja', params: IdParams, body: CheckInInput, response: { 200: Kasus } } },
    async (req) => kasus.checkIn(requireActor(req), req.params.id, req.body),
  );
  app.post('/tindak-lanjut/kasus/:id/akui', { schema: { tags, summary: 'Pegawai mengakui rencana perbaikannya', params: IdParams, response: { 200: Kasus } } }, async (req) =>
    kasus.akui(requireActor(req), req.params.id),
  );
  app.post(
    '/tindak-lanjut/kasus/:id/selesaikan',
    { schema: { tags, summary: 'Selesaikan dengan hasilnya (kinerja membaik atau belum)', params: IdParams, body: SelesaikanInput, response: { 200: Kasus } } },
    async (req) => kasus.selesaikan(requireActor(req), req.params.id, req.body),
  );

  // --- Penghargaan
  const ph = svc.penghargaan;
  app.get('/tindak-lanjut/penghargaan/ronde', { schema: { tags, summary: 'Ronde penghargaan (BKPSDM, pimpinan, kepala perangkat daerah)', response: { 200: RondeList } } }, async (req) =>
    ph.listRonde(requireActor(req)),
  );
  app.post(
    '/tindak-lanjut/penghargaan/ronde',
    { schema: { tags, summary: 'Buat ronde penghargaan untuk seluruh pemda (BKPSDM) atau satu perangkat daerah (kepalanya)', body: RondeBaru, response: { 201: Ronde } } },
    async (req, reply) => reply.code(201).send(await ph.buatRonde(requireActor(req), req.body)),
  );
  app.get('/tindak-lanjut/penghargaan/ronde/:id', { schema: { tags, summary: 'Satu ronde penghargaan dengan calonnya', params: IdParams, response: { 200: Ronde } } }, async (req) =>
    ph.ronde(requireActor(req), req.params.id),
  );
  app.get(
    '/tindak-lanjut/penghargaan/ronde/:id/usulan',
    { schema: { tags, summary: 'Usulan calon: hasil final dalam cakupan ronde, berperingkat, dengan rekomendasi tim penilai', params: IdParams, response: { 200: UsulanPenghargaan } } },
    async (req) => ph.usulan(requireActor(req), req.params.id),
  );
  app.post(
    '/tindak-lanjut/penghargaan/ronde/:id/calon',
    { schema: { tags, summary: 'Tambah calon (ditolak dengan alasannya bila di bawah predikat minimum)', params: IdParams, body: CalonBaru, response: { 200: Ronde } } },
    async (req) => ph.tambahCalon(requireActor(req), req.params.id, req.body),
  );
  app.delete(
    '/tindak-lanjut/penghargaan/ronde/:id/calon/:calonId',
    { schema: { tags, summary: 'Hapus calon selama ronde masih draf', params: CalonParams, response: { 200: Ronde } } },
    async (req) => ph.hapusCalon(requireActor(req), req.params.id, req.params.calonId),
  );
  app.post(
    '/tindak-lanjut/penghargaan/ronde/:id/putuskan',
    { schema: { tags, summary: 'Putuskan ronde dengan nomor dan tanggal keputusan; penerima diberi tahu', params: IdParams, body: PutuskanRonde, response: { 200: Ronde } } },
    async (req) => ph.putuskan(requireActor(req), req.params.id, req.body),
  );
  app.get(
    '/tindak-lanjut/penghargaan',
    { schema: { tags, summary: 'Penghargaan yang diterima: milik saya atau tim saya', querystring: PenghargaanQuery, response: { 200: PenghargaanList } } },
    async (req) => ph.listPenghargaan(requireActor(req), req.query.lingkup),
  );
  app.get('/tindak-lanjut/penghargaan/:id/piagam.pdf', { schema: { tags, summary: 'Piagam penghargaan (PDF) dengan kode QR verifikasi', params: IdParams } }, async (req, reply) => {
    const { pdf, filename } = await ph.piagamPdf(requireActor(req), req.params.id);
    return reply.type('application/pdf').header('content-disposition', contentDisposition('attachment', filename)).send(pdf);
  });

  // --- Sanksi
  const sk = svc.sanksi;
  app.get(
    '/tindak-lanjut/sanksi',
    { schema: { tags, summary: 'Sanksi: milik saya, tim saya, atau seluruh pemda (BKPSDM, pimpinan); koreksi tetap tersimpan', querystring: SanksiQuery, response: { 200: SanksiList } } },
    async (req) => sk.list(requireActor(req), req.query),
  );
  app.post(
    '/tindak-lanjut/sanksi',
    { schema: { tags, summary: 'Catat sanksi yang dijatuhkan pejabat yang berwenang (BKPSDM)', body: SanksiBaru, response: { 201: Sanksi } } },
    async (req, reply) => reply.code(201).send(await sk.catat(requireActor(req), req.body)),
  );
  app.post(
    '/tindak-lanjut/sanksi/:id/koreksi',
    { schema: { tags, summary: 'Koreksi sanksi: catatan baru, yang lama tetap tersimpan', params: IdParams, body: KoreksiSanksi, response: { 201: Sanksi } } },
    async (req, reply) => reply.code(201).send(await sk.koreksi(requireActor(req), req.params.id, req.body)),
  );
  app.post('/tindak-lanjut/sanksi/:id/akui', { schema: { tags, summary: 'Pegawai mengakui telah menerima sanksi', params: IdParams, response: { 200: Sanksi } } }, async (req) =>
    sk.akui(requireActor(req), req.params.id),
  );

  // --- Pengembangan kompetensi
  pengembanganRoutes(app, svc.pengembangan, tags);
};
