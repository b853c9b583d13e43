/**
 * Pembinaan cases (PP 30/2019 BAB VI): the pemda's rules (domain `usulanKasusKinerja`) propose
 * them from final results — in the same transaction as a finalisation or a keberatan decision, so a
 * result and the cases it feeds never disagree — and people decide them through KASUS_WORKFLOW: the
 * pejabat penilai agrees a rencana perbaikan kinerja with the pegawai, holds its check-ins and
 * records the outcome; BKPSDM follows up or sets aside the other kinds. Nothing is applied to the
 * pegawai automatically; every decision is audited with the real actor.
 */
import {
  allowedActions,
  JENIS_KASUS_LABEL,
  KASUS_WORKFLOW,
  kunciUsulan,
  penanganKasus,
  RencanaPerbaikanSchema,
  transition,
  usulanKasusDisiplin,
  usulanKasusKinerja,
  JAM_MASUK_BAKU,
  parseStatusKehadiran,
  ringkasKehadiranTahun,
  type AturanTindakLanjut,
  type DisiplinBulan,
  type KehadiranHari,
  type HasilKasus,
  type JenisJabatan,
  type JenisKasus,
  type KasusAction,
  type KasusState,
  type Predikat,
  type UsulanKasus,
} from '@capaian/domain';
import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { AbaikanInput, CheckInInput, Kasus, KasusCan, KasusList, KasusListQuery, SelesaikanInput, TindakLanjutiInput } from '@capaian/contract/tindak-lanjut';
import { hasRole, type Actor } from '../core/actor.js';
import { errors } from '../core/errors.js';
import type { Db, DbOrTx } from '../db/client.js';
import { parseRow } from '../db/rows.js';
import { recordAudit } from '../audit/service.js';
import { notify } from '../notifikasi/service.js';
import { namaLengkapBaris, type OrganisasiService } from '../organisasi/service.js';
import { kasusRepository as repo, type KasusRow, type UsulanBaru } from './kasus-repository.js';

const PER_TAHUN: Record<string, number> = { BULANAN: 12, TRIWULANAN: 4, SEMESTERAN: 2 };
const iso = (d: Date | string) => new Date(d).toISOString();
const CatatanCheckInRows = z.array(z.object({ tanggal: z.string(), catatan: z.string(), oleh: z.string(), at: z.string() }));
const CatatanTindakLanjut = z.object({ catatan: z.string() });

/** Which pegawai a sync looks at: those of a finalisation, or one whose result a keberatan decision changed. */
export type SasaranSinkron = { periodeId: string; unitIds: readonly string[] } | { pegawaiId: string; evaluasiId: string };

/** How the caller stands to a case. */
interface Relasi {
  self: boolean;
  penilai: boolean;
  bkpsdm: boolean;
  pimpinan: boolean;
}

/** The proposals of one pegawai's final results under the rules: annual results, and each kind of periodic result. */
export function usulanDariHasil(hasil: ReadonlyArray<HasilKasus & { periodeJenis: string }>, jenisJabatan: JenisJabatan, aturan: AturanTindakLanjut): UsulanKasus[] {
  const kelompok = new Map<string, HasilKasus[]>();
  for (const h of hasil) kelompok.set(h.periodeJenis, [...(kelompok.get(h.periodeJenis) ?? []), h]);
  return [...kelompok].flatMap(([jenis, hs]) => usulanKasusKinerja(hs, jenisJabatan, aturan.kasus, { periodikPerTahun: PER_TAHUN[jenis] ?? 12 }));
}

/**
 * Proposes the cases the rules give for the selected pegawai, in the caller's transaction
 * (`aturan`: the period's rules, read before it). With `gugur` (a keberatan decision), open
 * result-based cases these results no longer support lapse with that reason. Audited once.
 */
export async function sinkronKasus(tx: DbOrTx, actor: Actor, sasaran: SasaranSinkron, aturan: AturanTindakLanjut, at: Date, gugur?: string) {
  const q = 'periodeId' in sasaran ? repo.finalisasi(actor.instansiId, sasaran.periodeId, sasaran.unitIds) : repo.keputusan(sasaran.pegawaiId, sasaran.evaluasiId);
  const rows = await repo.hasilPegawai(tx, actor.instansiId, q.siapa, q.pemicu);
  const pemicu = new Set(rows.filter((r) => r.pemicu).map((r) => r.evaluasi_id));
  const perPegawai = new Map<string, { jabatan: string | null; hasil: Array<HasilKasus & { periodeJenis: string }> }>();
  for (const r of rows) {
    const p = perPegawai.get(r.pegawai_id) ?? { jabatan: r.jabatan_jenis, hasil: [] };
    p.hasil.push({ evaluasiId: r.evaluasi_id, jenis: r.periode_jenis === 'TAHUNAN' ? 'TAHUNAN' : 'PERIODIK', tahun: r.tahun, nomor: r.nomor, predikat: r.predikat as Predikat, periodeJenis: r.periode_jenis });
    perPegawai.set(r.pegawai_id, p);
  }
  const usulan: UsulanBaru[] = [];
  for (const [pegawaiId, p] of perPegawai) {
    if (!p.jabatan) continue;
    for (const u of usulanDariHasil(p.hasil, p.jabatan as JenisJabatan, aturan))
      usulan.push({ pegawaiId, jenis: u.jenis, kodeAturan: u.kodeAturan, kunci: kunciUsulan(u), dasarHukum: u.dasarHukum, alasan: u.alasan, evaluasiIds: u.evaluasiIds, rentang: u.rentang ?? null, nilai: u.nilai ?? null });
  }
  // Only what the triggering results take part in is proposed now (an old result does not open a case years later);
  // whatever the results still support stays, the rest lapses.
  const baru = await repo.insertUsulan(tx, actor.instansiId, usulan.filter((u) => u.evaluasiIds.some((e) => pemicu.has(e))), at);
  const lapsed = gugur && 'pegawaiId' in sasaran ? await repo.gugurkan(tx, actor.instansiId, [sasaran.pegawaiId], usulan.map((u) => u.kunci), gugur, at) : [];
  if (baru.length || lapsed.length) {
    await recordAudit(tx, actor, actor.instansiId, {
      action: 'create',
      entityType: 'kasus_pembinaan',
      entityId: 'periodeId' in sasaran ? sasaran.periodeId : sasaran.evaluasiId,
      summary: `Usulan pembinaan dari hasil penilaian: ${baru.length} baru${lapsed.length ? `, ${lapsed.length} gugur` : ''}`,
      after: { baru: baru.map((b) => ({ id: b.id, pegawaiId: b.pegawai_id, jenis: b.jenis })), gugur: lapsed.map((g) => g.id) },
    });
  }
  return { baru: baru.length, gugur: lapsed.length };
}

/**
 * Proposes the discipline cases an attendance import gives (domain `usulanKasusDisiplin`: each
 * month or year of a pegawai reaching a rule's threshold), in the import's transaction, for the
 * pegawai and years it touched. A threshold reached once proposes once (its key is the period).
 */
export async function sinkronDisiplin(
  tx: DbOrTx,
  actor: Actor,
  pegawaiIds: readonly string[],
  tahun: { dari: number; sampai: number },
  aturan: AturanTindakLanjut,
  at: Date,
) {
  if (pegawaiIds.length === 0 || !aturan.kasus.some((a) => a.aktif && a.jenis === 'DISIPLIN')) return { baru: 0 };
  const rows = await repo.kehadiran(tx, actor.instansiId, pegawaiIds, `${tahun.dari}-01-01`, `${tahun.sampai}-12-31`);
  const perPegawai = new Map<string, KehadiranHari[]>();
  for (const r of rows) {
    const status = parseStatusKehadiran(r.status);
    if (!status) continue;
    perPegawai.set(r.pegawai_id, [...(perPegawai.get(r.pegawai_id) ?? []), { tanggal: r.tanggal, status, jamMasuk: r.jam_masuk, jamPulang: r.jam_pulang }]);
  }
  const usulan: UsulanBaru[] = [];
  for (const [pegawaiId, hari] of perPegawai) {
    const bulan: DisiplinBulan[] = [];
    for (let t = tahun.dari; t <= tahun.sampai; t++)
      for (const b of ringkasKehadiranTahun(t, hari, { jamMasukBaku: JAM_MASUK_BAKU }).bulan)
        bulan.push({ tahun: t, bulan: b.bulan, terlambatKali: b.ringkasan.terlambatKali, terlambatMenit: b.ringkasan.terlambatMenit, tanpaKeterangan: b.ringkasan.tanpaKeterangan });
    for (const u of usulanKasusDisiplin(bulan, aturan.kasus))
      usulan.push({ pegawaiId, jenis: u.jenis, kodeAturan: u.kodeAturan, kunci: kunciUsulan(u), dasarHukum: u.dasarHukum, alasan: u.alasan, evaluasiIds: [], rentang: u.rentang ?? null, nilai: u.nilai ?? null });
  }
  const baru = await repo.insertUsulan(tx, actor.instansiId, usulan, at);
  if (baru.length)
    await recordAudit(tx, actor, actor.instansiId, {
      action: 'create',
      entityType: 'kasus_pembinaan',
      entityId: null,
      summary: `Usulan pembinaan dari data kehadiran: ${baru.length} baru`,
      after: { baru: baru.map((b) => ({ id: b.id, pegawaiId: b.pegawai_id })) },
    });
  return { baru: baru.length };
}

export function createKasusService(db: Db, organisasi: OrganisasiService, clock: () => Date) {
  function can(k: KasusRow, rel: Relasi): KasusCan {
    const jenis = k.jenis as JenisKasus;
    const penangan = penanganKasus(jenis);
    const adalahPenangan = penangan === 'pejabat_penilai' ? rel.penilai : rel.bkpsdm;
    const boleh = (a: KasusAction) => adalahPenangan && allowedActions(KASUS_WORKFLOW, k.status as KasusState, penangan).includes(a);
    const berjalan = k.status === 'DITINDAKLANJUTI' && jenis === 'RENCANA_PERBAIKAN';
    return {
      tindakLanjuti: boleh('tindak_lanjuti'),
      abaikan: boleh('abaikan'),
      checkIn: berjalan && adalahPenangan,
      selesaikan: boleh('selesaikan'),
      akui: berjalan && rel.self && !k.diakui_at,
    };
  }

  function present(k: KasusRow, rel: Relasi): Kasus {
    const jenis = k.jenis as JenisKasus;
    const rencana = jenis === 'RENCANA_PERBAIKAN' && k.rencana ? parseRow('rencana perbaikan', RencanaPerbaikanSchema, k.rencana) : null;
    const catatan = jenis !== 'RENCANA_PERBAIKAN' && k.rencana ? parseRow('catatan tindak lanjut', CatatanTindakLanjut, k.rencana).catatan : null;
    return {
      id: k.id,
      pegawai: { id: k.pegawai_id, nama: namaLengkapBaris(k), nip: k.nip, jabatan: k.jabatan_nama, unit: k.unit_nama },
      jenis,
      kodeAturan: k.kode_aturan,
      dasarHukum: k.dasar_hukum,
      alasan: k.alasan,
      evaluasiIds: k.evaluasi_ids,
      rentang: k.rentang,
      nilai: k.nilai,
      status: k.status as KasusState,
      penangan: penanganKasus(jenis),
      rencana,
      catatanTindakLanjut: catatan,
      catatanCheckIn: parseRow('catatan check-in', CatatanCheckInRows, k.catatan_check_in),
      hasil: (k.hasil as Kasus['hasil']) ?? null,
      catatanAkhir: k.catatan_akhir,
      ditanganiOleh: k.ditangani_oleh ? { id: k.ditangani_oleh, nama: k.ditangani_nama ?? '' } : null,
      diakuiAt: k.diakui_at ? iso(k.diakui_at) : null,
      rowVersion: k.row_version,
      createdAt: iso(k.created_at),
      updatedAt: iso(k.updated_at),
      can: can(k, rel),
    };
  }

  async function relasi(actor: Actor, k: KasusRow): Promise<Relasi> {
    const self = k.pegawai_id === actor.pegawaiId;
    const a = self ? null : await organisasi.atasanOf(actor.instansiId, k.pegawai_id);
    return { self, penilai: a?.pejabatPenilai?.pegawaiId === actor.pegawaiId, bkpsdm: hasRole(actor, 'ADMIN_BKPSDM'), pimpinan: hasRole(actor, 'PIMPINAN') };
  }

  /** A case the caller may see (the pegawai, their pejabat penilai, BKPSDM, pimpinan), or 404. */
  async function muat(actor: Actor, id: string) {
    const k = await repo.get(db, actor.instansiId, id);
    if (!k) throw errors.notFound('Kasus pembinaan');
    const rel = await relasi(actor, k);
    if (!rel.self && !rel.penilai && !rel.bkpsdm && !rel.pimpinan) throw errors.notFound('Kasus pembinaan');
    return { k, rel };
  }

  /** Checks the transition for whoever handles this kind of case; 403 for anyone else, 409 from a wrong state. */
  function langkah(k: KasusRow, rel: Relasi, aksi: KasusAction) {
    const penangan = penanganKasus(k.jenis as JenisKasus);
    if (!(penangan === 'pejabat_penilai' ? rel.penilai : rel.bkpsdm))
      throw errors.forbidden(penangan === 'pejabat_penilai' ? 'menangani rencana perbaikan ini (hanya pejabat penilai pegawai)' : 'menangani kasus ini (hanya BKPSDM)');
    const t = transition(KASUS_WORKFLOW, k.status as KasusState, aksi, penangan);
    if (!t.ok) throw errors.conflict('kasus_status', t.error.message);
    return t.to;
  }

  const versiBerubah = () => errors.conflict('version_conflict', 'Kasus ini baru saja diubah oleh orang lain. Muat ulang untuk melihat perubahan terbaru.', { rowVersion: 'versi data sudah berubah' });

  /** Applies one decision: the update at the expected version, its audit event, an optional notice; answers the fresh case. */
  async function putuskan(actor: Actor, id: string, rowVersion: number, aksi: string, ringkasan: (k: KasusRow) => string, kabari?: (k: KasusRow) => string) {
    const { k, rel } = await muat(actor, id);
    return { k, rel, jalankan: async (status: KasusState | null, set: SQL) => {
      const at = clock();
      await db.transaction(async (tx) => {
        const r = await repo.ubah(tx, actor.instansiId, id, rowVersion, status ? sql`${set}, status = ${status}` : set, at);
        if (!r) throw versiBerubah();
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'update',
          entityType: 'kasus_pembinaan',
          entityId: id,
          summary: ringkasan(k),
          before: { status: k.status, rowVersion: k.row_version },
          after: { status: status ?? k.status, aksi, rowVersion: r.row_version },
        });
        if (kabari) await notify(tx, actor.instansiId, [k.pegawai_id], { jenis: 'pembinaan', judul: kabari(k), pesan: k.alasan, tautan: `/pembinaan/${id}` }, at);
      });
      const fresh = await repo.get(db, actor.instansiId, id);
      return present(fresh!, rel);
    } };
  }

  return {
    /** Proposes the cases the rules give (see `sinkronKasus`), in the caller's transaction. */
    sinkron: (tx: DbOrTx, actor: Actor, sasaran: SasaranSinkron, aturan: AturanTindakLanjut, gugur?: string) => sinkronKasus(tx, actor, sasaran, aturan, clock(), gugur),
    /** Proposes the discipline cases of an attendance import (see `sinkronDisiplin`), in the caller's transaction. */
    sinkronDisiplin: (tx: DbOrTx, actor: Actor, pegawaiIds: readonly string[], tahun: { dari: number; sampai: number }, aturan: AturanTindakLanjut) =>
      sinkronDisiplin(tx, actor, pegawaiIds, tahun, aturan, clock()),

    async list(actor: Actor, q: KasusListQuery): Promise<KasusList> {
      let pegawaiIds: string[] | null;
      const rel: Relasi = { self: false, penilai: false, bkpsdm: hasRole(actor, 'ADMIN_BKPSDM'), pimpinan: hasRole(actor, 'PIMPINAN') };
      if (q.lingkup === 'SAYA') {
        pegawaiIds = [actor.pegawaiId];
        rel.self = true;
      } else if (q.lingkup === 'TIM') {
        pegawaiIds = await organisasi.bawahanOf(actor.instansiId, actor.pegawaiId);
        rel.penilai = true;
      } else {
        if (!rel.bkpsdm && !rel.pimpinan) throw errors.forbidden('melihat seluruh kasus pembinaan pemda (hanya BKPSDM dan pimpinan)');
        pegawaiIds = null;
      }
      if (pegawaiIds && pegawaiIds.length === 0) return { items: [], total: 0, halaman: q.halaman, ukuran: q.ukuran };
      const f = { pegawaiIds, status: q.status, jenis: q.jenis };
      const [rows, total] = await Promise.all([repo.list(db, actor.instansiId, { ...f, limit: q.ukuran, offset: (q.halaman - 1) * q.ukuran }), repo.total(db, actor.instansiId, f)]);
      return { items: rows.map((k) => present(k, rel)), total, halaman: q.halaman, ukuran: q.ukuran };
    },

    async detail(actor: Actor, id: string): Promise<Kasus> {
      const { k, rel } = await muat(actor, id);
      return present(k, rel);
    },

    async tindakLanjuti(actor: Actor, id: string, input: TindakLanjutiInput): Promise<Kasus> {
      const p = await putuskan(
        actor,
        id,
        input.rowVersion,
        'tindak_lanjuti',
        (k) => `${JENIS_KASUS_LABEL[k.jenis as JenisKasus]} ditindaklanjuti`,
        (k) => (k.jenis === 'RENCANA_PERBAIKAN' ? 'Rencana perbaikan kinerja Anda telah disusun' : 'Kasus pembinaan Anda ditindaklanjuti BKPSDM'),
      );
      const to = langkah(p.k, p.rel, 'tindak_lanjuti');
      let isi: unknown;
      if (p.k.jenis === 'RENCANA_PERBAIKAN') {
        if (!input.rencana) throw errors.validation({ rencana: 'isi rencana perbaikan kinerja (tujuan, tindakan, tanggal pertemuan, tanggal berakhir)' });
        isi = input.rencana;
      } else {
        if (!input.catatan) throw errors.validation({ catatan: 'tulis tindak lanjut BKPSDM' });
        isi = { catatan: input.catatan };
      }
      return p.jalankan(to, sql`rencana = ${JSON.stringify(isi)}::jsonb, ditangani_oleh = ${actor.pegawaiId}`);
    },

    async abaikan(actor: Actor, id: string, input: AbaikanInput): Promise<Kasus> {
      const p = await putuskan(actor, id, input.rowVersion, 'abaikan', (k) => `${JENIS_KASUS_LABEL[k.jenis as JenisKasus]} tidak ditindaklanjuti: ${input.alasan}`);
      return p.jalankan(langkah(p.k, p.rel, 'abaikan'), sql`catatan_akhir = ${input.alasan}, ditangani_oleh = ${actor.pegawaiId}`);
    },

    async checkIn(actor: Actor, id: string, input: CheckInInput): Promise<Kasus> {
      const entri = JSON.stringify([{ tanggal: input.tanggal, catatan: input.catatan, oleh: actor.nama, at: clock().toISOString() }]);
      const p = await putuskan(actor, id, input.rowVersion, 'check_in', () => `Pertemuan rencana perbaikan kinerja ${input.tanggal} dicatat`, () => 'Catatan pertemuan rencana perbaikan kinerja');
      if (!can(p.k, p.rel).checkIn) {
        if (!p.rel.penilai) throw errors.forbidden('mencatat pertemuan rencana perbaikan ini (hanya pejabat penilai pegawai)');
        throw errors.conflict('kasus_status', 'Pertemuan hanya dicatat selama rencana perbaikan berjalan.');
      }
      return p.jalankan(null, sql`catatan_check_in = catatan_check_in || ${entri}::jsonb`);
    },

    async akui(actor: Actor, id: string): Promise<Kasus> {
      const { k, rel } = await muat(actor, id);
      if (!rel.self) throw errors.forbidden('mengakui rencana perbaikan pegawai lain');
      if (!can(k, rel).akui) throw errors.conflict('kasus_status', 'Tidak ada rencana perbaikan berjalan yang perlu diakui.');
      const p = await putuskan(actor, id, k.row_version, 'akui', () => 'Pegawai mengakui rencana perbaikan kinerja');
      return p.jalankan(null, sql`diakui_at = ${clock().toISOString()}::timestamptz`);
    },

    async selesaikan(actor: Actor, id: string, input: SelesaikanInput): Promise<Kasus> {
      const p = await putuskan(actor, id, input.rowVersion, 'selesaikan', (k) => `${JENIS_KASUS_LABEL[k.jenis as JenisKasus]} selesai: ${input.hasil}`, () => 'Pembinaan Anda telah selesai');
      return p.jalankan(langkah(p.k, p.rel, 'selesaikan'), sql`hasil = ${input.hasil}, catatan_akhir = ${input.catatan}`);
    },
  };
}

export type KasusService = ReturnType<typeof createKasusService>;
