/**
 * The floor: bare Fastify and the same driver running the same SQL as Capaian's profile route
 * (the repositories' queries), without our layers (Zod validation and serialisation, policies,
 * presenters, error handling). Our throughput is reported as a ratio to this.
 */
import Fastify from 'fastify';
import { hashToken } from '../../server/src/auth/service.js';
import { authRepository } from '../../server/src/auth/repository.js';
import { organisasiRepository } from '../../server/src/organisasi/repository.js';
import { pegawaiRepository } from '../../server/src/pegawai/repository.js';
import type { Database } from '../../server/src/db/client.js';

export async function startFloor(database: Database, port: number) {
  const db = database.db;
  const app = Fastify({ logger: false });
  // The date is fixed here; Capaian works it out per request from its cached instansi row.
  const today = new Date().toISOString().slice(0, 10);
  app.get('/profil', async (req, reply) => {
    const token = /capaian_sesi=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
    const s = token ? await authRepository.sessionActor(db, hashToken(token)) : null;
    if (!s) return reply.code(401).send({});
    const [detail, chain] = await Promise.all([
      pegawaiRepository.getDetail(db, s.instansi_id, s.pegawai_id),
      organisasiRepository.atasanChain(db, s.instansi_id, s.pegawai_id, today),
    ]);
    return { detail, atasan: [...chain.holders.values()].slice(0, 2) };
  });
  await app.listen({ port, host: '127.0.0.1' });
  return app;
}
