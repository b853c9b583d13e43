/**
 * The floor: bare Fastify and the same driver running the same SQL as Capaian's routes under test
 * (the repositories' queries), without our layers (Zod validation and serialisation, policies,
 * presenters, error handling). Our throughput is reported as a ratio to this.
 */
import Fastify from 'fastify';
import { hashToken } from '../../server/src/auth/service.js';
import { authRepository } from '../../server/src/auth/repository.js';
import { organisasiRepository } from '../../server/src/organisasi/repository.js';
import { pegawaiRepository } from '../../server/src/pegawai/repository.js';
import type { Database } from '../../server/src/db/client.js';
import { skpRepository } from '../../server/src/skp/repository.js';
import { pkRepository } from '../../server/src/perjanjian-kinerja/repository.js';
import { realisasiRepository } from '../../server/src/realisasi/repository.js';
import { pemantauanRepository } from '../../server/src/pemantauan/repository.js';
import { publishDalamPernyataan } from '../../server/src/core/events.js';
import { auditDalamPernyataan } from '../../server/src/audit/service.js';
import { layananPublikRepository } from '../../server/src/layanan-publik/repository.js';
import { rentangBulan, rentangMinggu } from '@capaian/domain';

export async function startFloor(database: Database, port: number) {
  const db = database.db;
  const app = Fastify({ logger: false });
  // The date is fixed here; Capaian works it out per request from its cached instansi row.
  const today = new Date().toISOString().slice(0, 10);
  const session = async (cookie: string | undefined) => {
    const token = /capaian_sesi=([^;]+)/.exec(cookie ?? '')?.[1];
    return token ? authRepository.sessionActor(db, hashToken(token)) : null;
  };
  // The superior's team: bawahan, then their SKPs with counts.
  app.get('/skp/tim', async (req, reply) => {
    const s = await session(req.headers.cookie);
    if (!s) return reply.code(401).send({});
    const ids = await organisasiRepository.bawahanIds(db, s.instansi_id, s.pegawai_id, today);
    return skpRepository.tim(db, s.instansi_id, ids, Number(today.slice(0, 4)));
  });
  // One SKP with its RHK, indicators, expectations, dialogue, people and the choices.
  app.get('/skp/:id', async (req, reply) => {
    const s = await session(req.headers.cookie);
    if (!s) return reply.code(401).send({});
    const id = (req.params as { id: string }).id;
    const skp = await skpRepository.get(db, s.instansi_id, id);
    if (!skp) return reply.code(404).send({});
    const chain = await organisasiRepository.atasanChain(db, s.instansi_id, skp.pegawaiId, today);
    const penilai = [...chain.holders.keys()][0] ?? null;
    const seats = await organisasiRepository.seatUnitIds(db, s.instansi_id, skp.pegawaiId, today);
    const [rhk, ind, perilaku, dialog, people, options, sasaran] = await Promise.all([
      skpRepository.rhkOf(db, s.instansi_id, id),
      skpRepository.indikatorOf(db, s.instansi_id, id),
      skpRepository.perilakuOf(db, s.instansi_id, id),
      skpRepository.dialogOf(db, s.instansi_id, id),
      organisasiRepository.ringkasPegawai(db, s.instansi_id, [skp.pegawaiId, ...(penilai ? [penilai] : [])]),
      penilai ? skpRepository.rhkAtasanOptions(db, s.instansi_id, penilai, skp.tahun) : [],
      Promise.all(seats.map((unitId) => pkRepository.list(db, s.instansi_id, { unitId, tahun: skp.tahun }))),
    ]);
    return { skp, rhk, ind, perilaku, dialog, people, options, sasaran };
  });
  // Progress: the same context query and assessed-period check, then insert + audit + live event in one transaction.
  app.post('/realisasi', async (req, reply) => {
    const s = await session(req.headers.cookie);
    if (!s) return reply.code(401).send({});
    const b = req.body as { id: string; rhkId: string; rencanaAksiId?: string; tanggal: string; uraian: string; jumlah?: number };
    const ctx = await realisasiRepository.postContext(db, { instansiId: s.instansi_id, id: b.id, pegawaiId: s.pegawai_id, rhkId: b.rhkId, rencanaAksiId: b.rencanaAksiId ?? null, indikatorId: null, tanggal: b.tanggal });
    if (!ctx?.skp_id) return reply.code(400).send({});
    if (ctx.dinilai) return reply.code(409).send({});
    const values = {
      instansiId: s.instansi_id, id: b.id, pegawaiId: s.pegawai_id, skpId: ctx.skp_id, rhkId: b.rhkId, rencanaAksiId: b.rencanaAksiId ?? null,
      indikatorId: ctx.ra_indikator_id, tanggal: b.tanggal, uraian: b.uraian, jumlah: b.jumlah ?? null, dicatatOleh: s.pegawai_id,
    };
    const row = await realisasiRepository.simpanBaru(
      db,
      values,
      auditDalamPernyataan(null, s.instansi_id, { action: 'create', entityType: 'realisasi', entityId: b.id, summary: 'Progres dicatat', after: values }, 'baru'),
      publishDalamPernyataan({ jenis: 'realisasi', instansiId: s.instansi_id, pegawaiId: s.pegawai_id, realisasiId: b.id }, 'baru'),
    );
    return reply.code(201).send(row);
  });
  // The team board: bawahan, then the one aggregate query.
  const bulan = Number(today.slice(5, 7));
  const minggu = rentangMinggu(today);
  const w = { tahun: Number(today.slice(0, 4)), mingguMulai: minggu.mulai, bulanMulai: rentangBulan(Number(today.slice(0, 4)), bulan).mulai, acuan: today };
  app.get('/pemantauan/tim', async (req, reply) => {
    const s = await session(req.headers.cookie);
    if (!s) return reply.code(401).send({});
    const ids = await organisasiRepository.bawahanIds(db, s.instansi_id, s.pegawai_id, today);
    return pemantauanRepository.tim(db, s.instansi_id, ids, w);
  });
  // The public form: the service point from a cache, one INSERT.
  const titik = new Map<string, { instansi_id: string; id: string }>();
  app.post('/publik/:kode', async (req, reply) => {
    const kode = (req.params as { kode: string }).kode;
    let t = titik.get(kode);
    if (!t) {
      const row = await layananPublikRepository.byKode(db, kode);
      if (!row) return reply.code(404).send({});
      t = { instansi_id: row.instansi_id, id: row.id };
      titik.set(kode, t);
    }
    const b = req.body as { kecepatan: number; keramahan: number; kejelasan: number; keadilan: number; komentar?: string };
    await layananPublikRepository.kirim(db, { instansiId: t.instansi_id, titikId: t.id, pegawaiId: null, kecepatan: b.kecepatan, keramahan: b.keramahan, kejelasan: b.kejelasan, keadilan: b.keadilan, komentar: b.komentar ?? null, at: new Date() });
    return reply.code(201).send({ terima: true });
  });
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
