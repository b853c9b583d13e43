import { SKP_BERLAKU } from '@capaian/domain';
import { unitDalam } from '../organisasi/service.js';
import { createHash, randomUUID } from 'node:crypto';
import { periodsOf, todayIn, ZONA_WAKTU, type PeriodeKind, type ZonaWaktu } from '@capaian/domain';
import type { Actor } from '../core/actor.js';
import type { Config } from '../core/config.js';
import { AppError, errors, type FieldErrors } from '../core/errors.js';
import { publish } from '../core/events.js';
import { periksaJenisBerkas } from '../core/berkas.js';
import { createLocalStorage, newStorageKey, StorageNotFoundError, type Storage } from '../core/storage.js';
import type { Db, DbOrTx } from '../db/client.js';
import { recordAudit } from '../audit/service.js';
import type { OrganisasiService } from '../organisasi/service.js';
import { realisasiPolicy, type RealisasiRelation } from './policy.js';
import { realisasiRepository as repo, type BuktiRow, type ImportRow, type ItemRow, type RencanaAksiRow } from './repository.js';
import { bacaImpor, buatTemplat } from './impor.js';
import type {
  Bukti,
  RealisasiBeranda,
  RealisasiCreate,
  RealisasiItem,
  RealisasiQuery,
  RealisasiUpdate,
  RencanaAksi,
  RencanaAksiCreate,
  RencanaAksiUpdate,
  TautanInput,
} from '@capaian/contract/realisasi';

const PAGE = 50;
const iso = (d: Date | string) => new Date(d).toISOString();
const zonaOf = (z: string | null | undefined): ZonaWaktu => ((ZONA_WAKTU as readonly string[]).includes(z ?? '') ? (z as ZonaWaktu) : 'WIB');
const kindOf = (k: string | null | undefined): PeriodeKind => (k === 'TRIWULANAN' || k === 'SEMESTERAN' ? k : 'BULANAN');
const berlaku = (status: string | null | undefined) => (SKP_BERLAKU as readonly string[]).includes(status ?? '');
const SELF: RealisasiRelation = { self: true, penilai: false, atasan: false, pengelola: false };

// The content-type allow-list and display names live in core/berkas.ts (shared with keberatan).
export { namaBerkas } from '../core/berkas.js';

/** What the upload route hands over once the caller's rights are checked. */
export interface Unggahan {
  id: string;
  filename: string;
  data: Buffer;
}

/** Writes many rencana aksi at once (an SKP template applied to a whole unit), in the caller's transaction. */
export const simpanRencanaAksiBanyak = (tx: DbOrTx, values: Parameters<typeof repo.insertRencanaAksiMany>[1]) => repo.insertRencanaAksiMany(tx, values);

export function createRealisasiService(
  db: Db,
  organisasi: OrganisasiService,
  clock: () => Date,
  config: Config,
  storage: Storage = createLocalStorage(config.storageDir),
) {
  const versiBerubah = () =>
    errors.conflict('version_conflict', 'Entri ini baru saja diubah di perangkat lain. Muat ulang untuk melihat perubahan terbaru.', {
      rowVersion: 'versi data sudah berubah',
    });
  const sudahDinilai = () =>
    errors.conflict('periode_sudah_dinilai', 'Periode ini sudah dinilai; progresnya tidak dapat diubah lagi.');
  const idDipakai = (what: string) =>
    errors.conflict('id_dipakai', `Id ${what} ini sudah dipakai untuk data lain.`, { id: 'sudah dipakai' });

  /**
   * Which (pegawai, date) pairs lie in an assessment period in which that pegawai has been rated
   * (evaluation no longer DRAFT): from then on progress there cannot be added, changed or deleted.
   * One query for any number of pairs; keys are `${pegawaiId}|${tanggal}`.
   */
  async function dinilai(tx: DbOrTx, instansiId: string, pairs: ReadonlyArray<{ pegawaiId: string; tanggal: string }>): Promise<Set<string>> {
    if (pairs.length === 0) return new Set();
    return new Set(await repo.tanggalDinilai(tx, instansiId, pairs));
  }
  async function periodeSudahDinilai(tx: DbOrTx, instansiId: string, pegawaiId: string, tanggal: string): Promise<boolean> {
    return (await dinilai(tx, instansiId, [{ pegawaiId, tanggal }])).size > 0;
  }

  /** Whether `actorId` stands above the pegawai: their pejabat penilai, or anywhere in the chain. */
  async function atasanBerantai(instansiId: string, pegawaiId: string, actorId: string): Promise<{ penilai: boolean; atasan: boolean }> {
    const r = await organisasi.rantaiAtasan(instansiId, pegawaiId, actorId);
    return { penilai: r.penilai, atasan: r.berantai };
  }

  /** How the caller stands to a pegawai of their instansi; null when there is no such pegawai. */
  async function relationTo(actor: Actor, pegawaiId: string): Promise<RealisasiRelation | null> {
    if (pegawaiId === actor.pegawaiId) return SELF;
    const p = await repo.pegawai(db, actor.instansiId, pegawaiId);
    if (!p) return null;
    const [chain, pengelola] = await Promise.all([
      atasanBerantai(actor.instansiId, pegawaiId, actor.pegawaiId),
      unitDalam(db, actor.instansiId, p.unit_id, actor.pengelolaUnitIds),
    ]);
    return { self: false, ...chain, pengelola };
  }

  /** The relation, or 404 when the caller may not see this pegawai's progress (not revealing it exists). */
  async function readable(actor: Actor, pegawaiId: string, what: string) {
    const rel = await relationTo(actor, pegawaiId);
    if (!rel || !realisasiPolicy.canRead(actor, rel)) throw errors.notFound(what);
    return rel;
  }

  const parseBukti = (b: ItemRow['bukti']): BuktiRow[] => (typeof b === 'string' ? (JSON.parse(b) as BuktiRow[]) : b);
  const presentBukti = (b: BuktiRow): Bukti => ({
    id: b.id,
    jenis: b.jenis,
    nama: b.nama,
    mime: b.mime,
    ukuran: b.ukuran,
    tautan: b.tautan,
    url: b.jenis === 'FILE' ? `/api/v1/bukti/${b.id}/unduh` : null,
  });

  async function present(actor: Actor, rows: ItemRow[], rel: RealisasiRelation): Promise<RealisasiItem[]> {
    const terkunci = await dinilai(db, actor.instansiId, rows.map((r) => ({ pegawaiId: r.pegawai_id, tanggal: r.tanggal })));
    return rows.map((r) => ({
      id: r.id,
      pegawaiId: r.pegawai_id,
      pegawaiNama: r.pegawai_nama,
      skpId: r.skp_id,
      rhkId: r.rhk_id,
      rhkUraian: r.rhk_uraian,
      rencanaAksiId: r.rencana_aksi_id,
      rencanaAksiUraian: r.rencana_aksi_uraian,
      indikatorId: r.indikator_id,
      tanggal: r.tanggal,
      uraian: r.uraian,
      jumlah: r.jumlah,
      rowVersion: r.row_version,
      dibuatAt: iso(r.created_at),
      diubahAt: iso(r.updated_at),
      bukti: parseBukti(r.bukti).map(presentBukti),
      jumlahUmpanBalik: r.jumlah_umpan_balik,
      can: realisasiPolicy.item(rel, terkunci.has(`${r.pegawai_id}|${r.tanggal}`)),
    }));
  }

  /** An entry the caller may read, with their relation to its pegawai; 404 otherwise. */
  async function loadEntry(actor: Actor, id: string) {
    const row = await repo.item(db, actor.instansiId, id);
    if (!row) throw errors.notFound('Entri progres');
    const rel = await readable(actor, row.pegawai_id, 'Entri progres');
    return { row, rel };
  }

  /** An entry the caller may change (the pegawai or their pengelola kinerja), in a period not yet assessed. */
  async function loadForWrite(actor: Actor, id: string, what: string) {
    const { row, rel } = await loadEntry(actor, id);
    if (!realisasiPolicy.canCatat(rel)) throw errors.forbidden(what);
    if (await periodeSudahDinilai(db, actor.instansiId, row.pegawai_id, row.tanggal)) throw sudahDinilai();
    return { row, rel };
  }

  /** The date rules of an entry; returns the reason when `tanggal` is not allowed. */
  function cekTanggal(tanggal: string, hariIni: string, skp: { mulai: string; selesai: string }, ra: { mulai: string; selesai: string } | null) {
    if (tanggal > hariIni) return `tidak boleh melewati hari ini (${hariIni})`;
    if (tanggal < skp.mulai || tanggal > skp.selesai) return `harus dalam periode SKP (${skp.mulai} s.d. ${skp.selesai})`;
    if (ra && (tanggal < ra.mulai || tanggal > ra.selesai)) return `harus dalam periode rencana aksi (${ra.mulai} s.d. ${ra.selesai})`;
    return null;
  }

  const presentRa = (r: RencanaAksiRow, rel: RealisasiRelation, skpBerlaku: boolean): RencanaAksi => ({
    id: r.id,
    rhkId: r.rhk_id,
    indikatorId: r.indikator_id,
    periode: r.periode,
    periodeMulai: r.periode_mulai,
    periodeSelesai: r.periode_selesai,
    uraian: r.uraian,
    target: r.target,
    satuan: r.satuan,
    realisasiJumlah: Number(r.realisasi_jumlah),
    jumlahEntri: r.jumlah_entri,
    can: realisasiPolicy.rencanaAksi(rel, skpBerlaku, r.jumlah_entri),
  });

  /** An SKP the caller may read (their own, a subordinate's in the chain, their unit's as pengelola, BKPSDM). */
  async function loadSkp(actor: Actor, skpId: string) {
    const s = await repo.skp(db, actor.instansiId, skpId);
    if (!s) throw errors.notFound('SKP');
    const rel = await readable(actor, s.pegawai_id, 'SKP');
    return { s, rel };
  }

  async function loadRencanaAksi(actor: Actor, id: string, what: string) {
    const [ra] = await repo.rencanaAksiOf(db, actor.instansiId, { id });
    if (!ra) throw errors.notFound('Rencana aksi');
    const { s, rel } = await loadSkp(actor, ra.skp_id);
    if (!realisasiPolicy.canRencanakan(rel)) throw errors.forbidden(what);
    if (!berlaku(s.status)) throw skpBelumDisetujui();
    if (await periodeSudahDinilai(db, actor.instansiId, s.pegawai_id, ra.periode_mulai)) throw sudahDinilai();
    return { ra, s, rel };
  }
  const skpBelumDisetujui = () =>
    errors.conflict('skp_belum_disetujui', 'Rencana aksi dan progres hanya dicatat pada SKP yang sudah disetujui.');

  async function cekIndikator(instansiId: string, indikatorId: string | null | undefined, rhkId: string, fields: FieldErrors) {
    if (!indikatorId) return;
    const owner = await repo.indikatorOfRhk(db, instansiId, indikatorId);
    if (owner !== rhkId) fields.indikatorId = 'bukan indikator RHK ini';
  }

  async function hapusBerkas(keys: string[]) {
    // After the commit: a file left behind by a failed removal is harmless (nothing points at it).
    await Promise.all(keys.map((k) => storage.delete(k).catch(() => undefined)));
  }

  async function simpanBukti(
    actor: Actor,
    row: ItemRow,
    bukti: { id: string; jenis: 'FILE' | 'TAUTAN'; nama: string; kunci: string | null; mime: string | null; ukuran: number | null; sha256: string | null; tautan: string | null },
  ): Promise<boolean> {
    return db.transaction(async (tx) => {
      const created = await repo.insertBuktiIfNew(tx, {
        instansiId: actor.instansiId,
        id: bukti.id,
        realisasiId: row.id,
        jenis: bukti.jenis,
        nama: bukti.nama,
        kunciPenyimpanan: bukti.kunci,
        mime: bukti.mime,
        ukuran: bukti.ukuran,
        sha256: bukti.sha256,
        tautan: bukti.tautan,
      });
      if (!created) return false;
      await recordAudit(tx, actor, actor.instansiId, {
        action: 'create',
        entityType: 'bukti_dukung',
        entityId: bukti.id,
        summary: `Bukti dukung ditambahkan (${bukti.jenis === 'FILE' ? 'berkas' : 'tautan'}): ${bukti.nama.slice(0, 80)}`,
        after: { realisasiId: row.id, jenis: bukti.jenis, nama: bukti.nama, mime: bukti.mime, ukuran: bukti.ukuran, sha256: bukti.sha256, tautan: bukti.tautan },
      });
      await publish(tx, { jenis: 'realisasi', instansiId: actor.instansiId, pegawaiId: row.pegawai_id, realisasiId: row.id });
      return true;
    });
  }

  /** An existing bukti id: the same bukti again (idempotent), or 409 when it belongs to another entry. */
  async function buktiAda(actor: Actor, realisasiId: string, id: string): Promise<Bukti | null> {
    const existing = await repo.bukti(db, actor.instansiId, id);
    if (!existing) return null;
    if (existing.realisasi_id !== realisasiId) throw idDipakai('bukti');
    return presentBukti(existing);
  }

  return {
    periodeSudahDinilai,
    /** The largest evidence file accepted (config.uploadMaxBytes). */
    uploadMaxBytes: config.uploadMaxBytes,

    // --- Home screen -------------------------------------------------------------------------

    /** The phone home screen in one call, a constant number of queries whatever the data. */
    async beranda(actor: Actor, tahunDiminta?: number): Promise<RealisasiBeranda> {
      const hariIniCache = await organisasi.today(actor.instansiId);
      const tahun = tahunDiminta ?? Number(hariIniCache.slice(0, 4));
      const s = await repo.skpBeranda(db, actor.instansiId, actor.pegawaiId, tahun);
      const periodeKinerja = kindOf(s?.periode_kinerja);
      const hariIni = todayIn(zonaOf(s?.zona_waktu), clock());
      const filter = { pegawaiId: actor.pegawaiId, dari: `${tahun}-01-01`, sampai: `${tahun}-12-31` };
      if (!s?.id) {
        const terakhir = await repo.items(db, actor.instansiId, filter, 20, 0);
        return { tahun, periodeKinerja, hariIni, skp: null, rhk: [], terakhir: await present(actor, terakhir, SELF), can: { catat: false, rencanakan: false } };
      }
      const [rhk, ind, ra, terakhir] = await Promise.all([
        repo.rhkOf(db, actor.instansiId, s.id),
        repo.indikatorOf(db, actor.instansiId, s.id),
        repo.rencanaAksiOf(db, actor.instansiId, { skpId: s.id }),
        repo.items(db, actor.instansiId, filter, 20, 0),
      ]);
      const aktif = berlaku(s.status);
      return {
        tahun,
        periodeKinerja,
        hariIni,
        skp: { id: s.id, status: s.status, versi: s.versi },
        rhk: rhk.map((r) => ({
          id: r.id,
          jenis: r.jenis,
          uraian: r.uraian,
          indikator: ind
            .filter((i) => i.rhk_id === r.id)
            .map((i) => ({
              id: i.id,
              aspek: i.aspek,
              uraian: i.uraian,
              targetNilai: i.target_nilai,
              targetSatuan: i.target_satuan,
              targetTeks: i.target_teks,
              realisasiJumlah: Number(i.realisasi_jumlah),
            })),
          rencanaAksi: ra.filter((a) => a.rhk_id === r.id).map((a) => presentRa(a, SELF, aktif)),
        })),
        terakhir: await present(actor, terakhir, SELF),
        can: { catat: aktif, rencanakan: aktif },
      };
    },

    // --- Rencana aksi ------------------------------------------------------------------------

    async rencanaAksiList(actor: Actor, skpId: string) {
      const { s, rel } = await loadSkp(actor, skpId);
      const rows = await repo.rencanaAksiOf(db, actor.instansiId, { skpId });
      return { items: rows.map((r) => presentRa(r, rel, berlaku(s.status))) };
    },

    async tambahRencanaAksi(actor: Actor, skpId: string, input: RencanaAksiCreate): Promise<RencanaAksi> {
      const { s, rel } = await loadSkp(actor, skpId);
      if (!realisasiPolicy.canRencanakan(rel)) throw errors.forbidden('menyusun rencana aksi SKP ini');
      if (!berlaku(s.status)) throw skpBelumDisetujui();
      const kind = kindOf(s.periode_kinerja);
      const periods = periodsOf(s.tahun, kind);
      const fields: FieldErrors = {};
      const p = periods[input.periode - 1];
      const label = { BULANAN: 'bulanan (1–12)', TRIWULANAN: 'triwulanan (1–4)', SEMESTERAN: 'semesteran (1–2)' }[kind];
      if (!p) fields.periode = `periode kinerja instansi ${label}`;
      else if (p.end < s.periode_mulai || p.start > s.periode_selesai)
        fields.periode = `di luar periode SKP (${s.periode_mulai} s.d. ${s.periode_selesai})`;
      if (!(await repo.rhkInSkp(db, actor.instansiId, skpId, input.rhkId))) fields.rhkId = 'bukan RHK SKP ini';
      else await cekIndikator(actor.instansiId, input.indikatorId, input.rhkId, fields);
      if (!p || Object.keys(fields).length) throw errors.validation(fields);
      if (await periodeSudahDinilai(db, actor.instansiId, s.pegawai_id, p.start)) throw sudahDinilai();
      const id = await db.transaction(async (tx) => {
        const values = {
          instansiId: actor.instansiId,
          skpId,
          rhkId: input.rhkId,
          indikatorId: input.indikatorId ?? null,
          periode: input.periode,
          periodeMulai: p.start,
          periodeSelesai: p.end,
          uraian: input.uraian,
          target: input.target ?? null,
          satuan: input.satuan ?? null,
          dibuatOleh: actor.pegawaiId,
        };
        const newId = await repo.insertRencanaAksi(tx, values);
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'create',
          entityType: 'rencana_aksi',
          entityId: newId,
          summary: `Rencana aksi ${p.label} ditambahkan: ${input.uraian.slice(0, 80)}`,
          after: values,
        });
        return newId;
      });
      const [row] = await repo.rencanaAksiOf(db, actor.instansiId, { id });
      if (!row) throw errors.notFound('Rencana aksi');
      return presentRa(row, rel, true);
    },

    async ubahRencanaAksi(actor: Actor, id: string, input: RencanaAksiUpdate): Promise<RencanaAksi> {
      const { ra, rel } = await loadRencanaAksi(actor, id, 'mengubah rencana aksi ini');
      const fields: FieldErrors = {};
      await cekIndikator(actor.instansiId, input.indikatorId, ra.rhk_id, fields);
      if (Object.keys(fields).length) throw errors.validation(fields);
      const indikatorId = input.indikatorId ?? null;
      await db.transaction(async (tx) => {
        const values = { uraian: input.uraian, target: input.target ?? null, satuan: input.satuan ?? null, indikatorId };
        await repo.updateRencanaAksi(tx, actor.instansiId, id, values);
        // Entries that took their indicator from this plan follow it, so per-indicator sums stay right.
        if (indikatorId !== ra.indikator_id) await repo.pindahIndikator(tx, actor.instansiId, id, ra.indikator_id, indikatorId);
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'update',
          entityType: 'rencana_aksi',
          entityId: id,
          summary: `Rencana aksi diubah: ${input.uraian.slice(0, 80)}`,
          before: { uraian: ra.uraian, target: ra.target, satuan: ra.satuan, indikatorId: ra.indikator_id },
          after: values,
        });
      });
      const [row] = await repo.rencanaAksiOf(db, actor.instansiId, { id });
      if (!row) throw errors.notFound('Rencana aksi');
      return presentRa(row, rel, true);
    },

    async hapusRencanaAksi(actor: Actor, id: string) {
      const { ra } = await loadRencanaAksi(actor, id, 'menghapus rencana aksi ini');
      const dipakai = () =>
        errors.conflict('rencana_aksi_dipakai', 'Rencana aksi ini tidak dapat dihapus karena sudah ada progres yang dicatat untuknya.');
      if (ra.jumlah_entri > 0) throw dipakai();
      await db.transaction(async (tx) => {
        if (!(await repo.deleteRencanaAksiUnused(tx, actor.instansiId, id))) throw dipakai();
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'delete',
          entityType: 'rencana_aksi',
          entityId: id,
          summary: `Rencana aksi dihapus: ${ra.uraian.slice(0, 80)}`,
          before: ra,
        });
      });
    },

    // --- Progress entries --------------------------------------------------------------------

    /**
     * Records a progress entry under the client's id. The same id again (double tap, offline
     * re-send, two requests racing) answers the entry that exists: `dibuat` false, nothing written.
     * One context query, then insert + audit + publish in one transaction.
     */
    async catat(actor: Actor, input: RealisasiCreate): Promise<{ item: RealisasiItem; dibuat: boolean }> {
      const pegawaiId = input.pegawaiId ?? actor.pegawaiId;
      let rel = SELF;
      if (pegawaiId !== actor.pegawaiId) {
        const r = await relationTo(actor, pegawaiId);
        if (!r || !realisasiPolicy.canRead(actor, r)) throw errors.validation({ pegawaiId: 'pegawai tidak ditemukan' });
        if (!realisasiPolicy.canCatat(r)) throw errors.forbidden('mencatat progres untuk pegawai ini');
        rel = r;
      }
      const ctx = await repo.postContext(db, {
        instansiId: actor.instansiId,
        id: input.id,
        pegawaiId,
        rhkId: input.rhkId,
        rencanaAksiId: input.rencanaAksiId ?? null,
        indikatorId: input.indikatorId ?? null,
      });
      if (!ctx) throw errors.notFound('Instansi');
      const sudahAda = async () => {
        const existing = await repo.item(db, actor.instansiId, input.id);
        if (!existing || existing.pegawai_id !== pegawaiId) throw idDipakai('entri');
        const [item] = await present(actor, [existing], rel);
        return { item: item!, dibuat: false };
      };
      if (ctx.existing_pegawai_id) return sudahAda();

      const fields: FieldErrors = {};
      const milikSendiri = pegawaiId === actor.pegawaiId;
      if (!ctx.skp_id || ctx.skp_pegawai_id !== pegawaiId) fields.rhkId = milikSendiri ? 'bukan RHK pada SKP Anda' : 'bukan RHK pada SKP pegawai ini';
      else if (!berlaku(ctx.skp_status)) fields.rhkId = 'SKP untuk RHK ini belum disetujui';
      if (input.rencanaAksiId && (!ctx.ra_id || ctx.ra_rhk_id !== input.rhkId)) fields.rencanaAksiId = 'bukan rencana aksi RHK ini';
      if (input.indikatorId && (!ctx.ik_id || ctx.ik_rhk_id !== input.rhkId)) fields.indikatorId = 'bukan indikator RHK ini';
      const hariIni = todayIn(zonaOf(ctx.zona_waktu), clock());
      if (ctx.skp_mulai && ctx.skp_selesai) {
        const ra = input.rencanaAksiId && ctx.ra_mulai && ctx.ra_selesai ? { mulai: ctx.ra_mulai, selesai: ctx.ra_selesai } : null;
        const salah = cekTanggal(input.tanggal, hariIni, { mulai: ctx.skp_mulai, selesai: ctx.skp_selesai }, ra);
        if (salah) fields.tanggal = salah;
      }
      if (Object.keys(fields).length) throw errors.validation(fields);
      if (await periodeSudahDinilai(db, actor.instansiId, pegawaiId, input.tanggal)) throw sudahDinilai();

      const values = {
        instansiId: actor.instansiId,
        id: input.id,
        pegawaiId,
        skpId: ctx.skp_id!,
        rhkId: input.rhkId,
        rencanaAksiId: input.rencanaAksiId ?? null,
        // An entry for a plan counts toward the plan's indicator unless it names one itself.
        indikatorId: input.indikatorId ?? (input.rencanaAksiId ? ctx.ra_indikator_id : null),
        tanggal: input.tanggal,
        uraian: input.uraian,
        jumlah: input.jumlah ?? null,
        dicatatOleh: actor.pegawaiId,
      };
      const created = await db.transaction(async (tx) => {
        const row = await repo.insertIfNew(tx, values);
        if (!row) return null;
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'create',
          entityType: 'realisasi',
          entityId: row.id,
          summary: `Progres dicatat (${input.tanggal}): ${input.uraian.slice(0, 80)}`,
          after: values,
        });
        await publish(tx, { jenis: 'realisasi', instansiId: actor.instansiId, pegawaiId, realisasiId: row.id });
        return row;
      });
      // A concurrent request with the same id won: answer its entry.
      if (!created) return sudahAda();
      return {
        dibuat: true,
        item: {
          id: created.id,
          pegawaiId,
          pegawaiNama: ctx.pegawai_nama ?? '',
          skpId: values.skpId,
          rhkId: values.rhkId,
          rhkUraian: ctx.rhk_uraian ?? '',
          rencanaAksiId: values.rencanaAksiId,
          rencanaAksiUraian: values.rencanaAksiId ? ctx.ra_uraian : null,
          indikatorId: values.indikatorId,
          tanggal: values.tanggal,
          uraian: values.uraian,
          jumlah: values.jumlah,
          rowVersion: created.rowVersion,
          dibuatAt: iso(created.createdAt),
          diubahAt: iso(created.updatedAt),
          bukti: [],
          jumlahUmpanBalik: 0,
          can: realisasiPolicy.item(rel, false),
        },
      };
    },

    async list(actor: Actor, q: RealisasiQuery) {
      const pegawaiId = q.pegawaiId ?? actor.pegawaiId;
      const rel = await readable(actor, pegawaiId, 'Pegawai');
      const f = { pegawaiId, dari: q.dari, sampai: q.sampai, rhkId: q.rhkId };
      const [rows, total] = await Promise.all([repo.items(db, actor.instansiId, f, PAGE, (q.halaman - 1) * PAGE), repo.count(db, actor.instansiId, f)]);
      return { items: await present(actor, rows, rel), total };
    },

    async detail(actor: Actor, id: string): Promise<RealisasiItem> {
      const { row, rel } = await loadEntry(actor, id);
      const [item] = await present(actor, [row], rel);
      return item!;
    },

    async ubah(actor: Actor, id: string, input: RealisasiUpdate): Promise<RealisasiItem> {
      const { row } = await loadForWrite(actor, id, 'mengubah progres ini');
      if (row.row_version !== input.rowVersion) throw versiBerubah();
      const ctx = await repo.postContext(db, {
        instansiId: actor.instansiId,
        id,
        pegawaiId: row.pegawai_id,
        rhkId: row.rhk_id,
        rencanaAksiId: input.rencanaAksiId ?? null,
        indikatorId: input.indikatorId ?? null,
      });
      if (!ctx) throw errors.notFound('Instansi');
      const fields: FieldErrors = {};
      if (input.rencanaAksiId && (!ctx.ra_id || ctx.ra_rhk_id !== row.rhk_id)) fields.rencanaAksiId = 'bukan rencana aksi RHK ini';
      if (input.indikatorId && (!ctx.ik_id || ctx.ik_rhk_id !== row.rhk_id)) fields.indikatorId = 'bukan indikator RHK ini';
      if (ctx.skp_mulai && ctx.skp_selesai) {
        const ra = input.rencanaAksiId && ctx.ra_mulai && ctx.ra_selesai ? { mulai: ctx.ra_mulai, selesai: ctx.ra_selesai } : null;
        const salah = cekTanggal(input.tanggal, todayIn(zonaOf(ctx.zona_waktu), clock()), { mulai: ctx.skp_mulai, selesai: ctx.skp_selesai }, ra);
        if (salah) fields.tanggal = salah;
      }
      if (Object.keys(fields).length) throw errors.validation(fields);
      if (input.tanggal !== row.tanggal && (await periodeSudahDinilai(db, actor.instansiId, row.pegawai_id, input.tanggal))) throw sudahDinilai();
      const values = {
        tanggal: input.tanggal,
        uraian: input.uraian,
        jumlah: input.jumlah ?? null,
        rencanaAksiId: input.rencanaAksiId ?? null,
        indikatorId: input.indikatorId ?? (input.rencanaAksiId ? ctx.ra_indikator_id : null),
      };
      await db.transaction(async (tx) => {
        const updated = await repo.update(tx, actor.instansiId, id, input.rowVersion, values);
        if (!updated) throw versiBerubah();
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'update',
          entityType: 'realisasi',
          entityId: id,
          summary: `Progres diubah (${input.tanggal}): ${input.uraian.slice(0, 80)}`,
          before: { tanggal: row.tanggal, uraian: row.uraian, jumlah: row.jumlah, rencanaAksiId: row.rencana_aksi_id, indikatorId: row.indikator_id, rowVersion: row.row_version },
          after: { ...values, rowVersion: updated.rowVersion },
        });
        await publish(tx, { jenis: 'realisasi', instansiId: actor.instansiId, pegawaiId: row.pegawai_id, realisasiId: id });
      });
      return this.detail(actor, id);
    },

    async hapus(actor: Actor, id: string) {
      const { row } = await loadForWrite(actor, id, 'menghapus progres ini');
      const keys = await db.transaction(async (tx) => {
        const files = await repo.delete(tx, actor.instansiId, id);
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'delete',
          entityType: 'realisasi',
          entityId: id,
          summary: `Progres dihapus (${row.tanggal}): ${row.uraian.slice(0, 80)}`,
          before: { pegawaiId: row.pegawai_id, rhkId: row.rhk_id, tanggal: row.tanggal, uraian: row.uraian, jumlah: row.jumlah, bukti: parseBukti(row.bukti).length },
        });
        await publish(tx, { jenis: 'realisasi', instansiId: actor.instansiId, pegawaiId: row.pegawai_id, realisasiId: id });
        return files;
      });
      await hapusBerkas(keys);
    },

    // --- Evidence ----------------------------------------------------------------------------

    /**
     * Uploads a file for an entry. The caller's rights are checked before the body is read
     * (`baca` reads the multipart stream); the type comes from the content; the storage key
     * from the server. The same bukti id again answers the stored bukti (`dibuat` false).
     */
    async unggahBukti(actor: Actor, realisasiId: string, baca: () => Promise<Unggahan>): Promise<{ bukti: Bukti; dibuat: boolean }> {
      const { row } = await loadForWrite(actor, realisasiId, 'menambah bukti pada progres ini');
      const up = await baca();
      const ada = await buktiAda(actor, realisasiId, up.id);
      if (ada) return { bukti: ada, dibuat: false };
      const { mime, nama } = await periksaJenisBerkas(up.data, up.filename);
      const kunci = newStorageKey(actor.instansiId, clock());
      await storage.put(kunci, up.data, mime);
      let created: boolean;
      try {
        created = await simpanBukti(actor, row, {
          id: up.id,
          jenis: 'FILE',
          nama,
          kunci,
          mime,
          ukuran: up.data.length,
          sha256: createHash('sha256').update(up.data).digest('hex'),
          tautan: null,
        });
      } catch (e) {
        await hapusBerkas([kunci]);
        throw e;
      }
      if (!created) {
        // A concurrent upload with the same id won: drop our copy, answer theirs.
        await hapusBerkas([kunci]);
        const theirs = await buktiAda(actor, realisasiId, up.id);
        if (!theirs) throw idDipakai('bukti');
        return { bukti: theirs, dibuat: false };
      }
      return { bukti: presentBukti({ id: up.id, jenis: 'FILE', nama, mime, ukuran: up.data.length, tautan: null }), dibuat: true };
    },

    /** Adds a link (http/https only) as evidence; idempotent by the client's id like files. */
    async tambahTautan(actor: Actor, realisasiId: string, input: TautanInput): Promise<{ bukti: Bukti; dibuat: boolean }> {
      const { row } = await loadForWrite(actor, realisasiId, 'menambah bukti pada progres ini');
      const ada = await buktiAda(actor, realisasiId, input.id);
      if (ada) return { bukti: ada, dibuat: false };
      const url = new URL(input.tautan);
      const nama = (input.nama?.trim() || `${url.hostname}${url.pathname === '/' ? '' : url.pathname}`).slice(0, 200);
      const created = await simpanBukti(actor, row, { id: input.id, jenis: 'TAUTAN', nama, kunci: null, mime: null, ukuran: null, sha256: null, tautan: url.href });
      if (!created) {
        const theirs = await buktiAda(actor, realisasiId, input.id);
        if (!theirs) throw idDipakai('bukti');
        return { bukti: theirs, dibuat: false };
      }
      return { bukti: presentBukti({ id: input.id, jenis: 'TAUTAN', nama, mime: null, ukuran: null, tautan: url.href }), dibuat: true };
    },

    /** A stored evidence file for download, after the same read check as its entry. */
    async unduhBukti(actor: Actor, id: string) {
      const b = await repo.bukti(db, actor.instansiId, id);
      if (!b) throw errors.notFound('Bukti dukung');
      await readable(actor, b.pegawai_id, 'Bukti dukung');
      if (b.jenis !== 'FILE' || !b.kunci_penyimpanan || !b.mime) throw errors.notFound('Berkas bukti dukung');
      try {
        const body = await storage.get(b.kunci_penyimpanan);
        return { body, mime: b.mime, nama: b.nama, ukuran: b.ukuran };
      } catch (e) {
        if (e instanceof StorageNotFoundError) throw errors.notFound('Berkas bukti dukung');
        throw e;
      }
    },

    async hapusBukti(actor: Actor, id: string) {
      const b = await repo.bukti(db, actor.instansiId, id);
      if (!b) throw errors.notFound('Bukti dukung');
      const rel = await readable(actor, b.pegawai_id, 'Bukti dukung');
      if (!realisasiPolicy.canCatat(rel)) throw errors.forbidden('menghapus bukti ini');
      if (await periodeSudahDinilai(db, actor.instansiId, b.pegawai_id, b.tanggal)) throw sudahDinilai();
      await db.transaction(async (tx) => {
        await repo.deleteBukti(tx, actor.instansiId, id);
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'delete',
          entityType: 'bukti_dukung',
          entityId: id,
          summary: `Bukti dukung dihapus: ${b.nama.slice(0, 80)}`,
          before: { realisasiId: b.realisasi_id, jenis: b.jenis, nama: b.nama, mime: b.mime, ukuran: b.ukuran, tautan: b.tautan },
        });
        await publish(tx, { jenis: 'realisasi', instansiId: actor.instansiId, pegawaiId: b.pegawai_id, realisasiId: b.realisasi_id });
      });
      if (b.kunci_penyimpanan) await hapusBerkas([b.kunci_penyimpanan]);
    },

    // --- Bulk entry --------------------------------------------------------------------------

    /**
     * The XLSX template: the caller's rencana aksi of the year (up to this period), or — with
     * `unitId`, for the pengelola kinerja of that unit — every pegawai's, one block per pegawai.
     */
    async templat(actor: Actor, q: { tahun?: number | undefined; unitId?: string | undefined }) {
      const hariIni = await organisasi.today(actor.instansiId);
      const tahun = q.tahun ?? Number(hariIni.slice(0, 4));
      const sampai = hariIni < `${tahun}-12-31` ? hariIni : `${tahun}-12-31`;
      const ins = await repo.instansi(db, actor.instansiId);
      if (q.unitId) {
        const units = await repo.subtree(db, actor.instansiId, actor.pengelolaUnitIds);
        if (!units.has(q.unitId)) throw errors.forbidden('mengunduh templat unit ini (hanya pengelola kinerja unit tersebut)');
      }
      const rows = await repo.templat(db, actor.instansiId, q.unitId ? { unitId: q.unitId } : { pegawaiId: actor.pegawaiId }, tahun, sampai);
      const labels = periodsOf(tahun, kindOf(ins?.periode_kinerja)).map((p) => p.label);
      return buatTemplat(rows, { denganNip: !!q.unitId, tahun, labelPeriode: (n) => labels[n - 1] ?? String(n) });
    },

    /**
     * Imports progress from an XLSX/CSV file: every row is checked; any bad row refuses the whole
     * file (400 impor_ditolak, each problem with its row and column); otherwise all rows are
     * written in one transaction with multi-row inserts, one audit event for the import.
     */
    async impor(actor: Actor, buffer: Buffer, filename: string) {
      const baris = await bacaImpor(buffer, filename);
      const ins = await repo.instansi(db, actor.instansiId);
      const hariIni = todayIn(zonaOf(ins?.zona_waktu), clock());
      const masalah: Array<{ baris: number; kolom: string; alasan: string }> = [];
      const add = (b: number, kolom: string, alasan: string) => masalah.push({ baris: b, kolom, alasan });
      for (const p of baris.masalah) add(p.baris, p.kolom, p.alasan);

      // Load everything the rows refer to, a constant number of queries.
      const nips = [...new Set(baris.data.map((r) => r.nip).filter((n): n is string => !!n))];
      const raIds = [...new Set(baris.data.map((r) => r.rencanaAksiId).filter((x): x is string => !!x))];
      const [pegawaiRows, units, raRows] = await Promise.all([
        repo.pegawaiByNip(db, actor.instansiId, nips),
        nips.some((n) => n !== actor.nip) ? repo.subtree(db, actor.instansiId, actor.pengelolaUnitIds) : Promise.resolve(new Set<string>()),
        repo.rencanaAksiKonteks(db, actor.instansiId, raIds),
      ]);
      const raById = new Map(raRows.map((r) => [r.id, r]));
      const rhkIds = [...new Set([...baris.data.map((r) => r.rhkId), ...raRows.map((r) => r.rhk_id)].filter((x): x is string => !!x))];
      const rhkById = new Map((await repo.rhkKonteks(db, actor.instansiId, rhkIds)).map((r) => [r.id, r]));
      const pegawaiByNip = new Map(pegawaiRows.map((p) => [p.nip, p]));

      const values: ImportRow[] = [];
      const cekDinilai: Array<{ baris: number; pegawaiId: string; tanggal: string }> = [];
      for (const r of baris.data) {
        let pegawaiId = actor.pegawaiId;
        if (r.nip && r.nip !== actor.nip) {
          const p = pegawaiByNip.get(r.nip);
          if (!p) {
            add(r.baris, 'nip', 'pegawai dengan NIP ini tidak ditemukan');
            continue;
          }
          if (!units.has(p.unit_id)) {
            add(r.baris, 'nip', 'Anda bukan pengelola kinerja unit pegawai ini');
            continue;
          }
          pegawaiId = p.id;
        }
        const ra = r.rencanaAksiId ? raById.get(r.rencanaAksiId) : undefined;
        if (r.rencanaAksiId && !ra) {
          add(r.baris, 'rencana_aksi_id', 'rencana aksi tidak ditemukan');
          continue;
        }
        if (ra && r.rhkId && ra.rhk_id !== r.rhkId) {
          add(r.baris, 'rencana_aksi_id', 'rencana aksi bukan milik RHK pada kolom rhk_id');
          continue;
        }
        const rhkId = ra?.rhk_id ?? r.rhkId;
        const rhk = rhkId ? rhkById.get(rhkId) : undefined;
        if (!rhk || rhk.pegawai_id !== pegawaiId) {
          add(r.baris, ra ? 'rencana_aksi_id' : 'rhk_id', pegawaiId === actor.pegawaiId ? 'bukan RHK pada SKP Anda' : 'bukan RHK pada SKP pegawai ini');
          continue;
        }
        if (!berlaku(rhk.status)) {
          add(r.baris, ra ? 'rencana_aksi_id' : 'rhk_id', 'SKP untuk RHK ini belum disetujui');
          continue;
        }
        const salah = cekTanggal(r.tanggal, hariIni, { mulai: rhk.mulai, selesai: rhk.selesai }, ra ? { mulai: ra.mulai, selesai: ra.selesai } : null);
        if (salah) {
          add(r.baris, 'tanggal', salah);
          continue;
        }
        cekDinilai.push({ baris: r.baris, pegawaiId, tanggal: r.tanggal });
        values.push({
          id: randomUUID(),
          pegawaiId,
          skpId: rhk.skp_id,
          rhkId: rhk.id,
          rencanaAksiId: ra?.id ?? null,
          indikatorId: ra?.indikator_id ?? null,
          tanggal: r.tanggal,
          uraian: r.uraian,
          jumlah: r.jumlah,
          dicatatOleh: actor.pegawaiId,
        });
      }
      const terkunci = await dinilai(db, actor.instansiId, cekDinilai);
      for (const c of cekDinilai) if (terkunci.has(`${c.pegawaiId}|${c.tanggal}`)) add(c.baris, 'tanggal', 'periode ini sudah dinilai');
      if (masalah.length) {
        masalah.sort((a, b) => a.baris - b.baris);
        throw new AppError(
          'impor_ditolak',
          `Berkas ditolak: ${masalah.length} kesalahan${masalah.length > 500 ? ' (500 pertama ditampilkan)' : ''}. Tidak ada data yang disimpan.`,
          undefined,
          { baris: masalah.slice(0, 500) },
        );
      }
      const pegawai = new Map<string, string>();
      for (const v of values) pegawai.set(v.pegawaiId, v.id);
      await db.transaction(async (tx) => {
        await repo.insertMany(tx, actor.instansiId, values);
        await recordAudit(tx, actor, actor.instansiId, {
          action: 'import',
          entityType: 'realisasi',
          entityId: null,
          summary: `Impor progres dari ${filename.slice(0, 80)}: ${values.length} entri untuk ${pegawai.size} pegawai`,
          after: { berkas: filename, jumlah: values.length, pegawai: [...pegawai.keys()] },
        });
        for (const [pegawaiId, realisasiId] of pegawai) await publish(tx, { jenis: 'realisasi', instansiId: actor.instansiId, pegawaiId, realisasiId });
      });
      return { dibuat: values.length };
    },
  };
}

export type RealisasiService = ReturnType<typeof createRealisasiService>;
