import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../core/errors.js';
import { requireActor } from '../core/http.js';
import type { Services } from '../core/services.js';
import { FormPublik, JawabanPublik, KodeParams, Terima, Titik, TitikInput, TitikList, TitikQuery, Tren, TrenQuery } from '@capaian/contract/layanan-publik';
import { IdParams } from '@capaian/contract/common';
import { COOKIE_PERANGKAT, perangkatBaru, perangkatSah } from './service.js';

/** The device cookie lives as long as a year and is sent only to the public form's API. */
const COOKIE_PATH = '/api/v1/publik';
const COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

export const layananPublikRoutes: FastifyPluginAsyncZod<{ services: Services; cookieSecure: boolean }> = async (app, { services, cookieSecure }) => {
  const tags = ['layanan-publik'];
  const svc = services.layananPublik;

  app.get(
    '/layanan-publik/titik',
    { schema: { tags, summary: 'Titik layanan (BKPSDM, pengelola kinerja perangkat daerah, kepala unit)', querystring: TitikQuery, response: { 200: TitikList } } },
    (req) => svc.list(requireActor(req), req.query),
  );
  app.post(
    '/layanan-publik/titik',
    { schema: { tags, summary: 'Tambah titik layanan (kode QR acak dibuat otomatis)', body: TitikInput, response: { 201: Titik } } },
    async (req, reply) => reply.code(201).send(await svc.buat(requireActor(req), req.body)),
  );
  app.get(
    '/layanan-publik/titik/:id',
    { schema: { tags, summary: 'Satu titik layanan', params: IdParams, response: { 200: Titik } } },
    (req) => svc.get(requireActor(req), req.params.id),
  );
  app.put(
    '/layanan-publik/titik/:id',
    { schema: { tags, summary: 'Ubah nama, unit, atau status aktif titik layanan (kode tetap)', params: IdParams, body: TitikInput, response: { 200: Titik } } },
    (req) => svc.ubah(requireActor(req), req.params.id, req.body),
  );
  app.get(
    '/layanan-publik/titik/:id/poster.pdf',
    { schema: { tags, summary: 'Poster QR siap cetak (PDF A4)', params: IdParams } },
    async (req, reply) => {
      const { pdf, filename } = await svc.poster(requireActor(req), req.params.id);
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${filename}"`).send(pdf);
    },
  );
  app.get(
    '/layanan-publik/tren',
    {
      schema: {
        tags,
        summary: 'Tren umpan balik masyarakat per minggu: rata-rata per aspek dan jumlah, per unit, titik layanan dan petugas',
        querystring: TrenQuery,
        response: { 200: Tren },
      },
    },
    (req) => svc.tren(requireActor(req), req.query),
  );

  // Public: no session. The device cookie feeds only the in-memory flood counters.
  app.get(
    '/publik/layanan/:kode',
    { schema: { tags, summary: 'Formulir umpan balik masyarakat (tanpa login): titik layanan, petugas, dan token tantangan', params: KodeParams, response: { 200: FormPublik }, security: [] } },
    async (req, reply) => {
      let perangkat = req.cookies[COOKIE_PERANGKAT];
      if (!perangkatSah(perangkat)) {
        perangkat = perangkatBaru();
        reply.setCookie(COOKIE_PERANGKAT, perangkat, { path: COOKIE_PATH, httpOnly: true, sameSite: 'lax', secure: cookieSecure, maxAge: COOKIE_MAX_AGE });
      }
      const form = await svc.form(req.params.kode, perangkat);
      return reply.header('cache-control', 'no-store').send(form);
    },
  );
  app.post(
    '/publik/layanan/:kode',
    {
      schema: {
        tags,
        summary: 'Kirim umpan balik masyarakat (tanpa login; dibatasi per perangkat dan per alamat IP; perlu token tantangan dari formulir)',
        params: KodeParams,
        body: JawabanPublik,
        response: { 201: Terima },
        security: [],
      },
    },
    async (req, reply) => {
      const perangkat = req.cookies[COOKIE_PERANGKAT];
      try {
        const res = await svc.kirim(req.params.kode, req.body, { ip: req.ip, perangkat: perangkatSah(perangkat) ? perangkat : undefined });
        return reply.code(201).send(res);
      } catch (e) {
        const detik = e instanceof AppError && e.status === 429 ? (e.details as { cobaLagiDetik?: number } | undefined)?.cobaLagiDetik : undefined;
        if (detik) reply.header('retry-after', String(detik));
        throw e;
      }
    },
  );
};
