import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../core/http.js';
import type { Services } from '../core/services.js';
import { Atasan, Jabatan, JabatanInput, JabatanQuery, Plt, PltInput, PltQuery, TanggalQuery, Unit, UnitInput } from '@capaian/contract/organisasi';
import { IdParams } from '@capaian/contract/common';


export const organisasiRoutes: FastifyPluginAsyncZod<{ services: Services }> = async (app, { services }) => {
  const org = services.organisasi;
  const tags = ['organisasi'];

  app.get('/unit-kerja', { schema: { tags, summary: 'Pohon unit kerja', response: { 200: z.array(Unit) } } }, (req) =>
    org.listUnits(requireActor(req)),
  );
  app.get('/unit-kerja/:id', { schema: { tags, params: IdParams, response: { 200: Unit } } }, (req) =>
    org.getUnit(requireActor(req), req.params.id),
  );
  app.post('/unit-kerja', { schema: { tags, body: UnitInput, response: { 201: Unit } } }, async (req, reply) =>
    reply.code(201).send(await org.createUnit(requireActor(req), req.body)),
  );
  app.put('/unit-kerja/:id', { schema: { tags, params: IdParams, body: UnitInput, response: { 200: Unit } } }, (req) =>
    org.updateUnit(requireActor(req), req.params.id, req.body),
  );
  app.delete('/unit-kerja/:id', { schema: { tags, params: IdParams, response: { 204: z.undefined() } } }, async (req, reply) => {
    await org.deleteUnit(requireActor(req), req.params.id);
    return reply.code(204).send();
  });

  app.get('/jabatan', { schema: { tags, querystring: JabatanQuery, response: { 200: z.array(Jabatan) } } }, (req) =>
    org.listJabatan(requireActor(req), req.query),
  );
  app.get('/jabatan/:id', { schema: { tags, params: IdParams, response: { 200: Jabatan } } }, (req) =>
    org.getJabatan(requireActor(req), req.params.id),
  );
  app.post('/jabatan', { schema: { tags, body: JabatanInput, response: { 201: Jabatan } } }, async (req, reply) =>
    reply.code(201).send(await org.createJabatan(requireActor(req), req.body)),
  );
  app.put('/jabatan/:id', { schema: { tags, params: IdParams, body: JabatanInput, response: { 200: Jabatan } } }, (req) =>
    org.updateJabatan(requireActor(req), req.params.id, req.body),
  );
  app.delete('/jabatan/:id', { schema: { tags, params: IdParams, response: { 204: z.undefined() } } }, async (req, reply) => {
    await org.deleteJabatan(requireActor(req), req.params.id);
    return reply.code(204).send();
  });

  app.get('/plt', { schema: { tags, summary: 'Penugasan Plt/Plh', querystring: PltQuery, response: { 200: z.array(Plt) } } }, (req) =>
    org.listPlt(requireActor(req), req.query),
  );
  app.post('/plt', { schema: { tags, body: PltInput, response: { 201: Plt } } }, async (req, reply) =>
    reply.code(201).send(await org.createPlt(requireActor(req), req.body)),
  );
  app.delete('/plt/:id', { schema: { tags, params: IdParams, response: { 204: z.undefined() } } }, async (req, reply) => {
    await org.deletePlt(requireActor(req), req.params.id);
    return reply.code(204).send();
  });

  app.get(
    '/pegawai/:id/atasan',
    {
      schema: {
        tags,
        summary: 'Pejabat penilai dan atasan pejabat penilai pada suatu tanggal',
        params: IdParams,
        querystring: TanggalQuery,
        response: { 200: Atasan },
      },
    },
    (req) => services.pegawai.atasan(requireActor(req), req.params.id, req.query.tanggal),
  );
};
