import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BendaharaInput, BendaharaList, BuatRun, DaftarBendahara, RunDetail, RunList, RunQuery, RunRingkas, SetujuiRun, SimpanSkema, SkemaResponse, TppSaya, TppSayaQuery } from '@capaian/contract/tpp';
import { IdParams } from '@capaian/contract/common';
import { contentDisposition } from '../core/berkas.js';
import { requireActor } from '../core/http.js';
import { ruteImpor } from '../core/rute-impor.js';
import type { Services } from '../core/services.js';

const XlsxQuery = z.object({ perangkatDaerahId: z.uuid('harus berupa id perangkat daerah').optional() });

export const tppRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const tags = ['tpp'];
  const svc = services.tpp;

  app.get('/tpp/skema', { schema: { tags, summary: 'Skema TPP pemda (contoh bila belum ditetapkan): BKPSDM, pimpinan', response: { 200: SkemaResponse } } }, async (req) => svc.skema(requireActor(req)));
  app.put('/tpp/skema', { schema: { tags, summary: 'Tetapkan atau ubah skema TPP pemda (BKPSDM)', body: SimpanSkema, response: { 200: SkemaResponse } } }, async (req) => svc.simpanSkema(requireActor(req), req.body));
  ruteImpor(app, {
    tags,
    path: '/tpp/skema/basis',
    namaTemplat: 'templat-basis-tpp.xlsx',
    ringkasTemplat: 'Unduh templat impor basis TPP per kelas jabatan (XLSX, BKPSDM)',
    ringkasImpor: 'Impor basis TPP per kelas jabatan (multipart, field "file", XLSX/CSV): tabel skema diganti seluruhnya, atau tidak sama sekali',
    hasil: SkemaResponse,
    templat: (a) => svc.templatBasis(a),
    impor: (a, data, filename) => svc.imporBasis(a, data, filename),
  });
  app.get('/tpp/run', { schema: { tags, summary: 'Perhitungan TPP bulanan (BKPSDM, pimpinan)', response: { 200: RunList } } }, async (req) => svc.list(requireActor(req)));
  app.post(
    '/tpp/run',
    { schema: { tags, summary: 'Hitung TPP satu bulan untuk pemda atau satu perangkat daerah sebagai draf (BKPSDM); versi baru bila sudah ada yang disetujui', body: BuatRun, response: { 201: RunRingkas } } },
    async (req, reply) => reply.code(201).send(await svc.buatRun(requireActor(req), req.body)),
  );
  app.get(
    '/tpp/run/:id',
    { schema: { tags, summary: 'Satu perhitungan TPP: per perangkat daerah, yang tidak dapat dihitung dan alasannya, daftar pegawai', params: IdParams, querystring: RunQuery, response: { 200: RunDetail } } },
    async (req) => svc.detail(requireActor(req), req.params.id, req.query),
  );
  app.post(
    '/tpp/run/:id/setujui',
    { schema: { tags, summary: 'Setujui perhitungan TPP (BKPSDM): terkunci; versi sebelumnya diganti dan tetap tersimpan', params: IdParams, body: SetujuiRun, response: { 200: RunRingkas } } },
    async (req) => svc.setujui(requireActor(req), req.params.id, req.body),
  );
  app.get('/tpp/run/:id/xlsx', { schema: { tags, summary: 'Daftar pembayaran TPP (XLSX), seluruhnya atau satu perangkat daerah', params: IdParams, querystring: XlsxQuery } }, async (req, reply) => {
    const { xlsx, jenis, filename } = await svc.xlsx(requireActor(req), req.params.id, req.query.perangkatDaerahId);
    return reply.type(jenis).header('content-disposition', contentDisposition('attachment', filename)).send(xlsx);
  });
  app.get('/tpp/saya', { schema: { tags, summary: 'Rincian TPP saya per bulan (perhitungan yang disetujui): setiap potongan dengan harinya', querystring: TppSayaQuery, response: { 200: TppSaya } } }, async (req) =>
    svc.saya(requireActor(req), req.query),
  );
  app.get('/tpp/bendahara', { schema: { tags, summary: 'Bendahara TPP per perangkat daerah (BKPSDM, pimpinan)', response: { 200: BendaharaList } } }, async (req) => svc.listBendahara(requireActor(req)));
  app.post(
    '/tpp/bendahara',
    { schema: { tags, summary: 'Tetapkan bendahara TPP sebuah perangkat daerah (BKPSDM)', body: BendaharaInput, response: { 200: BendaharaList } } },
    async (req) => svc.tambahBendahara(requireActor(req), req.body),
  );
  app.delete('/tpp/bendahara/:id', { schema: { tags, summary: 'Cabut bendahara TPP (BKPSDM)', params: IdParams, response: { 200: BendaharaList } } }, async (req) =>
    svc.hapusBendahara(requireActor(req), req.params.id),
  );
  app.get(
    '/tpp/bendahara/daftar',
    { schema: { tags, summary: 'Daftar pembayaran TPP yang dapat diunduh bendahara: perhitungan yang disetujui untuk perangkat daerahnya', response: { 200: DaftarBendahara } } },
    async (req) => svc.daftarBendahara(requireActor(req)),
  );
};
