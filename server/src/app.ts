import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyError } from 'fastify';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
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
import { siasnRoutes } from './siasn/routes.js';
import { verifikasiRoutes } from './verifikasi/routes.js';

// Zod's own messages (type errors, sizes) in Indonesian; our schemas add specific ones.
z.config(z.locales.id());

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

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
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const services = createServices(deps);
  // One LISTEN per process for the live streams (GET /api/v1/live).
  const bus = await createEventBus(database, { log: app.log });
  app.addHook('onClose', () => bus.close());
  // A settings change in any process clears this process's cached copy.
  bus.subscribe((e) => {
    if (e.jenis === 'pengaturan') services.pengaturan.lupakan(e.instansiId);
  });

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
      return reply.code(err.status).send({ error: err.id, message: err.message, ...(err.fields ? { fields: err.fields } : {}), ...(err.details ? { details: err.details } : {}) });
    }
    if (err.statusCode === 413 || err.code === 'FST_REQ_FILE_TOO_LARGE')
      return reply.code(413).send({ error: 'payload_too_large', message: 'Berkas atau data terlalu besar.' });
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500)
      return reply.code(err.statusCode).send({ error: 'bad_request', message: `Permintaan tidak valid: ${err.message}` });
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
  await app.register(fastifyMultipart, { limits: { fileSize: 20 * 1024 * 1024, files: 1 } });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Capaian API', version: '1.0.0', description: 'Manajemen kinerja ASN — API v1' },
      components: { securitySchemes: { sesi: { type: 'apiKey', in: 'cookie', name: 'capaian_sesi' } } },
      security: [{ sesi: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
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
        const token = sessionToken(req);
        if (token) req.actor = await services.auth.actorFromToken(token, req.ip);
        // Refuse anonymous callers before body/query validation, so they get 401 rather than field errors.
        if (!req.actor && !PUBLIC_ROUTES.has(`${req.method} ${req.routeOptions.url}`)) throw errors.unauthenticated();
      });
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
      await api.register(siasnRoutes, { services });
      await api.register(verifikasiRoutes, { services });
    },
    { prefix: '/api/v1' },
  );

  if (fs.existsSync(path.join(webDist, 'index.html'))) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: ['index.html'] });
  }
  return { app, services };
}
