import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyError, type FastifyReply } from 'fastify';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { sql } from 'drizzle-orm';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError, errors } from './core/errors.js';
import { sessionToken } from './core/http.js';
import { periksaAsal, periksaTeks } from './core/asal.js';
import { basisDataTidakTersedia, nipSudahTerdaftar } from './db/errors.js';
import { createServices, type AppDeps } from './core/services.js';
import { createEventBus } from './core/event-bus.js';
import { akunRoutes } from './akun/routes.js';
import { auditRoutes } from './audit/routes.js';
import { authRoutes } from './auth/routes.js';
import { imporRoutes } from './impor/routes.js';
import { organisasiRoutes } from './organisasi/routes.js';
import { pegawaiRoutes } from './pegawai/routes.js';
import { skpRoutes } from './skp/routes.js';
import { pkRoutes } from './perjanjian-kinerja/routes.js';
import { skpMonitoringRoutes } from './skp-monitoring/routes.js';
import { notifikasiRoutes } from './notifikasi/routes.js';
import { skpTemplateRoutes } from './skp-template/routes.js';
import { realisasiRoutes } from './realisasi/routes.js';
import { pemantauanRoutes } from './pemantauan/routes.js';
import { umpanBalikRoutes } from './umpan-balik/routes.js';
import { bimbinganRoutes } from './bimbingan/routes.js';
import { kehadiranRoutes } from './kehadiran/routes.js';
import { instansiRoutes } from './instansi/routes.js';
import { penilaianRoutes } from './penilaian/routes.js';
import { survei360Routes } from './umpan-balik-360/routes.js';
import { layananPublikRoutes } from './layanan-publik/routes.js';
import { keberatanRoutes } from './keberatan/routes.js';
import { timPenilaiRoutes } from './tim-penilai/routes.js';
import { penilaianDokumenRoutes } from './penilaian-dokumen/routes.js';
import { tindakLanjutRoutes } from './tindak-lanjut/routes.js';
import { angkaKreditRoutes } from './angka-kredit/routes.js';
import { tppRoutes } from './tpp/routes.js';
import { talentaRoutes } from './talenta/routes.js';
import { siasnRoutes } from './siasn/routes.js';
import { verifikasiRoutes } from './verifikasi/routes.js';
import { bantuanRoutes } from './bantuan/routes.js';
import { berandaRoutes } from './beranda/routes.js';

// Zod's own messages (type errors, sizes) in Indonesian; our schemas add specific ones.
z.config(z.locales.id());

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** What a session opened with a temporary password may call. */
const RUTE_SANDI_SEMENTARA = new Set(['GET /api/v1/auth/me', 'POST /api/v1/auth/password', 'POST /api/v1/auth/logout']);

/** The only /api/v1 routes open without a session. */
const PUBLIC_ROUTES = new Set(['POST /api/v1/auth/login', 'POST /api/v1/auth/logout', 'GET /api/v1/verifikasi/:jenis/:id', 'GET /api/v1/publik/layanan/:kode', 'POST /api/v1/publik/layanan/:kode']);

const LOCATION_LABEL: Record<string, string> = { body: '', querystring: '', params: '', headers: '' };

export async function buildApp(deps: AppDeps & { logger?: boolean }) {
  const { config, database } = deps;
  const app = Fastify({
    logger: deps.logger === false ? false : { level: config.logLevel },
    // A hop count trusts that many proxies in front of us (proxy-addr's rule, as a function).
    trustProxy: typeof config.trustProxy === 'number' ? ((hops: number) => (_addr: string, i: number) => i < hops)(config.trustProxy) : config.trustProxy,
    bodyLimit: 1024 * 1024,
    // Every error has the { error, message } shape, those Fastify raises before routing included.
    frameworkErrors: (err, _req, reply) => {
      const r = reply as unknown as FastifyReply;
      if (err.code === 'FST_ERR_MAX_PARAM_LENGTH') return r.code(414).send({ error: 'uri_terlalu_panjang', message: 'Alamat terlalu panjang.' });
      return r.code(400).send({ error: 'bad_request', message: 'Alamat atau permintaan tidak valid.' });
    },
    // Malformed HTTP before Fastify sees a request (e.g. headers or address over Node's limit).
    clientErrorHandler: (err: Error & { code?: string }, socket) => {
      if (!socket.writable) return socket.destroy();
      const [status, body] =
        err.code === 'HPE_HEADER_OVERFLOW'
          ? [431, { error: 'header_terlalu_besar', message: 'Alamat atau header permintaan terlalu besar.' }]
          : [400, { error: 'bad_request', message: 'Permintaan tidak dapat dibaca.' }];
      const json = JSON.stringify(body);
      socket.end(
        `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`,
      );
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const services = createServices({ ...deps, log: app.log });
  app.addHook('onClose', () => services.penyimpanPembatas.tutup());
  // One LISTEN per process for the live streams (GET /api/v1/live).
  const bus = await createEventBus(database, { log: app.log });
  app.addHook('onClose', () => bus.close());
  // A settings change in any process clears this process's cached copy.
  bus.subscribe((e) => {
    if (e.jenis === 'pengaturan') services.pengaturan.lupakan(e.instansiId);
  });
  // A change to a session, account, role or name in any process clears this process's cached sessions.
  app.addHook('onClose', services.auth.hubungkanBus(bus));

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const fields: Record<string, string> = {};
      for (const v of err.validation) {
        const key = v.instancePath.replace(/^\//, '').replaceAll('/', '.') || (LOCATION_LABEL[err.validationContext ?? ''] ?? '') || '_';
        fields[key] ??= v.message ?? 'tidak valid';
      }
      const list = Object.entries(fields).map(([k, m]) => `${k}: ${m}`).join('; ');
      return reply.code(400).send({ error: 'validation_failed', message: `Data tidak valid — ${list}`, fields });
    }
    if (err instanceof AppError) {
      const detik = err.status === 429 ? (err.details as { cobaLagiDetik?: unknown } | undefined)?.cobaLagiDetik : undefined;
      if (typeof detik === 'number') reply.header('retry-after', String(detik));
      return reply.code(err.status).send(err.toBody());
    }
    if (err.statusCode === 413 || err.code === 'FST_REQ_FILE_TOO_LARGE')
      return reply.code(413).send({ error: 'payload_too_large', message: 'Berkas atau data terlalu besar.' });
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500)
      return reply.code(err.statusCode === 415 ? 415 : 400).send({
        error: err.statusCode === 415 ? 'jenis_berkas_ditolak' : 'bad_request',
        message: err.statusCode === 415 ? 'Jenis isi permintaan tidak diterima; kirim JSON.' : `Permintaan tidak valid: ${err.message}`,
      });
    // A NIP already used elsewhere in the deployment, however it got here (form, import, seed).
    if (nipSudahTerdaftar(err)) return reply.code(409).send(errors.nipDipakai().toBody());
    // The database is away (restart, failover): the client may retry; the offline queue waits.
    if (basisDataTidakTersedia(err)) {
      req.log.warn({ err: err.message }, 'database unavailable');
      return reply
        .code(503)
        .header('retry-after', '5')
        .send({ error: 'layanan_tidak_tersedia', message: 'Server sedang tidak tersedia sesaat. Data Anda tidak hilang; coba lagi dalam beberapa detik.' });
    }
    req.log.error(err);
    return reply.code(500).send({ error: 'internal', message: 'Terjadi kesalahan pada server. Silakan coba lagi.' });
  });

  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || !fs.existsSync(path.join(webDist, 'index.html')))
      return reply.code(404).send({ error: 'not_found', message: 'Alamat tidak ditemukan.' });
    // The single-page app handles its own routes.
    return reply.type('text/html').sendFile('index.html', webDist);
  });

  // gzip for the app's assets and larger API answers: phones on weak connections.
  await app.register(fastifyCompress, { global: true, threshold: 1024, encodings: ['gzip', 'deflate'] });
  await app.register(fastifyCookie);
  // HTML and API answers: a strict CSP (the app's own scripts only; Mantine needs inline styles),
  // nosniff, no framing, and no referrer leaving the site.
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
    crossOriginEmbedderPolicy: false,
    // HSTS only where the site is served over HTTPS (COOKIE_SECURE says so).
    strictTransportSecurity: config.cookieSecure ? { maxAge: 180 * 24 * 60 * 60 } : false,
  });
  await app.register(fastifyMultipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1 } });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Capaian API',
        version: '1.0.0',
        description:
          'Manajemen kinerja ASN — API v1. Setiap permintaan yang mengubah data (POST, PUT, PATCH, DELETE) wajib membawa header `X-Capaian: 1`; tanpa itu dijawab 403 `asal_ditolak`.',
      },
      components: { securitySchemes: { sesi: { type: 'apiKey', in: 'cookie', name: 'capaian_sesi' } } },
      security: [{ sesi: [] }],
    },
    transform: jsonSchemaTransform,
  });
  // The API explorer needs its own inline script: it sets its own CSP.
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());

  app.get(
    '/health',
    { schema: { hide: true } },
    async (_req, reply) => {
      try {
        await database.db.execute(sql`select 1`);
        return { status: 'ok', database: { kind: database.kind, status: 'ok' } };
      } catch (e) {
        return reply.code(503).send({ status: 'error', database: { kind: database.kind, status: 'error', message: String(e) } });
      }
    },
  );

  app.decorateRequest('actor', null);
  await app.register(
    async (api) => {
      api.addHook('onRequest', async (req) => {
        // Cross-site writes are refused before anything else (core/asal.ts).
        periksaAsal(req, config.publicUrl);
        const token = sessionToken(req);
        if (token) req.actor = await services.auth.actorFromToken(token, req.ip);
        const rute = `${req.method} ${req.routeOptions.url}`;
        // Refuse anonymous callers before body/query validation, so they get 401 rather than field errors.
        if (!req.actor && !PUBLIC_ROUTES.has(rute)) throw errors.unauthenticated();
        // A session opened with a temporary password may only change it.
        if (req.actor?.wajibGantiPassword && !RUTE_SANDI_SEMENTARA.has(rute) && !PUBLIC_ROUTES.has(rute))
          throw new AppError('wajib_ganti_password', 'Ganti kata sandi sementara Anda terlebih dahulu.');
      });
      // Text that PostgreSQL cannot store (NUL) is refused naming the field, before any work.
      api.addHook('preValidation', async (req) => periksaTeks(req));
      await api.register(authRoutes, { services, cookieSecure: config.cookieSecure });
      await api.register(organisasiRoutes, { services });
      await api.register(pegawaiRoutes, { services });
      await api.register(akunRoutes, { services });
      await api.register(auditRoutes, { services });
      await api.register(imporRoutes, { services });
      await api.register(skpRoutes, { services });
      await api.register(pkRoutes, { services });
      await api.register(skpMonitoringRoutes, { services });
      await api.register(notifikasiRoutes, { services });
      await api.register(skpTemplateRoutes, { services });
      await api.register(realisasiRoutes, { services });
      await api.register(pemantauanRoutes, { services, bus });
      await api.register(umpanBalikRoutes, { services });
      await api.register(bimbinganRoutes, { services });
      await api.register(kehadiranRoutes, { services });
      await api.register(instansiRoutes, { services });
      await api.register(penilaianRoutes, { services });
      await api.register(survei360Routes, { services });
      await api.register(layananPublikRoutes, { services, cookieSecure: config.cookieSecure });
      await api.register(keberatanRoutes, { services });
      await api.register(timPenilaiRoutes, { services });
      await api.register(penilaianDokumenRoutes, { services });
      await api.register(tindakLanjutRoutes, { services });
      await api.register(angkaKreditRoutes, { services });
      await api.register(tppRoutes, { services });
      await api.register(talentaRoutes, { services });
      await api.register(siasnRoutes, { services });
      await api.register(verifikasiRoutes, { services });
      await api.register(bantuanRoutes, { services });
      await api.register(berandaRoutes, { services });
    },
    { prefix: '/api/v1' },
  );

  if (fs.existsSync(path.join(webDist, 'index.html'))) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: ['index.html'] });
  }
  return { app, services, bus };
}
