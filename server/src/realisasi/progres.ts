/**
 * Progress entries: the phone home screen (`beranda`), recording under the client's id (every
 * POST idempotent), list, detail, change (claiming the row version) and delete (with the entry's
 * evidence files), all refused once the period has been assessed.
 */
import type { Actor } from '../core/actor.js';
import { errors, type FieldErrors } from '../core/errors.js';
import { publish, publishDalamPernyataan } from '../core/events.js';
import type { Db } from '../db/client.js';
import { auditDalamPernyataan, recordAudit } from '../audit/service.js';
import type { OrganisasiService } from '../organisasi/service.js';
import {
  berlaku,
  cekTanggal,
  idDipakai,
  iso,
  parseBukti,
  presentRa,
  SELF,
  sudahDinilai,
  versiBerubah,
  type RealisasiContext,
} from './context.js';
import { realisasiPolicy } from './policy.js';
import { realisasiRepository as repo } from './repository.js';
import type { RealisasiBeranda, RealisasiCreate, RealisasiItem, RealisasiQuery, RealisasiUpdate } from '@capaian/contract/realisasi';

const PAGE = 50;

export function createProgresService(
  db: Db,
  organisasi: OrganisasiService,
  clock: () => Date,
  context: RealisasiContext,
  /** Removes stored evidence files after the commit (the evidence part owns the storage). */
  hapusBerkas: (keys: string[]) => Promise<void>,
) {
  const { relationTo, readable, present, loadEntry, loadForWrite } = context;

  async function detail(actor: Actor, id: string): Promise<RealisasiItem> {
    const { row, rel } = await loadEntry(actor, id);
    const [item] = await present(actor, [row], rel);
    return item!;
  }

  return {
    // --- Home screen -------------------------------------------------------------------------

    /** The phone home screen in one call, a constant number of queries whatever the data. */
    async beranda(actor: Actor, tahunDiminta?: number): Promise<RealisasiBeranda> {
      const hariIniCache = await organisasi.today(actor.instansiId);
      const tahun = tahunDiminta ?? Number(hariIniCache.slice(0, 4));
      const s = await repo.skpBeranda(db, actor.instansiId, actor.pegawaiId, tahun);
      const periodeKinerja = await context.periodeKinerja(actor.instansiId);
      const hariIni = hariIniCache;
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

    // --- Progress entries --------------------------------------------------------------------

    /**
     * Records a progress entry under the client's id. The same id again with the same content
     * (double tap, offline re-send, two requests racing) answers the entry that exists: `dibuat`
     * false, nothing written; with other content it is refused (409 'id_dipakai').
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
        tanggal: input.tanggal,
      });
      if (!ctx) throw errors.notFound('Instansi');
      const sudahAda = async () => {
        const existing = await repo.item(db, actor.instansiId, input.id);
        if (!existing || existing.pegawai_id !== pegawaiId) throw idDipakai('entri');
        // The same id with other content is not a re-send: the client must not believe it stored this.
        const sama =
          existing.rhk_id === input.rhkId &&
          existing.rencana_aksi_id === (input.rencanaAksiId ?? null) &&
          (input.indikatorId === undefined || input.indikatorId === null || existing.indikator_id === input.indikatorId) &&
          existing.tanggal === input.tanggal &&
          existing.uraian === input.uraian &&
          (existing.jumlah === null ? null : Number(existing.jumlah)) === (input.jumlah ?? null);
        if (!sama) throw idDipakai('entri');
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
      const hariIni = await organisasi.today(actor.instansiId);
      if (ctx.skp_mulai && ctx.skp_selesai) {
        const ra = input.rencanaAksiId && ctx.ra_mulai && ctx.ra_selesai ? { mulai: ctx.ra_mulai, selesai: ctx.ra_selesai } : null;
        const salah = cekTanggal(input.tanggal, hariIni, { mulai: ctx.skp_mulai, selesai: ctx.skp_selesai }, ra);
        if (salah) fields.tanggal = salah;
      }
      if (Object.keys(fields).length) throw errors.validation(fields);
      if (ctx.dinilai) throw sudahDinilai();

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
      // The entry, its audit event and its live event: one statement, one round trip.
      const created = await repo.simpanBaru(
        db,
        values,
        auditDalamPernyataan(actor, actor.instansiId, { action: 'create', entityType: 'realisasi', entityId: input.id, summary: `Progres dicatat (${input.tanggal}): ${input.uraian.slice(0, 80)}`, after: values }, 'baru'),
        publishDalamPernyataan({ jenis: 'realisasi', instansiId: actor.instansiId, pegawaiId, realisasiId: input.id }, 'baru'),
      );
      if (!created) {
        // A concurrent request with the same id won (answer its entry), or the period was assessed meanwhile.
        if (!(await repo.item(db, actor.instansiId, input.id))) throw sudahDinilai();
        return sudahAda();
      }
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
          rowVersion: created.row_version,
          dibuatAt: iso(created.created_at),
          diubahAt: iso(created.updated_at),
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

    detail,

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
        tanggal: input.tanggal,
      });
      if (!ctx) throw errors.notFound('Instansi');
      const fields: FieldErrors = {};
      if (input.rencanaAksiId && (!ctx.ra_id || ctx.ra_rhk_id !== row.rhk_id)) fields.rencanaAksiId = 'bukan rencana aksi RHK ini';
      if (input.indikatorId && (!ctx.ik_id || ctx.ik_rhk_id !== row.rhk_id)) fields.indikatorId = 'bukan indikator RHK ini';
      if (ctx.skp_mulai && ctx.skp_selesai) {
        const ra = input.rencanaAksiId && ctx.ra_mulai && ctx.ra_selesai ? { mulai: ctx.ra_mulai, selesai: ctx.ra_selesai } : null;
        const salah = cekTanggal(input.tanggal, await organisasi.today(actor.instansiId), { mulai: ctx.skp_mulai, selesai: ctx.skp_selesai }, ra);
        if (salah) fields.tanggal = salah;
      }
      if (Object.keys(fields).length) throw errors.validation(fields);
      if (input.tanggal !== row.tanggal && ctx.dinilai) throw sudahDinilai();
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
      return detail(actor, id);
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
  };
}
