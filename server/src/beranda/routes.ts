import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AnalitikPenilai,
  AnalitikQuery,
  BerandaPenilai,
  BerandaPimpinan,
  BerandaSaya,
  DaftarQuery,
  DaftarResult,
  Navigasi,
  PenilaiPage,
  PenilaiQuery,
  PengingatTerlambatResult,
  PimpinanQuery,
  PusatKendali,
  RegisterKeberatan,
  RegisterKeberatanQuery,
} from '@capaian/contract/beranda';
import { kirimJsonTersimpan, requireActor } from '../core/http.js';
import type { Services } from '../core/services.js';

export const berandaRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const tags = ['beranda'];
  const svc = services.beranda;
  app.get('/beranda/navigasi', { schema: { tags, summary: 'Menu yang dapat dibuka pengguna ini (tim, tim penilai, templat, beranda pimpinan, pusat kendali, analitik)', response: { 200: Navigasi } } }, (req) =>
    svc.navigasi(requireActor(req)),
  );
  app.get('/beranda/saya', { schema: { tags, summary: 'Beranda pegawai: progres bulan ini terhadap rencana aksi, tenggat, umpan balik baru, hasil terakhir', response: { 200: BerandaSaya } } }, (req) =>
    svc.saya(requireActor(req)),
  );
  app.get('/beranda/penilai', { schema: { tags, summary: 'Beranda pejabat penilai: SKP menunggu, bawahan belum melapor, progres menunggu umpan balik, penilaian jatuh tempo', response: { 200: BerandaPenilai } } }, (req) =>
    svc.penilai(requireActor(req)),
  );
  app.get(
    '/beranda/pimpinan',
    { schema: { tags, summary: 'Beranda pimpinan: organisasi sekilas per unit (kepala perangkat daerah, sekda, BKPSDM)', querystring: PimpinanQuery, response: { 200: BerandaPimpinan } } },
    async (req, reply) => kirimJsonTersimpan(reply, await svc.pimpinan(requireActor(req), req.query)),
  );
  app.get('/beranda/daftar', { schema: { tags, summary: 'Daftar pegawai di balik satu angka beranda', querystring: DaftarQuery, response: { 200: DaftarResult } } }, (req) =>
    svc.daftar(requireActor(req), req.query),
  );
  app.get('/beranda/pusat-kendali', { schema: { tags, summary: 'Pusat kendali BKPSDM: tahap siklus, SKP dan penilaian per perangkat daerah, keberatan', response: { 200: PusatKendali } } }, async (req, reply) =>
    kirimJsonTersimpan(reply, await svc.pusatKendali(requireActor(req))),
  );
  app.get(
    '/beranda/pusat-kendali/penilai',
    { schema: { tags, summary: 'Rekap per pejabat penilai: SKP menunggu dan disetujui, penilaian periode terbuka (BKPSDM)', querystring: PenilaiQuery, response: { 200: PenilaiPage } } },
    (req) => svc.penilaiRekap(requireActor(req), req.query),
  );
  app.get(
    '/beranda/pusat-kendali/keberatan',
    { schema: { tags, summary: 'Register keberatan seluruh pemda dengan tenggat putusannya (BKPSDM)', querystring: RegisterKeberatanQuery, response: { 200: RegisterKeberatan } } },
    (req) => svc.registerKeberatan(requireActor(req), req.query),
  );
  app.post(
    '/beranda/pusat-kendali/pengingat',
    { schema: { tags, summary: 'Kirim pengingat kepada semua yang terlambat (SKP dan penilaian) dalam satu tindakan (BKPSDM)', response: { 200: PengingatTerlambatResult } } },
    (req) => svc.pengingatTerlambat(requireActor(req)),
  );
  app.get(
    '/beranda/analitik-penilai',
    { schema: { tags, summary: 'Analitik penilai: sebaran predikat terhadap pemda dan capaian unit, efek halo, koreksi, keberatan dikabulkan', querystring: AnalitikQuery, response: { 200: AnalitikPenilai } } },
    (req) => svc.analitik(requireActor(req), req.query),
  );
};
