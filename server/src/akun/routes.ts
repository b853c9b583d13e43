import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireActor } from '../core/http.js';
import type { Services } from '../core/services.js';
import { Akun, AkunBaru, AkunCreateBody, AkunListQuery, AkunPage, PasswordSementara, PeranBody, StatusBody } from '@capaian/contract/akun';
import { IdParams } from '@capaian/contract/common';

export const akunRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const tags = ['akun'];
  const svc = services.akun;
  app.get('/akun', { schema: { tags, summary: 'Akun pengguna dan status kunci', querystring: AkunListQuery, response: { 200: AkunPage } } }, (req) =>
    svc.list(requireActor(req), req.query),
  );
  app.get('/akun/:id', { schema: { tags, params: IdParams, response: { 200: Akun } } }, (req) => svc.get(requireActor(req), req.params.id));
  app.post('/akun', { schema: { tags, body: AkunCreateBody, response: { 201: AkunBaru } } }, async (req, reply) =>
    reply.code(201).send(await svc.create(requireActor(req), req.body.pegawaiId, req.body.roles)),
  );
  app.put('/akun/:id/peran', { schema: { tags, params: IdParams, body: PeranBody, response: { 200: Akun } } }, (req) =>
    svc.setRoles(requireActor(req), req.params.id, req.body.roles),
  );
  app.put('/akun/:id/status', { schema: { tags, params: IdParams, body: StatusBody, response: { 200: Akun } } }, (req) =>
    svc.setActive(requireActor(req), req.params.id, req.body.aktif),
  );
  app.post('/akun/:id/reset-password', { schema: { tags, params: IdParams, response: { 200: PasswordSementara } } }, (req) =>
    svc.resetPassword(requireActor(req), req.params.id),
  );
  app.post('/akun/:id/buka-kunci', { schema: { tags, params: IdParams, response: { 200: Akun } } }, (req) =>
    svc.unlock(requireActor(req), req.params.id),
  );
};
