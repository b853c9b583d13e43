/**
 * The floor of the homes benchmark (issue 14): bare Fastify and the same driver running the same
 * SQL as the beranda routes — the beranda repository's queries and the organisation queries the
 * service asks, in the same order and with the same parallelism, and the same minute-long cache of a
 * scope's aggregate figures — without our layers (Zod
 * validation and serialisation, policies, presenters, error handling). It answers the raw rows.
 */
import Fastify from 'fastify';
import { deadlineSkp, endOfDayIn, HARI_LAYANAN_PUBLIK, JENIS_UNIT_PUCUK, keberatanLewatSampai, PREDIKATS, rentangBulan, skpWorkflow, statesAllowing, todayIn, type Predikat } from '@capaian/domain';
import { hashToken } from '../../server/src/auth/service.js';
import { authRepository } from '../../server/src/auth/repository.js';
import { organisasiRepository } from '../../server/src/organisasi/repository.js';
import { unitDalam } from '../../server/src/organisasi/service.js';
import { berandaRepository as repo, type Konteks, type Populasi } from '../../server/src/beranda/repository.js';
import { createPengaturanInstansi } from '../../server/src/instansi/pengaturan.js';
import type { Database } from '../../server/src/db/client.js';
import { simpananSingkat } from '../../server/src/core/simpanan-singkat.js';
import { FIGUR_BASI_MS, FIGUR_SEGAR_MS } from '../../server/src/beranda/service.js';

export async function startBerandaFloor(database: Database, port: number) {
  const db = database.db;
  const app = Fastify({ logger: false });
  // The same per-process cache of a scope's aggregate figures as the service (same keys, same ages).
  const figur = simpananSingkat({ segarMs: FIGUR_SEGAR_MS, basiMs: FIGUR_BASI_MS, maks: 2000 });
  // The date, month and the rules are worked out once per instansi here; Capaian works them out per
  // request from its cached instansi row and rules (no SQL either way once warm).
  const pengaturan = createPengaturanInstansi(db, () => new Date());
  const waktuCache = new Map<string, Awaited<ReturnType<typeof hitungWaktu>>>();
  async function hitungWaktu(instansiId: string) {
    const { zona } = await pengaturan.info(instansiId);
    const now = new Date();
    const hariIni = todayIn(zona, now);
    const tahun = Number(hariIni.slice(0, 4));
    const bulan = Number(hariIni.slice(5, 7));
    const [{ aturan }, kini] = await Promise.all([pengaturan.aturanPada(instansiId, `${tahun}-01-01`), pengaturan.aturanPada(instansiId, hariIni)]);
    const { mulai, selesai } = rentangBulan(tahun, bulan);
    return {
      zona,
      now,
      hariIni,
      tahun,
      bulan,
      mulai,
      selesai,
      batasSkp: deadlineSkp(aturan, tahun, zona).skpDeadline,
      menungguPenilai: statesAllowing(skpWorkflow(kini.aturan.reviuPengelola), 'setujui') as readonly string[],
    };
  }
  const waktu = async (instansiId: string) => {
    let w = waktuCache.get(instansiId);
    if (!w) waktuCache.set(instansiId, (w = await hitungWaktu(instansiId)));
    return w;
  };
  type Waktu = Awaited<ReturnType<typeof hitungWaktu>>;
  type Sesi = NonNullable<Awaited<ReturnType<typeof authRepository.sessionActor>>>;
  const konteks = (s: Sesi, w: Waktu, periodeId: string | null, predikat: Predikat | null = null, milikSaya = false): Konteks => ({
    instansiId: s.instansi_id,
    tahun: w.tahun,
    bulanMulai: w.mulai,
    bulanSelesai: w.selesai,
    periodeId,
    predikat,
    pegawaiId: s.pegawai_id,
    menungguPenilai: w.menungguPenilai,
    milikSaya,
  });
  const session = async (cookie: string | undefined) => {
    const token = /capaian_sesi=([^;]+)/.exec(cookie ?? '')?.[1];
    return token ? authRepository.sessionActor(db, hashToken(token)) : null;
  };
  const roles = (s: Sesi) => (s.roles ?? []) as readonly string[];
  const pemdaRole = (s: Sesi) => roles(s).some((r) => r === 'ADMIN_BKPSDM' || r === 'ADMIN_SISTEM' || r === 'PIMPINAN');
  // The perangkat daerah (or the sekretariat daerah) whose head seat the caller holds: two queries.
  const pdDipimpin = async (s: Sesi, w: Waktu) => {
    const seats = await organisasiRepository.seatUnitIds(db, s.instansi_id, s.pegawai_id, w.hariIni);
    if (seats.length === 0) return { pd: [] as string[], pucuk: false };
    const units = await repo.unitPimpinan(db, s.instansi_id, seats);
    return { pd: units.filter((u) => u.perangkat_daerah && !JENIS_UNIT_PUCUK.has(u.jenis)).map((u) => u.id), pucuk: units.some((u) => JENIS_UNIT_PUCUK.has(u.jenis)) };
  };
  // A unit the caller may open: the unit, the seats again, and the subtree check for a head of a perangkat daerah.
  const bukaUnit = async (s: Sesi, w: Waktu, unitId: string) => {
    const unit = await repo.unit(db, s.instansi_id, unitId);
    if (!unit) return null;
    const { pd, pucuk } = await pdDipimpin(s, w);
    if (pemdaRole(s) || pucuk) return unit;
    const akar = [...new Set([...pd, ...(roles(s).includes('PENGELOLA_KINERJA') ? (s.pengelola_unit_ids ?? []) : [])])];
    return akar.length && (await unitDalam(db, s.instansi_id, unit.id, akar)) ? unit : null;
  };

  app.get('/beranda/saya', async (req, reply) => {
    const s = await session(req.headers.cookie);
    if (!s) return reply.code(401).send({});
    const w = await waktu(s.instansi_id);
    const [saya, hasil] = await Promise.all([repo.saya(db, s.instansi_id, s.pegawai_id, w.tahun, w.mulai, w.selesai), repo.hasilTerakhir(db, s.instansi_id, s.pegawai_id)]);
    return { saya, hasil };
  });

  app.get('/beranda/penilai', async (req, reply) => {
    const s = await session(req.headers.cookie);
    if (!s) return reply.code(401).send({});
    const w = await waktu(s.instansi_id);
    const [bawahan, periode] = await Promise.all([organisasiRepository.bawahanIds(db, s.instansi_id, s.pegawai_id, w.hariIni), repo.periode(db, s.instansi_id)]);
    const terbuka = periode.filter((p) => p.status === 'DIBUKA');
    const [tim, mine] = await Promise.all([
      repo.hitung(db, { kind: 'pegawai', ids: bawahan }, konteks(s, w, null), { belumLapor: { ind: 'BELUM_LAPOR' }, umpanBalik: { ind: 'MENUNGGU_UMPAN_BALIK' } }),
      repo.hitung(db, { kind: 'ditugaskan', penilaiId: s.pegawai_id, tahun: w.tahun, periodeIds: terbuka.map((p) => p.id) }, konteks(s, w, null, null, true), {
        skpMenunggu: { ind: 'SKP_MENUNGGU' },
        ...Object.fromEntries(
          terbuka.flatMap((p) => [
            [`belum_${p.id}`, { ind: 'PENILAIAN_BELUM' as const, k: { periodeId: p.id } }],
            [`selesai_${p.id}`, { ind: 'PENILAIAN_SELESAI' as const, k: { periodeId: p.id } }],
            ...PREDIKATS.map((pr) => [`${pr}_${p.id}`, { ind: 'PREDIKAT' as const, k: { periodeId: p.id, predikat: pr } }]),
          ]),
        ),
      }),
    ]);
    return { tim: tim.total, mine: mine.total };
  });

  app.get('/beranda/pimpinan', async (req, reply) => {
    const s = await session(req.headers.cookie);
    if (!s) return reply.code(401).send({});
    const w = await waktu(s.instansi_id);
    const { pd, pucuk } = await pdDipimpin(s, w);
    const pemda = pemdaRole(s) || pucuk;
    if (!pemda && pd.length === 0) return reply.code(403).send({});
    const unitId = (req.query as { unitId?: string }).unitId ?? (pucuk || pd.length === 0 ? null : pd[0]!);
    const unit = unitId ? await bukaUnit(s, w, unitId) : null;
    if (unitId && !unit) return reply.code(403).send({});
    const periode = await repo.periode(db, s.instansi_id);
    const hasil = periode.find((p) => p.ada_final && p.tahun <= w.tahun) ?? null;
    const baris = await repo.unitBaris(db, s.instansi_id, unit?.id ?? null);
    const rowsPop: Populasi = { kind: 'unit', rootIds: baris.map((b) => b.id) };
    const pop: Populasi = unit ? { kind: 'unit', rootIds: [unit.id] } : { kind: 'pemda' };
    const periodeId = hasil?.id ?? null;
    const k = konteks(s, w, periodeId);
    const figs = { skpDisetujui: { ind: 'SKP_DISETUJUI' as const }, sudahLapor: { ind: 'SUDAH_LAPOR' as const }, perhatian: { ind: 'PERLU_PERHATIAN' as const } };
    const [total, rows, tren, dist, layanan] = await figur.ambil(`pimpinan:${s.instansi_id}:${unit?.id ?? 'pemda'}:${w.hariIni}:${periodeId ?? '-'}`, () =>
      Promise.all([
        repo.hitung(db, pop, k, figs),
        baris.length ? repo.hitung(db, rowsPop, k, figs) : null,
        baris.length ? repo.tren(db, rowsPop, s.instansi_id, w.tahun, w.bulan) : [],
        periodeId && baris.length ? repo.distribusi(db, rowsPop, s.instansi_id, periodeId) : [],
        repo.layananPublik(db, pop, s.instansi_id, new Date(w.now.getTime() - HARI_LAYANAN_PUBLIK * 86_400_000)),
      ]),
    );
    return { unit, baris, total: total.total, rows: rows ? Object.fromEntries(rows.perRoot) : {}, tren, dist, layanan };
  });

  app.get('/beranda/pusat-kendali', async (req, reply) => {
    const s = await session(req.headers.cookie);
    if (!s) return reply.code(401).send({});
    if (!roles(s).includes('ADMIN_BKPSDM')) return reply.code(403).send({});
    const w = await waktu(s.instansi_id);
    const semua = await repo.periode(db, s.instansi_id);
    const periode = semua.filter((p) => p.status === 'DIBUKA').sort((a, b) => a.batas_penilaian.localeCompare(b.batas_penilaian))[0] ?? null;
    const baris = await repo.unitBaris(db, s.instansi_id, null);
    const k = konteks(s, w, periode?.id ?? null);
    const figs = {
      skpDisetujui: { ind: 'SKP_DISETUJUI' as const },
      ...(periode ? { selesai: { ind: 'PENILAIAN_SELESAI' as const }, belum: { ind: 'PENILAIAN_BELUM' as const } } : {}),
    };
    const [[total, rows], kb] = await Promise.all([
      figur.ambil(`pusat:${s.instansi_id}:${w.hariIni}:${periode?.id ?? '-'}`, () =>
        Promise.all([repo.hitung(db, { kind: 'pemda' }, k, figs), repo.hitung(db, { kind: 'unit', rootIds: baris.map((b) => b.id) }, k, figs)]),
      ),
      repo.keberatanTerbuka(db, s.instansi_id, endOfDayIn(keberatanLewatSampai(w.hariIni), w.zona)),
    ]);
    return { periode, baris, total: total.total, rows: Object.fromEntries(rows.perRoot), kb };
  });

  // The list behind one figure of a unit (lingkup unit, no period): the scope check, then the list's page.
  app.get('/beranda/daftar', async (req, reply) => {
    const s = await session(req.headers.cookie);
    if (!s) return reply.code(401).send({});
    const q = req.query as { indikator: Parameters<typeof repo.daftar>[2]; unitId: string; page?: string; pageSize?: string };
    const w = await waktu(s.instansi_id);
    const unit = await bukaUnit(s, w, q.unitId);
    if (!unit) return reply.code(403).send({});
    const rows = await repo.daftar(db, { kind: 'unit', rootIds: [unit.id] }, q.indikator, konteks(s, w, null), Number(q.page ?? 1), Number(q.pageSize ?? 25));
    return { items: rows, total: rows[0]?.total ?? 0 };
  });

  await app.listen({ port, host: '127.0.0.1' });
  return app;
}
