import { contentDisposition } from '../core/berkas.js';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../core/http.js';
import type { Services } from '../core/services.js';
import {
  CapaianDetail,
  CapaianInput,
  CapaianQuery,
  CapaianMassal,
  CapaianMassalInput,
  CapaianMassalQuery,
  DiskusiInput,
  Evaluasi,
  EvaluasiInput,
  EvaluasiList,
  EvaluasiQuery,
  FinalisasiInput,
  FinalisasiMassalResult,
  FinalisasiResult,
  KurvaQuery,
  KurvaStatus,
  PeriodeInput,
  PeriodeItem,
  PeriodeList,
  PeriodeQuery,
  UnitList,
  UnitParams,
  UnitQuery,
} from '@capaian/contract/penilaian';
import { IdParams } from '@capaian/contract/common';


export const penilaianRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const tags = ['penilaian'];
  const svc = services.penilaian;

  app.get(
    '/penilaian/periode',
    { schema: { tags, summary: 'Periode penilaian (periodik dan tahunan) dengan kemajuan tiap periode', querystring: PeriodeQuery, response: { 200: PeriodeList } } },
    (req) => svc.listPeriode(requireActor(req), req.query.tahun),
  );
  app.post(
    '/penilaian/periode',
    { schema: { tags, summary: 'Buka periode penilaian (BKPSDM); membuat evaluasi bagi setiap pegawai dengan SKP disetujui', body: PeriodeInput, response: { 201: PeriodeItem } } },
    async (req, reply) => reply.code(201).send(await svc.bukaPeriode(requireActor(req), req.body)),
  );
  app.post(
    '/penilaian/periode/:id/tutup',
    { schema: { tags, summary: 'Tutup periode penilaian (BKPSDM)', params: IdParams, response: { 200: PeriodeItem } } },
    (req) => svc.tutupPeriode(requireActor(req), req.params.id),
  );
  app.get(
    '/penilaian/periode/:id/unit',
    { schema: { tags, summary: 'Kemajuan per unit: capaian organisasi, penilaian, kurva, finalisasi', params: IdParams, querystring: UnitQuery, response: { 200: UnitList } } },
    (req) => svc.units(requireActor(req), req.params.id, req.query.unitId),
  );
  app.post(
    '/penilaian/periode/:id/finalisasi-massal',
    { schema: { tags, summary: 'Finalisasi seluruh unit yang kurvanya terpenuhi (BKPSDM)', params: IdParams, response: { 200: FinalisasiMassalResult } } },
    (req) => svc.finalisasiMassal(requireActor(req), req.params.id),
  );

  app.get(
    '/penilaian/periode/:id/capaian-massal',
    { schema: { tags, summary: 'Capaian kinerja organisasi seluruh unit satu perangkat daerah, dengan unit induknya', params: IdParams, querystring: CapaianMassalQuery, response: { 200: CapaianMassal } } },
    (req) => svc.capaianMassal(requireActor(req), req.params.id, req.query.perangkatDaerahId),
  );
  app.put(
    '/penilaian/periode/:id/capaian-massal',
    { schema: { tags, summary: 'Tetapkan capaian kinerja organisasi beberapa unit sekaligus: semua atau tidak sama sekali', params: IdParams, body: CapaianMassalInput, response: { 200: CapaianMassal } } },
    (req) => svc.tetapkanCapaianMassal(requireActor(req), req.params.id, req.body),
  );
  app.get(
    '/penilaian/capaian-organisasi',
    { schema: { tags, summary: 'Capaian kinerja organisasi satu unit pada satu periode, dengan Perjanjian Kinerjanya', querystring: CapaianQuery, response: { 200: CapaianDetail } } },
    (req) => svc.capaian(requireActor(req), req.query.periodeId, req.query.unitId),
  );
  app.put(
    '/penilaian/capaian-organisasi',
    { schema: { tags, summary: 'Tetapkan capaian kinerja organisasi (pimpinan satu tingkat di atas atau BKPSDM)', body: CapaianInput, response: { 200: CapaianDetail } } },
    (req) => svc.tetapkanCapaian(requireActor(req), req.body),
  );
  app.get(
    '/penilaian/capaian-organisasi/pdf',
    { schema: { tags, summary: 'Penetapan Predikat Kinerja Organisasi (PDF)', querystring: CapaianQuery } },
    async (req, reply) => {
      const { pdf, filename } = await svc.capaianPdf(requireActor(req), req.query.periodeId, req.query.unitId);
      return reply.type('application/pdf').header('content-disposition', contentDisposition('attachment', filename)).send(pdf);
    },
  );

  app.get(
    '/penilaian/unit/:unitId/kurva',
    { schema: { tags, summary: 'Kurva distribusi unit: sebaran predikat terhadap aturan, dengan pelanggarannya', params: UnitParams, querystring: KurvaQuery, response: { 200: KurvaStatus } } },
    (req) => svc.kurva(requireActor(req), req.params.unitId, req.query.periodeId),
  );
  app.post(
    '/penilaian/unit/:unitId/finalisasi',
    { schema: { tags, summary: 'Finalisasi hasil penilaian satu unit (dengan alasan bila kurva dikesampingkan)', params: UnitParams, body: FinalisasiInput, response: { 200: FinalisasiResult } } },
    (req) => svc.finalisasi(requireActor(req), req.params.unitId, req.body),
  );

  app.get(
    '/penilaian/evaluasi',
    { schema: { tags, summary: 'Evaluasi saya atau evaluasi pegawai yang saya nilai', querystring: EvaluasiQuery, response: { 200: EvaluasiList } } },
    (req) => svc.listEvaluasi(requireActor(req), req.query),
  );
  app.get(
    '/penilaian/evaluasi/:id',
    { schema: { tags, summary: 'Layar penilaian: RHK, indikator, realisasi, bukti, umpan balik, perilaku, 360°', params: IdParams, response: { 200: Evaluasi } } },
    (req) => svc.evaluasi(requireActor(req), req.params.id),
  );
  app.put(
    '/penilaian/evaluasi/:id',
    { schema: { tags, summary: 'Beri rating (pejabat penilai kinerja pada periode tersebut)', params: IdParams, body: EvaluasiInput, response: { 200: Evaluasi } } },
    (req) => svc.nilai(requireActor(req), req.params.id, req.body),
  );
  app.post(
    '/penilaian/evaluasi/:id/terima',
    { schema: { tags, summary: 'Pegawai menerima hasil penilaian yang final (batas keberatan dihitung dari sini)', params: IdParams, response: { 200: Evaluasi } } },
    (req) => svc.terima(requireActor(req), req.params.id),
  );
  app.put(
    '/penilaian/evaluasi/:id/diskusi',
    { schema: { tags, summary: 'Catat diskusi hasil penilaian dan rencana pengembangan', params: IdParams, body: DiskusiInput, response: { 200: Evaluasi } } },
    (req) => svc.diskusi(requireActor(req), req.params.id, req.body),
  );
};
