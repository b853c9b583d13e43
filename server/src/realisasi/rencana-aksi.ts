/**
 * Rencana aksi: the steps a pegawai plans per period of their approved SKP, under an RHK (and
 * optionally one of its indicators): list, add, change (entries that took the plan's indicator
 * follow it) and delete (only while no progress was recorded for it).
 */
import { periodsOf } from '@capaian/domain';
import type { Actor } from '../core/actor.js';
import { errors, type FieldErrors } from '../core/errors.js';
import type { Db } from '../db/client.js';
import { recordAudit } from '../audit/service.js';
import { berlaku, periodeSudahDinilai, presentRa, skpBelumDisetujui, sudahDinilai, type RealisasiContext } from './context.js';
import { realisasiPolicy } from './policy.js';
import { realisasiRepository as repo } from './repository.js';
import type { RencanaAksi, RencanaAksiCreate, RencanaAksiUpdate } from '@capaian/contract/realisasi';

export function createRencanaAksiService(db: Db, context: RealisasiContext) {
  const { loadSkp } = context;

  async function loadRencanaAksi(actor: Actor, id: string, what: string) {
    const [ra] = await repo.rencanaAksiOf(db, actor.instansiId, { id });
    if (!ra) throw errors.notFound('Rencana aksi');
    const { s, rel } = await loadSkp(actor, ra.skp_id);
    if (!realisasiPolicy.canRencanakan(rel)) throw errors.forbidden(what);
    if (!berlaku(s.status)) throw skpBelumDisetujui();
    if (await periodeSudahDinilai(db, actor.instansiId, s.pegawai_id, ra.periode_mulai)) throw sudahDinilai();
    return { ra, s, rel };
  }

  async function cekIndikator(instansiId: string, indikatorId: string | null | undefined, rhkId: string, fields: FieldErrors) {
    if (!indikatorId) return;
    const owner = await repo.indikatorOfRhk(db, instansiId, indikatorId);
    if (owner !== rhkId) fields.indikatorId = 'bukan indikator RHK ini';
  }

  return {
    async rencanaAksiList(actor: Actor, skpId: string) {
      const { s, rel } = await loadSkp(actor, skpId);
      const rows = await repo.rencanaAksiOf(db, actor.instansiId, { skpId });
      return { items: rows.map((r) => presentRa(r, rel, berlaku(s.status))) };
    },

    async tambahRencanaAksi(actor: Actor, skpId: string, input: RencanaAksiCreate): Promise<RencanaAksi> {
      const { s, rel } = await loadSkp(actor, skpId);
      if (!realisasiPolicy.canRencanakan(rel)) throw errors.forbidden('menyusun rencana aksi SKP ini');
      if (!berlaku(s.status)) throw skpBelumDisetujui();
      const kind = await context.periodeKinerja(actor.instansiId);
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
  };
}
